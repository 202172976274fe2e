"""All-or-nothing bulk writes to a remote SPARQL store through staging graphs.

A write bigger than one update request is sent chunk by chunk into staging graphs with fresh,
unique names (one per target graph), never into the targets themselves. Only when every chunk is
in does one update request move the staging graphs into their targets (``ADD`` for an import,
``MOVE`` for a replacement) and drop them; the server runs that request as one transaction. A
failure on the way drops the staging graphs, so the targets never hold part of a write.

Blank nodes are scoped to one request: the statements that share blank nodes (an RDF list, an OWL
restriction) go into the same chunk, so the structure arrives whole. Only a structure bigger than
a whole chunk is cut (with a warning), and a blank node shared by two graphs is two nodes.
"""

from __future__ import annotations

import logging
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from rdflib import Graph, URIRef

from kg.errors import InputError, StoreError

log = logging.getLogger(__name__)
# A blank node as a statement's subject or object. A literal object ends with a quote, an IRI's
# ">" or a language tag, so a label directly before the final " ." is never inside one.
_SUBJECT_BNODE = re.compile(r'^(_:[^\s"<>]+) ')
_OBJECT_BNODE = re.compile(r'\s(_:[^\s"<>]+) \.$')
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
        elif isinstance(q.graph_name, ox.BlankNode):  # no way to name it in a SPARQL update
            raise InputError(
                "the file names a graph by a blank node, which a remote store cannot take; "
                "nothing was imported",
                hint="give the graph an IRI, or pass --graph IRI",
            )
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


def staged_chunks(
    statements: Mapping[str, list[str]], limit: int
) -> Iterator[tuple[str, list[str]]]:
    """(target, statements) chunks of at most ``limit`` statements each."""
    for target, lines in statements.items():
        for chunk in chunked(lines, limit):
            yield target, chunk


def has_blank_nodes(lines: Iterable[str]) -> bool:
    """Whether any statement may hold a blank node (a literal quoting "_:" also counts)."""
    return any("_:" in line for line in lines)


def chunked(lines: list[str], limit: int) -> Iterator[list[str]]:
    """Statements in input order, in chunks of at most ``limit``; statements linked by blank
    nodes stay in one chunk unless they alone exceed ``limit``."""
    if not has_blank_nodes(lines):
        for start in range(0, len(lines), limit):
            yield lines[start : start + limit]
        return
    chunk: list[str] = []
    for group in _blank_node_groups(lines):
        if chunk and len(chunk) + len(group) > limit:
            yield chunk
            chunk = []
        if len(group) > limit:
            log.warning(
                "%d statements linked by blank nodes exceed one request of %d: their blank "
                "nodes are split",
                len(group),
                limit,
            )
        chunk.extend(group)
        while len(chunk) > limit:
            yield chunk[:limit]
            chunk = chunk[limit:]
    if chunk:
        yield chunk


def _blank_node_groups(lines: list[str]) -> list[list[str]]:
    """Statements grouped by the blank nodes they share (union-find), in order of each group's
    first statement; a statement without blank nodes is a group of its own."""
    parent = list(range(len(lines)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_use: dict[str, int] = {}
    for i, line in enumerate(lines):
        for match in (_SUBJECT_BNODE.search(line), _OBJECT_BNODE.search(line)):
            if match:
                label = match.group(1)
                parent[root(i)] = root(first_use.setdefault(label, i))
    groups: dict[int, list[str]] = {}
    for i, line in enumerate(lines):
        groups.setdefault(root(i), []).append(line)
    return list(groups.values())


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
