"""Temporal expressions: what an analyst reads on the timeline depends on these resolutions.

Expected values were worked out by hand from a calendar, not produced by the tagger.
Publication date of most cases: Thursday 2024-10-03 (ISO week 2024-W40, Mon 09-30 .. Sun 10-06).
"""

from __future__ import annotations

import pytest
from timex_helpers import DCT, only, values

from kg.extract.timenorm import interval_of
from kg.extract.timexes import tag_timexes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry said on Wednesday that two diplomats left.", "2024-10-02"),
        ("The agency said Thursday it had closed the accounts.", "2024-10-03"),
        ("Police arrested the man on Monday.", "2024-09-30"),
        ("The envoys will meet on Monday in Vienna.", "2024-10-07"),
        ("Talks resume next Monday.", "2024-10-07"),
        # a future weekday that is the publication day itself is that day
        ("The envoy will brief reporters on Thursday.", "2024-10-03"),
        # "United" is a name, not a past-tense verb: the future cue decides
        ("She will fly to the United States on Monday.", "2024-10-07"),
        # a participle in the next clause does not outweigh the future before the date
        (
            "The airline will add many new flights between the capitals on Monday, serving "
            "markets untouched by the crisis.",
            "2024-10-07",
        ),
        ("The accounts were removed last Friday.", "2024-09-27"),
        ("Leaders met in Paris ahead of Sunday's vote.", "2024-10-06"),
        ("The court ruled yesterday.", "2024-10-02"),
        ("The hearing opens tomorrow.", "2024-10-04"),
        ("Prosecutors filed charges today.", "2024-10-03"),
    ],
)
def test_days_resolve_against_publication_date(text, expected):
    timex = only(text)
    assert (timex.type, timex.value, timex.precision) == ("DATE", expected, "day")
    assert timex.earliest == timex.latest == expected


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("Officials met earlier this week.", DCT, "2024-W40"),
        ("The campaign started last week.", DCT, "2024-W39"),
        ("Arrests continued this week.", DCT, "2024-W40"),
        # ISO weeks across a year boundary: Wed 2025-01-01 lies in 2025-W01.
        ("The agency warned this week.", "2025-01-01", "2025-W01"),
        ("The agency warned last week.", "2025-01-01", "2024-W52"),
        # Sun 2021-01-03 still belongs to ISO week 53 of 2020.
        ("The network was shut down this week.", "2021-01-03", "2020-W53"),
    ],
)
def test_weeks_are_iso_weeks(text, dct, expected):
    timex = only(text, dct)
    assert (timex.value, timex.precision) == (expected, "week")


def test_week_interval_runs_monday_to_sunday():
    timex = only("The campaign started last week.", "2025-01-01")
    assert (timex.earliest, timex.latest) == ("2024-12-23", "2024-12-29")


def test_last_month_in_january_is_previous_december():
    timex = only("The embassy closed last month.", "2025-01-15")
    assert (timex.value, timex.earliest, timex.latest) == ("2024-12", "2024-12-01", "2024-12-31")


@pytest.mark.parametrize(
    ("text", "dct", "expected"),
    [
        ("This year the ministry expelled four officers.", DCT, "2024"),
        ("Last year the ministry expelled four officers.", DCT, "2023"),
        ("Profits fell in the third quarter.", DCT, "2024-Q3"),
        ("Losses grew in the fourth quarter.", "2025-02-10", "2024-Q4"),
        ("Sales in the first quarter of 2023 fell.", DCT, "2023-Q1"),
        ("The units were sold in Q2 2022.", DCT, "2022-Q2"),
        ("The operation ran last summer.", DCT, "2024-SU"),
        ("The operation ran last summer.", "2024-03-10", "2023-SU"),
        ("It began in the winter of 1994.", DCT, "1994-WI"),
        ("Networks built in the 1990s survive.", DCT, "199"),
        ("Spies of the '80s were different.", DCT, "198"),
        ("Methods of the 20th century.", DCT, "19"),
        ("Attacks doubled this decade.", DCT, "202"),
        ("The network was built a decade ago.", DCT, "2014"),
        ("The office was opened in 2019.", DCT, "2019"),
        ("The treaty of October 2023 holds.", DCT, "2023-10"),
        ("It was signed on October 2, 2024.", DCT, "2024-10-02"),
        ("It was signed on 2 October 2024.", DCT, "2024-10-02"),
        ("It was signed on 2024-10-02.", DCT, "2024-10-02"),
        ("It was signed on 10/2/2024.", DCT, "2024-10-02"),
        ("It was signed on 31/12/2023.", DCT, "2023-12-31"),
        ("The group was founded three years ago.", DCT, "2021"),
        ("Recruitment doubled in the first half of 2024.", DCT, "2024-H1"),
        ("The trial opens the week of Oct. 7, 2024.", DCT, "2024-W41"),
    ],
)
def test_calendar_units(text, dct, expected):
    assert only(text, dct).value == expected


