"""What the speaker, or the state it speaks for, says it will not do refuses, and what it says
it did not do denies (round 21d): "Putin said Russia would not send anyone home", "Cuba had
never carried out attacks, the foreign minister said" (the denied act folded into the
denial). A third party's, a policy ("would not allow"), a threat ("would not hesitate") and a
state ("would not be affected") stay Statements. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import run, surface_spans, types_of

from kg.extract.events import extract_events
from kg.types import Article, Entity, Role


def test_the_speakers_negated_will_is_a_refusal(nlp, resources):
    for text in (
        "The Kremlin said Russia would not expel any British diplomats.",
        "Acme said it would never comply with the order from Globex.",
        "Globex said it would no longer cooperate with Acme.",
    ):
        assert "Refusal" in types_of(nlp, resources, text), text


def test_a_third_partys_will_a_policy_a_threat_or_a_state_is_no_refusal(nlp, resources):
    for text in (
        "The Kremlin said Britain would not expel any Russian diplomats.",
        "Acme said it would not hesitate to sue Globex.",
        "Acme said it would not allow Globex to use its data.",
        "Acme said it would not be affected by the ruling.",
    ):
        assert "Refusal" not in types_of(nlp, resources, text), text


def test_what_the_speakers_state_did_not_do_is_a_denial(nlp, resources):
    assert "Denial" in types_of(
        nlp, resources, "The Kremlin said Russia had received no requests from Britain."
    )
    assert "Denial" in types_of(
        nlp, resources, "Moscow said Russia had never interfered in British elections."
    )
    types = types_of(nlp, resources, "Acme said it could not say whether Globex was involved.")
    assert "Denial" not in types


def test_an_officials_state_denying_an_act_folds_the_act_into_the_denial(nlp, resources):
    text = "Russia had never carried out attacks of any kind against Britain, Petrov said."
    named = {
        "country/ru": ("Country", ["Russia"]),
        "country/gb": ("Country", ["Britain"]),
    }
    entities = [
        Entity(entity_id, surfaces[0], kind, mentions=surface_spans(text, surfaces))
        for entity_id, (kind, surfaces) in named.items()
    ]
    post = Role("Foreign Minister", "country/ru")
    entities.append(
        Entity(
            "person/petrov",
            "Ivan Petrov",
            "Official",
            mentions=surface_spans(text, ["Petrov"]),
            roles=(post,),
        )
    )
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-10-09")
    events = extract_events(nlp(text), article, tuple(entities), [], lexicon, taxonomy)
    assert [e.type for e in events] == ["Denial"]
    assert "carried out attacks" in {m.text for m in events[0].mentions}
    # the same words from someone holding no post in Russia stay a telling and an act
    plain = [e.type for e in run(nlp, resources, text.replace("Petrov", "Berg"))]
    assert "Denial" not in plain
