"""Issue 7, inputs an analyst really feeds `kg ingest`: one-sentence and very long articles,
impossible dates, control/bidi/emoji characters, wrongly typed JSON Lines fields. Each goes through
the whole pipeline (ingest -> store -> timeline/validate/export) without a traceback."""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from kg.cli import main
from kg.ingest import IngestOptions, iter_articles
from kg.store import open_store

pytestmark = pytest.mark.slow

MERGED = "https://w3id.org/newskg/graph/merged"
CHAR_NODE = re.compile(r"#char=(\d+),(\d+)$")
NIF_ANCHOR = URIRef("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf")
TERMINAL_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def run_cli(capsys, caplog, *argv: str) -> tuple[int, str, str]:
    caplog.clear()
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert "Traceback" not in out + err
    return code, out, err


def article_graphs(url: str) -> list[str]:
    with open_store(url, read_only=True) as store:
        return sorted(g for g in store.graph_iris() if g != MERGED)


def test_one_sentence_article(tmp_path, capsys, caplog):
    path = tmp_path / "one.txt"
    path.write_text("The FBI arrested a courier in Boston on Monday.", encoding="utf-8")
    url = f"oxigraph:{tmp_path / 'kg'}"
    code, _, _ = run_cli(
        capsys, caplog, "--store", url, "ingest", str(path), "--published", "2023-05-03"
    )
    assert code == 0 and len(article_graphs(url)) == 1
    code, out, _ = run_cli(capsys, caplog, "--store", url, "timeline", "--format", "csv")
    assert code == 0 and "2023-05-01" in out and "Arrest" in out


def test_lone_surrogate_escape_in_json_becomes_a_replacement_character(tmp_path, capsys, caplog):
    path = tmp_path / "broken.jsonl"
    record = '{"title": "Half \\ud83d pair", "text": "The FBI arrested a courier \\ud800 in Boston '
    path.write_text(record + 'on Monday.", "published": "2023-05-03"}\n', encoding="utf-8")
    url = f"oxigraph:{tmp_path / 'kg'}"
    code, _, _ = run_cli(capsys, caplog, "--store", url, "ingest", str(path))
    assert code == 0 and len(article_graphs(url)) == 1
    code, out, _ = run_cli(capsys, caplog, "--store", url, "timeline", "--format", "csv")
    assert code == 0 and "Arrest" in out


def test_five_thousand_sentence_article_is_read_to_its_end(tmp_path, capsys, caplog):
    """5,000 sentences (250 kB, about 30 s here) stand in for the issue's 20,000 (about 60 s: see
    bench/robustness.py --long 20000); the last sentence alone names an expulsion."""
    actors = ("The FBI", "The CIA", "Russia", "The SBU", "Telegram", "China")
    acts = ("arrested a courier", "accused the GRU", "denied the report", "warned of fraud")
    sentences = [f"{actors[i % 6]} {acts[i % 4]} on Monday, file {i}." for i in range(4999)]
    sentences.append("Estonia expelled a Russian diplomat on 9 September 2024.")
    paragraphs = [" ".join(sentences[i : i + 10]) for i in range(0, 5000, 10)]
    path = tmp_path / "long.txt"
    path.write_text("Published: 2024-09-10\n\n" + "\n\n".join(paragraphs), encoding="utf-8")
    url = f"oxigraph:{tmp_path / 'kg'}"
    code, _, _ = run_cli(capsys, caplog, "--store", url, "ingest", str(path), "--workers", "1")
    assert code == 0 and len(article_graphs(url)) == 1
    code, out, _ = run_cli(
        capsys, caplog, "--store", url, "timeline", "--type", "Expulsion", "--format", "csv"
    )
    assert code == 0 and "2024-09-09" in out


def test_far_and_unparseable_dates_through_the_whole_pipeline(tmp_path, capsys, caplog):
    text = (
        "The SBU detained a suspect on 31 February 2024. The GRU began the plot in 0001 and "
        "said it would end in the year 9999. The Kremlin denied it in 12000 BC, on 2024-13-45 "
        "and on 99/99/2024."
    )
    dates = ("0001-01-01", "9999-12-31", "sometime soon", "1899-12-31", "2024-02-30", "")
    records = [
        {"title": f"Dates {i}", "text": f"{text} Case {i}.", "published": d}
        for i, d in enumerate(dates)
    ]
    path = tmp_path / "dates.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    url = f"oxigraph:{tmp_path / 'kg'}"
    code, _, _ = run_cli(capsys, caplog, "--store", url, "ingest", str(path), "--workers", "1")
    assert code == 0 and len(article_graphs(url)) == len(dates)
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    for line, shown in ((1, "0001-01-01"), (3, "'sometime soon'"), (5, "'2024-02-30'")):
        assert any(f"{path} [line {line}]: " in w and shown in w for w in warnings), warnings
    code, out, _ = run_cli(capsys, caplog, "--store", url, "timeline", "--format", "json")
    assert code == 0
    today = dt.date(2026, 11, 23) + dt.timedelta(days=366)
    for event in json.loads(out):
        published = event.get("published")
        assert published is None or "1900-01-01" <= published <= today.isoformat()
    assert run_cli(capsys, caplog, "--store", url, "validate")[0] == 0
    exported = tmp_path / "all.trig"
    code, _, _ = run_cli(
        capsys, caplog, "--store", url, "export", "--format", "trig", "-o", str(exported)
    )
    assert code == 0
    Dataset().parse(exported, format="trig")  # every date literal written is well-formed


