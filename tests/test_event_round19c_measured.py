"""Round 19c, acts joined to a clause placed a measured time from another act: "a day after
Russia forced a plane to land and arrested X" places the arrest a day before too, as the
forcing. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

FRIDAY = "2024-10-04"


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        (
            "Britain closed its airspace to Russian airlines on Friday, two days after Russia "
            "forced a plane to land in Minsk and arrested John Smith.",
            "arrested",
            "2024-10-02",
        ),
        (
            "France recalled its ambassador on Friday, a day after Iran stopped a tanker in the "
            "Gulf and detained John Smith.",
            "detained",
            "2024-10-03",
        ),
        (
            "Germany summoned the Russian envoy on Friday, hours after Moscow shut a school in "
            "the city and expelled Anna Berg.",
            "expelled",
            FRIDAY,
        ),
    ],
)
def test_an_act_joined_to_a_measured_clause_is_placed_by_its_measure(
    nlp, resources, text, verb, expected
):
    events = run(nlp, resources, text, [day(text, "Friday", FRIDAY)])
    assert dated(events, verb, text) == expected


def test_no_measure_places_nothing(nlp, resources):
    """ "after" alone says only that the arrest came before Friday: no day."""
    text = (
        "Britain closed its airspace to Russian airlines on Friday after Russia forced a "
        "plane to land in Minsk and arrested John Smith."
    )
    events = run(nlp, resources, text, [day(text, "Friday", FRIDAY)])
    assert dated(events, "arrested", text) is None


def test_a_joined_clause_with_its_own_subject_is_not_placed_by_the_measure(nlp, resources):
    """Its own subject makes it a clause of its own, not part of the measured one."""
    text = (
        "Britain closed its airspace to Russian airlines on Friday, two days after Russia "
        "forced a plane to land in Minsk, and Iran later arrested John Smith."
    )
    events = run(nlp, resources, text, [day(text, "Friday", FRIDAY)])
    assert dated(events, "arrested", text) != "2024-10-02"


MONDAY = "2024-10-07"
BLOCKED = "Russia blocked Twitter on Monday."


@pytest.mark.parametrize(
    ("rest", "verb", "expected"),
    [
        # what a measured telling says is dated by the telling, as in a sentence of its own
        (
            "The block came a day after Twitter said it had removed accounts linked to Russia.",
            "removed",
            "2024-10-06",
        ),
        # the measure hung on "came" right before "after" measures the clause all the same
        (
            "The move came two days after Twitter said Russia was behind a network of accounts.",
            "said",
            "2024-10-05",
        ),
    ],
)
def test_a_measured_telling_dates_what_it_tells(nlp, resources, rest, verb, expected):
    text = f"{BLOCKED} {rest}"
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, verb, text) == expected


def test_a_telling_placed_by_after_alone_dates_nothing(nlp, resources):
    text = f"{BLOCKED} The block came after Twitter said it had removed accounts linked to Russia."
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "removed", text) is None


def test_a_measure_of_another_phrase_is_no_measure_of_the_clause(nlp, resources):
    """ "two days" names how long the block lasted, not where the saying lies."""
    text = (
        f"{BLOCKED} The block lasted two days, after Twitter said it had removed accounts "
        "linked to Russia."
    )
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "removed", text) is None


MAY_7 = "2024-05-07"


@pytest.mark.parametrize(
    ("rest", "verb", "expected"),
    [
        # what a telling placed "within days" of the act told before reports: that month
        (
            "Within days, Acme said it had lost access to its servers and was shutting down "
            "its accounts on Twitter.",
            "shutting down",
            "2024-05",
        ),
        (
            "Three days after the attack, Twitter said it had suspended accounts linked to Russia.",
            "suspended",
            "2024-05-10",
        ),
    ],
)
def test_what_a_placed_telling_reports_is_placed_with_it(nlp, resources, rest, verb, expected):
    text = f"Russia attacked Acme on May 7. {rest}"
    events = run(nlp, resources, text, [day(text, "May 7", MAY_7)], published="2024-06-20")
    assert dated(events, verb, text) == expected


def test_a_report_of_a_telling_that_is_not_placed_stays_undated(nlp, resources):
    text = "Russia attacked Acme on May 7. Twitter said it had suspended accounts linked to Russia."
    events = run(nlp, resources, text, [day(text, "May 7", MAY_7)], published="2024-06-20")
    assert dated(events, "suspended", text) is None
