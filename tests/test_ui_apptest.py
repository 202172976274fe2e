"""The Streamlit UI, run headless with streamlit.testing.v1.AppTest against a small on-disk store
built from the hand-made world in tests/ui_world.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from ui_world import EVIDENCE_2, build_empty_store, build_store

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TIMEOUT = 60
TABLE = "timeline_table_open"  # the timeline's "Event table" expander
MORE = "f_more"  # the sidebar's "More filters" expander
MERGED_GRAPH = "https://w3id.org/newskg/graph/merged"


@pytest.fixture(scope="module")
def world_url(tmp_path_factory) -> str:
    return build_store(tmp_path_factory.mktemp("ui") / "kg")


@pytest.fixture
def world(world_url, monkeypatch) -> str:
    monkeypatch.setenv("KG_STORE", world_url)
    monkeypatch.delenv("KG_CONFIG", raising=False)
    return world_url


def page_script(name: str) -> None:
    """Run one page body under the app's navigation (AppTest cannot switch to callable pages)."""
    import importlib

    import streamlit as st

    from kg.ui.nav import guarded, pages

    st.navigation(list(pages().values()), position="hidden")
    guarded(importlib.import_module(f"kg.ui.{name}").page)()


def run_app(*, opened: tuple[str, ...] = (TABLE,), **query: str) -> AppTest:
    """Run the app; the expanders in ``opened`` start open (the event table by default)."""
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key in opened:
        at.session_state[key] = True
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def run_page(name: str, **query: str) -> AppTest:
    at = AppTest.from_function(page_script, args=(name,), default_timeout=TIMEOUT)
    for key, value in query.items():
        at.query_params[key] = value
    return at.run()


def table_events(at: AppTest) -> list[str]:
    return list(at.dataframe[0].value["event"])


def chart_events(at: AppTest) -> list[str]:
    """The event ids the timeline chart was sent, from the Arrow datasets of its spec."""
    import pyarrow as pa

    (chart,) = at.get("vega_lite_chart")
    ids = []
    for dataset in chart.proto.datasets:
        ids += pa.ipc.open_stream(dataset.data.data).read_all().column("id").to_pylist()
    return sorted(ids)


def html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.html)


def no_failure(at: AppTest) -> None:
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def merged_event_id(url: str) -> str:
    from kg.store import open_store

    sparql = (
        f"SELECT ?m WHERE {{ GRAPH <{MERGED_GRAPH}> "
        "{ ?m <https://w3id.org/newskg/ontology#mergedFrom> ?x } }"
    )
    with open_store(url, read_only=True) as store:
        rows = store.query(sparql).rows
    return str(rows[0][0]).rsplit("/", 1)[-1]


# -- timeline ------------------------------------------------------------------------------------


def test_timeline_shows_each_happening_once(world):
    at = run_app()
    no_failure(at)
    assert at.title[0].value == "Timeline"
    events = table_events(at)
    # Five per-article events, two of which report the same campaign: four rows.
    assert len(events) == 4
    assert "CIA launches informant campaign on LinkedIn" in events  # the more confident label
    assert "CIA posts recruitment videos" not in events
    campaign = (
        at.dataframe[0].value.set_index("event").loc["CIA launches informant campaign on LinkedIn"]
    )
    assert campaign["sources"] == 2


def test_filter_by_actor_narrows_the_events(world):
    at = run_app()
    at.multiselect(key="f_entities").set_value(["org/fbi"]).run()
    no_failure(at)
    assert table_events(at) == ["FBI arrests contractor John Smith"]


def test_actor_only_leaves_out_events_aimed_at_the_entity(world):
    at = run_app()
    at.multiselect(key="f_entities").set_value(["country/ru"]).run()
    assert len(table_events(at)) == 2  # Russia rejects the videos; Russia targeted by the campaign
    at.checkbox(key="f_actor_only").check().run()
    assert table_events(at) == ["Russia rejects the videos as propaganda"]


def test_filter_by_country_includes_the_country_s_agencies_and_officials(world):
    at = run_app()
    at.multiselect(key="f_countries").set_value(["country/us"]).run()
    assert sorted(table_events(at)) == [
        "Ann Lee warns <b>of plots</b>",
        "CIA launches informant campaign on LinkedIn",
        "FBI arrests contractor John Smith",
    ]


def test_first_view_is_the_chart_and_the_table_opens_on_demand(world):
    at = run_app(opened=())
    no_failure(at)
    # The chart carries every event; no table is built or sent until the analyst asks.
    assert chart_events(at) == sorted(["n1-114", "n2-101", "n3-24", merged_event_id(world)])
    assert not at.dataframe
    assert not at.slider  # "More filters" is closed: its widgets are not drawn either
    at.session_state[TABLE] = True  # what clicking "Event table" does
    at.run()
    assert len(at.expander(key=TABLE).dataframe[0].value) == 4


