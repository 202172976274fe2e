"""Disparaging, naming and counter-operation verbs, and acts made in a message; sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


def test_mocking_a_measure_is_criticism_made_in_the_message(nlp, resources):
    text = "Maria Lopez ridiculed the new rules in a message posted on Twitter."
    events = run(nlp, resources, text)
    assert [e.type for e in events] == ["Criticism"]
    assert roles(events[0]) == {"actor": {"person/maria-lopez"}, "platform": {"org/twitter"}}


def test_calling_a_measure_a_farce_is_criticism(nlp, resources):
    text = "The Kremlin called the British measures a 'circus' on Monday."
    event = only(run(nlp, resources, text), "Criticism")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"country/gb"}}


def test_calling_the_claims_a_fabrication_is_a_denial(nlp, resources):
    text = "Iran called the American claims a fabrication."
    assert roles(only(run(nlp, resources, text), "Denial"))["actor"] == {"country/ir"}


def test_calling_as_a_participle_or_in_what_it_called_is_no_event_of_its_own(nlp, resources):
    text = (
        "John Smith denied the charges, calling the probe a witch hunt. "
        "China said it would resist what it called a hostile campaign by Britain."
    )
    assert "Criticism" not in {e.type for e in run(nlp, resources, text)}


def test_calling_with_no_disparaging_word_is_no_criticism(nlp, resources):
    text = "Maria Lopez called the agreement a success."
    assert "Criticism" not in {e.type for e in run(nlp, resources, text)}


def test_disrupting_an_operation_is_a_takedown_by_the_agency(nlp, resources):
    text = "The FBI said on Tuesday that it had disrupted a Russian influence operation."
    event = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(event)["actor"] == {"org/fbi"}
    assert event.plover == "COERCE"


def test_a_passive_clause_in_a_statement_does_not_take_the_speaker_as_actor(nlp, resources):
    text = "The FBI said in a statement that Acme was hacked."
    assert roles(only(run(nlp, resources, text), "CyberOperation")) == {"target": {"org/acme"}}


@pytest.mark.parametrize(
    "text",
    [
        'Anna Berg called John Smith "a very stupid guy" on Tuesday.',
        "The FBI called the verdict disgraceful.",
        "Russia branded John Smith a traitor.",
        'John Smith called the Acme board "inept" and "dysfunctional".',
    ],
)
def test_calling_someone_or_something_a_term_of_abuse_criticises(nlp, resources, text):
    assert [e.type for e in run(nlp, resources, text)] == ["Criticism"]


def test_calling_something_praiseworthy_is_no_criticism(nlp, resources):
    text = "Anna Berg called the deal a feat of diplomacy."
    assert not [e for e in run(nlp, resources, text) if e.type == "Criticism"]
