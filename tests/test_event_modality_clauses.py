"""Clauses that do not assert their event: still to come after "before", doubted, supposed;
sentences written for these tests."""

from __future__ import annotations

from event_helpers import run


def types(nlp, resources, text: str) -> list[str]:
    return sorted(e.type for e in run(nlp, resources, text))


def test_present_tense_before_clause_of_a_past_act_is_still_to_come(nlp, resources):
    text = "The Treasury sanctioned Russia on Tuesday, just before Smith visits Beijing."
    assert types(nlp, resources, text) == ["Sanction"]


def test_past_tense_before_clause_did_happen(nlp, resources):
    text = "John Smith met Lopez in May, days before the FBI arrested him."
    assert types(nlp, resources, text) == ["Arrest", "Meeting"]


def test_what_is_called_unlikely_is_not_asserted(nlp, resources):
    text = '"It\'s unlikely he met with John Smith," Berg said.'
    assert types(nlp, resources, text) == ["Statement"]


def test_what_someone_is_supposed_to_think_is_not_asserted(nlp, resources):
    assert types(nlp, resources, "If you think that Smith met Lopez, you would be wrong.") == []