def test_a_new_session_reuses_the_chart_built_for_the_previous_one(world, monkeypatch):
    import kg.ui.chart
    from kg.ui import state

    built = []
    spec = kg.ui.chart.timeline_spec
    monkeypatch.setattr(kg.ui.chart, "timeline_spec", lambda *a: built.append(a) or spec(*a))
    state.refresh()
    first = chart_events(run_app(opened=()))
    second = chart_events(run_app(opened=()))  # another browser session, same store and filters
    assert first == second and len(first) == 4
    assert len(built) == 1


def test_reset_is_offered_once_a_filter_is_set_and_clears_it(world):
    at = run_app(opened=())
    assert not at.sidebar.button and not at.sidebar.checkbox  # nothing to reset or narrow yet
    at.multiselect(key="f_entities").set_value(["org/fbi"]).run()
    assert at.checkbox(key="f_actor_only")  # "Only as actor" now applies to something
    assert chart_events(at) == ["n2-101"]
    at.sidebar.button[0].click().run()
    assert at.multiselect(key="f_entities").value == []
    assert len(chart_events(at)) == 4


def test_chart_follows_the_filters(world):
    at = run_app(opened=())
    at.multiselect(key="f_entities").set_value(["org/fbi"]).run()
    assert chart_events(at) == ["n2-101"]


def test_more_filters_still_apply_while_closed_and_say_so(world):
    at = run_app(opened=(TABLE, MORE))
    at.slider(key="f_confidence").set_value(0.5).run()
    assert len(table_events(at)) == 3
    at.session_state[MORE] = False  # the analyst folds "More filters" away
    at.run()
    no_failure(at)
    assert not at.slider
    assert len(table_events(at)) == 3  # the 0.4 warning stays filtered out
    assert "Also filtered by Minimum confidence" in at.sidebar.caption[0].value


def test_more_filters_offer_the_stores_values_under_their_labels(world):
    at = run_app(opened=(MORE,))
    shown = {w.key: w for w in at.sidebar.multiselect}
    labels = {key: shown[key].label for key in ("f_entity_types", "f_event_types", "f_plover")}
    assert labels == {
        "f_entity_types": "Participant type",
        "f_event_types": "Event type",
        "f_plover": "PLOVER category",
    }
    assert "Recruitment campaign" in shown["f_event_types"].options  # a readable type name
    assert shown["f_plover"].options == ["COERCE", "REJECT", "REQUEST", "THREATEN"]
    assert at.sidebar.slider[0].label == "Minimum confidence"


def test_min_confidence_and_platform_filters_combine(world):
    at = run_app(opened=(TABLE, MORE))
    at.slider(key="f_confidence").set_value(0.5).run()
    assert len(table_events(at)) == 3  # the 0.4 warning is gone
    at.multiselect(key="f_platforms").set_value(["platform/telegram"]).run()
    assert "No event matches" in at.warning[0].value


def test_date_range_on_the_reported_axis(world):
    import datetime as dt

    at = run_app()
    at.radio(key="f_axis").set_value("reported").run()
    at.date_input(key="f_dates").set_value((dt.date(2024, 11, 1), dt.date(2024, 11, 30))).run()
    # Only the article published on 2024-11-20 falls in November.
    assert table_events(at) == ["Ann Lee warns <b>of plots</b>"]


def test_selected_event_shows_highlighted_evidence_and_date_resolution(world):
    at = run_app(event="n2-101")
    no_failure(at)
    body = html(at)
    assert "FBI arrests contractor John Smith" in body
    assert "“In March” → 2024-03 (month: 2024-03-01 to 2024-03-31)" in body
    assert "article published Sat 2024-10-05" in body
    fbi = '<mark class="kg-actor" title="actor: Federal Bureau of Investigation">FBI</mark>'
    assert fbi in body
    assert '<mark class="kg-trigger" title="trigger">arrested</mark>' in body
    assert '<mark class="kg-time" title="time">In March</mark>' in body
    assert '<mark class="kg-target" title="target: John Smith">John Smith</mark>' in body
    plain = body.replace('<mark class="kg-', "").split("kg-evidence")[1]
    for word in EVIDENCE_2.split()[4:8]:
        assert word.strip(",.") in plain
    links = [(p.proto.label, p.proto.page) for p in at.page_link]
    assert any("John Smith" in label for label, _ in links)


