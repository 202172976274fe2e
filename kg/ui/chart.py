"""The timeline chart: Altair/Vega-Lite, bundled with Streamlit, so it works offline.

Day-precision events are points, coarser dates (month, quarter, year) are bars from the earliest
to the latest day they can denote. The x scale is bound to the mouse (drag to pan, wheel to zoom)
and a click selects an event (``st.vega_lite_chart(on_select=...)`` reports its id).

The chart is handed to Streamlit as a Vega-Lite spec whose two datasets (bars, points) are
DataFrames: the spec can be cached, so a new session does not rebuild and re-validate it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.ui.present import GROUP_LABELS, PLOVER_COLOURS

if TYPE_CHECKING:
    import altair as alt
    import pandas as pd

SELECTION = "event"  # name of the point selection, read back from the chart state
MAX_GROUPS = 25  # rows on the y axis; the rest are folded into one "other" row
ROW_HEIGHT = 24
OTHER_GROUP = "(other)"
BARS, POINTS = "bars", "points"  # names of the two datasets in the spec


def chart_rows(events: pd.DataFrame, axis: str, group: str) -> pd.DataFrame:
    """The columns the chart needs, one row per event, with the y group folded to MAX_GROUPS."""
    import pandas as pd

    groups = {
        "actor": events["actor"],
        "type": events["type_label"],
        "plover": events["plover"],
    }[group]
    if axis == "reported":
        start = end = events["published"]
    else:
        start, end = events["start"], events["end"]
    rows = pd.DataFrame(
        {
            "id": events["id"],
            "label": events["label"],
            "type": events["type_label"],
            "plover": events["plover"],
            "group": groups.fillna(""),
            "start": start,
            # A bar covers its last day too: a month runs to the end of its last day.
            "end": end + pd.Timedelta(days=1),
            "ranged": (end > start) if axis == "happened" else False,
            "when": events["when"],
            "actor": events["actor"],
        }
    ).dropna(subset=["start"])
    rows = rows.reset_index(drop=True)  # the id is a column already: do not ship it twice
    top = rows["group"].value_counts().index[:MAX_GROUPS]
    rows.loc[~rows["group"].isin(top), "group"] = OTHER_GROUP
    return rows


def timeline_spec(rows: pd.DataFrame, group: str) -> dict:
    """The Vega-Lite spec of the chart, with its datasets as DataFrames (for st.vega_lite_chart)."""
    ranged = rows["ranged"].astype(bool)
    spec = _timeline_chart(rows, group).to_dict()
    # Streamlit draws Altair charts without Altair's default theme: do the same.
    spec.get("config", {}).pop("view", None)
    # Each layer gets only its own rows: Vega then parses and draws every event once.
    spec["datasets"] = {
        BARS: rows[ranged].drop(columns="ranged"),
        POINTS: rows[~ranged].drop(columns=["ranged", "end"]),
    }
    return spec


def _timeline_chart(rows: pd.DataFrame, group: str) -> alt.LayerChart:
    import altair as alt
    import pandas as pd

    order = [g for g in rows["group"].value_counts().index if g != OTHER_GROUP]
    if (rows["group"] == OTHER_GROUP).any():
        order.append(OTHER_GROUP)
    pick = alt.selection_point(name=SELECTION, fields=["id"], on="click", clear="dblclick")
    zoom = alt.selection_interval(bind="scales", encodings=["x"])
    plover = sorted(set(rows["plover"]))
    colour = alt.Color(
        "plover:N",
        title="PLOVER",
        scale=alt.Scale(domain=plover, range=[PLOVER_COLOURS.get(p, "#666") for p in plover]),
        legend=alt.Legend(orient="bottom", columns=9, symbolType="circle"),
    )
    y = alt.Y(
        "group:N",
        title=None,
        sort=order,
        axis=alt.Axis(labelLimit=220, labelFontSize=12, grid=True, gridOpacity=0.25),
    )
    tooltip = [
        alt.Tooltip("label:N", title="event"),
        alt.Tooltip("type:N", title="type"),
        alt.Tooltip("plover:N", title="PLOVER"),
        alt.Tooltip("when:N", title="date"),
        alt.Tooltip("actor:N", title="main actor"),
    ]
    highlight = alt.condition(pick, alt.value(0.9), alt.value(0.25))

    def events_of(dataset: str) -> alt.Chart:
        """A layer's chart: its dataset with the encodings bars and points share."""
        return alt.Chart(alt.NamedData(name=dataset)).encode(
            y=y, color=colour, tooltip=tooltip, opacity=highlight
        )

    x_axis = alt.Axis(labelAngle=0, grid=True, gridOpacity=0.3, title=None, labelFontSize=12)
    # At least two months wide, so a handful of close events is not stretched across the page.
    first, last = rows["start"].min(), rows["end"].max()
    pad = max(pd.Timedelta(days=30) - (last - first) / 2, pd.Timedelta(days=3))
    x_scale = alt.Scale(domain=[(first - pad).isoformat(), (last + pad).isoformat()])
    bars = (
        events_of(BARS)
        .mark_bar(height=10, cornerRadius=3)
        .encode(x=alt.X("start:T", axis=x_axis, scale=x_scale), x2="end:T")
    )
    points = (
        events_of(POINTS)
        .mark_circle(size=90, stroke="white", strokeWidth=0.6)
        .encode(x=alt.X("start:T", axis=x_axis, scale=x_scale))
    )
    return (
        alt.layer(bars, points)
        .add_params(pick, zoom)
        .properties(title=f"rows: {GROUP_LABELS[group]}", height=alt.Step(ROW_HEIGHT))
        .configure_title(fontSize=11, color="#888", anchor="start", fontWeight="normal")
    )
