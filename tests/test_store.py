"""The Store contract, run against every backend: embedded memory and on-disk Oxigraph, and (marked
remote+slow) a real Oxigraph server and a real Virtuoso 7."""

from __future__ import annotations

import io
import subprocess
import sys
import textwrap
import uuid

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from servers import oxigraph_server, virtuoso_server  # noqa: F401  (fixtures)

from kg.errors import InputError, QueryError, StoreError, StoreLockedError
from kg.settings import Settings
from kg.store import open_store

EX = "http://example.org/"
NAME = URIRef("https://schema.org/name")
INJECTION = 'x" } ; DROP ALL ; #'
remote = [pytest.mark.remote, pytest.mark.slow]


@pytest.fixture(
    params=[
        "memory",
        "oxigraph",
        pytest.param("oxigraph-server", marks=remote),
        pytest.param("virtuoso", marks=remote),
    ]
)
def store_url(request, tmp_path) -> tuple[str, Settings]:
    """A store URL and the settings to open it with; remote servers are shared per module."""
    settings = Settings(store_timeout=10.0, store_retries=2)
    if request.param == "memory":
        return "memory:", settings
    if request.param == "oxigraph":
        return f"oxigraph:{tmp_path / 'kg'}", settings
    if request.param == "oxigraph-server":
        base = request.getfixturevalue("oxigraph_server")
        return f"sparql+{base}/query", Settings(store_update_url=f"{base}/update")
    return "sparql+" + request.getfixturevalue("virtuoso_server"), settings


@pytest.fixture
def store(store_url):
    url, settings = store_url
    with open_store(url, settings) as opened:
        yield opened


@pytest.fixture
def graphs() -> tuple[str, str]:
    """Two graph IRIs no other test uses (the remote servers live for the whole module)."""
    run = uuid.uuid4().hex[:8]
    return f"{EX}graph/{run}/a", f"{EX}graph/{run}/b"


def graph_of(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.add((URIRef(f"{EX}{name}"), NAME, Literal(name)))
    return graph


def names_in(store, graph_iri: str) -> set[str]:
    rows = store.query("SELECT ?n WHERE { GRAPH ?g { ?s ?p ?n } }", {"g": URIRef(graph_iri)}).rows
    return {str(row[0]) for row in rows}


def test_replacing_a_graph_twice_keeps_one_copy(store, graphs):
    store.replace_graphs({graphs[0]: graph_of("cia", "fbi")})
    store.replace_graphs({graphs[0]: graph_of("cia", "fbi")})
    count = store.query(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graphs[0])}
    )
    assert int(count.rows[0][0]) == 2
    assert graphs[0] in store.graph_iris()


def test_replacing_drops_the_old_content(store, graphs):
    store.replace_graphs({graphs[0]: graph_of("old")})
    store.replace_graphs({graphs[0]: graph_of("new")})
    assert names_in(store, graphs[0]) == {"new"}


def test_a_failing_replace_changes_no_graph(store, graphs):
    store.replace_graphs({graphs[0]: graph_of("kept"), graphs[1]: graph_of("kept-too")})
    broken = Graph()
    broken.add((URIRef("http://bad iri> } DROP ALL #"), NAME, Literal("x")))
    with pytest.raises(StoreError):
        store.replace_graphs({graphs[0]: graph_of("replaced"), graphs[1]: broken})
    assert names_in(store, graphs[0]) == {"kept"}
    assert names_in(store, graphs[1]) == {"kept-too"}


def test_delete_graphs(store, graphs):
    store.replace_graphs({graphs[0]: graph_of("a"), graphs[1]: graph_of("b")})
    store.delete_graphs([graphs[0]])
    assert graphs[0] not in store.graph_iris()
    assert names_in(store, graphs[1]) == {"b"}


