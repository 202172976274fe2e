"""`kg ingest` end to end on the bundled samples and under faults: no duplicates, bad inputs
reported while good ones go in, a killed run leaves only complete articles, concurrent writers
never corrupt the store."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from kg.store import open_store

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
KG = [sys.executable, "-m", "kg.cli"]
COUNT_TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
ARTICLE_GRAPHS = """
SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }
GROUP BY ?g
"""


def kg(store: str, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*KG, "--store", store, *args], capture_output=True, text=True, timeout=timeout
    )


def triples(store_url: str) -> int:
    with open_store(store_url, read_only=True) as store:
        return int(store.query(COUNT_TRIPLES).rows[0][0])


def graph_sizes(store_url: str) -> dict[str, int]:
    with open_store(store_url, read_only=True) as store:
        return {str(g): int(n) for g, n in store.query(ARTICLE_GRAPHS).rows}


def write_articles(folder: Path, count: int) -> None:
    """Distinct short articles written for this test, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        day = 1 + i % 28
        (folder / f"a{i:03}.txt").write_text(
            f"Title: Report {i}\nPublished: 2023-05-{day:02}\n\n"
            f"The FBI arrested a man in Boston on Monday, case number {i}. "
            f"Prosecutors said he had passed documents to Russia's GRU in 2022. "
            f"The Kremlin denied any involvement on Tuesday.\n",
            encoding="utf-8",
        )


def reference_ingest(tmp_path: Path, count: int) -> tuple[Path, dict[str, int]]:
    """``count`` articles in a folder, and the size of each graph an undisturbed ingest gives."""
    folder = tmp_path / "in"
    write_articles(folder, count)
    reference = f"oxigraph:{tmp_path}/ref"
    assert kg(reference, "ingest", str(folder), "--workers", "1").returncode == 0
    return folder, graph_sizes(reference)


@pytest.fixture(scope="module")
def samples_store(tmp_path_factory) -> str:
    url = f"oxigraph:{tmp_path_factory.mktemp('samples')}/kg"
    result = kg(url, "ingest", str(SAMPLES), "--workers", "1")
    assert result.returncode == 0, result.stderr
    return url


def test_samples_ingest_and_reingest_leaves_same_triples(samples_store):
    before = triples(samples_store)
    assert before > 500
    again = kg(samples_store, "ingest", str(SAMPLES), "--workers", "1")
    assert again.returncode == 0, again.stderr
    assert triples(samples_store) == before


def test_two_workers_store_the_same_graphs_as_one(samples_store, tmp_path):
    url = f"oxigraph:{tmp_path}/kg"
    result = kg(url, "ingest", str(SAMPLES), "--workers", "2")
    assert result.returncode == 0, result.stderr
    assert graph_sizes(url).keys() == graph_sizes(samples_store).keys()
    assert triples(url) == triples(samples_store)


def test_missing_model_is_one_line_with_workers(tmp_path):
    result = kg(f"oxigraph:{tmp_path}/kg", "--model", "en_no_such_model", "ingest",
                str(SAMPLES), "--workers", "2")  # fmt: skip
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "en_no_such_model" in result.stderr.strip().splitlines()[-1]


def test_every_sample_article_has_its_graph(samples_store):
    graphs = graph_sizes(samples_store)
    # one graph per single-article file, + 3 feed entries, 2 JSONL records and 2 CSV rows
    single = [p for p in SAMPLES.iterdir() if p.suffix not in (".xml", ".jsonl", ".csv")]
    article_graphs = [g for g in graphs if not g.endswith("/merged")]
    assert len(article_graphs) == len(single) + 3 + 2 + 2


def test_query_csv_on_the_store(samples_store):
    result = kg(samples_store, "query", "--format", "csv", COUNT_TRIPLES)
    assert result.returncode == 0, result.stderr
    header, value = result.stdout.strip().splitlines()
    assert header.strip() == "n" and int(value) == triples(samples_store)


