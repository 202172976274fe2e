"""The Streamlit UI's timeline page, run headless with streamlit.testing.v1.AppTest against a
small on-disk store built from the hand-made world in tests/ui_world.py: filters, the chart, the
selected event's evidence, and one-line errors."""

from __future__ import annotations

import pytest

pytest.importorskip("streamlit")
from ui_apptest_helpers import (
    MORE,
    TABLE,
    chart_events,
    html,
    merged_event_id,
    no_failure,
    run_app,
    table_events,
)
from ui_world import EVIDENCE_2, build_empty_store

# -- timeline ------------------------------------------------------------------------------------


def test_timeline_shows_each_happening_once(ui_store):
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


def test_filter_by_actor_narrows_the_events(ui_store):
    at = run_app()
    at.multiselect(key="f_entities").set_value(["org/fbi"]).run()
    no_failure(at)
    assert table_events(at) == ["FBI arrests contractor John Smith"]


def test_actor_only_leaves_out_events_aimed_at_the_entity(ui_store):
    at = run_app()
    at.multiselect(key="f_entities").set_value(["country/ru"]).run()
    assert len(table_events(at)) == 2  # Russia rejects the videos; Russia targeted by the campaign
    at.checkbox(key="f_actor_only").check().run()
    assert table_events(at) == ["Russia rejects the videos as propaganda"]


def test_filter_by_country_includes_the_country_s_agencies_and_officials(ui_store):
    at = run_app()
    at.multiselect(key="f_countries").set_value(["country/us"]).run()
    assert sorted(table_events(at)) == [
        "Ann Lee warns <b>of plots</b>",
        "CIA launches informant campaign on LinkedIn",
        "FBI arrests contractor John Smith",
    ]


def test_first_view_is_the_chart_and_the_table_opens_on_demand(ui_store):
    at = run_app(opened=())
    no_failure(at)
    # The chart carries every event; no table is built or sent until the analyst asks.
    assert chart_events(at) == sorted(["n1-114", "n2-101", "n3-24", merged_event_id(ui_store)])
    assert not at.dataframe
    assert not at.slider  # "More filters" is closed: its widgets are not drawn either
    at.session_state[TABLE] = True  # what clicking "Event table" does
    at.run()
    assert len(at.expander(key=TABLE).dataframe[0].value) == 4


def test_a_new_session_reuses_the_chart_built_for_the_previous_one(ui_store, monkeypatch):
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


def test_reset_is_offered_once_a_filter_is_set_and_clears_it(ui_store):
    at = run_app(opened=())
    assert not at.sidebar.button and not at.sidebar.checkbox  # nothing to reset or narrow yet
    at.multiselect(key="f_entities").set_value(["org/fbi"]).run()
    assert at.checkbox(key="f_actor_only")  # "Only as actor" now applies to something
    assert chart_events(at) == ["n2-101"]
    at.sidebar.button[0].click().run()
    assert at.multiselect(key="f_entities").value == []
    assert len(chart_events(at)) == 4


def test_chart_follows_the_filters(ui_store):
    at = run_app(opened=())
    at.multiselect(key="f_entities").set_value(["org/fbi"]).run()
    assert chart_events(at) == ["n2-101"]


def test_more_filters_still_apply_while_closed_and_say_so(ui_store):
    at = run_app(opened=(TABLE, MORE))
    at.slider(key="f_confidence").set_value(0.5).run()
    assert len(table_events(at)) == 3
    at.session_state[MORE] = False  # the analyst folds "More filters" away
    at.run()
    no_failure(at)
    assert not at.slider
    assert len(table_events(at)) == 3  # the 0.4 warning stays filtered out
    assert "Also filtered by Minimum confidence" in at.sidebar.caption[0].value


def test_more_filters_offer_the_stores_values_under_their_labels(ui_store):
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


def test_min_confidence_and_platform_filters_combine(ui_store):
    at = run_app(opened=(TABLE, MORE))
    at.slider(key="f_confidence").set_value(0.5).run()
    assert len(table_events(at)) == 3  # the 0.4 warning is gone
    at.multiselect(key="f_platforms").set_value(["platform/telegram"]).run()
    assert "No event matches" in at.warning[0].value


def test_date_range_on_the_reported_axis(ui_store):
    import datetime as dt

    at = run_app()
    at.radio(key="f_axis").set_value("reported").run()
    at.date_input(key="f_dates").set_value((dt.date(2024, 11, 1), dt.date(2024, 11, 30))).run()
    # Only the article published on 2024-11-20 falls in November.
    assert table_events(at) == ["Ann Lee warns <b>of plots</b>"]


def test_selected_event_shows_highlighted_evidence_and_date_resolution(ui_store):
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


def test_merged_event_lists_every_source(ui_store):
    at = run_app(event=merged_event_id(ui_store))
    no_failure(at)
    body = html(at)
    assert "Evidence</strong> (2 sources)" in "\n".join(m.value for m in at.markdown).replace(
        "**Evidence**", "Evidence</strong>"
    )
    assert "Agency seeks informants online" in body
    assert "Videos and an arrest" in body
    assert '<a href="https://example.org/n1"' in body


def test_undated_event_says_it_sits_at_the_publication_date(ui_store):
    at = run_app(event="n1-114")
    assert "no date in the text: placed at the publication date, Thu 2024-10-03" in html(at)


def test_markup_from_articles_is_escaped(ui_store):
    at = run_app(event="n3-24")
    no_failure(at)
    body = html(at)
    assert "&lt;script&gt;alert(&#x27;body&#x27;)&lt;/script&gt;" in body
    assert "Leak &lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt; exposed" in body
    assert "Ann Lee warns &lt;b&gt;of plots&lt;/b&gt;" in body
    assert "<script" not in body and "<b>of" not in body


def test_unsafe_source_urls_are_not_links(ui_store):
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


def test_unexpected_failure_is_a_short_message(ui_store, monkeypatch):
    import kg.ui.timeline

    def broken(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr(kg.ui.timeline, "filter_events", broken)
    at = run_app()
    assert not at.exception
    assert "Something went wrong on this page (RuntimeError)" in at.error[0].value
    assert "boom" not in at.error[0].value
