"""Helpers of the AppTest suites (test_ui_apptest.py, test_ui_pages.py): run the app or one
page headless, and read what it drew."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

APP = str(Path(__file__).resolve().parent.parent / "app.py")
TIMEOUT = 60
TABLE = "timeline_table_open"  # the timeline's "Event table" expander
MORE = "f_more"  # the sidebar's "More filters" expander
MERGED_GRAPH = "https://w3id.org/newskg/graph/merged"


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