def test_query_refuses_update_unless_asked(samples_store):
    result = kg(samples_store, "query", "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert result.returncode != 0
    assert "update" in result.stderr and "Traceback" not in result.stderr
    assert triples(samples_store) > 0


def test_bad_inputs_are_reported_and_good_ones_still_go_in(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "blank.md").write_text("   \n\n  \n", encoding="utf-8")
    (folder / "scan.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>")
    (folder / "broken.jsonl").write_text(
        '{"title": "Good", "text": "The FBI arrested a spy in Boston on Monday.", '
        '"published": "2023-05-02"}\n{"title": "Bad", "text": \n',
        encoding="utf-8",
    )
    report = tmp_path / "failed.jsonl"
    url = f"oxigraph:{tmp_path}/kg"
    result = kg(url, "ingest", str(folder), "--workers", "1", "--report", str(report))
    assert result.returncode == 1
    failed_lines = [line for line in result.stderr.splitlines() if line.startswith("kg ingest:")]
    for name in ("empty.txt", "blank.md", "scan.txt", "broken.jsonl"):
        assert any(name in line for line in failed_lines), (name, result.stderr)
    assert "Traceback" not in result.stderr
    failures = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    assert {Path(f["path"]).name for f in failures} == {
        "empty.txt",
        "blank.md",
        "scan.txt",
        "broken.jsonl",
    }
    assert any(f["record"] == "line 2" for f in failures)
    graphs = [g for g in graph_sizes(url) if not g.endswith("/merged")]
    assert len(graphs) == 3  # two text files and the good JSON Lines record


def test_killed_ingest_leaves_only_complete_articles_and_rerun_completes(tmp_path):
    folder, expected = reference_ingest(tmp_path, 40)

    url = f"oxigraph:{tmp_path}/killed"
    proc = subprocess.Popen(
        [*KG, "-v", "--store", url, "ingest", str(folder), "--workers", "1", "--no-merge"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    # Kill right after the first batch is committed, while later articles are in flight.
    for line in proc.stderr:
        if "stored" in line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = graph_sizes(url)
    assert 0 < len(partial) < len(expected)
    for graph, size in partial.items():
        assert size == expected[graph], f"{graph} is half-written"
    rerun = kg(url, "ingest", str(folder), "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert graph_sizes(url) == expected


def test_concurrent_ingests_wait_or_fail_clearly_and_never_corrupt(tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    write_articles(first, 12)
    shutil.copytree(first, second)
    for path in second.iterdir():  # different articles: change their text
        path.write_text(path.read_text().replace("Boston", "Denver"), encoding="utf-8")
    url = f"oxigraph:{tmp_path}/kg"
    procs = [
        subprocess.Popen(
            [*KG, "--store", url, "ingest", str(folder), "--workers", "1"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "KG_STORE_TIMEOUT": "120"},
        )
        for folder in (first, second)
    ]
    outcomes = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    for code, err in outcomes:
        assert "Traceback" not in err
        assert code == 0 or "in use" in err, err
    assert any(code == 0 for code, _ in outcomes)
    graphs = [g for g in graph_sizes(url) if not g.endswith("/merged")]
    expected = sum(12 for code, _ in outcomes if code == 0)
    assert len(graphs) == expected


def _limit_file_size() -> None:
    """Child process: files may not grow past 80 kB, as on a nearly full disk: room for a new
    store's files (its OPTIONS file is 67 kB), not for the index files of about 90 kB a batch of
    new articles is bulk-loaded as (the write-ahead log, which outgrew 200 kB first when articles
    went in through transactions, no longer holds them)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (80_000, 80_000))


def test_full_disk_gives_a_clear_error_and_loses_nothing(tmp_path):
    folder, expected = reference_ingest(tmp_path, 30)

    url = f"oxigraph:{tmp_path}/full"
    full = subprocess.run(
        [*KG, "--store", url, "ingest", str(folder), "--workers", "1"],
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size,
        timeout=600,
    )
    assert full.returncode == 1
    assert full.stderr.strip().splitlines()[-1].startswith("kg ingest: error: no space left")
    assert "Traceback" not in full.stderr
    for graph, size in graph_sizes(url).items():  # whatever went in is whole
        assert size == expected[graph]
    rerun = kg(url, "ingest", str(folder), "--workers", "1")
    assert rerun.returncode == 0, rerun.stderr
    assert graph_sizes(url) == expected