def test_query_kinds(store, graphs):
    store.replace_graphs({graphs[0]: graph_of("cia")})
    select = store.query(
        "SELECT ?s ?n ?missing WHERE { GRAPH ?g { ?s ?p ?n OPTIONAL { ?s <urn:none> ?missing } } }",
        {"g": URIRef(graphs[0])},
    )
    assert select.kind == "select"
    assert select.vars == ["s", "n", "missing"]
    assert select.rows == [(URIRef(f"{EX}cia"), Literal("cia"), None)]
    ask = store.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graphs[0])})
    assert (ask.kind, ask.boolean) == ("ask", True)
    absent = store.query("ASK { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(f"{graphs[0]}/none")})
    assert absent.boolean is False
    construct = store.query(
        "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", {"g": URIRef(graphs[0])}
    )
    assert construct.kind == "graph"
    assert isomorphic(construct.graph, graph_of("cia"))


def test_bound_values_are_data_not_sparql(store, graphs):
    tricky = Graph()
    tricky.add((URIRef(f"{EX}odd"), NAME, Literal(INJECTION)))
    store.replace_graphs({graphs[0]: tricky, graphs[1]: graph_of("bystander")})
    rows = store.query(
        "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?name } }", {"name": Literal(INJECTION)}
    ).rows
    assert rows == [(URIRef(f"{EX}odd"),)]
    with pytest.raises(QueryError):
        store.query("SELECT ?s WHERE { ?s ?p ?o }", {"s": URIRef("http://x> } DROP ALL #")})
    assert names_in(store, graphs[1]) == {"bystander"}


def test_queries_refuse_updates_with_a_hint(store):
    with pytest.raises(QueryError, match="pass --update"):
        store.query("PREFIX ex: <http://example.org/>\nDROP ALL")


def test_syntax_error_is_one_line(store):
    with pytest.raises(QueryError) as caught:
        store.query("SELECT ?x WHERE { ?x ?p }")
    assert "\n" not in str(caught.value)


def test_read_only_store_refuses_writes(store_url, graphs):
    url, settings = store_url
    in_memory = url == "memory:"  # cannot be reopened: its read-only twin is empty
    if not in_memory:
        with open_store(url, settings) as writer:
            writer.replace_graphs({graphs[0]: graph_of("before")})
    with open_store(url, settings, read_only=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.replace_graphs({graphs[0]: graph_of("after")})
        with pytest.raises(StoreError, match="read-only"):
            reader.update("DROP ALL")
        with pytest.raises(StoreError, match="read-only"):
            reader.load(io.BytesIO(b""), "nquads")
        assert names_in(reader, graphs[0]) == (set() if in_memory else {"before"})


def test_dump_then_load_gives_the_same_graph(store, graphs):
    store.replace_graphs({graphs[0]: graph_of("cia", "mss")})
    out = io.BytesIO()
    assert store.dump(out, "nquads", graph=graphs[0]) == 2
    with open_store("memory:") as fresh:
        fresh.load(io.BytesIO(out.getvalue()), "nquads")
        assert names_in(fresh, graphs[0]) == {"cia", "mss"}


def test_malformed_import_writes_nothing(store, graphs):
    good = f'<{EX}s> <{EX}p> "ok" <{graphs[0]}> .\n'.encode()
    bad = good + f'<{EX}s> <{EX}p> "unterminated <{graphs[0]}> .\n'.encode()
    with pytest.raises(InputError, match="line 2"):
        store.load(io.BytesIO(bad), "nquads")
    assert graphs[0] not in store.graph_iris()


def test_missing_store_for_reading_says_run_ingest(tmp_path):
    with pytest.raises(StoreError, match="kg ingest"):
        open_store(f"oxigraph:{tmp_path / 'none'}", read_only=True)


def test_unknown_url_scheme():
    with pytest.raises(StoreError, match="unknown store URL"):
        open_store("mysql://localhost/kg")


HOLD_STORE = textwrap.dedent(
    """
    import sys, time
    from kg.store import open_store
    store = open_store(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


def test_second_writer_gets_a_clear_locked_error(tmp_path):
    url = f"oxigraph:{tmp_path / 'kg'}"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_STORE, url],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(
            StoreLockedError, match=rf"in use by another kg process \(pid {holder.pid}\)"
        ):
            open_store(url, Settings(store_timeout=0.5))
        with open_store(url, read_only=True) as reader:  # readers are not blocked
            assert reader.triple_count() == 0
    finally:
        holder.communicate("\n", timeout=30)
    with open_store(url, Settings(store_timeout=0.5)) as store:  # released on close
        assert store.triple_count() == 0


def test_a_reader_sees_what_a_writer_commits_later(tmp_path, graphs):
    url = f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url) as writer:
        writer.replace_graphs({graphs[0]: graph_of("first")})
        with open_store(url, read_only=True) as reader:
            assert names_in(reader, graphs[0]) == {"first"}
            writer.replace_graphs({graphs[0]: graph_of("second")})  # writer still open
            assert names_in(reader, graphs[0]) == {"second"}


def test_replacing_with_an_empty_graph_removes_it(store, graphs):
    store.replace_graphs({graphs[0]: graph_of("a"), graphs[1]: graph_of("b")})
    store.replace_graphs({graphs[0]: Graph()})
    assert graphs[0] not in store.graph_iris()
    assert names_in(store, graphs[1]) == {"b"}


def test_a_store_path_that_is_a_file_is_a_clear_error(tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("not a store")
    with pytest.raises(StoreError, match=r"cannot use the store at .*notes\.txt"):
        open_store(f"oxigraph:{notes}")
