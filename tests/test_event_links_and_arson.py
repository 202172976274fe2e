"""Tying measures to someone's hostile activity accuses them; an attack known only by where
it struck is still an event; sentences written for these tests."""

from __future__ import annotations

from event_helpers import entities_in, only, roles, run

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span


def _with(text: str, *extra: tuple[str, str, str]) -> tuple[Entity, ...]:
    """The helper's entities plus ``extra`` (id, type, surface), one mention each."""
    added = []
    for entity_id, entity_type, surface in extra:
        start = text.index(surface)
        span = Span(surface, start, start + len(surface))
        added.append(Entity(entity_id, surface, entity_type, mentions=(span,)))
    return entities_in(text) + tuple(added)


def _run(nlp, resources, text: str, entities: tuple[Entity, ...]):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-05-17")
    return extract_events(nlp(text), article, entities, [], lexicon, taxonomy)


def test_linking_measures_to_malign_activity_by_a_state_accuses_it(nlp, resources):
    text = "Anna Berg linked the expulsions to a pattern of malign activity by Russia."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation) == {"actor": {"person/anna-berg"}, "target": {"country/ru"}}


def test_linking_something_to_a_state_s_aggression_accuses_that_state(nlp, resources):
    text = "Anna Berg linked the new visa rules to Russian aggression."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation)["target"] == {"country/ru"}


def test_linking_prices_to_a_war_accuses_no_one(nlp, resources):
    text = "Anna Berg linked the rise in prices to the war in Iran."
    assert [e.type for e in run(nlp, resources, text)] == []


def test_a_surname_read_as_an_adverb_is_still_the_subject(nlp, resources):
    text = "Cleverly linked the measures to a pattern of malign activity by Russia."
    entities = _with(text, ("person/james-cleverly", "Official", "Cleverly"))
    accusation = only(_run(nlp, resources, text, entities), "Accusation")
    assert roles(accusation)["actor"] == {"person/james-cleverly"}


def test_an_arson_attack_known_by_its_place_is_an_attack(nlp, resources):
    text = "An arson attack on a warehouse in Lyon destroyed its stock."
    attack = only(
        _run(nlp, resources, text, _with(text, ("place/lyon", "Place", "Lyon"))), "Attack"
    )
    assert roles(attack) == {"place": {"place/lyon"}}
    assert attack.label == "Attack in Lyon"


def test_setting_fire_to_a_depot_is_an_attack(nlp, resources):
    text = "Russian saboteurs set fire to a fuel depot."
    assert roles(only(run(nlp, resources, text), "Attack")) == {"actor": {"country/ru"}}


def test_plotted_attacks_have_not_happened(nlp, resources):
    text = "John Smith was suspected of plotting attacks on military sites in France."
    assert "Attack" not in [e.type for e in run(nlp, resources, text)]


def test_an_attack_on_a_day_needs_someone_or_somewhere(nlp, resources):
    text = "The attack on Monday shocked the nation."
    assert [e.type for e in run(nlp, resources, text)] == []
