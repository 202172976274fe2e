"""Cross-document event merging: one real happening reported by several articles becomes one
merged event that links every per-article event (``nkg:mergedFrom``) and so every source.

Entities need no merging step: their IRIs are deterministic (gazetteer id, else type namespace +
full name), so "CIA" in two articles is one IRI, while a bare "Cohen" that no article resolves to a
full name stays apart from "David Cohen" — no merge without evidence.

Two per-article events are the same happening when
- they come from different articles (in-article coreference is the extractor's job);
- they have the same fine event type;
- they share a participant (an actor, or failing actors a target);
- their date intervals overlap. An event with no date in its text stands for "shortly before
  publication": ``[published - UNDATED_WINDOW_DAYS, published]``.
Clustering is greedy, finest date first, and an event joins a cluster only if it overlaps the
intersection of all the cluster's intervals, so a year-precision report can never chain two
different days together.

Statements (PLOVER STATEMENT: Statement, Report) merge only when dated to within
``STATEMENT_MAX_DAYS`` (a day, a week, or undated near publication): a spokesperson speaks many
times a month, so a shared speaker and an overlapping month or year are no evidence of one
utterance (measured on SemEval-2015 Task 4 data: two "Steve Jobs said" of 2011 and 2010 articles
merged because both were dated "2009" by words of what he said; docs/benchmarks-timeline.md).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import rdflib

    from kg.store import Store
    from kg.types import Event, Extraction

UNDATED_WINDOW_DAYS = 7
STATEMENT_MAX_DAYS = 7
STATEMENT_PLOVER = "STATEMENT"


@dataclass(frozen=True)
class EventRecord:
    """What merging needs to know of one per-article event."""

    iri: str
    type: str
    article: str
    actors: frozenset[str]
    targets: frozenset[str] = frozenset()
    earliest: str | None = None  # ISO dates of the interval the event's date denotes
    latest: str | None = None
    published: str | None = None
    label: str = ""
    confidence: float = 0.0
    plover: str = ""

    def interval(self) -> tuple[date, date] | None:
        if self.earliest and self.latest:
            return date.fromisoformat(self.earliest[:10]), date.fromisoformat(self.latest[:10])
        if self.published:
            end = date.fromisoformat(self.published[:10])
            return end - timedelta(days=UNDATED_WINDOW_DAYS), end
        return None

    def participants(self) -> frozenset[str]:
        return self.actors or self.targets


@dataclass
class Cluster:
    members: list[EventRecord]
    interval: tuple[date, date]
    participants: set[str] = field(default_factory=set)
    rank: int = 0  # order of creation: an event that several clusters accept joins the first

    def accepts(self, event: EventRecord, interval: tuple[date, date]) -> bool:
        if any(m.article == event.article for m in self.members):
            return False
        if not self.participants & event.participants():
            return False
        return _overlap(self.interval, interval) is not None

    def add(self, event: EventRecord, interval: tuple[date, date]) -> None:
        self.members.append(event)
        self.interval = _overlap(self.interval, interval) or self.interval
        self.participants |= event.participants()

    def iri_suffix(self) -> str:
        key = "\n".join(sorted(m.iri for m in self.members))
        return "merged-" + hashlib.sha256(key.encode()).hexdigest()[:16]


def _mergeable(event: EventRecord, interval: tuple[date, date]) -> bool:
    if event.plover != STATEMENT_PLOVER:
        return True
    return (interval[1] - interval[0]).days <= STATEMENT_MAX_DAYS


def _overlap(a: tuple[date, date], b: tuple[date, date]) -> tuple[date, date] | None:
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return (start, end) if start <= end else None


def cluster_events(events: Iterable[EventRecord]) -> list[Cluster]:
    """Clusters of two or more events from different articles that report one happening."""
    by_type: dict[str, list[tuple[EventRecord, tuple[date, date]]]] = {}
    for event in events:
        interval = event.interval()
        if interval is not None and event.participants() and _mergeable(event, interval):
            by_type.setdefault(event.type, []).append((event, interval))
    clusters: list[Cluster] = []
    for _, typed in sorted(by_type.items()):
        # Finest intervals first: they anchor clusters that coarser reports may then join.
        typed.sort(key=lambda pair: ((pair[1][1] - pair[1][0]).days, pair[1][0], pair[0].iri))
        open_clusters: list[Cluster] = []
        by_participant: dict[str, list[Cluster]] = {}
        for event, interval in typed:
            candidates = {id(c): c for p in event.participants() for c in by_participant.get(p, ())}
            # The first-created accepting cluster, not the first met: participants are a set,
            # whose order changes from run to run with Python's string hashing.
            accepting = (c for c in candidates.values() if c.accepts(event, interval))
            home = min(accepting, key=lambda c: c.rank, default=None)
            if home is None:
                home = Cluster([], interval, rank=len(open_clusters))
                open_clusters.append(home)
            home.add(event, interval)
            for p in event.participants():
                if home not in by_participant.setdefault(p, []):
                    by_participant[p].append(home)
        clusters.extend(c for c in open_clusters if len(c.members) > 1)
    return clusters


def clusters_to_ntriples(clusters: Iterable[Cluster]) -> list[str]:
    """The merged graph as N-Triples lines, each triple once: one ``sem:Event`` per cluster
    linked to its members and sources. Written directly, as ``kg.rdf`` writes an article: for a
    store of 5,000 articles, filling an rdflib graph and converting it back took 2-4 s."""
    from kg import ntriples as nt
    from kg.ntriples import T
    from kg.vocab import NKG, PROV, RDF, RDFS, SEM, XSD, event_iri

    lines: dict[str, None] = {}
    for cluster in clusters:
        merged = nt.iri(str(event_iri(cluster.iri_suffix())))
        best = max(cluster.members, key=lambda m: (m.confidence, m.iri))
        start, end = cluster.interval
        triples = [
            (RDF.type, T[SEM.Event]),
            (SEM.eventType, nt.iri(best.type)),
            (RDFS.label, nt.string(best.label)),
            (NKG.plover, nt.string(best.plover) if best.plover else None),
            (NKG.confidence, nt.typed(nt.decimal(best.confidence), XSD.decimal)),
            (SEM.hasEarliestBeginTimeStamp, nt.typed(start.isoformat(), XSD.date)),
            (SEM.hasLatestEndTimeStamp, nt.typed(end.isoformat(), XSD.date)),
        ]
        for member in sorted(cluster.members, key=lambda m: m.iri):
            triples.append((NKG.mergedFrom, nt.iri(member.iri)))
            triples.append((PROV.wasDerivedFrom, nt.iri(member.article)))
            triples.extend((SEM.hasActor, nt.iri(actor)) for actor in sorted(member.actors))
        lines.update((f"{merged} {T[p]} {o} .", None) for p, o in triples if o is not None)
    return list(lines)


def clusters_to_graph(clusters: Iterable[Cluster]) -> rdflib.Graph:
    """The same triples as an rdflib graph, with newskg's prefixes bound."""
    from rdflib import Graph

    from kg.vocab import bind_prefixes

    graph = bind_prefixes(Graph())
    return graph.parse(data="\n".join(clusters_to_ntriples(clusters)), format="nt")


