"""RDF exports: Turtle (all graphs merged), TriG and N-Quads (graphs kept), written by pyoxigraph
with our prefixes; and the sub-dataset describing a set of events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, BinaryIO

import pyoxigraph as ox

OX_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
}


def write_rdf(quads: Iterable[Any], fmt: str, out: BinaryIO) -> int:
    """Write ``quads``; Turtle holds one graph, so graph names are dropped (duplicates merged)."""
    from kg.vocab import PREFIXES

    items: list[Any] = list(quads)
    if fmt == "turtle":
        items = sorted({q.triple for q in items}, key=str)
    else:  # sorted so the same store always gives the same file
        items.sort(key=str)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    ox.serialize(items, out, format=OX_FORMATS[fmt], prefixes=None if fmt == "nquads" else prefixes)
    return len(items)


def event_quads(store: Any, timeline_filter: Any) -> list[Any]:
    """The quads describing the events a timeline filter selects: each event's own triples and
    its role nodes (``<event>#...``), then one hop further: the entities, mentions and articles
    they point to."""
    from kg.export import all_quads
    from kg.export.timeline import timeline_events

    selected = timeline_events(store, timeline_filter)
    # a merged event stands for per-article events: they come along
    events = {e.iri for e in selected} | {_event_iri(m) for e in selected for m in e.members}
    quads = list(all_quads(store))
    first = [q for q in quads if _belongs_to(q.subject, events)]
    linked = {q.object.value for q in first if isinstance(q.object, ox.NamedNode)}
    second = [q for q in quads if q.subject.value in linked and not _belongs_to(q.subject, events)]
    return first + second


def _event_iri(event_id: str) -> str:
    from kg.vocab import event_iri

    return str(event_iri(event_id))


def _belongs_to(subject: Any, events: set[str]) -> bool:
    value = subject.value
    return value in events or value.partition("#")[0] in events
