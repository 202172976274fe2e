"""Dates that lean on another date or on the publication: "the week before," counts from the
last date given, "on the 5th" takes the month just named, both days of "2 and 9 November" are
dated, "the early hours of Tuesday" is that morning, a feed's timestamp keeps its clock. An
analyst reading "Police raided the office on March 3. The week before, ..." must see the week
before March 3 on the timeline, not the week of publication.

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
    assert values("Outflows doubled in the week following the crash.") == []
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The accounts were suspended between 2 and 9 November.",
            [("2", "2026-11-02"), ("9 November", "2026-11-09")],
        ),
        (
            "The talks on 12-13 June 2024 failed.",
            [("12", "2024-06-12"), ("13 June 2024", "2024-06-13")],
        ),
        (
            "The talks, held on Nov. 15-16, ended without a deal.",
            [("Nov. 15", "2026-11-15"), ("16", "2026-11-16")],
        ),
        # the year after the second day belongs to the first one too
        (
            "The drills ran from Nov. 15 to 17, 2025.",
            [("Nov. 15", "2025-11-15"), ("17, 2025", "2025-11-17")],
        ),
        # a count before a date is no first day of a range
        ("He scored 2 to 3 points on 9 June.", [("9 June", "2026-06-09")]),
    ],
)
def test_both_days_of_a_range_are_dated(text, expected):
    assert values(text) == expected


def test_on_the_nth_is_a_day_of_the_month_just_named():
    assert values("He was detained on 3 November and released on the 5th.") == [
        ("3 November", "2026-11-03"),
        ("the 5th", "2026-11-05"),
    ]
    assert values("He was released on the 5th.") == []  # no month to take it from
    assert values("He joined the 5th Army on the 3rd of May.") == [("the 3rd of May", "2026-05-03")]


def test_the_edge_of_the_decade_is_the_current_decade():
    assert values("By the end of the decade, the agency aims to double its staff.") == [
        ("the end of the decade", "202")
    ]
    assert values("In the decade since the war, the agency grew.") == []


def test_a_feed_timestamp_keeps_its_clock():
    assert values("Published: 2026-11-17T09:15:00Z") == [
        ("2026-11-17T09:15:00Z", "2026-11-17T09:15")
    ]
    assert values("Updated 2026-11-17 21:05 CET") == [("2026-11-17 21:05", "2026-11-17T21:05")]


def test_hours_ago_is_the_publication_day():
    assert values("The post went up 3 hours ago.") == [("3 hours ago", DCT)]
    # a day or more back is a date of its own; a vague count of hours stays a duration
    assert values("The post went up two days ago.") == [("two days ago", "2026-11-16")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The invasion began on 24.02.2022.", [("24.02.2022", "2022-02-24")]),
        ("Revenue fell in FY2024.", [("FY2024", "2024")]),
        ("Revenue fell in FY23.", [("FY23", "2023")]),
        # "last" after a modal is the verb: the span is "six months"
        ("The ban will last six months.", [("six months", "P6M")]),
        ("Sales rose in the last six months.", [("the last six months", "P6M")]),
    ],
)
def test_written_forms_of_other_newsrooms(text, expected):
    assert values(text) == expected


def test_now_that_turns_an_argument_is_no_time():
    assert values("He left in May. Now, he says, the deal is off.") == [("May", "2026-05")]
    assert values("The group is now banned.") == [("now", "PRESENT_REF")]
    assert values("Now the alliance is weaker.") == [("Now", "PRESENT_REF")]


def test_a_live_blog_entry_time_is_on_the_day_of_its_date_header():
    blog = (
        "Live: strikes on Kyiv\n"
        "Monday 16 November\n"
        "14:32 - The ministry confirms the strike.\n"
        "15:05 – Officials said on 3 March they had warned of it.\n"
        "16:10 - Power is back.\n"
        "The final score was 14:32.\n"
    )
    assert values(blog) == [
        ("Monday 16 November", "2026-11-16"),
        ("14:32", "2026-11-16T14:32"),
        ("15:05", "2026-11-16T15:05"),
        ("3 March", "2026-03-03"),  # a date inside an entry is no header
        ("16:10", "2026-11-16T16:10"),
    ]
    # with no date header, the entry is of the publication day
    assert values("09:15 - Sirens in Kyiv.\n") == [("09:15", "2026-11-18T09:15")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the date of the past act right before it is behind us, however near its next return
        ("He was killed on Dec. 2 outside his home.", ("Dec. 2", "2025-12-02")),
        ("Police said the suspect was arrested Dec. 2.", ("Dec. 2", "2025-12-02")),
        ("The activist was detained in December.", ("December", "2025-12")),
        # a limit or a plan still points ahead
        ("The deadline was extended to Dec. 2.", ("Dec. 2", "2026-12-02")),
        ("Talks are set for Dec. 2 in Geneva.", ("Dec. 2", "2026-12-02")),
        ("The shares are to be issued around Dec. 2.", ("around Dec. 2", "2026-12-02")),
    ],
)
def test_year_of_a_date_right_after_a_past_act(text, expected):
    assert expected in values(text)


def test_weekday_restated_as_a_date_after_the_early_hours():
    """ "the early hours of Sunday, May 10, 2026" is that Sunday, not last Sunday and a year."""
    text = "The drone struck in the early hours of Sunday, May 10, 2026, officials said."
    assert values(text) == [("Sunday, May 10, 2026", "2026-05-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The party was founded in 2016. In June of that year, it won its first seats.",
            [("2016", "2016"), ("June of that year", "2016-06")],
        ),
        (
            "He was recruited in 2014 and met his handler in May of the same year.",
            [("2014", "2014"), ("May of the same year", "2014-05")],
        ),
        (
            "The breach began in 2020. In the autumn of that year, police arrested him.",
            [("2020", "2020"), ("the autumn of that year", "2020-FA")],
        ),
        (
            "The vote was held in 2023. That March, the court banned the party.",
            [("2023", "2023"), ("That March", "2023-03")],
        ),
        (
            "The embassy closed in 2019, and the consulate followed that June.",
            [("2019", "2019"), ("that June", "2019-06")],
        ),
        (
            "Sanctions came in 2021. Moscow retaliated by expelling envoys that April, "
            "officials said.",
            [("2021", "2021"), ("that April", "2021-04")],
        ),
    ],
)
def test_a_month_or_season_of_that_year_is_in_the_year_last_named(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # "that" before a month is a complementiser there: no year is pointed back to
        "The war began in 2022. Officials said that March was the worst month.",
        "The talks began in 2019. He said that May would resign within weeks.",
    ],
)
def test_that_before_a_month_only_points_back_opening_a_clause(text):
    assert [t.text for t in tag_timexes(text, DCT) if "that" in t.text.lower()] == []
