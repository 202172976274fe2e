"""The Streamlit UI's other pages (entity, graph, SPARQL, export, ingest), `kg ui`, and the safe
HTML helpers, run headless with streamlit.testing.v1.AppTest against the world of
tests/ui_world.py."""

from __future__ import annotations

import pytest

pytest.importorskip("streamlit")
from ui_apptest_helpers import (
    AppTest,
    html,
    no_failure,
    run_app,
    run_page,
    table_events,
)
from ui_world import build_empty_store, build_store

# -- entity, graph -------------------------------------------------------------------------------


def test_entity_page_shows_profile_events_and_cooccurring_entities(ui_store):
    at = run_page("entity", id="org/cia")
    no_failure(at)
    assert at.title[0].value == "Central Intelligence Agency"
    body = html(at)
    assert "https://www.wikidata.org/wiki/Q37230" in body
    assert "CIA" in body  # alias
    partners = [p.proto.label for p in at.page_link]
    assert "LinkedIn · 1" in partners and "Russia · 1" in partners
    assert at.selectbox(key="entity_event").options == [
        "2024-10-02 · CIA launches informant campaign on LinkedIn"
    ]


def test_official_page_shows_post_with_term(ui_store):
    at = run_page("entity", id="person/ann-lee")
    no_failure(at)
    assert "Deputy Director, Central Intelligence Agency (2023-02-01 – now)" in html(at)


def test_graph_page_draws_entities_and_caps_big_graphs(ui_store, monkeypatch):
    at = run_page("graph")
    no_failure(at)
    dot = at.get("graphviz_chart")[0].proto.spec
    assert '"org/fbi" -- "person/john-smith"' in dot
    assert 'label="Federal Bureau of Investigation"' in dot
    import kg.ui.graph

    monkeypatch.setattr(kg.ui.graph, "MAX_NODES", 3)
    at = run_page("graph")
    assert "more than 3 nodes" in at.warning[0].value


# -- SPARQL, export ------------------------------------------------------------------------------


def run_sparql(text: str) -> AppTest:
    at = run_page("sparql")
    at.text_area(key="sparql_text").set_value(text)
    at.button[0].click().run()
    return at


def test_sparql_page_runs_a_select(ui_store):
    at = run_sparql(
        "SELECT ?e WHERE { GRAPH ?g { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> } }"
    )
    no_failure(at)
    # 5 per-article events + 1 merged event.
    assert len(at.dataframe[0].value) == 6
    assert [b.proto.label for b in at.get("download_button")] == ["Download CSV", "Download JSON"]
    at.run()  # any other click reruns the page: the result stays
    assert len(at.dataframe[0].value) == 6


