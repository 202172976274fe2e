"""Graphs serialised by extraction workers are stored exactly as the rdflib graphs they came from,
on first write and on re-ingest (where only the difference is written)."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef

from kg.store import open_store
from kg.store.terms import SerializedGraph

G = "https://w3id.org/newskg/graph/a1"
DUMP = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?s ?p ?o"


def article_graph(label: str) -> Graph:
    graph = Graph()
    event = URIRef("https://w3id.org/newskg/event/a1-4")
    graph.add((event, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal(label)))
    graph.add((event, URIRef("https://w3id.org/newskg/ontology#note"), Literal('quote " \\ é\n')))
    return graph


def stored(graph_of) -> list[tuple]:
    with open_store("memory:") as store:
        store.replace_graphs({G: graph_of("first")})
        first = store.query(DUMP).rows
        store.replace_graphs({G: graph_of("second")})  # re-ingest: the difference is written
        return first + store.query(DUMP).rows


def test_serialized_graph_stores_the_same_triples_as_the_graph():
    plain = stored(article_graph)
    serialized = stored(lambda label: SerializedGraph.of(G, article_graph(label)))
    assert serialized == plain
    assert any("second" in str(cell) for row in plain for cell in row)


def test_serialized_graph_iterates_as_rdflib_triples():
    graph = article_graph("x")
    assert set(SerializedGraph.of(G, graph)) == set(graph)
    assert len(SerializedGraph.of(G, graph)) == len(graph)
