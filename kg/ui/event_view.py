"""One event in full: what, when (and how the date was resolved), who, and every source."""

from __future__ import annotations

from typing import TYPE_CHECKING

import streamlit as st

from kg.ui import state
from kg.ui.data import participants_of, sources_of
from kg.ui.html import LEGEND, Mark, badge, esc, highlight, link
from kg.ui.nav import entity_link
from kg.ui.present import date_explanation, plover_colour, text, type_label, weekday_day

if TYPE_CHECKING:
    import pandas as pd

    from kg.ui.data import Catalog

# Participant roles shown with the actor/target colours; the rest share one colour.
ROLE_KINDS = {"actor": "actor", "target": "target"}


def show_event(catalog: Catalog, event_id: str) -> None:
    event = catalog.events.loc[event_id]
    # st.html renders without Markdown, so text from articles cannot smuggle links or markup.
    st.html(
        f'<h4 class="kg-title">{esc(event["label"])}</h4><div>{_badges(event)}</div>'
        f'<p class="kg-when"><b>When</b> &nbsp;{esc(date_explanation(event))}</p>'
    )
    _participants(catalog, event_id)
    _sources(catalog, event)


def _badges(event: pd.Series) -> str:
    colour = plover_colour(event["plover"])
    parts = [
        badge(type_label(event["type"]), "#4a5568"),
        badge(event["plover"], colour),
        f'<span class="kg-source">confidence {event["confidence"]:.2f}</span>',
    ]
    if event["negated"]:
        parts.append(badge("negated", "#555555"))
    if event["hedged"]:
        parts.append(badge("reported / alleged", "#8a6d3b"))
    return " ".join(parts)


def _participants(catalog: Catalog, event_id: str) -> None:
    parts = participants_of(catalog, event_id)
    if parts.empty:
        st.caption("No participants recognised.")
        return
    st.markdown("**Who**")
    # One per line reads best; long lists go in two columns to save height.
    columns = st.columns(2) if len(parts) > 4 else [st.container()]
    for i, row in enumerate(parts.itertuples(index=False)):
        with columns[i % len(columns)]:
            entity_link(row.entity, row.name, row.type, suffix=f" · {row.role}")


def _sources(catalog: Catalog, event: pd.Series) -> None:
    sources = sources_of(catalog, event["id"])
    st.markdown(f"**Evidence** ({len(sources)} source{'s' if len(sources) != 1 else ''})")
    blocks = [LEGEND]
    for source in sources.itertuples(index=False):
        found = state.evidence(source.member, source.article)
        blocks.append(
            f'<div class="kg-evidence">{highlight(found.sentence, _marks(catalog, found))}</div>'
            f'<div class="kg-source">{_source_line(source)}</div>'
        )
    st.html("".join(blocks))


def _marks(catalog: Catalog, found) -> list[Mark]:
    names = catalog.entities["name"]
    marks = []
    for start, end, kind, entity in found.spans:
        title = kind
        if kind not in ("trigger", "time"):
            title = f"{kind}: {names.get(entity, entity)}"
            kind = ROLE_KINDS.get(kind, "participant")
        marks.append(Mark(start, end, kind, title))
    return marks


def _source_line(source) -> str:
    title = text(source.title) or source.article
    outlet = f" · {esc(source.outlet)}" if text(source.outlet) else ""
    return f"{link(source.url, title)}{outlet} · published {esc(weekday_day(source.published))}"