@pytest.mark.parametrize(
    ("value", "interval"),
    [
        ("2024-Q3", ("2024-07-01", "2024-09-30", "quarter")),
        ("2024-SU", ("2024-06-01", "2024-08-31", "season")),
        ("2024-WI", ("2024-12-01", "2025-02-28", "season")),
        ("199", ("1990-01-01", "1999-12-31", "decade")),
        ("19", ("1900-01-01", "1999-12-31", "century")),
        ("2024-02", ("2024-02-01", "2024-02-29", "month")),
        ("2024-10-02T14:30", ("2024-10-02", "2024-10-02", "day")),
        ("2024-W40-WE", ("2024-10-05", "2024-10-06", "day")),
        ("2024-H2", ("2024-07-01", "2024-12-31", "quarter")),
    ],
)
def test_interval_of_values(value, interval):
    assert interval_of(value) == interval


@pytest.mark.parametrize("value", ["P3D", "PAST_REF", "XXXX-10-02", "2024-02-30", "2024-W54", ""])
def test_interval_of_values_without_a_fixed_interval(value):
    assert interval_of(value) is None


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("He spent three years in prison.", "DURATION", "P3Y"),
        ("The accounts stayed online for two weeks.", "DURATION", "P2W"),
        ("The search lasted five hours.", "DURATION", "PT5H"),
        ("Talks went on for several months.", "DURATION", "PXM"),
        ("The agency publishes a bulletin every week.", "SET", "P1W"),
        ("Officials meet daily.", "SET", "P1D"),
        ("The cell met every other week.", "SET", "P2W"),
        ("The offer expires at 5 p.m. EST Nov. 9.", "TIME", "2024-11-09T17:00"),
        ("The channel posts every Monday.", "SET", "XXXX-WXX-1"),
        ("Flights leave on Tuesday nights.", "SET", "XXXX-WXX-2TNI"),
        ("The threat is real now.", "DATE", "PRESENT_REF"),
        ("Attacks rose in recent weeks.", "DURATION", "PXW"),
        ("Arrests doubled over the past two years.", "DURATION", "P2Y"),
        ("They lived in the camps for 2 1/2 years.", "DURATION", "P2Y6M"),
        ("The raid lasted 5 1/2 hours.", "DURATION", "PT5H30M"),
        ("He was held for a year and a half.", "DURATION", "P1Y6M"),
        ("Prices will rise over the next two years or so.", "DURATION", "P2Y"),
        ("The feud has lasted for decades.", "DURATION", "PXY"),
        ("It ended a decades-long feud.", "DURATION", "PXY"),
        ("They met for a third day-long session.", "DURATION", "P1D"),
        ("It recovered after several quarters of losses.", "DURATION", "PXQ"),
        ("The deal follows months of talks.", "DURATION", "PXM"),
        ("Hundreds surrendered in the first hours of the offensive.", "DURATION", "PTXH"),
        # TimeBank reads "the past year" as the last calendar year
        ("Arrests doubled over the past year.", "DATE", "2023"),
        ("The boat docked at 2:30 p.m. on Tuesday.", "TIME", "2024-10-01T14:30"),
        ("Explosions were heard this morning.", "TIME", "2024-10-03TMO"),
    ],
)
def test_durations_sets_references_and_times(text, kind, expected):
    timex = only(text)
    assert (timex.type, timex.value) == (kind, expected)


