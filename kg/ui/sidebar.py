"""The timeline filters in the sidebar, shared by the timeline and graph pages.

Streamlit forgets a widget's value when a page without that widget runs, so every filter value is
also kept under a shadow key (``_keep_<key>``) and restored before the widgets are drawn: the
analyst's filters survive a visit to an entity page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import streamlit as st

from kg.ui.data import Filters, country_choices, entities_of_type
from kg.ui.present import AXIS_LABELS, GROUP_LABELS, type_label

if TYPE_CHECKING:
    from kg.ui.data import Catalog

MORE_KEY = "f_more"  # the "More filters" expander: open or closed
KEYS = (
    "f_axis", "f_group", "f_dates", "f_entities", "f_actor_only", "f_entity_types",
    "f_event_types", "f_plover", "f_countries", "f_platforms", "f_outlets", "f_confidence",
    MORE_KEY,
)  # fmt: skip
_KEEP = "_keep_"


class MoreFilter(NamedTuple):
    """A filter under "More filters": a multiselect of a catalog column's values, or (without a
    column) the confidence slider."""

    label: str
    untouched: Any  # its value before the analyst touches it
    column: tuple[str, str] | None = None  # (catalog table, column) offering the choices
    shown_as: Callable[[str], str] = str


MORE = {
    "f_entity_types": MoreFilter("Participant type", [], ("entities", "type")),
    "f_event_types": MoreFilter("Event type", [], ("events", "type"), type_label),
    "f_plover": MoreFilter("PLOVER category", [], ("events", "plover")),
    "f_outlets": MoreFilter("Source (outlet)", [], ("sources", "outlet")),
    "f_confidence": MoreFilter("Minimum confidence", 0.0),
}
_DATES_SHOWN = "_dates_default"  # the full range the date picker last offered
DEFAULT_GROUP = "actor"  # the first choice of "Rows"


def _restore() -> None:
    for key in KEYS:
        if key not in st.session_state and _KEEP + key in st.session_state:
            st.session_state[key] = st.session_state[_KEEP + key]


def _keep() -> None:
    for key in KEYS:
        if key in st.session_state:
            st.session_state[_KEEP + key] = st.session_state[key]


def _reset() -> None:
    for key in (*KEYS, _DATES_SHOWN):
        st.session_state.pop(key, None)
        st.session_state.pop(_KEEP + key, None)


def timeline_filters(catalog: Catalog) -> tuple[Filters, str]:
    """Draw the filters; return them and the y grouping chosen ("actor", "type", "plover")."""
    _restore()
    bar = st.sidebar
    bar.markdown("### Filters")
    axis = bar.radio(
        "Time axis",
        list(AXIS_LABELS),
        format_func=lambda a: AXIS_LABELS[a].capitalize(),
        key="f_axis",
        horizontal=True,
        help="When it happened: the date the text gives for the event. When it was reported: "
        "the publication date of its first source.",
    ) or next(iter(AXIS_LABELS))  # st.radio answers None only for a radio started unset
    group = bar.radio(
        "Rows", list(GROUP_LABELS), format_func=lambda g: GROUP_LABELS[g], key="f_group",
        horizontal=True,
    ) or DEFAULT_GROUP  # fmt: skip
    start, end = _date_range(bar, catalog, axis)
    names = dict(entities_of_type(catalog))
    entities = bar.multiselect(
        "Actors and other participants",
        list(names),
        format_func=lambda e: names.get(e, e),
        key="f_entities",
        placeholder="any",
    )
    actor_only = False
    if entities:  # offered once there is an entity to apply it to: one widget less at first
        actor_only = bar.checkbox(
            "Only as actor", key="f_actor_only",
            help="Only events these entities carry out, not those aimed at them.",
        )  # fmt: skip
    countries = _choice(bar, dict(country_choices(catalog)), "f_countries", "Countries")
    platforms = _choice(
        bar, dict(entities_of_type(catalog, "Platform")), "f_platforms", "Platforms"
    )
    more = _more_filters(bar, catalog)
    _keep()
    filters = Filters(
        start=start, end=end, axis=axis, entities=tuple(entities), actor_only=bool(actor_only),
        entity_types=tuple(more["f_entity_types"]), event_types=tuple(more["f_event_types"]),
        plover=tuple(more["f_plover"]), countries=tuple(countries), platforms=tuple(platforms),
        outlets=tuple(more["f_outlets"]), min_confidence=float(more["f_confidence"]),
    )  # fmt: skip
    if filters != Filters() or group != DEFAULT_GROUP:  # nothing to reset on the first view
        bar.button("Reset filters", on_click=_reset, width="stretch", icon=":material/restart_alt:")
    return filters, group


def _more_filters(bar, catalog: Catalog) -> dict:
    """The less used filters, in an expander whose widgets are only drawn while it is open.

    Five more widgets cost the browser about 0.4 s on every new session. While the
    expander is closed the values chosen earlier still apply (kept in the session like every
    filter) and a caption says which ones are in use.
    """
    expander = bar.expander("More filters", key=MORE_KEY, on_change="rerun")
    if not expander.open:
        values = {key: st.session_state.get(key, f.untouched) for key, f in MORE.items()}
        in_use = [f.label for key, f in MORE.items() if values[key] != f.untouched]
        if in_use:
            bar.caption(f"Also filtered by {', '.join(in_use)} (under *More filters*).")
        return values
    with expander:
        return {key: _more_widget(key, f, catalog) for key, f in MORE.items()}


def _more_widget(key: str, spec: MoreFilter, catalog: Catalog) -> Any:
    if spec.column is None:
        return st.slider(spec.label, 0.0, 1.0, step=0.05, key=key)
    table, column = spec.column
    return st.multiselect(
        spec.label,
        _sorted(getattr(catalog, table)[column]),
        format_func=spec.shown_as,
        key=key,
        placeholder="any",
    )


def _date_range(bar, catalog: Catalog, axis: str) -> tuple[str | None, str | None]:
    """A from/to date picker bounded by the store's dates; partial picks mean open-ended."""
    column = catalog.events["published"] if axis == "reported" else catalog.events["start"]
    first, last = column.min(), column.max()
    if first is None or last is None or first != first or last != last:  # NaT
        return None, None
    lowest, highest = first.date(), max(last.date(), first.date())
    # Follow the data's bounds (new ingests, the other axis) until the analyst picks dates.
    untouched = st.session_state.get("f_dates") in (None, st.session_state.get(_DATES_SHOWN))
    if untouched:
        st.session_state["f_dates"] = (lowest, highest)
    st.session_state[_DATES_SHOWN] = (lowest, highest)
    picked = bar.date_input(
        "Date range",
        min_value=min(lowest, dt.date(1900, 1, 1)),
        max_value=max(highest, dt.date(2100, 1, 1)),
        key="f_dates",
        format="YYYY-MM-DD",
    )
    picked = tuple(picked) if isinstance(picked, (tuple, list)) else (picked,)
    start = picked[0].isoformat() if picked and picked[0] > lowest else None
    end = picked[1].isoformat() if len(picked) > 1 and picked[1] < highest else None
    return start, end


def _choice(bar, names: dict[str, str], key: str, label: str) -> list[str]:
    if not names:
        return []
    return bar.multiselect(
        label, list(names), format_func=lambda e: names.get(e, e), key=key, placeholder="any"
    )


def _sorted(column) -> list[str]:
    return sorted({str(v) for v in column.dropna() if str(v)})
