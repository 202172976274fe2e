"""Round 17a, a time expression on what an act is done for or about ("blamed Russia for the
outbreak in May 2017") is that thing's time, not the act's. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run, timex


@pytest.mark.parametrize(
    ("text", "words", "verb"),
    [
        ("Britain blamed Russia for the outbreak in May 2017.", "May 2017", "blamed"),
        ("Britain accused Russia of the theft in 2016 of emails from Acme.", "2016", "accused"),
        ("Britain sanctioned Russia over the 2016 hack.", "2016", "sanctioned"),
    ],
)
def test_the_time_of_a_cause_does_not_date_the_act(nlp, resources, text, words, verb):
    events = run(nlp, resources, text, [timex(text, words, words[-4:])])
    assert dated(events, verb, text) is None


def test_the_acts_own_time_still_dates_it(nlp, resources):
    text = "Britain blamed Russia on Monday for the outbreak in May 2017."
    times = [day(text, "Monday", "2024-10-07"), timex(text, "May 2017", "2017-05")]
    events = run(nlp, resources, text, times)
    assert dated(events, "blamed", text) == "2024-10-07"


@pytest.mark.parametrize(
    ("text", "words", "verb"),
    [
        ("Russia hacked Acme during the 2016 election.", "2016", "hacked"),  # what it acted on
        ("A court jailed John Smith for ten years in 2019.", "2019", "jailed"),  # a term
    ],
)
def test_a_time_on_no_cause_dates_the_act(nlp, resources, text, words, verb):
    events = run(nlp, resources, text, [timex(text, words, words)])
    assert dated(events, verb, text) == words
