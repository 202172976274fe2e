"""Small pieces shared by several pages."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from kg.ui import state

if TYPE_CHECKING:
    from kg.ui.data import Catalog

EMPTY_STORE = (
    "**The knowledge graph is empty.** Add articles with `kg ingest samples/` (or your own files: "
    "text, HTML, RSS/Atom, JSON Lines, CSV), or upload them on the **Ingest** page."
)


def catalog_or_none() -> Catalog | None:
    """The store's catalog, or None after telling the analyst how to fill an empty store."""
    catalog = state.catalog()
    if catalog.empty:
        st.info(EMPTY_STORE, icon=":material/inbox:")
        st.page_link(page_of("ingest"), label="Go to the Ingest page", icon=":material/upload:")
        return None
    return catalog


def page_of(name: str) -> st.Page:
    from kg.ui.nav import pages

    return pages()[name]


def selected_row(widget_state) -> int | None:
    """The first selected row of an ``st.dataframe(on_select=...)`` state, if any."""
    try:
        rows = widget_state.selection.rows
    except AttributeError:
        return None
    return rows[0] if rows else None