def test_sparql_page_refuses_updates(ui_store):
    from kg.store import open_store

    with open_store(ui_store, read_only=True) as store:
        before = store.triple_count()
    at = run_sparql("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert "read-only" in at.error[0].value
    with open_store(ui_store, read_only=True) as store:
        assert store.triple_count() == before


def test_sparql_syntax_error_is_one_line(ui_store):
    at = run_sparql("SELECT ?x WHERE { ?x ")
    assert not at.exception
    assert at.error[0].value.startswith("SPARQL syntax error")
    assert "\n" not in at.error[0].value


def test_sparql_page_offers_named_queries(ui_store):
    at = run_page("sparql")
    options = at.selectbox(key="sparql_pick").options
    assert "ui: ui_events" in options
    assert "timeline_parents" in options  # the project's named queries, once each
    at.selectbox(key="sparql_pick").set_value("ui: ui_participants").run()
    assert "sem:roleType" in at.text_area(key="sparql_text").value


@pytest.mark.parametrize("fmt", ["turtle", "csv"])
def test_export_page_offers_a_download(ui_store, fmt):
    at = run_page("export")
    at.radio(key="export_format").set_value(fmt).run()
    at.button[0].click().run()
    no_failure(at)
    label = at.get("download_button")[0].proto.label
    assert label.startswith("Download newskg.")
    assert ("triples" if fmt == "turtle" else "events") in label


# -- ingest --------------------------------------------------------------------------------------

PASTED = (
    "Lisbon, 4 March 2025 - The Federal Bureau of Investigation arrested two men on Monday "
    "for spying for a foreign intelligence service, officials said."
)


@pytest.mark.slow
def test_ingest_page_stores_pasted_text_and_summarises_it(tmp_path, monkeypatch):
    import datetime as dt

    from kg.store import open_store

    url = build_empty_store(tmp_path / "kg")
    monkeypatch.setenv("KG_STORE", url)
    at = run_page("ingest")
    at.text_area(key="paste_text").set_value(PASTED)
    at.text_input(key="paste_title").set_value("Two men arrested")
    at.date_input(key="paste_published").set_value(dt.date(2025, 3, 4))
    at.run()
    at.button(key="paste_go").click().run(timeout=300)
    assert not at.exception
    assert at.success and "Stored 1 article(s)" in at.success[0].value
    summary = at.dataframe[0].value
    assert list(summary["input"]) == ["pasted text"]
    assert summary["articles"].tolist() == [1] and summary["errors"].tolist() == [0]
    with open_store(url, read_only=True) as store:
        titles = store.query(
            "SELECT ?t WHERE { GRAPH ?g { ?a <https://schema.org/headline> ?t } }"
        ).rows
    assert [str(t[0]) for t in titles] == ["Two men arrested"]


def test_ingest_page_refuses_nothing_to_ingest(ui_store):
    at = run_page("ingest")
    no_failure(at)
    assert at.button(key="paste_go").disabled
    assert at.button(key="ingest_go").disabled


# -- kg ui ---------------------------------------------------------------------------------------


def test_kg_ui_serves_the_packaged_app_on_localhost_by_default():
    from kg.cli import build_parser
    from kg.commands.ui import APP_SCRIPT, streamlit_command

    args = build_parser().parse_args(["ui", "--port", "8600"])
    command = streamlit_command(args)
    assert APP_SCRIPT.is_file()
    assert command[command.index("run") + 1] == str(APP_SCRIPT)
    assert command[command.index("--server.port") + 1] == "8600"
    assert command[command.index("--server.address") + 1] == "127.0.0.1"


@pytest.mark.slow
def test_ingest_page_reports_per_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", build_empty_store(tmp_path / "kg"))
    at = run_page("ingest")
    at.file_uploader(key="ingest_files").set_value(
        [
            ("../../outside.txt", PASTED.encode(), "text/plain"),
            ("broken.json", b'{"title": "x", "text": ', "application/json"),
        ]
    )
    at.run()
    at.button(key="ingest_go").click().run(timeout=300)
    assert not at.exception
    summary = at.dataframe[0].value.set_index("input")
    assert summary.loc["outside.txt", "articles"] == 1  # stored under its base name only
    assert summary.loc["broken.json", "articles"] == 0
    assert summary.loc["broken.json", "errors"] >= 1
    assert "failed" in at.warning[0].value


# -- safe HTML helpers -----------------------------------------------------------------------------


def test_highlight_escapes_text_and_keeps_the_first_of_overlapping_marks():
    from kg.ui.html import Mark, highlight

    sentence = "A <b> said & left"
    marks = [Mark(2, 5, "actor", 'x" onmouseover="y'), Mark(3, 9, "trigger"), Mark(50, 60, "time")]
    assert highlight(sentence, marks) == (
        'A <mark class="kg-actor" title="x&quot; onmouseover=&quot;y">&lt;b&gt;</mark>'
        " said &amp; left"
    )


@pytest.mark.parametrize(
    ("url", "safe"),
    [
        ("https://example.org/a?b=1", True),
        ("http://example.org", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//example.org/x", False),
        ("/relative", False),
        (None, False),
    ],
)
def test_only_absolute_http_urls_become_links(url, safe):
    from kg.ui.html import link

    rendered = link(url, "title")
    assert rendered.startswith("<a href=") is safe


def test_articles_ingested_while_the_ui_is_open_show_on_the_next_run(tmp_path, monkeypatch):
    from kg.rdf import RunInfo, extraction_to_graph
    from kg.store import open_store
    from kg.types import Article, Event, EventDate, Extraction, Span
    from kg.vocab import graph_iri

    url = build_store(tmp_path / "kg")
    monkeypatch.setenv("KG_STORE", url)
    at = run_app()
    assert len(table_events(at)) == 4
    text = "Officials met in Vienna."
    later = Extraction(
        Article("n9", text, "Talks", "2025-06-01", "metadata", "Example Wire"),
        (),
        (
            Event("n9-10", "Meeting", "CONSULT", "Officials meet in Vienna", Span("met", 10, 13),
                  EventDate(None, source="published"), (), Span(text, 0, len(text)), 0.6),
        ),
    )  # fmt: skip
    with open_store(url) as store:
        store.replace_graphs({str(graph_iri("n9")): extraction_to_graph(later, RunInfo())})
    at.run()
    # The new event is there, and the date range followed the store to mid-2025.
    assert "Officials meet in Vienna" in table_events(at)
    assert len(table_events(at)) == 5
