"""Graph page: entities linked through the events they share, under the timeline filters.

Drawn with st.graphviz_chart (Graphviz compiled to WebAssembly inside Streamlit: offline). Big
graphs are cut to the busiest entities with a message, since a hairball helps nobody.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from kg.ui.data import filter_events
from kg.ui.nav import entity_link
from kg.ui.present import plover_colour, type_label
from kg.ui.sidebar import timeline_filters
from kg.ui.widgets import catalog_or_none

if TYPE_CHECKING:
    import pandas as pd

    from kg.ui.data import Catalog

MAX_NODES = 300
SHAPES = {
    "Agency": "box",
    "Official": "ellipse",
    "Person": "ellipse",
    "Platform": "hexagon",
    "Country": "doubleoctagon",
    "Organization": "box",
    "Place": "house",
}
FILLS = {
    "Agency": "#dbe9f6",
    "Official": "#fde0c5",
    "Person": "#fdeee0",
    "Platform": "#e2f0d9",
    "Country": "#ece2f0",
    "Organization": "#e8e8e8",
    "Place": "#f5f0d0",
}


def page() -> None:
    catalog = catalog_or_none()
    if catalog is None:
        return
    filters, _ = timeline_filters(catalog)
    events = filter_events(catalog, filters)
    st.title("Graph", anchor=False)
    with_events = st.toggle(
        "Show events as nodes", value=False, key="graph_events",
        help="Off: entities linked when they share events (edge width = shared events). "
        "On: every event is a small node linked to its participants.",
    )  # fmt: skip
    parts = catalog.participants[catalog.participants["event"].isin(events["id"])]
    entity_ids, dropped = _busiest_entities(parts, with_events, len(events))
    if dropped:
        st.warning(
            f"The filtered graph has more than {MAX_NODES} nodes: showing the "
            f"{len(entity_ids)} entities in the most events. Narrow the filters to see the rest.",
            icon=":material/filter_alt:",
        )
    if not entity_ids:
        st.info("No entity takes part in the filtered events.")
        return
    parts = parts[parts["entity"].isin(entity_ids)]
    dot = _events_dot(catalog, events, parts) if with_events else _entities_dot(catalog, parts)
    st.graphviz_chart(dot, width="stretch")
    _entity_links(catalog, entity_ids)


def _busiest_entities(parts: pd.DataFrame, with_events: bool, n_events: int) -> tuple[list, bool]:
    """Entity ids to draw, most events first, so the node count stays under MAX_NODES."""
    counts = parts.drop_duplicates(["event", "entity"])["entity"].value_counts()
    budget = MAX_NODES - (min(n_events, MAX_NODES // 2) if with_events else 0)
    return list(counts.index[:budget]), len(counts) > budget or (
        with_events and n_events > MAX_NODES // 2
    )


def _quote(text: object) -> str:
    """A DOT string literal (Graphviz escapes it again when it draws SVG)."""
    value = str(text).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{value}"'


def _node(catalog: Catalog, entity_id: str) -> str:
    entity_type = catalog.entities["type"].get(entity_id, "")
    name = catalog.entities["name"].get(entity_id, entity_id)
    return (
        f"{_quote(entity_id)} [label={_quote(name)}, shape={SHAPES.get(entity_type, 'box')}, "
        f'style="filled", fillcolor="{FILLS.get(entity_type, "#eeeeee")}", '
        f"tooltip={_quote(f'{name} ({entity_type})')}];"
    )


def _header() -> list[str]:
    return [
        "graph G {",
        'graph [overlap=false, splines=true, bgcolor="transparent", fontname="Helvetica"];',
        'node [fontname="Helvetica", fontsize=10, penwidth=0.6];',
        'edge [color="#9aa5b1"];',
    ]


def _entities_dot(catalog: Catalog, parts: pd.DataFrame) -> str:
    """Entities joined by an edge per pair that shares events (width grows with the count)."""
    pairs = parts.merge(parts, on="event")
    pairs = pairs[pairs["entity_x"] < pairs["entity_y"]].drop_duplicates(
        ["event", "entity_x", "entity_y"]
    )
    weights = pairs.groupby(["entity_x", "entity_y"]).size()
    lines = [*_header(), "layout=neato;"]
    lines += [_node(catalog, e) for e in sorted(set(parts["entity"]))]
    for (a, b), count in sorted(weights.items()):
        width = min(1 + count / 2, 6)
        lines.append(
            f"{_quote(a)} -- {_quote(b)} [penwidth={width:.1f}, "
            f"tooltip={_quote(f'{count} shared event(s)')}];"
        )
    lines.append("}")
    return "\n".join(lines)


def _events_dot(catalog: Catalog, events: pd.DataFrame, parts: pd.DataFrame) -> str:
    """Events as small dots in their PLOVER colour, linked to their participants by role."""
    shown = events[events["id"].isin(parts["event"])].head(MAX_NODES // 2)
    lines = [*_header(), "layout=sfdp;"]
    lines += [_node(catalog, e) for e in sorted(set(parts["entity"]))]
    for event in shown.itertuples(index=False):
        tip = f"{event.label} ({type_label(event.type)}, {event.plover})"
        lines.append(
            f'{_quote("event:" + event.id)} [label="", shape=circle, width=0.18, '
            f'style="filled", fillcolor="{plover_colour(event.plover)}", tooltip={_quote(tip)}];'
        )
    for p in parts[parts["event"].isin(shown["id"])].itertuples(index=False):
        lines.append(
            f"{_quote('event:' + p.event)} -- {_quote(p.entity)} "
            f"[tooltip={_quote(p.role)}, style={'solid' if p.role == 'actor' else 'dashed'}];"
        )
    lines.append("}")
    return "\n".join(lines)


def _entity_links(catalog: Catalog, entity_ids: list[str]) -> None:
    """The chart cannot be clicked: open an entity from this list instead."""
    with st.expander(f"Open an entity of this graph ({len(entity_ids)})", expanded=False):
        columns = st.columns(4)
        ordered = sorted(entity_ids, key=lambda e: str(catalog.entities["name"].get(e, e)).lower())
        for i, entity_id in enumerate(ordered):
            with columns[i % 4]:
                entity_link(
                    entity_id,
                    str(catalog.entities["name"].get(entity_id, entity_id)),
                    str(catalog.entities["type"].get(entity_id, "")),
                )
