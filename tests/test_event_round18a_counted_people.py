"""Round 18a: "the two leaders" after a sentence naming two people who were not joined by
"and" stands for them (kg/extract/definite_nouns.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, run

BERG, SMITH, LOPEZ = "person/anna-berg", "person/john-smith", "person/maria-lopez"


@pytest.mark.parametrize(
    ("text", "event_type", "people"),
    [
        (
            "Anna Berg had told John Smith that the deal was off. The two leaders met in Paris "
            "on Monday.",
            "Meeting",
            {BERG, SMITH},
        ),
        (
            "Maria Lopez had phoned Anna Berg in March. The two leaders agreed at their summit "
            "in Paris to start talks.",
            "Agreement",
            {LOPEZ, BERG},
        ),
        (
            "John Smith had warned Maria Lopez about the vote. Acme said the deal was off. The "
            "two ministers met in Rome on Sunday.",
            "Meeting",
            {SMITH, LOPEZ},
        ),
    ],
)
def test_counted_people_are_those_the_latest_sentence_naming_people_names(
    nlp, resources, text, event_type, people
):
    (event,) = [e for e in run(nlp, resources, text) if e.type == event_type]
    assert roles(event)["actor"] == people


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg had told John Smith that the deal was off. The three leaders met in Paris.",
        "Anna Berg had met Acme executives in May. The two leaders met again in Paris.",
        "Anna Berg, John Smith and Maria Lopez said the deal was off. Smith had told Lopez. "
        "The two leaders met in Paris.",
    ],
)
def test_a_count_the_sentence_before_does_not_give_names_no_one(nlp, resources, text):
    meetings = [
        e
        for e in run(nlp, resources, text)
        if e.trigger.text == "met" and "Paris" in e.evidence.text
    ]
    assert not any(roles(e).get("actor") for e in meetings)
