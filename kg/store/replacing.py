"""What replacing named graphs in the embedded store must write, worked out before writing.

Each graph of a ``replace_graphs`` call is one of three cases:

- **new**: nothing stored under its name yet; the writer bulk-loads these (a first ingest);
- **rewritten**: empty, or its stored content holds blank nodes (never equal across loads):
  dropped and written whole;
- **changed**: stored content without blank nodes; only the difference is written, so
  re-ingesting an unchanged article writes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store.serialized import SerializedGraph
from kg.store.terms import insert_data_body, to_ox


@dataclass
class Replacement:
    new: dict[str, Any] = field(default_factory=dict)
    rewritten: dict[str, Any] = field(default_factory=dict)
    removed: list[ox.Quad] = field(default_factory=list)
    added: list[ox.Quad] = field(default_factory=list)

    def update(self) -> str:
        """One SPARQL update for the rewritten and changed graphs ("" when there is none)."""
        operations = [f"DROP SILENT GRAPH <{iri}>" for iri in self.rewritten]
        if self.removed:
            operations.append(f"DELETE DATA {{\n{_quads_text(self.removed)}\n}}")
        parts = (insert_data_body(self.rewritten), _quads_text(self.added))
        inserts = "\n".join(part for part in parts if part)
        if inserts:
            operations.append(f"INSERT DATA {{\n{inserts}\n}}")
        return " ;\n".join(operations)

    def updated_quads(self) -> int:
        """Quads the update writes (for the writer's flushing)."""
        return sum(len(g) for g in self.rewritten.values()) + len(self.added)


def plan_replacement(store: ox.Store, graphs: Mapping[str, Any]) -> Replacement:
    """Sort ``graphs`` (IRIs already checked) into new, rewritten and changed ones."""
    plan = Replacement()
    for iri, graph in graphs.items():
        name = ox.NamedNode(iri)
        old = set(store.quads_for_pattern(None, None, None, name))
        if not len(graph) or any(_has_blank_node(q) for q in old):
            plan.rewritten[iri] = graph
        elif not old:
            plan.new[iri] = graph
        else:
            new = _graph_quads(iri, graph, name)
            plan.removed.extend(old - new)
            plan.added.extend(new - old)
    return plan


def _graph_quads(iri: str, graph: Any, name: ox.NamedNode) -> set[ox.Quad]:
    if isinstance(graph, SerializedGraph):
        return set(graph.quads(name))
    try:
        return {ox.Quad(to_ox(s), to_ox(p), to_ox(o), name) for s, p, o in graph}
    except QueryError as exc:
        raise StoreError(f"graph {iri} holds a term that is not valid RDF: {exc}") from None


def _has_blank_node(quad: ox.Quad) -> bool:
    return isinstance(quad.subject, ox.BlankNode) or isinstance(quad.object, ox.BlankNode)


def _quads_text(quads: Iterable[ox.Quad]) -> str:
    """Quads as ``GRAPH <g> { s p o . }`` lines (pyoxigraph terms print as N-Triples)."""
    return "\n".join(
        f"GRAPH {q.graph_name} {{ {q.subject} {q.predicate} {q.object} }}" for q in quads
    )
