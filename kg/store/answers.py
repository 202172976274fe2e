"""Reading a SPARQL endpoint's answers into rdflib terms: SELECT results as JSON (with the
row cap Virtuoso applies silently), ASK answers (Virtuoso may send a one-row SELECT), and
CONSTRUCT/DESCRIBE graphs in whatever RDF syntax the server chose."""

from __future__ import annotations

from typing import Any

import requests
from rdflib import BNode, Graph, Literal, URIRef

from kg.errors import StoreError
from kg.store.sparqltext import one_line


def json_answer(response: requests.Response) -> dict[str, Any]:
    try:
        return response.json()
    except ValueError:
        kind = response.headers.get("Content-Type", "?")
        raise StoreError(f"the SPARQL endpoint answered {kind}, not SPARQL JSON results") from None


def ask_answer(data: dict[str, Any]) -> bool:
    if "boolean" in data:
        return bool(data["boolean"])
    # Virtuoso may answer ASK as a one-row SELECT.
    for row in data.get("results", {}).get("bindings", []):
        for cell in row.values():
            return str(cell.get("value")).lower() in ("1", "true")
    return False


def _term(cell: dict[str, str] | None) -> Any:
    if cell is None:
        return None
    kind, value = cell.get("type"), cell.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if "xml:lang" in cell:
        return Literal(value, lang=cell["xml:lang"])
    datatype = cell.get("datatype")
    if datatype and datatype != "http://www.w3.org/2001/XMLSchema#string":
        return Literal(value, datatype=URIRef(datatype))
    return Literal(value)


def graph_answer(response: requests.Response) -> Graph:
    kind = response.headers.get("Content-Type", "").split(";")[0].strip().lower()
    fmt = {
        "application/n-triples": "nt",
        "text/plain": "nt",
        "text/turtle": "turtle",
        "application/rdf+xml": "xml",
        "application/ld+json": "json-ld",
    }.get(kind, "turtle")
    graph = Graph()
    try:
        graph.parse(data=response.content, format=fmt)
    except Exception as exc:  # rdflib raises many parser types
        raise StoreError(f"cannot read the endpoint's {kind} graph: {one_line(exc)}") from None
    return graph


def select_rows(data: dict[str, Any]) -> tuple[list[str], list[tuple[Any, ...]]]:
    names = list(data.get("head", {}).get("vars", []))
    bindings = data.get("results", {}).get("bindings", [])
    cache: dict[tuple[tuple[str, str], ...], Any] = {}  # answers repeat terms; Literals are costly

    def term(cell: dict[str, str] | None) -> Any:
        if cell is None:
            return None
        key = tuple(sorted(cell.items()))
        if key not in cache:
            cache[key] = _term(cell)
        return cache[key]

    return names, [tuple(term(b.get(v)) for v in names) for b in bindings]


def was_cut(response: requests.Response, rows: int) -> bool:
    """Virtuoso cuts results at ResultSetMaxRows silently, naming the cap in a header."""
    cap = response.headers.get("X-SPARQL-MaxRows")
    return bool(cap and cap.isdigit() and rows >= int(cap))
