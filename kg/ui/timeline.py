"""Timeline page: filters, the interactive chart, the selected event and a compact table.

The first view is what an analyst waits for, so it carries the chart and little else: the event
table sits in a closed expander and is only built and sent once the analyst opens it (a grid of
10,000 rows is 1.3 MB more to send, and the browser would draw it while drawing the chart).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from kg.ui import state
from kg.ui.chart import SELECTION
from kg.ui.data import filter_events
from kg.ui.event_view import show_event
from kg.ui.present import AXIS_LABELS, day
from kg.ui.sidebar import timeline_filters
from kg.ui.widgets import catalog_or_none, selected_row

if TYPE_CHECKING:
    import pandas as pd

    from kg.ui.data import Catalog

EVENT_KEY = "event"  # session state and query parameter holding the selected event id
CHART_KEY = "timeline_chart"
TABLE_KEY = "timeline_table"
TABLE_ROWS_KEY = "_timeline_table_ids"
TABLE_OPEN_KEY = "timeline_table_open"  # the table's expander: open or closed


def page() -> None:
    catalog = catalog_or_none()
    if catalog is None:
        return
    filters, group = timeline_filters(catalog)
    events = filter_events(catalog, filters)
    _heading(catalog, events, filters.axis)
    if events.empty:
        st.warning("No event matches these filters. Widen the date range or remove a filter.")
        return
    st.vega_lite_chart(
        state.chart_spec(filters, group),
        width="stretch",
        key=CHART_KEY,
        on_select=_chart_clicked,
        selection_mode=SELECTION,
    )
    st.caption("Drag to pan, scroll to zoom, click an event to open it, double-click to clear.")
    details, table = st.columns([6, 5], gap="large")
    with table:
        # Built only while open; a fixed label, so the expander keeps its state across filters.
        expander = st.expander(
            "Event table", key=TABLE_OPEN_KEY, on_change="rerun", icon=":material/table_rows:"
        )
        if expander.open:
            with expander:
                _table(events)
    with details:
        event_id = _selected_event(events)
        if event_id is None:
            st.info("Click an event on the timeline or in the table to see its evidence.")
        else:
            show_event(catalog, event_id)


def _heading(catalog: Catalog, events: pd.DataFrame, axis: str) -> None:
    st.title("Timeline", anchor=False)
    total = len(catalog.events)
    sources = catalog.sources[catalog.sources["event"].isin(events["id"])]["article"].nunique()
    span = ""
    if not events.empty:
        column = "published" if axis == "reported" else "start"
        span = f" · {day(events[column].min())} to {day(events[column].max())}"
    st.caption(
        f"**{len(events):,}** of {total:,} events · {sources:,} source articles{span} · "
        f"x axis: {AXIS_LABELS[axis]}"
    )


def _chart_clicked() -> None:
    picked = st.session_state[CHART_KEY].selection.get(SELECTION) or []
    ids = [p.get("id") for p in picked if p.get("id")]
    if ids:
        _select(ids[0])


def _table_clicked() -> None:
    row = selected_row(st.session_state[TABLE_KEY])
    ids = st.session_state.get(TABLE_ROWS_KEY, [])
    if row is not None and row < len(ids):
        _select(ids[row])


def _select(event_id: str) -> None:
    st.session_state[EVENT_KEY] = event_id
    st.query_params[EVENT_KEY] = event_id


def _selected_event(events: pd.DataFrame) -> str | None:
    """The event picked last (chart, table or a shared URL), if it passes the filters."""
    event_id = st.session_state.get(EVENT_KEY) or st.query_params.get(EVENT_KEY)
    return event_id if event_id in events.index else None


def _table(events: pd.DataFrame) -> None:
    import pandas as pd

    st.markdown(f"**Events** ({len(events):,})")
    shown = pd.DataFrame(
        {
            "date": events["when"],
            "event": events["label"],
            "type": events["type_label"],
            "PLOVER": events["plover"],
            "main actor": events["actor"],
            "sources": events["n_sources"],
            "confidence": events["confidence"],
        }
    )
    st.session_state[TABLE_ROWS_KEY] = list(events["id"])
    st.dataframe(
        shown,
        hide_index=True,
        key=TABLE_KEY,
        on_select=_table_clicked,
        selection_mode="single-row",
        height=420,
        column_config={
            "confidence": st.column_config.ProgressColumn(
                "confidence", min_value=0.0, max_value=1.0, format="%.2f", width="small"
            ),
            "sources": st.column_config.NumberColumn("sources", width="small"),
            "event": st.column_config.TextColumn("event", width="large"),
        },
    )
