"""Entity profiles, co-occurrence, monthly counts, event sources, entity lists and store counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kg.errors import QueryError
from kg.namedquery import run_named
from kg.query._timeline import Source, _source, _text, resolve_entity


@dataclass(frozen=True)
class Post:
    title: str
    organization: str | None  # entity id
    start: str | None
    end: str | None


@dataclass(frozen=True)
class EntityProfile:
    id: str
    iri: str
    names: tuple[str, ...]
    types: tuple[str, ...]  # one, unless articles disagree (Official in one, Person in another)
    aliases: tuple[str, ...]
    wikidata: tuple[str, ...]  # QIDs
    countries: tuple[str, ...]  # entity ids
    posts: tuple[Post, ...]
    events_by_type: dict[str, int]  # fine event type -> per-article events
    articles: int
    first: str | None  # earliest event date (or report date of undated events)
    last: str | None


def entity_profile(store: Any, entity: str) -> EntityProfile:
    """Everything the store says about one entity (id, IRI or name) and its events by type."""
    from kg.vocab import ENTITY_BASE, EVENT_TYPE_BASE, WIKIDATA, entity_iri, local_id

    entity_id = resolve_entity(store, entity)
    facts: dict[str, set[str]] = {}
    posts = set()
    for row in run_named(store, "entity_profile", {"entity": entity_id}):
        field, value = str(row["field"]), str(row["value"])
        if field == "post":
            org = _text(row.get("organization"))
            org = local_id(org, ENTITY_BASE) if org else None
            posts.add(Post(value, org, _text(row.get("start")), _text(row.get("end"))))
        else:
            facts.setdefault(field, set()).add(value)
    if not facts:
        raise QueryError(f"no entity {entity_id} in the store", hint="see the entities query")
    events: dict[str, int] = {}
    articles: set[str] = set()
    firsts, lasts = [], []
    for row in run_named(store, "entity_events", {"entity": entity_id}):
        events[local_id(str(row["type"]), EVENT_TYPE_BASE)] = int(str(row["events"]))
        articles.update(str(row.get("articles", "")).split())
        firsts += [str(row["first"])] if row.get("first") else []
        lasts += [str(row["last"])] if row.get("last") else []
    return EntityProfile(
        id=entity_id,
        iri=str(entity_iri(entity_id)),
        names=tuple(sorted(facts.get("name", ()))),
        types=tuple(sorted(facts.get("type", ()))),
        aliases=tuple(sorted(facts.get("alias", ()))),
        wikidata=tuple(sorted(local_id(w, str(WIKIDATA)) for w in facts.get("sameAs", ()))),
        countries=tuple(sorted(local_id(c, ENTITY_BASE) for c in facts.get("country", ()))),
        posts=tuple(sorted(posts, key=lambda p: (p.start or "", p.title, p.organization or ""))),
        events_by_type=events,
        articles=len(articles),
        first=min(firsts) if firsts else None,
        last=max(lasts) if lasts else None,
    )


@dataclass(frozen=True)
class Cooccurrence:
    row: str  # entity id
    row_name: str
    column: str
    column_name: str
    events: int


def cooccurrence(
    store: Any, row_type: str = "Agency", column_type: str = "Platform"
) -> list[Cooccurrence]:
    """Pairs of entities of two types that take part in the same events, most frequent first."""
    from kg.vocab import ENTITY_BASE, local_id

    rows = run_named(store, "cooccurrence", {"rowType": row_type, "columnType": column_type})
    return [
        Cooccurrence(
            row=local_id(str(r["row"]), ENTITY_BASE),
            row_name=str(r.get("rowName", "")),
            column=local_id(str(r["column"]), ENTITY_BASE),
            column_name=str(r.get("columnName", "")),
            events=int(str(r["events"])),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class MonthCount:
    month: str | None  # YYYY-MM; None for events with neither a date nor a report date
    type: str
    events: int


def events_per_month(store: Any) -> list[MonthCount]:
    """Per-article events counted by month and fine event type, in month order."""
    from kg.vocab import EVENT_TYPE_BASE, local_id

    return [
        MonthCount(
            month=_text(r.get("month")) or None,
            type=local_id(str(r["type"]), EVENT_TYPE_BASE),
            events=int(str(r["events"])),
        )
        for r in run_named(store, "events_per_month")
    ]


@dataclass(frozen=True)
class EventSource:
    event_id: str  # the per-article event that carries the report
    article: Source
    sentence: str
    start: int
    end: int


def event_sources(store: Any, event: str) -> list[EventSource]:
    """The reports of an event (merged: of each member event), earliest publication first."""
    from kg.vocab import EVENT_BASE, event_iri, local_id

    iri = event if event.startswith(("http://", "https://")) else str(event_iri(event))
    return [
        EventSource(
            event_id=local_id(str(r["member"]), EVENT_BASE),
            article=_source(r),
            sentence=str(r["sentence"]),
            start=int(str(r["begin"])),
            end=int(str(r["end"])),
        )
        for r in run_named(store, "event_sources", {"event": iri})
    ]


@dataclass(frozen=True)
class EntitySummary:
    id: str
    type: str
    name: str
    events: int


def entities(store: Any, entity_type: str | None = None) -> list[EntitySummary]:
    """Entities with their per-article event counts, busiest first (choices for filters)."""
    from kg.vocab import ENTITY_BASE, local_id

    return [
        EntitySummary(
            id=local_id(str(r["entity"]), ENTITY_BASE),
            type=str(r["type"]),
            name=str(r.get("name", "")),
            events=int(str(r["events"])),
        )
        for r in run_named(store, "entities", {"entityType": entity_type})
    ]


def stats(store: Any) -> dict[str, int]:
    """Counts of articles, per-article events, merged events, entities and sources."""
    rows = run_named(store, "stats")
    row = rows[0] if rows else {}
    names = ("articles", "events", "mergedEvents", "entities", "sources")
    return {name: int(str(row[name])) if name in row else 0 for name in names}
