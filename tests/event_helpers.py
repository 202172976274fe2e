"""Shared helpers of the event-extraction tests: hand-made entities and time expressions.

Entities and time expressions are built by hand so that only kg.extract.events is under test;
the spaCy model parses the text as in production.
"""

from __future__ import annotations

import re

from kg.extract.events import extract_events
from kg.extract.trigger_lexicon import load_lexicon
from kg.settings import DEFAULT_MODEL, DEFAULT_ONTOLOGY_DIR
from kg.taxonomy import event_types
from kg.types import Article, Entity, Span, Timex

ENTITIES = {
    "org/fbi": ("Agency", ["FBI"]),
    "org/cia": ("Agency", ["CIA", "the agency"]),
    "org/bfv": ("Agency", ["BfV"]),
    "org/linkedin": ("Platform", ["LinkedIn"]),
    "org/twitter": ("Platform", ["Twitter"]),
    "org/meta": ("Platform", ["Meta"]),
    "country/ru": ("Country", ["Russia", "Moscow", "the Kremlin", "Russian"]),
    "country/gb": ("Country", ["Britain", "British"]),
    "country/us": ("Country", ["American"]),
    "country/cn": ("Country", ["China", "Chinese"]),
    "country/fr": ("Country", ["France"]),
    "country/de": ("Country", ["Germany"]),
    "country/ir": ("Country", ["Iran", "Iranian"]),
    "person/john-smith": ("Person", ["John Smith", "Smith"]),
    "person/anna-berg": ("Official", ["Anna Berg", "Berg"]),
    "org/treasury": ("Agency", ["the Treasury"]),
    "org/ministry": ("Agency", ["the defence ministry"]),
    "org/acme": ("Organization", ["Acme"]),
    "org/globex": ("Organization", ["Globex"]),
    "person/maria-lopez": ("Official", ["Maria Lopez", "Lopez"]),
    "org/new-york-post": ("Organization", ["the New York Post"]),
    "org/nato": ("Organization", ["NATO"]),
    "org/cybercom": ("Agency", ["U.S. Cyber Command"]),
    "org/spd": ("Organization", ["Social Democratic Party of Germany"]),
    "org/bank-of-england": ("Organization", ["Bank of England"]),
}


def load_nlp():
    import spacy

    return spacy.load(DEFAULT_MODEL)


def load_resources():
    taxonomy = event_types(DEFAULT_ONTOLOGY_DIR)
    return load_lexicon(DEFAULT_ONTOLOGY_DIR, set(taxonomy)), taxonomy


def entities_in(text: str) -> tuple[Entity, ...]:
    found = []
    for entity_id, (entity_type, surfaces) in ENTITIES.items():
        spans = []
        for surface in surfaces:
            for m in re.finditer(rf"\b{re.escape(surface)}\b", text, re.IGNORECASE):
                if not any(s.start <= m.start() < s.end for s in spans):
                    spans.append(Span(m.group(), m.start(), m.end()))
        if spans:
            mentions = tuple(sorted(spans, key=lambda s: s.start))
            found.append(Entity(entity_id, surfaces[0], entity_type, mentions=mentions))
    return tuple(found)


def timex(text: str, words: str, value: str, kind: str = "DATE", **interval) -> Timex:
    start = text.index(words)
    return Timex(start, start + len(words), words, kind, value, **interval)


def day(text: str, words: str, iso: str) -> Timex:
    return timex(text, words, iso, precision="day", earliest=iso, latest=iso)


def run(nlp, resources, text: str, timexes=(), published: str | None = "2024-10-09", called=None):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published=published)
    return extract_events(
        nlp(text), article, entities_in(text), list(timexes), lexicon, taxonomy, called
    )


def types_of(nlp, resources, text: str) -> set[str]:
    """The event types found in ``text``."""
    return {e.type for e in run(nlp, resources, text)}


def targets_of(nlp, resources, text: str, event_type: str) -> set[str]:
    """The targets of the events of ``event_type`` found in ``text``."""
    return {
        p.entity
        for e in run(nlp, resources, text)
        if e.type == event_type
        for p in e.participants
        if p.role == "target"
    }


def roles(event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in event.participants:
        out.setdefault(p.role, set()).add(p.entity)
    return out


def in_role_at(events, trigger: str, role: str) -> set[str]:
    """Entity ids in ``role`` of the events whose trigger text is exactly ``trigger``."""
    return set().union(
        set(), *(roles(e).get(role, set()) for e in events if e.trigger.text == trigger)
    )


def only(events, event_type: str):
    matching = [e for e in events if e.type == event_type]
    assert len(matching) == 1, [(e.type, e.trigger.text) for e in events]
    return matching[0]


def dated(events, words: str, text: str) -> str | None:
    """The date value of the one event whose trigger starts where ``words`` start in ``text``."""
    start = text.index(words)
    (event,) = [e for e in events if e.trigger.start == start]
    return event.date.value


def named_entities(text: str, named: dict[str, tuple[str, list[str]]]) -> tuple[Entity, ...]:
    """Entities of ``text`` from ``named`` (id -> (type, surfaces), the first surface its
    name): every whole-word occurrence of a surface is a mention; unnamed ones are left out."""
    found = []
    for entity_id, (entity_type, surfaces) in named.items():
        mentions = surface_spans(text, surfaces)
        if mentions:
            found.append(Entity(entity_id, surfaces[0], entity_type, mentions=mentions))
    return tuple(found)


def surface_spans(text: str, surfaces: list[str]) -> tuple[Span, ...]:
    """Every whole-word occurrence of each of ``surfaces`` in ``text``, in text order."""
    spans = [
        Span(m.group(), m.start(), m.end())
        for surface in surfaces
        for m in re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text)
    ]
    return tuple(sorted(spans, key=lambda s: s.start))


def run_with(nlp, resources, text: str, named: dict[str, tuple[str, list[str]]]):
    """Events of ``text`` with the entities ``named`` (see ``named_entities``) instead of the
    shared ones."""
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-10-09")
    entities = named_entities(text, named)
    return extract_events(nlp(text), article, entities, [], lexicon, taxonomy)
