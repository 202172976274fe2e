"""Remote SPARQL stores beyond the shared contract: servers that are down or failing, Digest
credentials, big graphs (chunked or Graph Store Protocol in, paged out), and all-or-nothing
imports and replacements bigger than one request (a chunk the server rejects, a server that
dies mid-way)."""

from __future__ import annotations

import io
import subprocess
import sys
import time

import pytest
from rdflib import Graph, Literal, URIRef
from servers import (  # noqa: F401  (fixtures)
    failing_server,
    free_port,
    oxigraph_server,
    start_oxigraph,
    stop,
    virtuoso_server,
)

from kg.errors import InputError, QueryError, StoreError
from kg.settings import Settings
from kg.store import open_store, sparql
from kg.store.staging import STAGING_BASE

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


NUMBER = URIRef("http://example.org/n")
XSD_INT = "http://www.w3.org/2001/XMLSchema#integer"
REAL_UPDATE = sparql.SparqlStore.update


def numbered_nquads(count: int, graph: str, prefix: str = "s") -> bytes:
    return "".join(
        f'<http://example.org/{prefix}/{i}> <http://example.org/n> "{i}" <{graph}> .\n'
        for i in range(count)
    ).encode()


def size_of(store, graph: str) -> int:
    result = store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    return int(result.rows[0][0])


def staging_left(store) -> list[str]:
    return [g for g in store.graph_iris() if g.startswith(STAGING_BASE)]


def test_virtuoso_big_import_adds_to_the_graph_and_leaves_no_staging(virtuoso_server):  # noqa: F811
    graph = "http://example.org/graph/import-big"
    with open_store("sparql+" + virtuoso_server, Settings(store_timeout=60.0)) as store:
        store.replace_graphs({graph: one_triple()})
        assert store.load(io.BytesIO(numbered_nquads(9_000, graph)), "nquads") == 9_000
        assert size_of(store, graph) == 9_001  # what the graph held is kept
        assert staging_left(store) == []
        store.delete_graphs([graph])


def test_virtuoso_rejecting_the_last_chunk_of_an_import_writes_nothing(virtuoso_server):  # noqa: F811
    """Two chunks of 4,000 go in, the third holds a literal Virtuoso refuses."""
    graph = "http://example.org/graph/import-rejected"
    bad = (
        f'<http://example.org/bad> <http://example.org/n> "not a number"'
        f"^^<http://www.w3.org/2001/XMLSchema#integer> <{graph}> .\n"
    ).encode()
    with open_store("sparql+" + virtuoso_server, Settings(store_timeout=60.0)) as store:
        store.replace_graphs({graph: one_triple()})
        with pytest.raises(QueryError, match=r"nothing was written$") as caught:
            store.load(io.BytesIO(numbered_nquads(9_000, graph) + bad), "nquads")
        assert "Invalid integer" in str(caught.value)  # the server's own reason
        assert size_of(store, graph) == 1
        assert staging_left(store) == []
        store.delete_graphs([graph])


def test_virtuoso_default_graph_triples_are_refused_with_a_hint(virtuoso_server):  # noqa: F811
    triples = b'<http://example.org/s> <http://example.org/p> "o" .\n'
    with open_store("sparql+" + virtuoso_server, Settings()) as store:
        with pytest.raises(InputError, match="pass --graph IRI"):
            store.load(io.BytesIO(triples), "ntriples")
        graph = "http://example.org/graph/named-import"
        assert store.load(io.BytesIO(triples), "ntriples", graph=graph) == 1
        assert store.load(io.BytesIO(b""), "ntriples") == 0  # an empty file sends nothing
        assert size_of(store, graph) == 1
        store.delete_graphs([graph])


def with_list(graph: str, items: int) -> bytes:
    """An RDF list of ``items`` literals (blank nodes) hanging off http://example.org/list."""
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    lines = [f"<http://example.org/list> <http://example.org/members> _:n0 <{graph}> ."]
    for i in range(items):
        after = f"_:n{i + 1}" if i + 1 < items else f"<{rdf}nil>"
        lines.append(f'_:n{i} <{rdf}first> "{i}" <{graph}> .')
        lines.append(f"_:n{i} <{rdf}rest> {after} <{graph}> .")
    return "\n".join(lines).encode() + b"\n"


def list_items(store, graph: str) -> list[str]:
    path = "<http://example.org/members>/rdf:rest*/rdf:first"
    result = store.query(
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        f"SELECT ?item WHERE {{ GRAPH <{graph}> {{ <http://example.org/list> {path} ?item }} }}"
    )
    return sorted((str(row[0]) for row in result.rows), key=int)


