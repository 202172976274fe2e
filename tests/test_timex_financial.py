"""Time in earnings reports: "the quarter", "a year earlier", "the year-ago period" follow the
quarter under discussion, and a quarter "ended Sept. 30" is the one before that day.

Expected values worked out by hand; publication date Thursday 2024-10-03 unless stated.
"""

from __future__ import annotations

from kg.extract.timexes import tag_timexes

DCT = "2024-10-03"


def values(text: str, dct: str = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


def test_year_earlier_follows_the_quarter_under_discussion():
    text = "Profit rose in the second quarter of 2023 from $4 million a year earlier."
    assert values(text) == [
        ("the second quarter of 2023", "2023-Q2"),
        ("a year earlier", "2022-Q2"),
    ]


def test_year_earlier_after_nine_months_is_a_year():
    text = (
        "Profit rose in the second quarter of 2023. For the nine months, sales were "
        "$9 million, against $7 million a year earlier. The latest quarter was strong."
    )
    assert values(text) == [
        ("the second quarter of 2023", "2023-Q2"),
        ("the nine months", "P9M"),
        ("a year earlier", "2022"),
        ("The latest quarter", "2024-Q3"),
    ]


def test_the_latest_quarter_is_the_one_a_year_ago_compares_with():
    assert values("Sales rose in the latest quarter from a year ago.") == [
        ("the latest quarter", "2024-Q3"),
        ("a year ago", "2023-Q3"),
    ]


def test_a_quarter_ended_on_a_day_is_the_quarter_before_that_day():
    text = "Sales rose in the quarter ended Sept. 30. In the quarter ended July 31 it lost money."
    found = [v for _, v in values(text, "1989-10-26")]
    assert found == ["1989-Q3", "1989-09-30", "1989-Q2", "1989-07-31"]


def test_periods_compared_with_a_year_before():
    text = (
        "Profit rose in the third quarter of 2024. For the quarter a year ago, it earned less, "
        "and sales trailed the corresponding period last year. Sales in the latest fiscal year "
        "fell."
    )
    assert values(text) == [
        ("the third quarter of 2024", "2024-Q3"),
        ("the quarter a year ago", "2023-Q3"),
        ("the corresponding period last year", "2023-Q3"),
        ("the latest fiscal year", "2023"),
    ]


def test_a_forecast_quarter_is_not_the_one_a_year_ago_counts_back_from():
    text = (
        "Third-quarter profit fell. Analysts expect losses through the second quarter of 2025. "
        "In the year-ago period, the company earned $3 million."
    )
    assert values(text) == [
        ("Third-quarter", "2024-Q3"),
        ("the second quarter of 2025", "2025-Q2"),
        ("the year-ago period", "2023-Q3"),
    ]
