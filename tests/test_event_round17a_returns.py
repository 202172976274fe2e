"""Round 17a, acts done "in return" or "in response": they answer the latest act told before
and dated to a day, and took place that day. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run, timex

THURSDAY = "2024-10-03"
LATER = "2024-11-20"  # published weeks later: no act of the news day lends a date


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Russia freed John Smith on Thursday. Russia convicted Anna Berg last month. "
            "In return, Germany released Maria Lopez.",
            "released",
        ),
        (
            "Britain expelled John Smith on Thursday. In response, Russia expelled two British "
            "diplomats.",
            "expelled two",
        ),
    ],
)
def test_an_act_in_return_takes_the_day_of_the_act_it_answers(nlp, resources, text, verb):
    times = [day(text, "Thursday", THURSDAY)]
    if "last month" in text:
        times.append(timex(text, "last month", "2024-09"))
    events = run(nlp, resources, text, times, LATER)
    assert dated(events, verb, text) == THURSDAY


@pytest.mark.parametrize(
    "answer",
    [
        "In response to a petition, Russia expelled two British diplomats.",  # names its cause
        "In response, Russia has expelled two British diplomats.",  # the perfect
        "In response, they say, Russia expelled two British diplomats.",  # what others say
    ],
)
def test_no_day_for_an_answer_the_text_does_not_tie(nlp, resources, answer):
    text = f"Britain expelled John Smith on Thursday. {answer}"
    events = run(nlp, resources, text, [day(text, "Thursday", THURSDAY)], LATER)
    assert dated(events, "expelled two", text) is None
