"""Round 20b: an act noun a blaming clause lays on someone by a "for" phrase was done by them:
"blamed Russia for a cyberattack on ...", "faulted China for the breach", "held Iran
responsible for the sabotage", "Moscow was blamed for the outage" (kg/extract/trigger_nouns.py,
``charging_verb``; read like "accused X of a cyberattack"), also when the parse hangs the "for"
phrase on the object ("blamed the Russian military for the attack").
Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from event_helpers import roles, run


def _doers(nlp, resources, text: str, trigger: str) -> set[str] | None:
    """The actors of the event ``trigger`` names, or None when no event is drafted there."""
    events = [e for e in run(nlp, resources, text) if e.trigger.text == trigger]
    if not events:
        return None
    return set().union(*(roles(e).get("actor", set()) for e in events))


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Germany on Friday blamed China for a sprawling intrusion into a satellite operator.",
            "intrusion",
            "country/cn",
        ),
        (
            "Britain faulted Iran for the sabotage of a tanker in the Gulf last week.",
            "sabotage",
            "country/ir",
        ),
        (
            "France held Russia responsible for the hacking of several broadcasters.",
            "hacking",
            "country/ru",
        ),
        (  # a state's forces by their demonym
            "Britain publicly blamed the Iranian navy for the sabotage of a Globex tanker.",
            "sabotage",
            "country/ir",
        ),
        (  # the parse hangs "for" on "service", the object
            "Britain on Tuesday formally blamed the Russian security service for the Baltic "
            "intrusion, which lasted weeks.",
            "intrusion",
            "country/ru",
        ),
        (
            "Russia was blamed on Tuesday for the cyberattack on Acme's payment systems.",
            "cyberattack",
            "country/ru",
        ),
        (  # punished or censured for it: the same
            "Washington sanctioned China on Friday for the theft of trade secrets from Acme.",
            "theft",
            "country/cn",
        ),
        (
            "Berlin condemned Iran for the bombing of a Globex warehouse.",
            "bombing",
            "country/ir",
        ),
    ],
)
def test_an_act_blamed_on_someone_is_theirs(nlp, resources, text, trigger, doer):
    doers = _doers(nlp, resources, text, trigger)
    assert doers is not None and doer in doers


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # asking someone for an act, or crediting their help: they did not do an attack
        ("Britain asked France for an investigation into the sabotage.", "investigation"),
        ("Acme prepared Globex for a cyberattack on its network.", "cyberattack"),
        ("Germany pressed China for an inquiry into the intrusion.", "inquiry"),
    ],
)
def test_a_for_phrase_of_other_verbs_names_no_doer(nlp, resources, text, trigger):
    doers = _doers(nlp, resources, text, trigger)
    assert not doers or ("country/fr" not in doers and "org/globex" not in doers)
    assert not doers or "country/cn" not in doers
