"""Round 19a: a state acting through a group named by what it is. A government called "the
administration", "the regime" or "the junta" acts for its state, and an unnamed state group
that is the "by" agent of a passive ("was detained by Swedish police") acts as the subject one
does (kg/extract/unnamed_bodies.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, surface_spans

from kg.extract.events import extract_events
from kg.types import Article, Entity

# id -> (type, name, surfaces)
_ENTITIES = {
    "country/no": ("Country", "Norway", ["Norway"]),
    "country/se": ("Country", "Sweden", ["Sweden", "Swedish"]),
    "person/lund": ("Person", "Erik Lund", ["Erik Lund"]),
    "country/ru": ("Country", "Russia", ["Russia", "Russian"]),
}


def _entities(text: str) -> tuple[Entity, ...]:
    found = []
    for entity_id, (kind, name, surfaces) in _ENTITIES.items():
        mentions = surface_spans(text, surfaces)
        if mentions:
            aliases = tuple({s.text for s in mentions if s.text != name})
            found.append(Entity(entity_id, name, kind, aliases=aliases, mentions=mentions))
    return tuple(found)


def _events(nlp, resources, text: str):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-10-09")
    return extract_events(nlp(text), article, _entities(text), [], lexicon, taxonomy)


def _actors(events, trigger: str) -> set[str]:
    return set().union(*(roles(e).get("actor", set()) for e in events if e.trigger.text == trigger))


@pytest.mark.parametrize(
    ("text", "trigger", "state"),
    [
        (
            "OSLO — The administration expelled three diplomats on Monday. Norway is calm.",
            "expelled",
            "country/no",
        ),
        ("The regime jailed two bloggers in Sweden on Friday.", "jailed", "country/se"),
        (
            "OSLO — The junta has banned a news website since the vote. Norway is calm.",
            "banned",
            "country/no",
        ),
    ],
)
def test_a_government_named_by_what_it_is_acts_for_its_state(nlp, resources, text, trigger, state):
    assert _actors(_events(nlp, resources, text), trigger) == {state}


@pytest.mark.parametrize(
    "text",
    [
        "OSLO — Past administrations often expelled diplomats for less. Norway is calm.",
        "OSLO — A regime expelled three diplomats on Monday. Norway is calm.",
        "OSLO — The administration said three diplomats had left. Norway is calm.",
    ],
)
def test_a_habit_any_government_or_its_speech_names_no_state(nlp, resources, text):
    assert all(
        "country/no" not in roles(e).get("actor", set()) for e in _events(nlp, resources, text)
    )


@pytest.mark.parametrize(
    ("text", "trigger", "state"),
    [
        ("Erik Lund was detained by Swedish police on Friday.", "detained", "country/se"),
        (
            "Two bloggers were arrested by the authorities in Sweden last week.",
            "arrested",
            "country/se",
        ),
        (
            "OSLO — Erik Lund was questioned and then jailed by prosecutors. Norway is calm.",
            "questioned",
            "country/no",
        ),
    ],
)
def test_an_unnamed_state_group_as_the_passive_agent_acts(nlp, resources, text, trigger, state):
    assert _actors(_events(nlp, resources, text), trigger) == {state}


@pytest.mark.parametrize(
    "text",
    [
        "OSLO — Erik Lund was attacked by protesters on Friday. Norway is calm.",
        "OSLO — Erik Lund was detained by two officers on Friday. Norway is calm.",
        "OSLO — Erik Lund was detained by police from several countries. Norway is calm.",
        "OSLO — Two reporters were detained by foreign police last year. Norway is calm.",
        "OSLO — Western governments expelled dozens of diplomats in May. Norway is calm.",
        "OSLO — Erik Lund's phone was hacked by regimes he had criticised. Norway is calm.",
    ],
)
def test_other_agents_or_people_are_no_state(nlp, resources, text):
    events = _events(nlp, resources, text)
    assert "country/no" not in set().union(*(roles(e).get("actor", set()) for e in events))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "TROMSO — Norway lifted its ban on the app on Friday. The government had demanded "
            "the removal of two videos.",
            "demanded",
        ),
        (
            "BERGEN — Web pages loaded again across Norway after the authorities blocked "
            "them for a week.",
            "blocked",
        ),
        (
            "BERGEN — Users in Norway found the site working again. Police had detained "
            "three bloggers in March.",
            "detained",
        ),
    ],
)
def test_a_dateline_place_unknown_yields_the_one_country_of_the_lede(nlp, resources, text, trigger):
    assert _actors(_events(nlp, resources, text), trigger) == {"country/no"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "BERGEN — Russian drones struck the port on Friday. The authorities blocked two "
            "websites.",
            "blocked",
        ),
        (
            "BERGEN — Sweden and Norway signed a pact on Friday. The authorities blocked two "
            "websites.",
            "blocked",
        ),
        (
            "BERGEN — Russia's navy towed a ship on Friday. The authorities blocked two websites.",
            "blocked",
        ),
        (
            "BERGEN — The port reopened on Friday. Norway is calm. The authorities blocked "
            "two websites.",
            "blocked",
        ),
    ],
)
def test_a_demonym_several_countries_or_a_later_sentence_name_no_state(
    nlp, resources, text, trigger
):
    assert not _actors(_events(nlp, resources, text), trigger) & {"country/no", "country/ru"}
