"""Exports: one writer per format. ``export(store, fmt, out)`` writes the whole store, or with a
timeline filter only the matching events (RDF formats: the events with their roles, entities,
mentions and articles; csv/timelinejs/stix are always built from timeline events)."""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

from kg.errors import InputError

if TYPE_CHECKING:
    from kg.settings import Settings
    from kg.store import Store

__all__ = ["FORMATS", "RDF_EXPORTS", "TIMELINE_EXPORTS", "export"]

RDF_EXPORTS = ("jsonld", "turtle", "trig", "nquads")
TIMELINE_EXPORTS = ("csv", "timelinejs", "stix")
FORMATS = RDF_EXPORTS + TIMELINE_EXPORTS
MEDIA_TYPES = {
    "jsonld": "application/ld+json",
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "csv": "text/csv",
    "timelinejs": "application/json",
    "stix": "application/json",
}
SUFFIXES = {
    "jsonld": ".jsonld",
    "turtle": ".ttl",
    "trig": ".trig",
    "nquads": ".nq",
    "csv": ".csv",
    "timelinejs": ".json",
    "stix": ".stix.json",
}


def export(
    store: Store,
    fmt: str,
    out: BinaryIO,
    *,
    settings: Settings | None = None,
    timeline_filter: Any = None,
) -> int:
    """Write the store (or the events matching ``timeline_filter``) to ``out`` as ``fmt``.

    Returns the number of triples written (RDF formats) or of events (timeline formats).
    """
    from kg.settings import Settings

    settings = settings or Settings()
    if fmt not in FORMATS:
        raise InputError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt in TIMELINE_EXPORTS:
        from kg.export.timeline import write_timeline_export

        return write_timeline_export(store, fmt, out, timeline_filter)
    if fmt == "nquads" and timeline_filter is None:
        return store.dump(out, "nquads")  # the store's own fast path
    if timeline_filter is not None:
        from kg.export.rdf import event_quads

        quads: Any = event_quads(store, timeline_filter)
    else:
        quads = all_quads(store)
    if fmt == "jsonld":
        from kg.export.jsonld import write_jsonld

        return write_jsonld(quads, jsonld_context(settings), out)
    from kg.export.rdf import write_rdf

    return write_rdf(quads, fmt, out)


def all_quads(store: Store) -> Iterator[Any]:
    """Every quad of the store as pyoxigraph quads (from the N-Quads dump every backend has)."""
    import pyoxigraph as ox

    buffer = io.BytesIO()
    store.dump(buffer, "nquads")
    return ox.parse(buffer.getvalue(), format=ox.RdfFormat.N_QUADS)


def jsonld_context(settings: Settings) -> dict[str, Any]:
    """ontologies/context.jsonld, or a context of our prefixes when the file is absent."""
    from kg.errors import ConfigError
    from kg.export.jsonld import load_context

    path = settings.ontology_dir / "context.jsonld"
    if not path.is_file():
        from kg.vocab import PREFIXES

        return {prefix: str(namespace) for prefix, namespace in sorted(PREFIXES.items())}
    try:
        return load_context(path)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read the JSON-LD context {path}: {exc}") from None
