"""`kg serve`'s endpoint answered by real clients (rdflib's SPARQLStore, requests): query results
in each format, CORS, updates refused, and data written after start is seen."""

from __future__ import annotations

import csv
import io
import threading

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore

from kg.store import open_store
from kg.store.endpoint import make_server

EX = "http://example.org/"
NAME = URIRef("https://schema.org/name")
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def names(*values: str) -> Graph:
    graph = Graph()
    for value in values:
        graph.add((URIRef(f"{EX}{value}"), NAME, Literal(value)))
    return graph


@pytest.fixture
def served(tmp_path):
    """(endpoint URL, store URL) of a served on-disk store holding two triples."""
    url = f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url) as store:
        store.replace_graphs({f"{EX}graph/1": names("cia", "fbi")})
    reader = open_store(url, read_only=True)
    server = make_server(reader, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", url
    finally:
        server.shutdown()
        server.server_close()
        reader.close()


def test_rdflib_sparqlstore_can_query_it(served):
    endpoint, _ = served
    client = SPARQLStore(endpoint, returnFormat="json")
    rows = list(client.query(f"SELECT ?o WHERE {{ GRAPH ?g {{ <{EX}cia> ?p ?o }} }}"))
    assert [str(row[0]) for row in rows] == ["cia"]


def test_get_and_post_with_each_result_format(served):
    endpoint, _ = served
    got = requests.get(endpoint, params={"query": COUNT}, timeout=10)
    assert got.headers["Content-Type"].startswith("application/sparql-results+json")
    assert got.json()["results"]["bindings"][0]["n"]["value"] == "2"
    posted = requests.post(
        endpoint,
        data=COUNT,
        headers={"Content-Type": "application/sparql-query", "Accept": "text/csv"},
        timeout=10,
    )
    assert list(csv.reader(io.StringIO(posted.text))) == [["n"], ["2"]]
    xml = requests.post(
        endpoint,
        data={"query": "ASK {}"},
        headers={"Accept": "application/sparql-results+xml"},
        timeout=10,
    )
    assert "<boolean>true</boolean>" in xml.text
    construct = requests.get(
        endpoint,
        params={"query": "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "text/turtle"},
        timeout=10,
    )
    assert len(Graph().parse(data=construct.text, format="turtle")) == 2


def test_cors_for_browser_clients(served):
    endpoint, _ = served
    preflight = requests.options(endpoint, timeout=10)
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    answer = requests.get(endpoint, params={"query": "ASK {}"}, timeout=10)
    assert answer.headers["Access-Control-Allow-Origin"] == "*"


def test_updates_are_refused(served):
    endpoint, store_url = served
    for request in (
        {"data": {"update": "DROP ALL"}},
        {"data": "DROP ALL", "headers": {"Content-Type": "application/sparql-update"}},
        {"data": {"query": "DROP ALL"}},
    ):
        answer = requests.post(endpoint, timeout=10, **request)
        assert answer.status_code == 403
        assert "read-only" in answer.text
    with open_store(store_url, read_only=True) as store:
        assert store.triple_count() == 2


def test_bad_query_is_a_400_with_the_parser_message(served):
    endpoint, _ = served
    answer = requests.get(endpoint, params={"query": "SELECT ?x WHERE {"}, timeout=10)
    assert answer.status_code == 400
    assert "syntax error" in answer.text


def test_sees_data_written_after_start(served):
    endpoint, store_url = served
    with open_store(store_url) as store:
        store.replace_graphs({f"{EX}graph/2": names("mss")})
    answer = requests.get(endpoint, params={"query": COUNT}, timeout=10)
    assert answer.json()["results"]["bindings"][0]["n"]["value"] == "3"


def test_kg_serve_command_answers_queries(tmp_path):
    import subprocess
    import sys
    import time

    from servers import free_port

    url = f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url) as store:
        store.replace_graphs({f"{EX}graph/1": names("cia")})
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "--store", url, "serve", "--port", str(port)],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert f"http://127.0.0.1:{port}/sparql" in server.stdout.readline()
        deadline = time.monotonic() + 20
        while True:
            try:
                answer = requests.get(
                    f"http://127.0.0.1:{port}/sparql", params={"query": COUNT}, timeout=5
                )
                break
            except requests.ConnectionError:
                assert time.monotonic() < deadline, "kg serve did not start"
                time.sleep(0.1)
        assert answer.json()["results"]["bindings"][0]["n"]["value"] == "1"
    finally:
        server.terminate()
        server.wait(timeout=20)
