"""Which occurrence a date written without its year or week names: the year its range partner
carries, the past for a month told in the past tense, the coming day for a weekday after a
scheduling verb in the present tense. An analyst reading a December article that says
"in January, the service arrested ..." must see last January on the timeline, not next.

Expected values were worked out by hand; publication date Wednesday 2024-11-20 unless stated.
"""

from __future__ import annotations

import pytest

from kg.extract.timexes import tag_timexes

DCT = "2024-11-20"


def values(text: str, dct: str = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The operation ran from January to March 2023.",
            [("January", "2023-01"), ("March 2023", "2023-03")],
        ),
        (
            "Talks were held January-March 2022.",
            [("January", "2022-01"), ("March 2022", "2022-03")],
        ),
        (
            "The group was active in January and February 2021.",
            [("January", "2021-01"), ("February 2021", "2021-02")],
        ),
        (
            "Between May 1 and June 30, 2022, the unit posted videos.",
            [("May 1", "2022-05-01"), ("June 30, 2022", "2022-06-30")],
        ),
        (
            "The portal was down on Oct. 3 and Oct. 5, 2023.",
            [("Oct. 3", "2023-10-03"), ("Oct. 5, 2023", "2023-10-05")],
        ),
    ],
)
def test_a_date_without_a_year_takes_the_year_of_its_range_partner(text, expected):
    assert values(text) == expected


def test_a_year_in_the_next_sentence_is_no_range_partner():
    # "January" is last January (past tense); the 2024 of the next sentence does not reach it
    assert values("It happened in January. In March 2023 it stopped.") == [
        ("January", "2024-01"),
        ("March 2023", "2023-03"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In January, the service arrested two couriers.", "2024-01"),
        ("The ministry expelled the attaché in February.", "2024-02"),
        ("The channel was blocked last spring and reopened in January.", "2024-01"),
    ],
)
def test_a_month_told_in_the_past_tense_is_a_past_month(text, expected):
    assert values(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the very next month may be meant in the past tense, as a coming date
        ("The hearing was moved to December.", "2024-12"),
        # a past verb pointing to a limit: a month still to come
        ("The court extended the deadline until January.", "2025-01"),
        ("The bank granted loans through February.", "2025-02"),
        # the future tense always looks ahead
        ("The agency will publish the audit in March.", "2025-03"),
    ],
)
def test_a_month_still_to_come(text, expected):
    assert values(text)[-1][1] == expected


@pytest.mark.parametrize(
    "text",
    ["In March 3050 the probe lands.", "On March 3, 3050, it lands.", "On 3 March 3050 it lands."],
)
def test_a_date_with_a_year_the_tagger_does_not_read_is_not_guessed(text):
    # giving "March 3, 3050" this or next year's March 3 would put it on the timeline wrongly
    assert values(text) == []


def test_the_year_followed_by_an_unread_year_is_not_this_year():
    assert values("The story is set in the year 3050.") == []
    assert values("Turnout fell in the year 2020.") == [("the year 2020", "2020")]
    assert values("In March, 1200 troops arrived.") == [("March", "2024-03")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire expires Sunday.", "2024-11-24"),
        ("The sanctions take effect on Friday.", "2024-11-22"),
        ("The committee reconvenes Monday.", "2024-11-25"),
        # the same weekday with a past verb is the one before publication
        ("The ceasefire expired Sunday.", "2024-11-17"),
        # a schedule told in the past perfect was due before publication
        ("It had been due to expire Friday evening.", "2024-11-15TEV"),
    ],
)
def test_a_weekday_after_a_scheduling_verb_in_the_present_is_still_to_come(text, expected):
    assert values(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # told in the past tense in November, a February date is last February
        ("The attack on 24 February marked the start of the war.", "2024-02-24"),
        # a past verb pointing to the date as a limit still reaches ahead
        ("The court extended the deadline to Jan. 15.", "2025-01-15"),
        ("The board named her chairman, effective Feb. 1.", "2025-02-01"),
    ],
)
def test_a_day_without_a_year_follows_the_tense_and_its_preposition(text, expected):
    assert values(text)[-1][1] == expected
