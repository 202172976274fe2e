"""Speakers: unnamed ones that stand for someone named earlier ("an agency spokesperson",
"the accused") and what a negated report is; sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_the_accused_is_the_person_charged_before(nlp, resources):
    text = (
        "John Smith was charged with spying in March. The accused admitted all the charges "
        "on Tuesday."
    )
    event = only(run(nlp, resources, text), "Admission")
    assert roles(event) == {"actor": {"person/john-smith"}}


def test_a_spokesperson_of_the_agency_speaks_for_the_agency_named_before(nlp, resources):
    text = (
        "The FBI arrested John Smith on Monday. In a statement, an agency spokesperson declined "
        "to say where he was held."
    )
    event = only(run(nlp, resources, text), "Refusal")
    assert roles(event) == {"actor": {"org/fbi"}}


def test_a_ministry_spokesman_saying_is_the_ministry_stating(nlp, resources):
    text = "The Treasury sanctioned two Iranian firms. A ministry spokesman said it was overdue."
    event = only(run(nlp, resources, text), "Statement")
    assert roles(event) == {"actor": {"org/treasury"}}


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
