"""Remote SPARQL stores beyond the shared contract: servers that are down or failing, Digest
credentials, big graphs (chunked or Graph Store Protocol in, paged out)."""

from __future__ import annotations

import io
import time

import pytest
from rdflib import Graph, Literal, URIRef
from servers import (  # noqa: F401  (fixtures)
    failing_server,
    free_port,
    oxigraph_server,
    virtuoso_server,
)

from kg.errors import StoreError
from kg.settings import Settings
from kg.store import open_store

pytestmark = [pytest.mark.remote, pytest.mark.slow]
FAST = Settings(store_timeout=2.0, store_retries=3)


def one_triple() -> Graph:
    graph = Graph()
    graph.add((URIRef("http://example.org/s"), URIRef("http://example.org/p"), Literal("o")))
    return graph


def test_endpoint_down_fails_fast_with_a_clear_message():
    url = f"sparql+http://127.0.0.1:{free_port()}/sparql"
    started = time.monotonic()
    with open_store(url, FAST) as store, pytest.raises(StoreError) as caught:
        store.query("ASK { ?s ?p ?o }")
    assert time.monotonic() - started < 5  # bounded retries, short backoff
    message = str(caught.value)
    assert "not reachable (connection refused) after 3 tries" in message
    assert "is the server running" in message


def test_server_errors_are_retried_then_reported(failing_server):  # noqa: F811
    url = f"sparql+http://127.0.0.1:{failing_server.server_port}/sparql"
    with open_store(url, FAST) as store, pytest.raises(StoreError, match="HTTP 500") as caught:
        store.replace_graphs({"http://example.org/graph/a": one_triple()})
    assert failing_server.requests_seen == 3
    assert "the database fell over" in str(caught.value)


def test_credentials_never_appear_in_messages(failing_server):  # noqa: F811
    url = f"sparql+http://analyst:s3cret@127.0.0.1:{failing_server.server_port}/sparql"
    settings = Settings(store_timeout=2.0, store_retries=1, store_password="hunter2")
    with open_store(url, settings) as store:
        assert "s3cret" not in store.url
        with pytest.raises(StoreError) as caught:
            store.query("ASK { ?s ?p ?o }")
    assert "s3cret" not in str(caught.value)
    assert "hunter2" not in str(caught.value)


def test_digest_credentials_reach_a_protected_endpoint(virtuoso_server):  # noqa: F811
    protected = "sparql+" + virtuoso_server.replace("/sparql", "/sparql-auth")
    graph = "http://example.org/graph/digest"
    with open_store(protected, Settings(store_user="dba", store_password="dba")) as store:
        store.replace_graphs({graph: one_triple()})
        assert graph in store.graph_iris()
        store.delete_graphs([graph])
    anonymous = open_store(protected, Settings(store_retries=1))
    with anonymous, pytest.raises(StoreError, match="refused access") as caught:
        anonymous.query("ASK { ?s ?p ?o }")
    assert "KG_STORE_USER" in str(caught.value)


def test_virtuoso_big_graph_round_trip(virtuoso_server):  # noqa: F811
    """More triples than one INSERT DATA and than one result page: chunked in, paged out."""
    graph, big = "http://example.org/graph/big", Graph()
    for i in range(12_500):
        big.add((URIRef(f"http://example.org/s/{i}"), URIRef("http://example.org/n"), Literal(i)))
    with open_store("sparql+" + virtuoso_server, Settings(store_timeout=60.0)) as store:
        store.replace_graphs({graph: big})
        store.replace_graphs({graph: big})
        out = io.BytesIO()
        assert store.dump(out, "nquads", graph=graph) == 12_500
        assert len(set(out.getvalue().splitlines())) == 12_500
        store.delete_graphs([graph])


def test_chunked_replacement_on_a_generic_server(oxigraph_server, monkeypatch):  # noqa: F811
    from kg.store import sparql

    monkeypatch.setitem(sparql.CHUNK_TRIPLES, "generic", 5)  # force several INSERT DATA requests
    graph, data = "http://example.org/graph/chunked", Graph()
    for i in range(12):
        data.add((URIRef(f"http://example.org/s/{i}"), URIRef("http://example.org/n"), Literal(i)))
    settings = Settings(store_update_url=f"{oxigraph_server}/update")
    with open_store(f"sparql+{oxigraph_server}/query", settings) as store:
        store.replace_graphs({graph: data})
        store.replace_graphs({graph: data})
        out = io.BytesIO()
        assert store.dump(out, "nquads", graph=graph) == 12
