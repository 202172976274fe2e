"""Round 20a: what is decided in the passive "in" a named body with no agent was decided by
that body ("a bill to do so was blocked in the Senate"; kg/extract/placed_acts.py); a deed done
there or words said there are not the body's. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import in_role_at, run_with

_NAMED = {
    "org/senate": ("Agency", ["the Senate"]),
    "org/bundestag": ("Agency", ["Bundestag"]),
    "org/council": ("Agency", ["the Security Council"]),
    "person/vogel": ("Person", ["Karl Vogel"]),
    "country/ru": ("Country", ["Russia"]),
}


def _actors(nlp, resources, text: str, trigger: str) -> set[str]:
    return in_role_at(run_with(nlp, resources, text, _NAMED), trigger, "actor")


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        ("A measure to curb exports was blocked in the Senate.", "blocked", "org/senate"),
        ("The ban was lifted in the Bundestag on Friday.", "lifted", "org/bundestag"),
        ("A draft on Russia was rejected in the Security Council.", "rejected", "org/council"),
    ],
)
def test_an_agentless_decision_in_a_named_body_is_the_bodys(nlp, resources, text, trigger, body):
    assert body in _actors(nlp, resources, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a deed the body is only the scene of
        ("Karl Vogel was arrested in the Bundestag on Friday.", "arrested"),
        # an agent named: the body is where, not who
        ("The measure was blocked by Karl Vogel in the Senate last year.", "blocked"),
        # a country is no body sitting somewhere
        ("New sanctions were approved in Russia on Friday, Karl Vogel wrote.", "approved"),
    ],
)
def test_a_deed_there_or_a_named_agent_is_not_the_bodys(nlp, resources, text, trigger):
    assert not _actors(nlp, resources, text, trigger) & {"org/senate", "org/bundestag"}