HOSTILE_TEXT = (
    "The FBI\u0007 arrested a man \x1b[31min Boston\x1b[0m on Monday \U0001f575\ufe0f. "
    "\u202eThe Kremlin denied it\u202c on Tuesday. \u0645\u0631\u062d\u0628\u0627 "
    "\u05e9\u05dc\u05d5\u05dd. The CIA warned of Telegram recruitment on Friday\x00.\u200b"
)


def test_control_bidi_and_emoji_survive_a_round_trip(tmp_path, capsys, caplog):
    record = {
        "title": "Spy\x07 \x1b]0;pwned\x07 \u202eeliT\u202c \U0001f575",
        "source": "Outlet\x1b[2J \u0645\u0631\u062d\u0628\u0627",
        "published": "2023-05-02",
        "text": HOSTILE_TEXT,
    }
    path = tmp_path / "odd.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    url = f"oxigraph:{tmp_path / 'kg'}"
    assert run_cli(capsys, caplog, "--store", url, "ingest", str(path), "--workers", "1")[0] == 0
    for command in (["timeline"], ["timeline", "--format", "csv"], ["export", "--format", "trig"]):
        code, out, _ = run_cli(capsys, caplog, "--store", url, *command)
        assert code == 0
        assert not TERMINAL_CONTROLS.search(out.replace("\n", "").replace("\t", "")), command
    assert "\u0645\u0631\u062d\u0628\u0627" in out  # non-Latin source name kept
    dataset = Dataset()
    dataset.parse(data=out, format="trig")
    # Every evidence/mention node's text is exactly the cleaned article text at its offsets.
    options = IngestOptions(today=dt.date(2026, 11, 23))
    (article,) = [a for a in iter_articles([path], options) if not isinstance(a, Exception)]
    anchors = 0
    for node, _, anchor, _ in dataset.quads((None, NIF_ANCHOR, None, None)):
        match = CHAR_NODE.search(str(node))
        if match:
            start, end = int(match[1]), int(match[2])
            assert article.text[start:end] == str(anchor)
            anchors += 1
    assert anchors >= 6
    assert "\U0001f575" in article.text and "\u202e" in article.text


def test_wrongly_typed_json_lines_fields(tmp_path, capsys, caplog):
    good = "The FBI arrested a man in Boston on Monday."
    lines = [
        {"title": "Good", "text": good, "published": "2023-05-02"},
        {"title": "Number", "text": 42},
        {"title": "List", "text": ["The", "FBI"]},
        {"title": "Null", "text": None},
        {"title": "Object", "text": {"body": good}},
        {"title": ["not", "a", "string"], "text": good + " Again.", "published": 20230502},
        [1, 2, 3],
        "a bare string",
        None,
    ]
    path = tmp_path / "typed.jsonl"
    path.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    report = tmp_path / "failed.jsonl"
    url = f"oxigraph:{tmp_path / 'kg'}"
    code, _, err = run_cli(
        capsys,
        caplog,
        "--store",
        url,
        "ingest",
        str(path),
        "--workers",
        "1",
        "--report",
        str(report),
    )
    assert code == 1
    failed = {2, 3, 4, 5, 7, 8, 9}
    for number in failed:
        ones = [
            x for x in err.splitlines() if x.startswith("kg ingest:") and f"[line {number}]" in x
        ]
        assert len(ones) == 1 and str(path) in ones[0], (number, err)
    listed = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    assert {x["record"] for x in listed} == {f"line {n}" for n in failed}
    assert all(Path(x["path"]) == path and x["reason"] for x in listed)
    assert len(article_graphs(url)) == 2  # line 1, and line 6 with its bad fields ignored


def test_feed_csv_and_html_failures_are_named_and_good_entries_go_in(tmp_path, capsys, caplog):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "wire.rss").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Good</title><pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate>"
        "<description>The CIA warned of recruitment on LinkedIn on Friday.</description></item>"
        "<item><title>Empty</title></item></channel></rss>",
        encoding="utf-8",
    )
    (folder / "rows.csv").write_text(
        'title,text,published\n"Two\nlines","The SBU detained a suspect\nin Kyiv on Tuesday.",'
        "2023-05-02\nshort row\n",
        encoding="utf-8",
    )
    (folder / "nav.html").write_text(
        "<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>",
        encoding="utf-8",
    )
    report = tmp_path / "failed.jsonl"
    url = f"oxigraph:{tmp_path / 'kg'}"
    code, _, err = run_cli(
        capsys, caplog, "--store", url, "ingest", str(folder), "--workers", "1",
        "--report", str(report),
    )  # fmt: skip
    assert code == 1
    failures = [line for line in err.splitlines() if line.startswith("kg ingest: skipped")]
    for where in ("wire.rss [entry 2]", "rows.csv [row 2]", "nav.html"):
        assert sum(where in line for line in failures) == 1, (where, err)
    assert len(report.read_text(encoding="utf-8").splitlines()) == 3
    assert len(article_graphs(url)) == 2  # the feed's good entry and the CSV's good row
