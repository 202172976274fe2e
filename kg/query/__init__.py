"""The query API the CLI, the UI and the exports call: typed results over the named queries in
kg/queries (kg.namedquery holds the file conventions; docs/queries.md describes each query).
"""

from kg.namedquery import NamedQuery, Param, named_queries, named_query, run_named
from kg.query._reports import (
    Cooccurrence,
    EntityProfile,
    EntitySummary,
    EventSource,
    MonthCount,
    Post,
    cooccurrence,
    entities,
    entity_profile,
    event_sources,
    events_per_month,
    stats,
)
from kg.query._timeline import (
    Evidence,
    ParticipantRef,
    Source,
    TimelineEvent,
    TimelineFilter,
    resolve_entity,
    timeline,
)

__all__ = [
    "Cooccurrence",
    "EntityProfile",
    "EntitySummary",
    "EventSource",
    "Evidence",
    "MonthCount",
    "NamedQuery",
    "Param",
    "ParticipantRef",
    "Post",
    "Source",
    "TimelineEvent",
    "TimelineFilter",
    "cooccurrence",
    "entities",
    "entity_profile",
    "event_sources",
    "events_per_month",
    "named_queries",
    "named_query",
    "resolve_entity",
    "run_named",
    "stats",
    "timeline",
]
