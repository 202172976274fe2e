"""Expressions that count from a date the article just gave, or that name a part of a day a
wire report leads with. An analyst reading "Police raided the office on March 3. The week
before, ..." must see the week before March 3 on the timeline, not the week of publication.

Expected values were worked out by hand; publication date Wednesday 2026-11-18.
"""

from __future__ import annotations

import pytest

from kg.extract.timexes import tag_timexes

DCT = "2026-11-18"


def values(text: str) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, DCT)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police raided the office on March 3. The day before, he had posted a video.",
            ("The day before", "2026-03-02"),
        ),
        (
            "Police raided the office on March 3. The week before, he had posted a video.",
            ("The week before", "2026-W09"),
        ),
        (
            "He was elected in 2019. The year before, he ran the agency.",
            ("The year before", "2018"),
        ),
        ("Sales fell in 2021 and recovered the year after.", ("the year after", "2022")),
    ],
)
def test_the_unit_before_or_after_counts_from_the_last_date(text, expected):
    assert values(text)[-1] == expected


def test_the_week_before_an_event_is_not_placed_on_the_publication_week():
    # counted from the vote, which has no date here: better nothing than this week
    assert values("The week before the vote, the channel was blocked.") == []
    assert values("The week before, the channel was blocked.") == []  # nothing to count from


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the early hours of Tuesday, drones struck the port.",
            [("the early hours of Tuesday", "2026-11-17TMO")],
        ),
        (
            "Police arrived in the wee hours of yesterday morning.",
            [("the wee hours of yesterday morning", "2026-11-17TMO")],
        ),
        # a bare "early hours" belongs to the day just spoken of
        (
            "The raid began on March 3. In the early hours, police entered the flat.",
            [("March 3", "2026-03-03"), ("the early hours", "2026-03-03TMO")],
        ),
        # before a calendar date, the date is tagged alone (not a span of hours)
        ("Missiles hit Odesa in the early hours of March 3.", [("March 3", "2026-03-03")]),
    ],
)
def test_the_early_hours_are_the_morning_of_their_day(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In the second half of the year, arrests rose.", "2026-H2"),
        ("The fourth quarter of the year will be decisive.", "2026-Q4"),
    ],
)
def test_a_part_of_the_year_is_of_the_current_year(text, expected):
    assert values(text)[-1][1] == expected
