"""Issue 7 at the command line: hostile filter values are data, malformed RDF and SPARQL are one
line, the served store stays read-only. Every case: exit code, exactly one error line, no
traceback, the store unchanged."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import pytest
import requests
from hostile_values import EXPORT_FILTERS, HOSTILE, TIMELINE_FILTERS

from kg.cli import main
from kg.store import open_store
from kg.store.endpoint import make_server

DATA_FILTERS = ("--source", "--entity-type")
ARTICLE = (
    "Title: FBI arrests courier\nPublished: 2023-05-02\n\n"
    "The FBI arrested a man in Boston on Monday. Prosecutors said he had passed documents "
    "to Russia's GRU in 2022. The Kremlin denied any involvement on Tuesday. The CIA warned "
    "on Friday that Telegram channels were used to recruit agents.\n"
)


@pytest.fixture(scope="module")
def store_url(tmp_path_factory) -> str:
    folder = tmp_path_factory.mktemp("robust")
    (folder / "in").mkdir()
    (folder / "in" / "a.txt").write_text(ARTICLE, encoding="utf-8")
    url = f"oxigraph:{folder / 'kg'}"
    assert main(["--store", url, "ingest", str(folder / "in"), "--workers", "1"]) == 0
    return url


def snapshot(url: str) -> tuple[int, list[str]]:
    with open_store(url, read_only=True) as store:
        return store.triple_count(), sorted(store.graph_iris())


def run_cli(capsys, caplog, *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout, stderr of `kg ARGV` run in this process; usage errors exit 2."""
    caplog.clear()
    try:
        code = main(list(argv))
    except SystemExit as exit_:
        code = int(exit_.code or 0)
    out, err = capsys.readouterr()
    logged = [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert not logged, [r.getMessage() for r in logged]  # e.g. a library's logged traceback
    return code, out, err


def assert_one_clear_line(code: int, err: str, command: str) -> None:
    assert "Traceback" not in err
    if code == 0:
        return
    lines = [line for line in err.splitlines() if line.startswith(f"kg {command}: error:")]
    assert code in (1, 2) and len(lines) == 1, err
    assert code == 2 or err.strip().count("\n") == 0, err  # usage errors also print usage


@pytest.mark.parametrize("flag", TIMELINE_FILTERS)
def test_timeline_filters_take_hostile_values_as_data(store_url, capsys, caplog, flag):
    before = snapshot(store_url)
    for value in HOSTILE:
        code, out, err = run_cli(capsys, caplog, "--store", store_url, "timeline", flag, value)
        assert_one_clear_line(code, err, "timeline")
        if flag in DATA_FILTERS:
            assert (code, out.strip()) == (0, "no events match")
    assert snapshot(store_url) == before


@pytest.mark.parametrize("flag", EXPORT_FILTERS)
def test_export_filters_take_hostile_values_as_data(store_url, capsys, caplog, flag):
    before = snapshot(store_url)
    for value in HOSTILE:
        code, out, err = run_cli(
            capsys, caplog, "--store", store_url, "export", "--format", "csv", flag, value
        )
        assert_one_clear_line(code, err, "export")
        if flag in DATA_FILTERS:
            assert code == 0 and len(out.strip().splitlines()) == 1  # the header only
    assert snapshot(store_url) == before


@pytest.mark.parametrize("value", ["2024-02-30", "2023-13-01", "2023-00-10", "20230-01-01"])
@pytest.mark.parametrize("command", ["timeline", "export"])
def test_impossible_dates_are_one_line_errors(store_url, capsys, caplog, command, value):
    code, _, err = run_cli(capsys, caplog, "--store", store_url, command, "--since", value)
    assert code == 1
    assert err.strip() == f"kg {command}: error: since must be a date YYYY-MM-DD, not '{value}'"


@pytest.mark.parametrize("value", ["99999999999999999999999", "-1", "ten"])
def test_out_of_range_counts_are_usage_errors(store_url, capsys, caplog, value):
    code, _, err = run_cli(capsys, caplog, "--store", store_url, "timeline", "--limit", value)
    assert code == 2
    assert err.strip().splitlines()[-1].startswith("kg timeline: error: argument --limit:")


def test_a_matching_filter_still_finds_the_event(store_url, capsys, caplog):
    """The hostile-value tests above would pass if filters matched nothing at all."""
    code, out, _ = run_cli(
        capsys, caplog, "--store", store_url, "timeline", "--actor", "FBI", "--format", "csv"
    )
    assert code == 0 and "Arrest" in out


MALFORMED_RDF = {
    "broken.ttl": '<http://e.org/a> <http://e.org/p> "ok" .\n<http://e.org/b> <http://e.org/p> "x',
    "broken.trig": "<http://e.org/g> {\n<http://e.org/a> <http://e.org/p> <not an iri> .\n}\n",
    "broken.nq": '<http://e.org/a> <http://e.org/p> "x" <http://e.org/g> .\n<http://e.org/b> <p>\n',
    "broken.nt": '<http://e.org/a> <http://e.org/p> "x" .\n\n_:b <http://e.org/p> .\n',
    "broken.jsonld": '{"@id": "http://e.org/a",\n "http://e.org/p": \n',
    "wrongtype.jsonld": '[{"@id": "http://e.org/a", "http://e.org/p": [{"@type": 5}]}]',
    "broken.rdf": "<rdf:RDF><rdf:Description/>",
    "image.ttl": "\x89PNG\r\n\x1a\n\x00\x00",
}


@pytest.mark.parametrize("name", sorted(MALFORMED_RDF))
def test_malformed_rdf_import_is_one_line_and_changes_nothing(
    store_url, tmp_path, capsys, caplog, name
):
    path = tmp_path / name
    path.write_text(MALFORMED_RDF[name], encoding="utf-8", errors="surrogateescape")
    before = snapshot(store_url)
    code, _, err = run_cli(capsys, caplog, "--store", store_url, "import", str(path))
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert err.startswith(f"kg import: error: {path}: ")
    assert "nothing was imported" in err
    if name != "wrongtype.jsonld" and not name.endswith(".rdf"):
        assert "line " in err  # text formats say where
    assert snapshot(store_url) == before


@pytest.mark.parametrize(
    "query",
    [
        "SELECT ?x WHERE { ?x }",
        "SELECT * {} ; DROP ALL",
        "ASK { ?s ?p 'unterminated }",
        "\x00\x01",
        "SELECT " + "?x " * 5000,
    ],
)
def test_query_syntax_errors_are_one_line(store_url, capsys, caplog, query):
    before = snapshot(store_url)
    code, _, err = run_cli(capsys, caplog, "--store", store_url, "query", query)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("kg query: error:"), err
    assert snapshot(store_url) == before


@pytest.fixture
def served(store_url):
    reader = open_store(store_url, read_only=True)
    server = make_server(reader, "127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql"
    finally:
        server.shutdown()
        server.server_close()
        reader.close()


UPDATES = (
    "DROP ALL",
    "drop all",
    "# a comment first\nCLEAR ALL",
    "PREFIX x: <http://e.org/> INSERT DATA { GRAPH x:g { x:a x:b x:c } }",
    "BASE <http://e.org/> DELETE WHERE { GRAPH ?g { ?s ?p ?o } }",
    "LOAD <http://evil.example/data.ttl>",
    "SELECT * {} ; DROP ALL",
)


@pytest.mark.parametrize("update", UPDATES)
def test_served_store_refuses_every_kind_of_update(store_url, served, update):
    before = snapshot(store_url)
    for request in (
        {"method": "GET", "params": {"query": update}},
        {"method": "GET", "params": {"update": update}},
        {"method": "POST", "data": {"query": update}},
        {"method": "POST", "data": {"update": update}},
        {"method": "POST", "data": update, "headers": {"Content-Type": "application/sparql-query"}},
    ):
        answer = requests.request(url=served, timeout=10, **request)
        assert answer.status_code in (400, 403), (request, answer.text)
    assert snapshot(store_url) == before


def test_served_store_still_answers_after_refusing(served):
    requests.post(served, data={"update": "DROP ALL"}, timeout=10)
    answer = requests.get(served, params={"query": "ASK { GRAPH ?g { ?s ?p ?o } }"}, timeout=10)
    assert answer.status_code == 200 and answer.json()["boolean"] is True


def test_paths_in_errors_are_the_ones_given(tmp_path, capsys, caplog):
    missing = Path(tmp_path / "nowhere.ttl")
    code, _, err = run_cli(capsys, caplog, "--store", "memory:", "import", str(missing))
    assert (
        code == 1
        and err.strip() == f"kg import: error: {missing}: cannot read: No such file or directory"
    )


@pytest.mark.parametrize("iri", ["<http://a b>", "<http://a>b>", '<http://a"b>', "<http://a\nb>"])
def test_invalid_bound_iri_is_exactly_one_line(store_url, capsys, caplog, iri):
    code, _, err = run_cli(
        capsys, caplog, "--store", store_url, "query", "--bind", f"x={iri}", "ASK { ?s ?p ?x }"
    )
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("kg query: error: --bind x: "), err
