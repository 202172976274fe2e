"""Round 20a: "the service" named again by its kind is the latest intelligence or security
service the article named ("the BND ... The service said"; kind_nouns of
ontologies/state-groups.yaml), never a body of another kind nor an online service.
Sentences written for these tests."""

from __future__ import annotations

from event_helpers import roles, run_with

_NAMED = {
    "org/bnd": ("Agency", ["Federal Intelligence Service", "BND"]),
    "org/doj": ("Agency", ["Justice Department"]),
    "org/x": ("Platform", ["Twitter"]),
}


def _speakers(nlp, resources, text: str) -> set[str]:
    events = [e for e in run_with(nlp, resources, text, _NAMED) if e.trigger.text == "said"]
    return set().union(set(), *(roles(e).get("actor", set()) for e in events))


def test_the_service_is_the_intelligence_service_named_before(nlp, resources):
    text = "The BND arrested an officer last week. The service said the leak had been stopped."
    assert _speakers(nlp, resources, text) == {"org/bnd"}


def test_the_service_of_a_story_naming_another_kind_of_body_is_no_one(nlp, resources):
    text = "The Justice Department charged a clerk. The service said the leak had been stopped."
    assert "org/doj" not in _speakers(nlp, resources, text)


def test_an_online_service_is_not_an_intelligence_service(nlp, resources):
    text = "The BND was praised. Twitter went dark for hours. The service said it was sorry."
    assert "org/bnd" not in _speakers(nlp, resources, text)
