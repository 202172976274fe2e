"""Period codes of business and policy news: quarters, halves and fiscal years written as codes
("Q4 of 2023", "H1 2024", "FY2024") or spelled out ("fiscal year 2022").

Expected values worked out by hand; publication date 2024-11-20.
"""

from __future__ import annotations

import pytest

from kg.extract.timexes import tag_timexes

DCT = "2024-11-20"


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Revenue fell in Q3 2023.", [("Q3 2023", "2023-Q3")]),
        ("Revenue fell in Q4 of 2023.", [("Q4 of 2023", "2023-Q4")]),
        (
            "Sales rose in H1 2024 and fell in 2H 2023.",
            [("H1 2024", "2024-H1"), ("2H 2023", "2023-H2")],
        ),
        ("The FY2024 budget and the FY 2023 one.", [("FY2024", "2024"), ("FY 2023", "2023")]),
        ("Spending in fiscal year 2022 rose.", [("fiscal year 2022", "2022")]),
        ("Output in calendar year 2021 fell.", [("calendar year 2021", "2021")]),
    ],
)
def test_period_codes_resolve_to_their_period(text, expected):
    assert values(text) == expected


def test_a_half_year_code_without_a_year_is_not_a_date():
    # "H1" and "H2" name visas, genes, halls and tanks far more often than half-years
    assert values("He held an H1 permit; the H2 tank leaked; in H2, sales rose.") == []


def test_an_interval_is_given_for_a_half_year():
    (timex,) = tag_timexes("Sales rose in H2 2023.", DCT)
    assert (timex.earliest, timex.latest) == ("2023-07-01", "2023-12-31")


def test_the_preposition_before_a_period_edge_is_no_part_of_the_expression():
    # TIMEX3 leaves prepositions out: "at" is a signal, "the end of last month" the expression
    assert values("Prices rose at the end of last month.") == [("the end of last month", "2024-10")]
