"""All-or-nothing bulk writes to a remote SPARQL store through staging graphs.

A write bigger than one update request is sent chunk by chunk into staging graphs with fresh,
unique names (one per target graph), never into the targets themselves. Only when every chunk is
in does one update request move the staging graphs into their targets (``ADD`` for an import,
``MOVE`` for a replacement) and drop them; the server runs that request as one transaction. A
failure on the way drops the staging graphs, so the targets never hold part of a write.

Blank nodes are scoped to one request, so a blank node shared by statements in two chunks becomes
two nodes; statements are chunked in input order, which keeps most blank-node structures (lists,
reified statements written together) inside one chunk.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from rdflib import Graph, URIRef

from kg.errors import StoreError

# Staging graphs live under the project's graph namespace, so a leftover one (the server went away
# before it could be dropped) is easy to recognise and remove.
STAGING_BASE = "https://w3id.org/newskg/graph/staging/"
DEFAULT_GRAPH = ""  # target key of the default graph


def staging_names(targets: Iterable[str]) -> dict[str, str]:
    """Target graph IRI ("" for the default graph) -> a fresh staging graph IRI."""
    run = uuid.uuid4().hex
    return {target: f"{STAGING_BASE}{run}/{n}" for n, target in enumerate(sorted(targets))}


def quad_statements(quads: Iterable[Any], graph: str | None) -> dict[str, list[str]]:
    """pyoxigraph quads grouped by target graph as N-Triples statements (a quad's terms print as
    N-Triples). ``graph`` sends every quad to that graph instead of its own."""
    import pyoxigraph as ox

    forced = str(URIRef(graph)) if graph else None
    by_target: dict[str, list[str]] = {}
    for q in quads:
        if forced is not None:
            target = forced
        elif isinstance(q.graph_name, ox.DefaultGraph):
            target = DEFAULT_GRAPH
        else:
            target = q.graph_name.value
        by_target.setdefault(target, []).append(f"{q.subject} {q.predicate} {q.object} .")
    return by_target


def graph_statements(iri: str, graph: Any) -> list[str]:
    """The triples of an rdflib Graph (or SerializedGraph) as N-Triples statements."""
    try:
        return [f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph]
    except Exception as exc:  # rdflib raises a bare Exception for unwritable IRIs
        raise StoreError(f"graph {iri} holds a term that is not valid RDF: {exc}") from None


def data_body(statements: Mapping[str, list[str]], names: Mapping[str, str] | None = None) -> str:
    """``GRAPH <g> { ... }`` blocks for INSERT DATA; ``names`` renames the targets (to staging
    graphs). Statements for the default graph stay outside any block."""
    blocks = []
    for target, lines in statements.items():
        name = names[target] if names else target
        text = "\n".join(lines)
        blocks.append(f"GRAPH {_iri(name)} {{\n{text}\n}}" if name else text)
    return "\n".join(blocks)


def staged_bodies(
    statements: Mapping[str, list[str]], names: Mapping[str, str], limit: int
) -> Iterator[str]:
    """INSERT DATA bodies of at most ``limit`` statements each, into the staging graphs."""
    for target, lines in statements.items():
        for start in range(0, len(lines), limit):
            yield data_body({target: lines[start : start + limit]}, names)


def merge_update(names: Mapping[str, str], operation: str, also_drop: Iterable[str] = ()) -> str:
    """One update moving every staging graph into its target (``ADD`` keeps what the target
    holds, ``MOVE`` replaces it), then dropping the staging graphs and ``also_drop``."""
    moves = [
        f"{operation} {_iri(staging)} TO {_iri(target) if target else 'DEFAULT'}"
        for target, staging in names.items()
    ]
    return " ;\n".join(moves + drop_operations([*names.values(), *also_drop]))


def drop_operations(graph_iris: Iterable[str]) -> list[str]:
    return [f"DROP SILENT GRAPH {_iri(g)}" for g in graph_iris]


def statement_count(statements: Mapping[str, list[str]]) -> int:
    return sum(len(lines) for lines in statements.values())


def graphs_statements(graphs: Mapping[str, Graph]) -> dict[str, list[str]]:
    return {str(iri): graph_statements(str(iri), graph) for iri, graph in graphs.items()}


def _iri(name: str) -> str:
    try:
        return URIRef(name).n3()
    except Exception as exc:  # rdflib refuses IRIs that would break the syntax
        raise StoreError(f"invalid graph IRI {name!r}: {exc}") from None
