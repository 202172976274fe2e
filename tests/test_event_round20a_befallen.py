"""Round 20a: what an act's noun is "on" it befalls, read like a verb's object, through a
quantity ("a number of", "dozens of") and a possessive pronoun: "a phishing attack on a small
number of its employees" befalls the company "its" stands for (kg/extract/verb_objects.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, run


def _targets(nlp, resources, text: str, trigger: str) -> set[str]:
    events = [e for e in run(nlp, resources, text) if trigger in e.trigger.text]
    return set().union(set(), *(roles(e).get("target", set()) for e in events))


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "Acme said the intruders got in through a phishing attack on a handful of its staff.",
            "attack",
            "org/acme",
        ),
        (
            "Globex said a ransomware attack on dozens of its servers had halted deliveries.",
            "attack",
            "org/globex",
        ),
        (
            "Twitter confirmed a cyberattack on several of its engineers last month.",
            "cyberattack",
            "org/twitter",
        ),
    ],
)
def test_an_act_on_some_of_its_people_or_things_befalls_their_owner(
    nlp, resources, text, trigger, target
):
    assert target in _targets(nlp, resources, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # "on Monday", "on a large scale": no one the act befalls
        ("Acme said a phishing attack on Monday had hit a supplier.", "attack"),
        # no owner a pronoun can stand for
        ("A phishing attack on a handful of its staff was reported on Monday.", "attack"),
    ],
)
def test_an_on_phrase_naming_no_owner_adds_no_target(nlp, resources, text, trigger):
    assert not _targets(nlp, resources, text, trigger)