@dataclass(frozen=True)
class MergeReport:
    events: int  # per-article events considered
    merged_events: int  # clusters written
    member_events: int  # per-article events that belong to a cluster


def merge_store(store: Store, events: Sequence[EventRecord] | None = None) -> MergeReport:
    """Recompute the merged graph, atomically, from ``events``: by default every per-article
    event the store holds (read_event_records), else what the caller knows the store holds
    (kg ingest: IngestRecords)."""
    from kg.store.terms import SerializedGraph
    from kg.vocab import MERGED_GRAPH

    events = read_event_records(store) if events is None else events
    clusters = cluster_events(events)
    lines = clusters_to_ntriples(clusters)
    # A SerializedGraph goes wherever replace_graphs takes an rdflib graph (kg.store.terms).
    merged: dict[str, Any] = {str(MERGED_GRAPH): SerializedGraph("\n".join(lines), len(lines))}
    store.replace_graphs(merged)
    return MergeReport(len(events), len(clusters), sum(len(c.members) for c in clusters))


def extraction_records(ex: Extraction) -> tuple[EventRecord, ...]:
    """The records ``read_event_records`` reads back from this extraction's graph once stored
    (kg.rdf writes it), built from the extraction itself: ``kg ingest`` merges what it wrote
    without reading it back (tests/test_merge_ingest.py checks the two agree)."""
    from kg.namespaces import ARTICLE_BASE, ENTITY_BASE, EVENT_BASE, EVENT_TYPE_BASE
    from kg.ntriples import decimal
    from kg.rdf import date_literal
    from kg.rdfterms import minted

    article = ex.article
    published = article.published if article.published and date_literal(article.published) else None
    article_iri = minted(ARTICLE_BASE, article.id)
    return tuple(
        EventRecord(
            iri=minted(EVENT_BASE, ev.id),
            type=minted(EVENT_TYPE_BASE, ev.type),
            article=article_iri,
            actors=_role_entities(ev, "actor", ENTITY_BASE),
            targets=_role_entities(ev, "target", ENTITY_BASE),
            **_bounds(ev.date.earliest, ev.date.latest, ev.date.source),
            published=published,
            label=ev.label,
            confidence=float(decimal(ev.confidence)),
            plover=ev.plover or "",
        )
        for ev in ex.events
    )


