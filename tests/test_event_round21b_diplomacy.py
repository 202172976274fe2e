"""Round 21b, diplomatic forms the lexicon lacked: deadlines given (a span of time and what is
to be done in it), displeasure voiced in the diplomatic register, agreements named by their
parties. Sentences written for these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import types_of


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # deadlines (REQUEST)
        ("Britain gave Acme 48 hours to remove the videos.", "Appeal"),
        ("The Treasury allowed Globex two weeks to sell its Russian unit.", "Appeal"),
        ("On Friday Germany gave the company 30 days to comply.", "Appeal"),
        # displeasure voiced (ACCUSE)
        ("China conveyed its strong objection to the visit.", "Criticism"),
        ("Russia expressed deep disappointment with the ruling.", "Criticism"),
        ("Iran voiced strong dissatisfaction over the new sanctions.", "Criticism"),
        # agreements named by their parties (AGREE)
        ("The 2015 accord between Iran and Germany collapsed in 2018.", "Agreement"),
        ("The pact between Russia and China covers energy.", "Agreement"),
    ],
)
def test_form_is_found(nlp, resources, text: str, event_type: str) -> None:
    assert event_type in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The judge gave John Smith 30 days in jail.", "Appeal"),
        ("Acme gave its staff two days off in May.", "Appeal"),
        ("Anna Berg gave the Acme team a week to decide.", "Appeal"),
        ("The new rule gives companies six months to comply.", "Appeal"),
        ("Anna Berg expressed her thanks to the staff.", "Criticism"),
        ("Germany voiced hope for a quick deal.", "Criticism"),
        ("Britain wants a deal soon.", "Agreement"),
        ("A deal would take years to reach, Anna Berg said.", "Agreement"),
    ],
)
def test_look_alike_is_not(nlp, resources, text: str, event_type: str) -> None:
    assert event_type not in types_of(nlp, resources, text)
