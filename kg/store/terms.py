"""Converting terms between rdflib (our API) and pyoxigraph (the embedded engine)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, XSD

from kg.errors import QueryError, StoreError
from kg.store.serialized import SerializedGraph

_XSD_STRING = str(XSD.string)
_LANG_STRING = str(RDF.langString)

# Format names of the CLI mapped to pyoxigraph's formats.
OX_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {"nquads", "trig", "jsonld"}


def to_ox(term: Any) -> Any:
    """rdflib term -> pyoxigraph term; an invalid IRI or language tag is a QueryError."""
    try:
        return _to_ox(term)
    except ValueError as exc:
        raise QueryError(f"invalid RDF term {term!r}: {exc}") from None


def _to_ox(term: Any) -> Any:
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"cannot store {type(term).__name__} {term!r} as an RDF term")


def from_ox(term: Any) -> Any:
    """pyoxigraph term -> rdflib term (plain literals stay plain, as rdflib builds them)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype in (_XSD_STRING, _LANG_STRING):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype))
    raise TypeError(f"unsupported term {term!r}")


class TermCache(dict):
    """from_ox with memory: answers repeat the same IRIs and literals, and building an rdflib
    Literal (which parses its value) costs far more than a dict lookup. Use one per answer."""

    def __missing__(self, term: Any) -> Any:
        converted = self[term] = from_ox(term)
        return converted


def triples_to_graph(triples: Any) -> Graph:
    graph, terms = Graph(), TermCache()
    for t in triples:
        graph.add((terms[t.subject], terms[t.predicate], terms[t.object]))
    return graph


def ntriples(iri: str, graph: Graph | SerializedGraph) -> str:
    """The triples of ``graph`` as N-Triples lines.

    rdflib's ``n3()`` escapes literals and refuses IRIs that would break the syntax, so data can
    never be read as SPARQL when these lines go into an update.
    """
    if isinstance(graph, SerializedGraph):
        return graph.text
    try:
        return "\n".join(f"{s.n3()} {p.n3()} {o.n3()} ." for s, p, o in graph)
    except Exception as exc:  # rdflib raises a bare Exception for unwritable IRIs
        raise StoreError(f"graph {iri} holds a term that is not valid RDF: {exc}") from None


def insert_data_body(graphs: Mapping[str, Graph | SerializedGraph]) -> str:
    """``GRAPH <g> { ... }`` blocks of N-Triples lines for an INSERT DATA request (empty graphs
    are left out: they are only dropped)."""
    parts = []
    for iri, graph in graphs.items():
        if not len(graph):
            continue
        try:
            name = URIRef(iri).n3()
        except Exception as exc:
            raise StoreError(f"invalid graph IRI {iri!r}: {exc}") from None
        parts.append(f"GRAPH {name} {{\n{ntriples(iri, graph)}\n}}")
    return "\n".join(parts)
