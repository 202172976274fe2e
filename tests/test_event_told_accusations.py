"""Tellings typed by what they tell: saying who someone is (a spy, intelligence officers),
what they could do to harm, what unnamed doers did, or what someone is charged with accuses;
fighting a measure taken against one refuses it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Britain expelled two Russian diplomats on Monday, saying they were intelligence officers.",
        "The FBI said John Smith had been identified as an officer of Russia's intelligence "
        "service.",
        "Germany said Anna Berg was a spy.",
    ],
)
def test_saying_someone_is_an_intelligence_officer_accuses(nlp, resources, text):
    events = run(nlp, resources, text)
    assert [e for e in events if e.type == "Accusation"], [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "Germany said the men were diplomats.",
        "The FBI said John Smith had been identified as a witness.",
    ],
)
def test_saying_who_someone_harmless_is_accuses_no_one(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "Accusation"]


def test_what_a_state_could_use_a_firm_for_accuses_it(nlp, resources):
    text = "The FBI said Russia could use Acme to spy on Americans."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation) == {"actor": {"org/fbi"}, "target": {"country/ru"}}


def test_what_a_state_could_do_for_good_accuses_no_one(nlp, resources):
    text = "The FBI said Russia could help Acme with the inquiry."
    assert not [e for e in run(nlp, resources, text) if e.type == "Accusation"]


def test_an_unnamed_doer_s_hostile_aim_accuses(nlp, resources):
    text = "Anna Berg said the sailors had betrayed the public trust."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation) == {"actor": {"person/anna-berg"}}


def test_what_was_done_to_unnamed_things_accuses_no_one(nlp, resources):
    text = "Acme said genuine documents had been mixed with fake ones to sow disinformation."
    assert not [e for e in run(nlp, resources, text) if e.type == "Accusation"]


def test_telling_of_an_arrest_on_suspicion_accuses(nlp, resources):
    text = "The FBI said a man had been arrested on suspicion of working for Russia."
    assert only(run(nlp, resources, text), "Accusation")


@pytest.mark.parametrize(
    "text",
    [
        "Acme has said it will oppose the court order.",
        "Acme said it disagreed with the ruling.",
        "Acme challenged the ban in court on Monday.",
    ],
)
def test_fighting_a_measure_refuses_it(nlp, resources, text):
    refusal = only(run(nlp, resources, text), "Refusal")
    assert roles(refusal)["actor"] == {"org/acme"}


def test_opposing_a_candidate_is_no_refusal(nlp, resources):
    assert not [e for e in run(nlp, resources, "Acme opposed John Smith.") if e.type == "Refusal"]
