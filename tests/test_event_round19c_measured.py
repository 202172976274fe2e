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
