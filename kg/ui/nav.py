"""The pages of the UI and links between them (client-side, so filters survive navigation)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable

import streamlit as st

from kg.errors import KGError

log = logging.getLogger(__name__)

ENTITY_ICONS = {
    "Agency": ":material/account_balance:",
    "Official": ":material/badge:",
    "Person": ":material/person:",
    "Platform": ":material/hub:",
    "Country": ":material/flag:",
    "Organization": ":material/business:",
    "Place": ":material/place:",
}


def guarded(body: Callable[[], None]) -> Callable[[], None]:
    """Run a page body so the user sees one line, never a traceback.

    Library errors carry a message written for the user; anything else is a bug: logged with its
    traceback on the server and reported in one line in the page.
    """

    @functools.wraps(body)
    def page() -> None:
        try:
            body()
        except KGError as exc:
            st.error(str(exc), icon=":material/error:")
        except Exception as exc:
            log.exception("UI page %s failed", body.__name__)
            st.error(
                f"Something went wrong on this page ({type(exc).__name__}). "
                "The details are in the server log.",
                icon=":material/error:",
            )

    return page


@functools.cache
def pages() -> dict[str, st.Page]:
    """Every page by name, created once (st.page_link needs the same Page objects)."""
    from kg.ui import entity, export, graph, ingest, sparql, timeline

    def make(body: Callable[[], None], title: str, path: str, icon: str, **kw) -> st.Page:
        return st.Page(guarded(body), title=title, url_path=path, icon=icon, **kw)

    return {
        "timeline": make(timeline.page, "Timeline", "timeline", ":material/timeline:",
                         default=True),
        "entity": make(entity.page, "Entity", "entity", ":material/person_search:"),
        "graph": make(graph.page, "Graph", "graph", ":material/hub:"),
        "sparql": make(sparql.page, "SPARQL", "sparql", ":material/terminal:"),
        "ingest": make(ingest.page, "Ingest", "ingest", ":material/upload_file:"),
        "export": make(export.page, "Export", "export", ":material/download:"),
    }  # fmt: skip


def entity_link(entity_id: str, name: str, entity_type: str = "", suffix: str = "") -> None:
    """A link to an entity's page."""
    st.page_link(
        pages()["entity"],
        label=f"{name}{suffix}",
        icon=ENTITY_ICONS.get(entity_type, ":material/label:"),
        query_params={"id": entity_id},
    )
