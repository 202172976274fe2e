"""Round 18d, "the same day" after a day an earlier sentence names on its main clause for no
act of ours ("The attack began on July 2. Acme urged customers the same day to ..."): that
day, when it stays near the news told before. Sentences written for these tests; the time
stage's own reading of "the same day" is given as the last day mentioned."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

NEWS = "Britain expelled John Smith on July 9."
URGED = "Acme urged Britain the same day to act."


def _events(nlp, resources, text: str, named: str, value: str, same_day: str):
    times = [
        day(text, "July 9", "2024-07-09"),
        day(text, named, value),
        day(text, "the same day", same_day),
    ]
    return run(nlp, resources, text, times, published="2024-07-10")


@pytest.mark.parametrize(
    ("middle", "named", "value"),
    [
        ("The attack began on July 2.", "July 2", "2024-07-02"),
        ("On July 4, Acme shut its network.", "July 4", "2024-07-04"),
        ("The outage started on July 3, a Wednesday.", "July 3", "2024-07-03"),
    ],
)
def test_the_same_day_is_the_day_named_on_a_main_clause_just_before(
    nlp, resources, middle, named, value
):
    text = f"{NEWS} {middle} {URGED}"
    events = _events(nlp, resources, text, named, value, "2024-07-09")
    assert dated(events, "urged", text) == value


@pytest.mark.parametrize(
    ("middle", "named", "value"),
    [
        # a day describing a person, not a main clause
        ("John Smith, who was born on July 2, runs Acme.", "July 2", "2024-07-02"),
        # a day months away from the news told before: background the story returns from
        ("The attack, on March 2, hit Acme.", "March 2", "2024-03-02"),
        # the start of a span, not a day of the narrative
        ("Acme has worked with Britain since July 2.", "July 2", "2024-07-02"),
    ],
)
def test_no_day_of_a_description_or_of_background(nlp, resources, middle, named, value):
    text = f"{NEWS} {middle} {URGED}"
    events = _events(nlp, resources, text, named, value, value)
    assert dated(events, "urged", text) == "2024-07-09"
