"""Round 19c, "earlier in the day" and "later that day" anywhere in an act's clause: the day
told before, like "Hours later" opening the sentence. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

MONDAY = "2024-10-07"
LEDE = "Britain on Monday expelled John Smith."


@pytest.mark.parametrize(
    ("rest", "verb"),
    [
        ("Anna Berg met Maria Lopez in London earlier in the day.", "met"),
        ("Russia summoned the British ambassador later that day.", "summoned"),
        ("The decision was taken at a meeting chaired by Anna Berg earlier in the day.", "meeting"),
    ],
)
def test_an_act_earlier_or_later_in_the_day_takes_the_day_told_before(nlp, resources, rest, verb):
    text = f"{LEDE} {rest}"
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)], published="2024-10-20")
    assert dated(events, verb, text) == MONDAY


def test_a_day_of_another_clause_places_nothing(nlp, resources):
    """ "later that day" is the arrival's, not the meeting's."""
    text = (
        f"{LEDE} Anna Berg met Maria Lopez in London, who had said she would leave later that day."
    )
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)], published="2024-10-20")
    assert dated(events, "met", text) is None


def test_earlier_in_the_year_is_no_day(nlp, resources):
    text = f"{LEDE} Anna Berg met Maria Lopez in London earlier in the year."
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)], published="2024-10-20")
    assert dated(events, "met", text) is None
