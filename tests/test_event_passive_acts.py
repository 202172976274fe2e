"""Acts told in the passive with no agent: an attack or arrest known by where it was done is an
event with its place and its own date; one whose verb may tell an accident is not; sentences
written for these tests."""

from __future__ import annotations

from event_helpers import day, entities_in, only, roles, run, timex

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span


def _events(nlp, resources, text: str, place: str, timexes=()):
    """Events of ``text`` with the helper's entities and ``place`` as a Place."""
    lexicon, taxonomy = resources
    start = text.index(place)
    mention = Span(place, start, start + len(place))
    town = Entity(f"place/{place.lower()}", place, "Place", mentions=(mention,))
    article = Article(id="t1", text=text, published="2024-10-09")
    entities = (*entities_in(text), town)
    return extract_events(nlp(text), article, entities, list(timexes), lexicon, taxonomy)


def test_people_arrested_somewhere_with_no_agent_are_an_arrest_there(nlp, resources):
    text = "Two men were arrested in Warsaw on Tuesday."
    events = _events(nlp, resources, text, "Warsaw", [day(text, "on Tuesday", "2024-10-08")])
    arrest = only(events, "Arrest")
    assert roles(arrest) == {"place": {"place/warsaw"}}
    assert arrest.date.earliest == "2024-10-08"


def test_a_man_shot_dead_somewhere_is_an_attack_there(nlp, resources):
    text = "A man was shot dead in Leipzig on Friday."
    events = _events(nlp, resources, text, "Leipzig", [day(text, "on Friday", "2024-10-04")])
    attack = only(events, "Attack")
    assert roles(attack) == {"place": {"place/leipzig"}}
    assert attack.date.earliest == "2024-10-04"


def test_a_passive_killing_somewhere_may_be_an_accident(nlp, resources):
    text = "A cyclist was killed in Leipzig on Friday."
    assert _events(nlp, resources, text, "Leipzig") == ()


def test_a_passive_act_with_its_agent_is_the_agent_s(nlp, resources):
    text = "A man was shot dead by John Smith in Leipzig."
    attack = only(_events(nlp, resources, text, "Leipzig"), "Attack")
    assert roles(attack)["actor"] == {"person/john-smith"}


def test_nationals_detained_somewhere_are_their_country_s_people(nlp, resources):
    text = "Three Russian nationals were detained in Leipzig on Monday."
    events = _events(nlp, resources, text, "Leipzig", [day(text, "on Monday", "2024-10-07")])
    arrest = only(events, "Arrest")
    assert roles(arrest)["target"] == {"country/ru"}
    assert arrest.date.earliest == "2024-10-07"


def test_a_depot_blown_up_is_an_attack_dated_by_its_year(nlp, resources):
    text = "Russian agents blew up an ammunition depot in Leipzig in 2014."
    year = timex(text, "in 2014", "2014", precision="year", earliest="2014-01-01")
    attack = only(_events(nlp, resources, text, "Leipzig", [year]), "Attack")
    assert roles(attack)["actor"] == {"country/ru"}
    assert attack.date.earliest == "2014-01-01"


def test_talks_blowing_up_are_no_attack(nlp, resources):
    text = "The talks blew up in Leipzig on Monday."
    assert _events(nlp, resources, text, "Leipzig") == ()


def test_someone_jailed_in_a_country_with_no_agent_is_an_arrest_there(nlp, resources):
    text = "The bill was named after a student who died after he was jailed in Leipzig."
    arrest = only(_events(nlp, resources, text, "Leipzig"), "Arrest")
    assert roles(arrest) == {"place": {"place/leipzig"}}


def test_someone_imprisoned_in_a_country_is_held_by_that_state(nlp, resources):
    text = "A student died after he was imprisoned in Iran."
    arrest = only(run(nlp, resources, text), "Arrest")
    assert roles(arrest) == {"actor": {"country/ir"}}
