"""Round 18d, acts told with a "when" clause naming its own time ("When X attributed the
attack to Y in December 2017, Y rejected the accusation"): the main act took place then.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, run, timex


def _month(text: str, words: str, value: str):
    return timex(text, words, value, precision="month")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (
            "When Britain formally expelled two Russian diplomats in March 2019, "
            "Moscow rejected the decision.",
            "rejected",
        ),
        (
            "Prosecutors said Smith received a luxury watch from Russia when the two met "
            "in Vienna in March 2019.",
            "received",
        ),
        (
            "Russia expelled two British diplomats when Britain sanctioned Moscow in March 2019.",
            "expelled",
        ),
    ],
)
def test_an_act_with_a_dated_when_clause_takes_its_time(nlp, resources, text, verb):
    events = run(nlp, resources, text, [_month(text, "March 2019", "2019-03")])
    assert dated(events, verb, text) == "2019-03"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # told in the perfect: it happened before then
        (
            "When Britain sanctioned Moscow in March 2019, Russia had already expelled "
            "two British diplomats.",
            "expelled",
        ),
        # placed after the clause's act, not at its time
        (
            "Russia expelled two British diplomats after Britain sanctioned Moscow in March 2019.",
            "expelled",
        ),
        # the expression is the main act's own time, the clause tells no time
        (
            "Russia expelled two British diplomats in April 2019, when Britain sanctioned Moscow.",
            "expelled",
        ),
    ],
)
def test_no_time_of_the_clause_for_an_act_at_another_time(nlp, resources, text, verb):
    words = "April 2019" if "April 2019" in text else "March 2019"
    value = "2019-04" if "April" in words else "2019-03"
    events = run(nlp, resources, text, [_month(text, words, value)])
    expected = "2019-04" if "April" in words else None
    assert dated(events, verb, text) == expected


def test_the_when_clause_of_another_act_does_not_date_the_telling(nlp, resources):
    """ "said" tells of the rejection: the time of the clause is the rejection's, not the
    saying's."""
    text = (
        "Smith said Moscow rejected the accusation when Britain blamed Russia "
        "for the attack in March 2019."
    )
    events = run(nlp, resources, text, [_month(text, "March 2019", "2019-03")])
    assert dated(events, "said", text) is None
