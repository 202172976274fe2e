"""Round 18d, an act done in, at or during a happening told with its time ("Biden pressed
Putin in a phone call on Friday to act"): the parser hangs the day on the occasion, and it is
the act's day too. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

FRIDAY = "2024-10-04"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Britain pressed Russia at a meeting with China on Friday to release John Smith.",
            "pressed",
        ),
        ("Anna Berg urged Russia in a phone call with Britain on Friday to free Smith.", "urged"),
        (
            "Anna Berg pressed Russia during a phone call with Britain on Friday "
            "to release John Smith.",
            "pressed",
        ),
    ],
)
def test_an_act_done_at_an_occasion_takes_its_day(nlp, resources, text, verb):
    events = run(nlp, resources, text, [day(text, "Friday", FRIDAY)])
    assert dated(events, verb, text) == FRIDAY


@pytest.mark.parametrize(
    "text",
    [
        # placed after or before the occasion: another time
        "Britain pressed Russia after a phone call on Friday to act against the gangs.",
        "Britain pressed Russia before a meeting with China on Friday to release John Smith.",
    ],
)
def test_no_day_of_an_occasion_the_act_is_placed_from(nlp, resources, text):
    events = run(nlp, resources, text, [day(text, "Friday", FRIDAY)])
    assert dated(events, "pressed", text) is None
