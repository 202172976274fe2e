"""Entity page: who or what it is, its posts, its events on its own timeline, who it meets."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from kg.ui import state
from kg.ui.chart import SELECTION, chart_rows, timeline_spec
from kg.ui.data import cooccurring, entities_of_type, events_of_entity
from kg.ui.event_view import show_event
from kg.ui.html import badge, esc, link, wikidata_url
from kg.ui.nav import entity_link
from kg.ui.present import day
from kg.ui.widgets import catalog_or_none

if TYPE_CHECKING:
    import pandas as pd

    from kg.ui.data import Catalog

PICK_KEY = "entity_pick"
CHART_KEY = "entity_chart"
EVENT_KEY = "entity_event"


def page() -> None:
    catalog = catalog_or_none()
    if catalog is None:
        return
    entity_id = _choose(catalog)
    if entity_id is None:
        _most_active(catalog)
        return
    entity = catalog.entities.loc[entity_id]
    events = events_of_entity(catalog, entity_id)
    _header(catalog, entity, events)
    left, right = st.columns([7, 3], gap="large")
    with right:
        _profile(catalog, entity_id)
        _cooccurring(catalog, entity_id)
    with left:
        _timeline(catalog, events)


def _most_active(catalog: Catalog, limit: int = 24) -> None:
    """With no entity chosen: the entities in the most events, as links."""
    st.title("Entities", anchor=False)
    st.caption("Pick an entity in the sidebar, or open one of the most active below.")
    parts = catalog.participants.drop_duplicates(["event", "entity"])
    counts = parts["entity"].value_counts().head(limit)
    columns = st.columns(3)
    for i, (entity_id, count) in enumerate(counts.items()):
        with columns[i % 3]:
            entity_link(
                entity_id,
                str(catalog.entities["name"].get(entity_id, entity_id)),
                str(catalog.entities["type"].get(entity_id, "")),
                suffix=f" · {count} event{'s' if count != 1 else ''}",
            )


def _choose(catalog: Catalog) -> str | None:
    """The entity in the URL (?id=...) or picked in the selector; the two stay in sync."""
    names = dict(entities_of_type(catalog))
    wanted = st.query_params.get("id")
    if wanted in names and st.session_state.get("_entity_from_url") != wanted:
        st.session_state[PICK_KEY] = wanted
        st.session_state["_entity_from_url"] = wanted
        st.session_state.pop(EVENT_KEY, None)
    picked = st.sidebar.selectbox(
        "Entity",
        list(names),
        format_func=lambda e: f"{names[e]} ({catalog.entities.loc[e, 'type']})",
        key=PICK_KEY,
        index=None,
        placeholder="Search an agency, official, platform, country…",
    )
    if picked and st.query_params.get("id") != picked:
        st.query_params["id"] = picked
    return picked


def _header(catalog: Catalog, entity: pd.Series, events: pd.DataFrame) -> None:
    st.title(str(entity["name"]), anchor=False)
    parts = [badge(entity["type"], "#4a5568")]
    wikidata = wikidata_url(entity.get("wikidata"))
    if wikidata:
        parts.append(link(wikidata, f"Wikidata {entity['wikidata']}"))
    country = entity.get("country")
    if isinstance(country, str) and country in catalog.entities.index:
        parts.append(f"country: {esc(catalog.entities.loc[country, 'name'])}")
    if not events.empty:
        parts.append(
            f"{len(events)} event{'s' if len(events) != 1 else ''}, "
            f"{esc(day(events['start'].min()))} to {esc(day(events['end'].max()))}"
        )
    st.html(" &nbsp;·&nbsp; ".join(parts))


def _profile(catalog: Catalog, entity_id: str) -> None:
    aliases, posts = _cached_profile(entity_id)
    if aliases:
        st.markdown("**Also called**")
        st.html(", ".join(esc(a) for a in aliases))
    if posts:
        st.markdown("**Posts**")
        for post in posts:
            org = post["organization"]
            where = ""
            if org and org in catalog.entities.index:
                where = f", {esc(catalog.entities.loc[org, 'name'])}"
            term = ""
            if post["start"] or post["end"]:
                term = f" ({esc(post['start'] or '?')} – {esc(post['end'] or 'now')})"
            st.html(f"{esc(post['title'])}{where}{term}")


def _cached_profile(entity_id: str) -> tuple[list[str], list[dict]]:
    url = state.settings().store
    return _profile_query(entity_id, url, state.store_version(url))


@st.cache_data(max_entries=256, show_spinner=False)
def _profile_query(entity_id: str, url: str, version: str) -> tuple[list[str], list[dict]]:
    from kg.ui.load import entity_profile

    return entity_profile(state.store(url, version), entity_id)


def _cooccurring(catalog: Catalog, entity_id: str) -> None:
    partners = cooccurring(catalog, entity_id)
    if partners.empty:
        return
    st.markdown("**Appears with**")
    for row in partners.itertuples(index=False):
        entity_link(row.id, row.name, row.type, suffix=f" · {row.events}")


def _timeline(catalog: Catalog, events: pd.DataFrame) -> None:
    if events.empty:
        st.info("This entity takes part in no event.")
        return
    rows = chart_rows(events, "happened", "type")
    st.vega_lite_chart(
        timeline_spec(rows, "type"),
        width="stretch",
        key=CHART_KEY,
        on_select=_chart_clicked,
        selection_mode=SELECTION,
    )
    latest_first = events.iloc[::-1]
    labels = dict(
        zip(latest_first["id"], latest_first["when"] + " · " + latest_first["label"],
            strict=True)
    )  # fmt: skip
    if st.session_state.get(EVENT_KEY) not in labels:
        st.session_state[EVENT_KEY] = next(iter(labels))  # the latest event, until one is picked
    chosen = st.selectbox(
        f"Its events ({len(labels)}, latest first; or click one above)", list(labels),
        format_func=lambda e: labels.get(e, e), key=EVENT_KEY,
    )  # fmt: skip
    show_event(catalog, chosen)


def _chart_clicked() -> None:
    picked = st.session_state[CHART_KEY].selection.get(SELECTION) or []
    ids = [p.get("id") for p in picked if p.get("id")]
    if ids:
        st.session_state[EVENT_KEY] = ids[0]
