"""Damage done and harm suffered put a culprit behind it (round 21d): "said the hackers had
caused damage", "said it had been hit by an attack originating from China" attribute the harm;
a storm's damage, a harm from nowhere named and sanctions suffered do not. Sentences written
for these tests."""

from __future__ import annotations

from event_helpers import run, targets_of, types_of


def test_damage_caused_by_a_named_or_unnamed_culprit_attributes_it(nlp, resources):
    text = "Berg said Iranian hackers had inflicted losses running into millions of euros."
    assert "Attribution" in types_of(nlp, resources, text)
    assert "country/ir" in targets_of(nlp, resources, text, "Attribution")
    text = "Berg said the outage had been caused by Russian hackers."
    assert "country/ru" in targets_of(nlp, resources, text, "Attribution")
    assert "Attribution" in types_of(
        nlp, resources, "The Treasury said the ransomware had caused disruption at hospitals."
    )


def test_a_harm_suffered_from_a_named_source_attributes_it(nlp, resources):
    text = "Acme said it had been hit by a sophisticated attack originating from China."
    assert "Attribution" in types_of(nlp, resources, text)
    assert "country/cn" in targets_of(nlp, resources, text, "Attribution")
    text = "Globex said its plants were crippled by a wave of intrusions coming from Iran."
    assert "country/ir" in targets_of(nlp, resources, text, "Attribution")


def test_damage_with_no_culprit_and_measures_suffered_stay_statements(nlp, resources):
    for text in (
        "Acme said the storm had caused damage worth millions.",
        "Acme said it had been hit by a sophisticated attack.",
        "Acme said it was hit by sanctions imposed by Russia.",
        "Acme said it had been affected by the new rules from China.",
    ):
        types = {e.type for e in run(nlp, resources, text)}
        assert "Attribution" not in types and "Statement" in types, text
