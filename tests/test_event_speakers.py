"""Speakers and people referred to: unnamed ones that stand for someone named earlier ("an
agency spokesperson", "the accused"), pronouns under a relative clause ("a student who died after
he was imprisoned") and what a negated report is; sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "event_type", "actor"),
    [
        pytest.param(
            "John Smith was charged with spying in March. The accused admitted all the charges "
            "on Tuesday.",
            "Admission",
            "person/john-smith",
            id="the-accused-is-the-person-charged-before",
        ),
        pytest.param(
            "The FBI arrested John Smith on Monday. In a statement, an agency spokesperson "
            "declined to say where he was held.",
            "Refusal",
            "org/fbi",
            id="an-agency-spokesperson-speaks-for-the-agency-named-before",
        ),
        pytest.param(
            "The Treasury sanctioned two Iranian firms. A ministry spokesman said it was overdue.",
            "Statement",
            "org/treasury",
            id="a-ministry-spokesman-is-the-ministry-stating",
        ),
    ],
)
def test_unnamed_speaker_stands_for_the_one_named_before(nlp, resources, text, event_type, actor):
    event = only(run(nlp, resources, text), event_type)
    assert roles(event) == {"actor": {actor}}


def test_a_spokesperson_of_nobody_named_is_no_speaker(nlp, resources):
    assert run(nlp, resources, "A police spokesperson said the road was closed.") == ()


def test_a_spokesperson_of_another_kind_of_body_is_not_given_one(nlp, resources):
    # "company" points back to a firm; the agency named before is no company.
    text = "The FBI arrested John Smith. A company spokesman said he had left in May."
    assert [e.type for e in run(nlp, resources, text)] == ["Arrest"]


def test_i_do_not_think_is_an_opinion_not_a_denial(nlp, resources):
    text = 'Anna Berg said: "I do not think he understands what Russia is doing."'
    assert [e.type for e in run(nlp, resources, text)] == ["Statement"]


def test_said_she_did_not_know_him_is_still_a_denial(nlp, resources):
    text = "Anna Berg said she did not know John Smith."
    assert [e.type for e in run(nlp, resources, text)] == ["Denial"]


@pytest.mark.parametrize(
    "text",
    [
        "Lopez met John Smith in May. The bill was named after a student who died in June "
        "after he was imprisoned in Russia.",
        "Lopez met John Smith in May. Later she met a man who said he had spied for Russia.",
    ],
)
def test_pronoun_under_a_relative_clause_is_its_unnamed_antecedent(nlp, resources, text):
    events = run(nlp, resources, text)
    assert "Meeting" in {e.type for e in events}
    # the pronoun's act ("he was imprisoned in Russia") may be an event, but not Smith's
    others = [e for e in events if e.type != "Meeting"]
    assert not any(p.entity.startswith("person/") for e in others for p in e.participants)
    assert not any("person/maria-lopez" in roles(e).get("target", set()) for e in events)


def test_pronoun_under_a_relative_clause_on_a_name_is_that_name(nlp, resources):
    text = "John Smith, who said he had spied for Russia, was arrested."
    event = only(run(nlp, resources, text), "Espionage")
    assert roles(event)["actor"] == {"person/john-smith"}
