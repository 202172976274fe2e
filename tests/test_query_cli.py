"""`kg query` and `kg import` as a user runs them: output formats, bindings, update refusal,
clean one-line errors."""

from __future__ import annotations

import csv
import io
import json

import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import main
from kg.store import open_store

EX = "http://example.org/"
NAME = URIRef("https://schema.org/name")
SELECT_NAMES = (
    "SELECT ?s ?name WHERE { GRAPH ?g { ?s <https://schema.org/name> ?name } } ORDER BY ?s"
)


@pytest.fixture
def store_url(tmp_path) -> str:
    url = f"oxigraph:{tmp_path / 'kg'}"
    graph = Graph()
    graph.add((URIRef(f"{EX}cia"), NAME, Literal("Central Intelligence Agency")))
    graph.add((URIRef(f"{EX}odd"), NAME, Literal('x" } ; DROP ALL ; #')))
    with open_store(url) as store:
        store.replace_graphs({f"{EX}graph/1": graph})
    return url


def run_kg(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def count_triples(url: str) -> int:
    with open_store(url, read_only=True) as store:
        return store.triple_count()


def test_csv_output(store_url, capsys):
    code, out, _ = run_kg(capsys, "--store", store_url, "query", "--format", "csv", SELECT_NAMES)
    assert code == 0
    assert list(csv.reader(io.StringIO(out))) == [
        ["s", "name"],
        [f"{EX}cia", "Central Intelligence Agency"],
        [f"{EX}odd", 'x" } ; DROP ALL ; #'],
    ]


def test_json_output_is_sparql_results_json(store_url, capsys):
    code, out, _ = run_kg(capsys, "--store", store_url, "query", "--format", "json", SELECT_NAMES)
    assert code == 0
    data = json.loads(out)
    assert data["head"]["vars"] == ["s", "name"]
    assert data["results"]["bindings"][0]["s"] == {"type": "uri", "value": f"{EX}cia"}


def test_table_output_shows_values(store_url, capsys):
    code, out, _ = run_kg(capsys, "--store", store_url, "query", SELECT_NAMES)
    assert code == 0
    assert "Central Intelligence Agency" in out
    assert "2 row(s)" in out


def test_bindings_are_data(store_url, capsys):
    code, out, _ = run_kg(
        capsys,
        "--store",
        store_url,
        "query",
        "--format",
        "csv",
        "--bind",
        'name=x" } ; DROP ALL ; #',
        SELECT_NAMES,
    )
    assert code == 0
    assert out.splitlines()[1:] == [EX + 'odd,"x"" } ; DROP ALL ; #"']
    code, out, _ = run_kg(
        capsys,
        "--store",
        store_url,
        "query",
        "--format",
        "csv",
        "--bind",
        f"s=<{EX}cia>",
        SELECT_NAMES,
    )
    assert out.splitlines()[1:] == [f"{EX}cia,Central Intelligence Agency"]
    assert count_triples(store_url) == 2


def test_update_needs_the_flag(store_url, capsys):
    code, _, err = run_kg(capsys, "--store", store_url, "query", "DROP ALL")
    assert code == 1
    assert err.strip() == "kg query: error: this is an update; pass --update to change the store"
    assert count_triples(store_url) == 2
    code, _, _ = run_kg(capsys, "--store", store_url, "query", "--update", "DROP ALL")
    assert code == 0
    assert count_triples(store_url) == 0


def test_syntax_error_is_one_line_without_traceback(store_url, capsys):
    code, _, err = run_kg(capsys, "--store", store_url, "query", "SELECT ?x WHERE { ?x }")
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("kg query: error: SPARQL syntax error")
    assert "Traceback" not in err


def test_query_from_file(store_url, tmp_path, capsys):
    query = tmp_path / "ask.rq"
    query.write_text(f"ASK {{ GRAPH ?g {{ <{EX}cia> ?p ?o }} }}\n")
    code, out, _ = run_kg(capsys, "--store", store_url, "query", "--file", str(query))
    assert (code, out.strip()) == (0, "true")


def test_missing_store_tells_what_to_do(tmp_path, capsys):
    code, _, err = run_kg(capsys, "--store", f"oxigraph:{tmp_path / 'none'}", "query", "ASK {}")
    assert code == 1
    assert "run `kg ingest` first" in err
    assert not (tmp_path / "none").exists()  # reading never creates a store


def test_import_then_query(tmp_path, capsys):
    url = f"oxigraph:{tmp_path / 'kg'}"
    data = tmp_path / "extra.trig"
    data.write_text(f'<{EX}g> {{ <{EX}fbi> <https://schema.org/name> "FBI" . }}\n')
    code, out, _ = run_kg(capsys, "--store", url, "import", str(data))
    assert code == 0
    assert "imported 1 triples" in out
    code, out, _ = run_kg(capsys, "--store", url, "query", "--format", "csv", SELECT_NAMES)
    assert out.splitlines()[1:] == [f"{EX}fbi,FBI"]


def test_malformed_import_names_file_and_line_and_writes_nothing(store_url, tmp_path, capsys):
    data = tmp_path / "broken.nq"
    data.write_text(f'<{EX}a> <{EX}p> "fine" <{EX}g> .\n<{EX}b> <{EX}p> "no end <{EX}g> .\n')
    code, _, err = run_kg(capsys, "--store", store_url, "import", str(data))
    assert code == 1
    assert err.count("\n") == 1
    assert str(data) in err
    assert "line 2" in err
    assert count_triples(store_url) == 2