def _role_entities(ev: Event, role: str, base: str) -> frozenset[str]:
    from kg.rdfterms import minted

    return frozenset(minted(base, p.entity) for p in ev.participants if p.role == role)


def _bounds(earliest: str | None, latest: str | None, source: str | None) -> dict[str, Any]:
    """An event's date interval for merging: a date taken from the publication date is no
    evidence of when it happened."""
    if source in (None, "published") or not (earliest and latest):
        return {"earliest": None, "latest": None}
    return {"earliest": earliest, "latest": latest}


@dataclass
class IngestRecords:
    """What the merge after ``kg ingest`` compares, without reading back what the ingest wrote
    (that read was most of the merge's CPU, in the writer, after the last extraction): the
    events the store held before, read once at the start, and the events of each article the
    ingest stored, which replace whatever that article had before."""

    before: list[EventRecord]
    stored: dict[str, tuple[EventRecord, ...]] = field(default_factory=dict)

    @classmethod
    def read(cls, store: Store) -> IngestRecords:
        return cls(read_event_records(store))

    def add(self, article_iri: str, records: tuple[EventRecord, ...]) -> None:
        self.stored[article_iri] = records

    def events(self) -> list[EventRecord]:
        kept = [r for r in self.before if r.article not in self.stored]
        return kept + [r for records in self.stored.values() for r in records]


def read_event_records(store: Store) -> list[EventRecord]:
    """Every per-article event with its type, participants, interval and article."""
    from kg.namedquery import named_query

    rows = store.query(named_query("merge_candidates").text).dicts()
    grouped: dict[str, dict] = {}
    for row in rows:
        iri = str(row["event"])
        record = grouped.setdefault(
            iri,
            {
                "iri": iri,
                "type": str(row["type"]),
                "article": str(row["article"]),
                "actors": set(),
                "targets": set(),
                **_bounds(*(_text(row.get(k)) for k in ("earliest", "latest", "dateSource"))),
                "plover": _text(row.get("plover")) or "",
                "published": _text(row.get("published")),
                "label": _text(row.get("label")) or "",
                "confidence": float(row["confidence"]) if "confidence" in row else 0.0,
            },
        )
        role, entity = _text(row.get("role")), _text(row.get("entity"))
        if entity and role and role.endswith("actor"):
            record["actors"].add(entity)
        elif entity and role and role.endswith("target"):
            record["targets"].add(entity)
    return [
        EventRecord(**{**r, "actors": frozenset(r["actors"]), "targets": frozenset(r["targets"])})
        for r in grouped.values()
    ]


def _text(term: object) -> str | None:
    return None if term is None else str(term)