def test_anaphoric_dates_follow_the_last_date_mentioned():
    text = (
        "The consulate was raided on March 3, 2022. The next day two staff were expelled. "
        "Later that year the ministry closed it, and the previous Friday it had warned them."
    )
    assert values(text) == [
        ("March 3, 2022", "2022-03-03"),
        ("The next day", "2022-03-04"),
        ("Later that year", "2022"),
        ("the previous Friday", "2022-02-25"),
    ]


def test_year_ranges_give_both_years_and_later_follows_the_last_date():
    text = "The war of 2014-2016 ended. In 2019 a unit formed; two years later it was disbanded."
    assert values(text) == [("2014", "2014"), ("2016", "2016"), ("2019", "2019"),
                            ("two years later", "2021")]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a day named earlier does not hold the count: the year named after it does
        (
            "On Monday the court ruled. Moscow blocked the app in 2018 and lifted the ban two "
            "years later.",
            ("two years later", "2020"),
        ),
        (
            "On Monday the court ruled. The firm was sold in March 2019; six months later it "
            "closed.",
            ("six months later", "2019-09"),
        ),
        # days count from a day: a year named in between is too coarse to count days from
        (
            "On Monday, May 6, the board met; in 2018 it had met once. Two days later it voted.",
            ("Two days later", "2024-05-08"),
        ),
    ],
)
def test_later_counts_from_the_last_date_fine_enough_for_its_unit(text, expected):
    assert values(text)[-1] == expected


def test_a_bare_time_of_day_belongs_to_the_day_just_mentioned():
    text = "The raid began on Sept. 28. At 10:35 p.m. the doors were forced."
    assert values(text) == [("Sept. 28", "2024-09-28"), ("10:35 p.m.", "2024-09-28T22:35")]
    assert values("The statement came at 10:35 p.m.") == [("10:35 p.m.", "2024-10-03T22:35")]


def test_anaphoric_dates_without_antecedent_are_not_guessed():
    assert values("That day nobody spoke.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Profits will fall in the last half of 2025.", [("the last half of 2025", "2025-H2")]),
        (
            "Sales stay weak through the first two quarters of 2025.",
            [("the first two quarters of 2025", "2025-H1")],
        ),
        ("Volumes grew in the first half of the decade.", []),
        ("Pilgrims gather each July.", [("each July", "XXXX-07")]),
    ],
)
def test_half_years_and_yearly_months(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares rose at midday.", ("midday", "TIME", "2024-10-03T12:00")),
        (
            "In London at mid-afternoon yesterday, shares fell.",
            ("mid-afternoon yesterday", "TIME", "2024-10-02TAF"),
        ),
        # a period that "ended" on a day lies in the past, even a day later in the calendar
        ("In the fiscal year ended Dec. 31, sales rose.", ("Dec. 31", "DATE", "2023-12-31")),
    ],
)
def test_parts_of_day_and_ended_periods(text, expected):
    last = tag_timexes(text, DCT)[-1]
    assert (last.text, last.type, last.value) == expected


def test_wire_clock_time_takes_the_weekday_after_its_gmt_equivalent():
    text = "The blast struck at 10:35 a.m. (0735 GMT) Wednesday, police said."
    assert values(text) == [("10:35 a.m.", "2024-10-02T10:35"), ("Wednesday", "2024-10-02")]


def test_capitalised_day_word_opening_a_sentence_is_a_time():
    assert values("The vote was close. Tonight the result is due.") == [
        ("Tonight", "2024-10-03TNI")
    ]


def test_spoken_years_complete_months_and_seasons():
    text = (
        "A bomb went off in January nineteen ninety-seven, "
        "as in the winter of nineteen ninety-four."
    )
    assert values(text) == [
        ("January nineteen ninety-seven", "1997-01"),
        ("the winter of nineteen ninety-four", "1994-WI"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The summit will be held on April 24 and 25.",
            [("April 24", "2025-04-24"), ("25", "2025-04-25")],
        ),
        (
            "Votes were cast on May 3 and 12 in Lagos.",
            [("May 3", "2024-05-03"), ("12", "2024-05-12")],
        ),
        # a number that counts something is no second day
        ("The storm hit on May 3 and 12 people died.", [("May 3", "2024-05-03")]),
        ("Prices rose on May 5 and 6 percent later.", [("May 5", "2024-05-05")]),
    ],
)
def test_a_second_day_takes_the_month_of_the_first(text, expected):
    assert values(text) == expected