def test_merged_event_lists_every_source(world):
    at = run_app(event=merged_event_id(world))
    no_failure(at)
    body = html(at)
    assert "Evidence</strong> (2 sources)" in "\n".join(m.value for m in at.markdown).replace(
        "**Evidence**", "Evidence</strong>"
    )
    assert "Agency seeks informants online" in body
    assert "Videos and an arrest" in body
    assert '<a href="https://example.org/n1"' in body


def test_undated_event_says_it_sits_at_the_publication_date(world):
    at = run_app(event="n1-114")
    assert "no date in the text: placed at the publication date, Thu 2024-10-03" in html(at)


def test_markup_from_articles_is_escaped(world):
    at = run_app(event="n3-24")
    no_failure(at)
    body = html(at)
    assert "&lt;script&gt;alert(&#x27;body&#x27;)&lt;/script&gt;" in body
    assert "Leak &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; exposed" in body
    assert "Ann Lee warns &lt;b&gt;of plots&lt;/b&gt;" in body
    assert "<script" not in body and "<b>of" not in body


def test_unsafe_source_urls_are_not_links(world):
    at = run_app(event="n2-101")
    body = html(at)
    assert "Videos and an arrest" in body
    assert "javascript:" not in body


def test_empty_store_explains_how_to_add_articles(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", build_empty_store(tmp_path / "kg"))
    at = run_app()
    no_failure(at)
    assert "kg ingest samples/" in at.info[0].value
    assert "Ingest" in at.info[0].value


def test_missing_store_is_one_line_error(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", f"oxigraph:{tmp_path / 'nowhere'}")
    at = run_app()
    assert not at.exception
    assert len(at.error) == 1
    message = at.error[0].value
    assert "no store at" in message and "kg ingest" in message
    assert "Traceback" not in message and "\n" not in message


def test_remote_store_down_is_one_line_error(monkeypatch):
    monkeypatch.setenv("KG_STORE", "sparql+http://127.0.0.1:9/query")  # nothing listens there
    monkeypatch.setenv("KG_STORE_RETRIES", "0")
    at = run_app()
    assert not at.exception
    assert len(at.error) == 1
    assert "not reachable" in at.error[0].value and "\n" not in at.error[0].value


def test_unexpected_failure_is_a_short_message(world, monkeypatch):
    import kg.ui.timeline

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(kg.ui.timeline, "filter_events", broken)
    at = run_app()
    assert not at.exception
    assert "Something went wrong on this page (RuntimeError)" in at.error[0].value
    assert "boom" not in at.error[0].value


# -- entity, graph -------------------------------------------------------------------------------


def test_entity_page_shows_profile_events_and_cooccurring_entities(world):
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


def test_official_page_shows_post_with_term(world):
    at = run_page("entity", id="person/ann-lee")
    no_failure(at)
    assert "Deputy Director, Central Intelligence Agency (2023-02-01 – now)" in html(at)


def test_graph_page_draws_entities_and_caps_big_graphs(world, monkeypatch):
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


def test_sparql_page_runs_a_select(world):
    at = run_sparql(
        "SELECT ?e WHERE { GRAPH ?g { ?e a <http://semanticweb.cs.vu.nl/2009/11/sem/Event> } }"
    )
    no_failure(at)
    # 5 per-article events + 1 merged event.
    assert len(at.dataframe[0].value) == 6
    assert [b.proto.label for b in at.get("download_button")] == ["Download CSV", "Download JSON"]
    at.run()  # any other click reruns the page: the result stays
    assert len(at.dataframe[0].value) == 6


def test_sparql_page_refuses_updates(world):
    from kg.store import open_store

    with open_store(world, read_only=True) as store:
        before = store.triple_count()
    at = run_sparql("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    assert "read-only" in at.error[0].value
    with open_store(world, read_only=True) as store:
        assert store.triple_count() == before


def test_sparql_syntax_error_is_one_line(world):
    at = run_sparql("SELECT ?x WHERE { ?x ")
    assert not at.exception
    assert at.error[0].value.startswith("SPARQL syntax error")
    assert "\n" not in at.error[0].value


def test_sparql_page_offers_named_queries(world):
    at = run_page("sparql")
    options = at.selectbox(key="sparql_pick").options
    assert "ui: ui_events" in options
    assert "timeline_parents" in options  # the project's named queries, once each
    at.selectbox(key="sparql_pick").set_value("ui: ui_participants").run()
    assert "sem:roleType" in at.text_area(key="sparql_text").value


@pytest.mark.parametrize("fmt", ["turtle", "csv"])
def test_export_page_offers_a_download(world, fmt):
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


def test_ingest_page_refuses_nothing_to_ingest(world):
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
