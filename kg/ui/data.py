"""The UI's view of the knowledge graph: four pandas tables and the filters over them.

The store is queried once per store version (see kg.ui.state) into a ``Catalog``; every filter
change after that is a pandas operation on a few thousand rows, which keeps the timeline page
interactive with 10,000 events.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

# Columns of each table (kg.ui.load fills them from the store).
EVENT_COLUMNS = (
    "id", "label", "type", "plover", "confidence", "date_value", "date_text", "date_source",
    "precision", "earliest", "latest", "published", "negated", "hedged",
)  # fmt: skip
# Added by catalog_from_records: placement on the axes and the words shown for each event.
DERIVED_COLUMNS = ("start", "end", "n_sources", "actor", "when", "type_label")
PARTICIPANT_COLUMNS = ("event", "role", "entity")
ENTITY_COLUMNS = ("id", "name", "type", "wikidata", "country")
# One row per report of a displayed event: ``member`` is the per-article event behind it.
SOURCE_COLUMNS = ("event", "member", "article", "title", "outlet", "url", "published")


@dataclass(frozen=True)
class Catalog:
    events: pd.DataFrame
    participants: pd.DataFrame
    entities: pd.DataFrame
    sources: pd.DataFrame

    @property
    def empty(self) -> bool:
        return self.events.empty


@dataclass(frozen=True)
class Filters:
    """What the analyst chose in the sidebar. Empty tuples mean "any"."""

    start: str | None = None  # ISO date, inclusive, on the chosen axis
    end: str | None = None
    axis: str = "happened"  # "happened" (date in the text) or "reported" (publication)
    entities: tuple[str, ...] = ()  # entity ids taking part (in any role, unless actor_only)
    actor_only: bool = False
    entity_types: tuple[str, ...] = ()
    event_types: tuple[str, ...] = ()
    plover: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()  # country entity ids
    platforms: tuple[str, ...] = ()  # platform entity ids
    outlets: tuple[str, ...] = ()
    min_confidence: float = 0.0


def catalog_from_records(
    events: Iterable[dict],
    participants: Iterable[dict],
    entities: Iterable[dict],
    sources: Iterable[dict],
) -> Catalog:
    """Build a Catalog from row dicts, normalising dates and adding the derived columns."""
    import pandas as pd

    def frame(rows: Iterable[dict], columns: tuple[str, ...]) -> pd.DataFrame:
        table = pd.DataFrame(list(rows), columns=list(columns)).astype(object)
        return table.where(table.notna(), None)  # missing text is None, never NaN

    ev = frame(events, EVENT_COLUMNS)
    parts = frame(participants, PARTICIPANT_COLUMNS).drop_duplicates()
    ents = _by_id(frame(entities, ENTITY_COLUMNS).drop_duplicates("id"))
    srcs = frame(sources, SOURCE_COLUMNS).drop_duplicates(["event", "member"])
    for column in ("earliest", "latest", "published"):
        ev[column] = pd.to_datetime(ev[column], errors="coerce")
    srcs["published"] = pd.to_datetime(srcs["published"], errors="coerce")
    ev["confidence"] = pd.to_numeric(ev["confidence"], errors="coerce").fillna(0.0)
    ev["negated"] = ev["negated"].fillna(False).astype(bool)
    ev["hedged"] = ev["hedged"].fillna(False).astype(bool)
    _add_derived(ev, parts, ents, srcs)
    return Catalog(_by_id(ev), parts, ents, srcs)


def _by_id(frame: pd.DataFrame) -> pd.DataFrame:
    """Index rows by their id, keeping the id column (the index stays unnamed: no ambiguity)."""
    indexed = frame.set_index("id", drop=False)
    indexed.index.name = None
    return indexed


def _add_derived(
    ev: pd.DataFrame, parts: pd.DataFrame, ents: pd.DataFrame, srcs: pd.DataFrame
) -> None:
    """Placement on both time axes, sources, main actor and display words of each event.

    Computed once per store version, so drawing the chart or the table after a click does not
    format 10,000 dates and type names again.
    """
    from kg.ui.present import type_label, when_column

    if ev.empty:
        for column in DERIVED_COLUMNS:
            ev[column] = []
        return
    first_report = srcs.groupby("event")["published"].min()
    ev["published"] = ev["published"].fillna(ev["id"].map(first_report))
    # An event with no date in the text sits at the publication date (marked by date_source).
    ev["start"] = ev["earliest"].fillna(ev["published"])
    ev["end"] = ev["latest"].fillna(ev["start"])
    ev["n_sources"] = ev["id"].map(srcs.groupby("event").size()).fillna(0).astype(int)
    names = parts["entity"].map(ents["name"]) if not ents.empty else parts["entity"]
    ranked = parts.assign(name=names.fillna(parts["entity"]), rank=parts["role"].ne("actor"))
    main = ranked.sort_values(["rank", "name"]).drop_duplicates("event").set_index("event")
    ev["actor"] = ev["id"].map(main["name"]).fillna("(no actor)")
    ev["when"] = when_column(ev)
    ev["type_label"] = ev["type"].map({t: type_label(t) for t in ev["type"].unique()})


def filter_events(catalog: Catalog, filters: Filters) -> pd.DataFrame:
    """The events matching every filter, sorted by time on the chosen axis."""
    ev = catalog.events
    mask = ev["confidence"] >= filters.min_confidence
    if filters.event_types:
        mask &= ev["type"].isin(filters.event_types)
    if filters.plover:
        mask &= ev["plover"].isin(filters.plover)
    start, end = _axis_columns(filters.axis)
    if filters.start:
        mask &= ev[end] >= _day(filters.start)
    if filters.end:
        mask &= ev[start] <= _day(filters.end)
    for ids in _participant_filters(catalog, filters):
        mask &= ev["id"].isin(ids)
    if filters.outlets:
        srcs = catalog.sources
        mask &= ev["id"].isin(srcs.loc[srcs["outlet"].isin(filters.outlets), "event"])
    return ev[mask].sort_values([start, "id"])


def _participant_filters(catalog: Catalog, filters: Filters) -> list[set]:
    """For each participant filter in use, the set of event ids it lets through."""
    parts = catalog.participants
    types = parts["entity"].map(catalog.entities["type"])
    countries = parts["entity"].map(catalog.entities["country"])
    wanted: list[set] = []
    if filters.entities:
        hit = parts["entity"].isin(filters.entities)
        if filters.actor_only:
            hit &= parts["role"] == "actor"
        wanted.append(set(parts.loc[hit, "event"]))
    if filters.entity_types:
        wanted.append(set(parts.loc[types.isin(filters.entity_types), "event"]))
    if filters.countries:
        hit = parts["entity"].isin(filters.countries) | countries.isin(filters.countries)
        wanted.append(set(parts.loc[hit, "event"]))
    if filters.platforms:
        wanted.append(set(parts.loc[parts["entity"].isin(filters.platforms), "event"]))
    return wanted


def _axis_columns(axis: str) -> tuple[str, str]:
    return ("published", "published") if axis == "reported" else ("start", "end")


def _day(value: str):
    import pandas as pd

    return pd.Timestamp(value)


def entities_of_type(catalog: Catalog, *types: str) -> list[tuple[str, str]]:
    """(id, name) of the entities of these types that take part in an event, by name."""
    ents = catalog.entities
    used = ents[ents["id"].isin(catalog.participants["entity"])]
    if types:
        used = used[used["type"].isin(types)]
    return sorted(zip(used["id"], used["name"], strict=True), key=lambda p: (p[1].lower(), p[0]))


def country_choices(catalog: Catalog) -> list[tuple[str, str]]:
    """(id, name) of countries taking part in events or owning a participant, by name."""
    ents = catalog.entities
    involved = ents[ents["id"].isin(catalog.participants["entity"])]
    ids = set(involved.loc[involved["type"] == "Country", "id"]) | set(involved["country"].dropna())
    names = {i: str(ents["name"].get(i, i.rsplit("/", 1)[-1].upper())) for i in ids}
    return sorted(names.items(), key=lambda p: (p[1].lower(), p[0]))


def participants_of(catalog: Catalog, event_id: str) -> pd.DataFrame:
    """Participants of one event with entity name and type, actors first."""
    parts = catalog.participants[catalog.participants["event"] == event_id]
    ents = catalog.entities
    joined = parts.assign(
        name=parts["entity"].map(ents["name"]).fillna(parts["entity"]),
        type=parts["entity"].map(ents["type"]).fillna(""),
        order=parts["role"].map({"actor": 0, "target": 1, "recipient": 2}).fillna(3),
    )
    return joined.sort_values(["order", "name"])


def sources_of(catalog: Catalog, event_id: str) -> pd.DataFrame:
    srcs = catalog.sources
    return srcs[srcs["event"] == event_id].sort_values(["published", "article"])


def events_of_entity(catalog: Catalog, entity_id: str) -> pd.DataFrame:
    parts = catalog.participants
    ids = parts.loc[parts["entity"] == entity_id, "event"]
    return catalog.events[catalog.events["id"].isin(ids)].sort_values(["start", "id"])


def cooccurring(catalog: Catalog, entity_id: str, limit: int = 20) -> pd.DataFrame:
    """Entities sharing events with this one: id, name, type, events (count), most first."""
    import pandas as pd

    parts = catalog.participants
    mine = set(parts.loc[parts["entity"] == entity_id, "event"])
    others = parts[parts["event"].isin(mine) & (parts["entity"] != entity_id)]
    counts = others.drop_duplicates(["event", "entity"]).groupby("entity").size()
    if counts.empty:
        return pd.DataFrame(columns=["id", "name", "type", "events"])
    ents = catalog.entities
    table = pd.DataFrame({"id": counts.index, "events": counts.to_numpy()})
    table["name"] = table["id"].map(ents["name"]).fillna(table["id"])
    table["type"] = table["id"].map(ents["type"]).fillna("")
    table = table.sort_values(["events", "name"], ascending=[False, True])
    return table[["id", "name", "type", "events"]].head(limit)
