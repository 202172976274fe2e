"""Routing SPARQL text (query or update, which form) and pre-binding values safely."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from kg.errors import QueryError
from kg.store import open_store
from kg.store.sparqltext import bind_values, query_form

EX = "http://example.org/"
NAME = URIRef("https://schema.org/name")


@pytest.mark.parametrize(
    ("text", "form"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", "select"),
        ("prefix ex: <http://example.org/select#>\nask { ?s ?p ?o }", "ask"),
        ("BASE <http://example.org/>\nCONSTRUCT WHERE { ?s ?p ?o }", "construct"),
        ("DESCRIBE <http://example.org/x>", "describe"),
        ("# SELECT in a comment\nINSERT DATA { <a:b> <a:c> 'SELECT' }", "update"),
        ("PREFIX insert: <http://example.org/>\nSELECT ?x WHERE { ?x insert:p 1 }", "select"),
        ("WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "update"),
        ("DROP SILENT GRAPH <http://example.org/g>", "update"),
    ],
)
def test_query_form(text, form):
    assert query_form(text) == form


def test_not_sparql_at_all():
    with pytest.raises(QueryError, match="not a SPARQL query"):
        query_form("hello world")


def test_values_go_into_the_where_group_not_the_construct_template():
    text = bind_values("CONSTRUCT { ?s <urn:p> ?o } WHERE { ?s ?p ?o }", {"s": URIRef(f"{EX}a")})
    template, where = text.split("WHERE", 1)
    assert "VALUES" not in template
    assert where.strip().startswith(f"{{ VALUES (?s) {{ (<{EX}a>) }}")


@pytest.fixture(scope="module")
def tiny_store():
    with open_store("memory:") as store:
        graph = Graph()
        graph.add((URIRef(f"{EX}known"), NAME, Literal("known")))
        store.replace_graphs({f"{EX}g": graph})
        yield store


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=40))
def test_any_bound_string_is_data(tiny_store, value):
    result = tiny_store.query(
        "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?name } }", {"name": Literal(value)}
    )
    expected = [(URIRef(f"{EX}known"),)] if value == "known" else []
    assert result.rows == expected
    assert tiny_store.triple_count() == 1
