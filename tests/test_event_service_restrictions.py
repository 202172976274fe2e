"""Restricting part of a service bans that much of it, and what is done to "access to X" or
"calls on X" is done to the service X; verdicts against a party are its conviction. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Russia restricted voice calls on Twitter and LinkedIn on Wednesday.",
        "Russia said it was partially restricting calls on Twitter and LinkedIn.",
    ],
)
def test_restricting_calls_on_services_bans_them(nlp, resources, text):
    ban = only(run(nlp, resources, text), "Ban")
    assert roles(ban) == {"actor": {"country/ru"}, "target": {"org/twitter", "org/linkedin"}}


def test_blocking_access_to_a_service_targets_the_service(nlp, resources):
    ban = only(run(nlp, resources, "Iran blocked access to LinkedIn in June."), "Ban")
    assert roles(ban) == {"actor": {"country/ir"}, "target": {"org/linkedin"}}


def test_restricting_a_state_s_diplomats_stays_a_sanction(nlp, resources):
    events = run(nlp, resources, "Britain restricted the travel of Russian diplomats.")
    assert [e.type for e in events] == ["Sanction"]


def test_limiting_what_is_no_service_is_no_ban(nlp, resources):
    assert not run(nlp, resources, "Britain limited the damages Acme could claim.")


def test_a_civil_verdict_against_a_firm_is_its_conviction(nlp, resources):
    text = "A jury found Acme liable for hacking 1,400 phones."
    verdict = only(run(nlp, resources, text), "Conviction")
    assert roles(verdict) == {"target": {"org/acme"}}


def test_an_irregular_verb_s_event_is_labelled_with_its_participle(nlp, resources):
    # "Acme finded" was the label when the lexicon lacked "find: found"
    verdict = only(run(nlp, resources, "The court found Acme guilty of spying."), "Conviction")
    assert verdict.label == "Acme found"