@pytest.mark.parametrize("plain", [0, 6_000])
def test_virtuoso_imports_blank_nodes_whole(virtuoso_server, plain):  # noqa: F811
    """Virtuoso refuses blank nodes in INSERT DATA: they go through its Graph Store Protocol,
    in one request per structure, small file or big."""
    graph = f"http://example.org/graph/list-{plain}"
    data = numbered_nquads(plain // 2, graph) + with_list(graph, 50)
    data += numbered_nquads(plain // 2, graph, "t")
    with open_store("sparql+" + virtuoso_server, Settings(store_timeout=60.0)) as store:
        assert store.load(io.BytesIO(data), "nquads") == plain + 101
        assert list_items(store, graph) == [str(i) for i in range(50)]
        assert size_of(store, graph) == plain + 101
        assert staging_left(store) == []
        store.delete_graphs([graph])


def die_on_update(monkeypatch, process, call: int) -> None:
    """Stop the server just before the ``call``-th update request of the client."""
    calls = []

    def update(self, text: str) -> None:
        calls.append(text)
        if len(calls) == call:
            stop(process)
        REAL_UPDATE(self, text)

    monkeypatch.setattr(sparql.SparqlStore, "update", update)


def test_oxigraph_server_dying_mid_write_leaves_the_targets_as_they_were(
    tmp_path, monkeypatch, caplog
):
    """An import and a replacement, each cut by the server stopping after two of three chunks:
    after a restart the graphs hold exactly what they held before."""
    location, port = tmp_path / "db", free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(store_update_url=f"{base}/update", store_timeout=2.0, store_retries=1)
    monkeypatch.setitem(sparql.CHUNK_TRIPLES, "generic", 5)  # 12 triples: three chunks
    imported, replaced = "http://example.org/graph/imported", "http://example.org/graph/replaced"
    process = start_oxigraph(location, port)
    with open_store(f"sparql+{base}/query", settings) as store:
        store.load(io.BytesIO(numbered_nquads(12, replaced, "old")), "nquads")
        store.replace_graphs({imported: one_triple()})
        die_on_update(monkeypatch, process, call=3)
        with pytest.raises(StoreError, match=r"staging graphs under .* remain"):
            store.load(io.BytesIO(numbered_nquads(12, imported)), "nquads")
    assert "could not drop the staging graphs" in caplog.text
    process = start_oxigraph(location, port)
    try:
        with open_store(f"sparql+{base}/query", settings) as store:
            assert size_of(store, imported) == 1
            leftovers = staging_left(store)
            assert leftovers  # named, so the analyst can drop them
            store.delete_graphs(leftovers)
            new = {replaced: Graph()}
            for i in range(12):
                new[replaced].add((URIRef(f"http://example.org/new/{i}"), NUMBER, Literal(i)))
            die_on_update(monkeypatch, process, call=3)
            with pytest.raises(StoreError, match="not reachable"):
                store.replace_graphs(new)
    finally:
        stop(process)
    process = start_oxigraph(location, port)
    try:
        with open_store(f"sparql+{base}/query", settings) as store:
            old = store.query(f"SELECT ?s WHERE {{ GRAPH <{replaced}> {{ ?s ?p ?o }} }}")
            assert {str(row[0]) for row in old.rows} == {
                f"http://example.org/old/{i}" for i in range(12)
            }
    finally:
        stop(process)


def test_a_lost_answer_to_the_final_merge_is_reported_as_unknown_not_retried(tmp_path, monkeypatch):
    """The server goes away just as the merge request is sent: the write may or may not have
    happened, the message says so, and the merge is not repeated."""
    location, port = tmp_path / "db", free_port()
    base = f"http://127.0.0.1:{port}"
    settings = Settings(store_update_url=f"{base}/update", store_timeout=2.0, store_retries=3)
    monkeypatch.setitem(sparql.CHUNK_TRIPLES, "generic", 5)
    graph = "http://example.org/graph/merge-lost"
    process = start_oxigraph(location, port)
    real_send, merges = sparql.SparqlStore._send, []

    def send(self, method: str, url: str, **request):
        if "ADD <" in str(request.get("data", {}).get("update", "")):
            merges.append(url)
            stop(process)
        return real_send(self, method, url, **request)

    monkeypatch.setattr(sparql.SparqlStore, "_send", send)
    store = open_store(f"sparql+{base}/query", settings)
    with store, pytest.raises(StoreError, match="may or may not have applied") as caught:
        store.load(io.BytesIO(numbered_nquads(12, graph)), "nquads")
    assert "after 1 try" in str(caught.value)
    assert len(merges) == 1
    monkeypatch.undo()
    process = start_oxigraph(location, port)
    try:
        with open_store(f"sparql+{base}/query", settings) as store:
            assert size_of(store, graph) == 0  # it never arrived
    finally:
        stop(process)


def test_kg_import_refused_by_virtuoso_is_one_line_and_writes_nothing(
    virtuoso_server,  # noqa: F811
    tmp_path,
):
    graph = "http://example.org/graph/cli-import"
    bad = f'<http://example.org/bad> <http://example.org/n> "x"^^<{XSD_INT}> <{graph}> .\n'
    data = tmp_path / "big.nq"
    data.write_bytes(numbered_nquads(9_000, graph) + bad.encode())
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "--store", f"sparql+{virtuoso_server}", "import", data],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg import:")]
    assert len(errors) == 1, result.stderr
    assert errors[0].endswith("nothing was written")
    with open_store("sparql+" + virtuoso_server, Settings()) as store:
        assert size_of(store, graph) == 0
