"""Which occurrence a date written without its year or week names: the year its range partner
carries, the past for a month told in the past tense, the coming day for a weekday after a
scheduling verb in the present tense. An analyst reading a December article that says
"in January, the service arrested ..." must see last January on the timeline, not next.

Expected values were worked out by hand; publication date Wednesday 2024-11-20 unless stated.
"""

from __future__ import annotations

import pytest

from kg.extract.timexes import tag_timexes
from kg.types import Timex

DCT = "2024-11-20"
OCT_DCT = "2024-10-03"  # a Thursday, for the cases written against it


def values(text: str, dct: str = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct)]


def only(text: str, dct: str) -> Timex:
    found = tag_timexes(text, dct)
    assert len(found) == 1, found
    return found[0]


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
        # a weekday given as a limit is still to come, whatever the tense
        ("The court postponed the hearing until Tuesday morning.", "2024-11-26TMO"),
        ("Officials gave the crew until 9 a.m. Friday to leave.", "2024-11-22T09:00"),
        ("He said the team could fly out as soon as Monday.", "2024-11-25"),
        # ... but not at the head of a sentence that looks back
        ("Until Monday, the ministry had denied the leak.", "2024-11-18"),
        # a plan overtaken by events is no future cue
        ("The strike began Saturday night, as previously planned.", "2024-11-16TNI"),
        ("The offer had been scheduled to expire at midnight Friday.", "2024-11-15T24:00"),
    ],
)
def test_a_weekday_as_a_limit_or_after_an_old_plan(text, expected):
    assert values(text)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ceasefire expires Sunday.", "2024-11-24"),
        ("The sanctions take effect on Friday.", "2024-11-22"),
        ("The committee reconvenes Monday.", "2024-11-25"),
        ("The summit opens on Monday in Brussels.", "2024-11-25"),
        ("The ultimatum runs out at midnight on Friday.", "2024-11-22T24:00"),
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


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # past tense: the most recent such day
        ("The suspect was arrested on Sept. 28.", OCT_DCT, "2024-09-28"),
        ("The suspect was arrested on Dec. 28.", "2024-01-05", "2023-12-28"),
        # future tense: the next one
        ("The vote will be held on Oct. 20.", OCT_DCT, "2024-10-20"),
        ("The summit will take place on Jan. 10.", "2024-12-20", "2025-01-10"),
        # a day of the last fortnight is not pushed a year ahead by a future clause
        ("Exiles will protest the order to return him by Sept. 30.", OCT_DCT, "2024-09-30"),
        # "since" points back, however near the next such date is
        ("Police have searched for him since the Nov. 23 attack.", OCT_DCT, "2023-11-23"),
        ("The carrier has been on patrol since December.", OCT_DCT, "2023-12"),
        # month names alone
        ("The network was dismantled in August.", OCT_DCT, "2024-08"),
        ("The network was dismantled in March.", OCT_DCT, "2024-03"),
        ("The trial will open in February.", OCT_DCT, "2025-02"),
    ],
)
def test_dates_without_a_year_take_the_year_the_tense_implies(text, dct, expected):
    assert only(text, dct).value == expected


@pytest.mark.parametrize(
    ("dct", "expected"),
    [("2024-03-05", "2023-02"), ("2024-06-05", "2024-02"), ("2024-01-05", "2023-02")],
)
def test_last_month_name_said_the_month_after_is_a_year_back(dct, expected):
    assert only("The helicopters crashed last February.", dct).value == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        # "next to the embassy" is a place: the past verb dates the attack
        ("Five people were hurt next to the embassy on Monday.", OCT_DCT, "2024-09-30"),
        # "were planning" announces the future, it is not a past event
        (
            "Students planned a long sit-in outside the old city library on Saturday and were "
            "planning a march.",
            OCT_DCT,
            "2024-10-05",
        ),
        # "named" after "will be" is a participle, not a past tense
        (
            "The envoy will be named commander of a new mission in December.",
            "2025-03-04",
            "2025-12",
        ),
        # a future in the next paragraph does not reach back over the line break
        (
            "Her shares, worth a million dollars in October, are worth half that now.\n\n"
            "She will sell them.",
            "2025-01-08",
            "2024-10",
        ),
        # "U.S." does not end the sentence: "will" still governs the weekday
        ("Officials will meet the U.S. envoy on Friday.", OCT_DCT, "2024-10-04"),
        ("The team could arrive as early as Tuesday.", OCT_DCT, "2024-10-08"),
        # "plans" is a future cue as a verb ("plans to"), not as a noun ("holiday plans")
        (
            "On Friday, when the minister cut short her holiday plans, aid arrived.",
            OCT_DCT,
            "2024-09-27",
        ),
    ],
)
def test_tense_cues_read_the_clause_of_the_date(text, dct, expected):
    assert [value for _, value in values(text, dct)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The March accession will let the three states vote.", [("March", "2025-03")]),
        ("Observers criticised the October vote.", [("October", "2024-10")]),
        # "the May government" is Theresa May's, not a month's
        ("The May government fell.", []),
        # a month before a name is no modifier ("the August Wilson play")
        ("They staged the August Wilson play.", []),
    ],
)
def test_a_month_naming_its_happening_before_a_noun(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the end of a past range is no limit the act moved towards: both days are past ones
        (
            "Hackers targeted the ministry from 1 to 5 March.",
            [("1", "2024-03-01"), ("5 March", "2024-03-05")],
        ),
        (
            "The drills ran from 12th through 19 August.",
            [("12th", "2024-08-12"), ("19 August", "2024-08-19")],
        ),
        # a date a past verb moved or extended something to is still a limit ahead
        ("The ban was extended to 5 March.", [("5 March", "2025-03-05")]),
        (
            "The vote was postponed from 1 to 5 March.",
            [("1", "2025-03-01"), ("5 March", "2025-03-05")],
        ),
    ],
)
def test_the_end_of_a_past_range_is_a_past_day(text, expected):
    assert values(text) == expected
