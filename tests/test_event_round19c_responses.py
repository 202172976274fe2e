"""Round 19c, an act done "by" way of answering the clause it is joined to takes that clause's
time: "Britain expelled two diplomats in February, and Russia responded by expelling John
Smith". Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, run, timex

FEBRUARY = "2024-02"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "Britain expelled two Russian diplomats in February, and Russia responded by "
            "expelling John Smith.",
            "expelling",
        ),
        (
            "France summoned the Iranian ambassador in February, and Iran retaliated by "
            "detaining John Smith.",
            "detaining",
        ),
    ],
)
def test_an_answer_by_an_act_takes_the_time_of_the_act_it_answers(nlp, resources, text, verb):
    events = run(nlp, resources, text, [timex(text, "February", FEBRUARY)])
    assert dated(events, verb, text) == FEBRUARY


@pytest.mark.parametrize(
    "text",
    [
        # "later" sets the answer apart in time
        "Britain expelled two Russian diplomats in February, and Russia later responded by "
        "expelling John Smith.",
        # beginning is no answer
        "Britain expelled two Russian diplomats in February, and Russia began by expelling "
        "John Smith.",
    ],
)
def test_no_answer_or_a_later_one_takes_no_time(nlp, resources, text):
    events = run(nlp, resources, text, [timex(text, "February", FEBRUARY)])
    assert dated(events, "expelling", text) is None
