"""Round 16a, theft and intrusion by meaning: getting into others' systems, taking their data
or money and listening in, with the object or subject that makes each verb hostile. Sentences
written for these tests, with words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iranian hackers penetrated Acme's network in March.", "CyberOperation"),
        ("Russian hackers exploited a flaw in Acme's servers.", "CyberOperation"),
        ("Iranian hackers defaced Globex's websites on Monday.", "CyberOperation"),
        ("Russian hackers knocked Acme's website offline.", "CyberOperation"),
        ("Russian hackers harvested login credentials from Acme employees.", "CyberOperation"),
        ("Russian spies intercepted Berg's calls for months.", "Espionage"),
    ],
)
def test_hostile_acts_on_systems_and_data(nlp, resources, text, event_type):
    event = only(run(nlp, resources, text), event_type)
    actor, target = roles(event)["actor"], roles(event)["target"]
    assert actor <= {"country/ru", "country/ir"}
    assert target <= {"org/acme", "org/globex", "person/anna-berg"}


def test_emptied_wallets_are_their_owner_s_loss(nlp, resources):
    theft = only(run(nlp, resources, "The thieves emptied Acme's hot wallets."), "CyberOperation")
    assert roles(theft) == {"target": {"org/acme"}}


@pytest.mark.parametrize(
    "text",
    [
        "The exfiltration of Acme's data by Iranian hackers lasted weeks.",
        "Britain blamed Russia for the compromise of Acme's network.",
    ],
)
def test_intrusion_nouns_with_what_they_took(nlp, resources, text):
    intrusion = only(run(nlp, resources, text), "CyberOperation")
    assert roles(intrusion)["target"] == {"org/acme"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme penetrated the Asian market last year.",
        "Acme exploited a loophole in the tax code.",
        "Berg wiped the slate clean with Globex.",
        "Acme and Globex reached a compromise on Monday.",
        "A compromise of sorts was reached between Acme and Globex.",
        "Acme moved its funds to Globex.",
        "Acme drained the swamp.",
    ],
)
def test_look_alikes_of_intrusion_are_none(nlp, resources, text):
    events = run(nlp, resources, text)
    assert all(e.type not in ("CyberOperation", "Espionage") for e in events)
