"""Round 18a: a state's body or staff acting without a name ("Police arrested two men") is the
body of that kind named before, else the state the text names on it, else the dateline's
state (kg/extract/unnamed_bodies.py). Sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from event_helpers import roles

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span

# id -> (type, name, surfaces, country)
_ENTITIES = {
    "org/nor-police": ("Agency", "Norwegian Police Service", ["Norwegian Police Service"], "no"),
    "org/bureau": ("Agency", "Federal Bureau of Investigation", ["bureau"], "us"),
    "org/health": ("Agency", "Health Ministry", ["the health ministry"], "no"),
    "org/dpa": ("Agency", "Norwegian Data Protection Authority", ["Protection Authority"], "no"),
    "org/court": ("Agency", "Supreme Court of Sweden", ["Supreme Court"], "se"),
    "country/no": ("Country", "Norway", ["Norway", "Oslo"], None),
    "country/se": ("Country", "Sweden", ["Sweden", "Swedish government"], None),
    "person/smith": ("Person", "John Smith", ["John Smith"], None),
    "org/acme": ("Organization", "Acme", ["Acme"], None),
}


def _entities(text: str) -> tuple[Entity, ...]:
    found = []
    for entity_id, (kind, name, surfaces, country) in _ENTITIES.items():
        spans = [
            Span(m.group(), m.start(), m.end())
            for surface in surfaces
            for m in re.finditer(rf"\b{re.escape(surface)}\b", text)
        ]
        if spans:
            found.append(
                Entity(
                    entity_id,
                    name,
                    kind,
                    aliases=tuple(s.text for s in spans if s.text != name),
                    mentions=tuple(sorted(spans, key=lambda s: s.start)),
                    country=f"country/{country}" if country else None,
                )
            )
    return tuple(found)


def _events(nlp, resources, text: str):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-10-09")
    return extract_events(nlp(text), article, _entities(text), [], lexicon, taxonomy)


def _actors(events, event_type: str) -> set[str]:
    return set().union(*(roles(e).get("actor", set()) for e in events if e.type == event_type))


@pytest.mark.parametrize(
    ("text", "event_type", "body"),
    [
        (
            "The Norwegian Police Service opened a case in March. Police detained two men on "
            "Friday.",
            "Arrest",
            "org/nor-police",
        ),
        (
            "The bureau's director spoke in May. Agents searched the offices of John Smith "
            "on Tuesday.",
            "Investigation",
            "org/bureau",
        ),
        (
            "The Norwegian Police Service has been criticised. The police have arrested "
            "three students since June.",
            "Arrest",
            "org/nor-police",
        ),
    ],
)
def test_an_unnamed_body_is_the_body_of_its_kind_named_before(
    nlp, resources, text, event_type, body
):
    assert _actors(_events(nlp, resources, text), event_type) == {body}


def test_a_body_of_another_kind_named_before_is_not_taken(nlp, resources):
    text = "The health ministry opened a case in March. Police detained two men on Friday."
    assert not _actors(_events(nlp, resources, text), "Arrest") & {"org/health"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "OSLO — Investigators searched the flat of a diplomat on Monday. Oslo has expelled "
            "two others this year.",
            "searched",
        ),
        (
            "OSLO — The authorities blocked a news website on Monday. Critics in Norway "
            "called it censorship.",
            "blocked",
        ),
        (
            "OSLO — Police have detained four students since the riots. Norway is calm.",
            "detained",
        ),
    ],
)
def test_an_unnamed_body_of_no_state_named_is_the_datelines(nlp, resources, text, trigger):
    (act,) = [e for e in _events(nlp, resources, text) if e.trigger.text == trigger]
    assert roles(act)["actor"] == {"country/no"}


@pytest.mark.parametrize(
    "text",
    [
        "Police in Norway routinely detain teenagers for such pranks.",
        "Two officials detained a teenager in a shop on Tuesday.",
        "Investigators at Acme searched the flat of a diplomat on Monday.",
        "OSLO — Police from six countries seized the servers of a gang. Norway took part.",
        "Police detained a teenager on Tuesday.",
        "BERGEN — Police detained a teenager on Tuesday. Norway has seen a wave of pranks.",
    ],
)
def test_a_habit_people_or_a_group_of_no_state_stay_unnamed(nlp, resources, text):
    events = _events(nlp, resources, text)
    assert all("country/no" not in roles(e).get("actor", set()) for e in events)


def test_speech_of_an_unnamed_body_is_no_telling(nlp, resources):
    text = "OSLO — Prosecutors said on Monday that the suspect had confessed."
    assert not [e for e in _events(nlp, resources, text) if e.type == "Statement"]


def test_a_named_actor_is_kept(nlp, resources):
    text = "The Norwegian Police Service opened a case. Sweden and police detained two men."
    assert "org/nor-police" not in _actors(_events(nlp, resources, text), "Arrest")


@pytest.mark.parametrize(
    "text",
    [
        "In Sweden, prosecutors charged two men with arson on Monday.",
        "The Norwegian Police Service opened a case. In Sweden, police detained two men.",
        "OSLO — Police detained two men in Sweden on Monday.",
    ],
)
def test_an_unnamed_body_serves_the_state_the_act_was_done_in(nlp, resources, text):
    events = _events(nlp, resources, text)
    assert _actors(events, "Indictment") | _actors(events, "Arrest") == {"country/se"}


def test_a_state_only_gone_to_is_not_the_doers(nlp, resources):
    text = "OSLO — Senior officials have travelled to Sweden in recent weeks. Norway hopes."
    assert _actors(_events(nlp, resources, text), "Meeting") == {"country/no"}


@pytest.mark.parametrize(
    ("text", "state"),
    [
        (
            "The Swedish government summoned an envoy in May. In June the government expelled "
            "two diplomats.",
            "country/se",
        ),
        ("OSLO — The government expelled two diplomats on Monday. Norway is calm.", "country/no"),
        (
            "OSLO — The Swedish government protested on Monday. The government has expelled "
            "two diplomats. Norway is calm.",
            "country/se",
        ),
    ],
)
def test_the_government_is_the_state_called_so_before_else_the_datelines(
    nlp, resources, text, state
):
    assert _actors(_events(nlp, resources, text), "Expulsion") == {state}


@pytest.mark.parametrize(
    "text",
    [
        "OSLO — Governments often expel diplomats for less. Norway is calm.",
        "OSLO — A government expelled two diplomats. Norway is calm.",
    ],
)
def test_a_habit_or_any_government_is_no_state(nlp, resources, text):
    assert "country/no" not in _actors(_events(nlp, resources, text), "Expulsion")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "The Data Protection Authority opened an inquiry in May. The regulator fined Acme "
            "on Monday.",
            "org/dpa",
        ),
        (
            "The Data Protection Authority opened an inquiry in May. On Monday the watchdog "
            "fined Acme.",
            "org/dpa",
        ),
        (
            "The Supreme Court heard the case in May. The court sentenced John Smith to six "
            "years on Monday.",
            "org/court",
        ),
    ],
)
def test_a_body_named_again_by_its_kind_is_the_latest_of_that_kind(nlp, resources, text, body):
    events = _events(nlp, resources, text)
    assert body in set().union(
        *(roles(e).get("actor", set()) for e in events if "Monday" in e.evidence.text)
    )


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian Police Service opened an inquiry in May. The regulator fined Acme.",
        "The Data Protection Authority opened an inquiry in May. A regulator fined Acme.",
        "The Supreme Court heard the case in May. The regulator fined Acme on Monday.",
    ],
)
def test_a_kind_named_before_by_no_body_or_an_indefinite_names_none(nlp, resources, text):
    fines = [e for e in _events(nlp, resources, text) if "Acme" in e.label]
    assert fines and not any(roles(e).get("actor") for e in fines), [e.label for e in fines]
