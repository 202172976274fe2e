"""The data that flows between stages: article -> extraction (mentions, entities, timexes, events).

Every type is a frozen dataclass so stages cannot mutate each other's output; tuples, not lists,
hold sequences for the same reason. Offsets are Python string indices into ``Article.text``,
end exclusive (DESIGN 5.1).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity types of the JSON contract (DESIGN 5.1).
ENTITY_TYPES = ("Agency", "Official", "Person", "Platform", "Country", "Organization", "Place")
# Participant roles of the JSON contract.
ROLES = ("actor", "target", "recipient", "platform", "place", "other")
# Where an article's publication date came from.
PUBLISHED_SOURCES = ("metadata", "dateline", "text", "option", "unknown")
# Where an event's date came from: a time expression, the publication date, or inference.
DATE_SOURCES = ("text", "published", "inferred")
PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "decade", "century")


@dataclass(frozen=True, slots=True)
class Article:
    """One news article, as read from a file, feed entry or database record."""

    id: str  # deterministic: see kg.ingest.article_id
    text: str  # body; the title is not part of it
    title: str | None = None
    published: str | None = None  # ISO date YYYY-MM-DD
    published_source: str = "unknown"  # one of PUBLISHED_SOURCES
    source: str | None = None  # outlet / site name
    url: str | None = None
    path: str | None = None  # file it came from
    record: str | None = None  # locator inside the file ("line 3", "entry 2"), if any
    language: str = "en"
    format: str = "text"  # text | markdown | html | feed | json | jsonl | csv


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its TIMEX3 value resolved against the publication date."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value: 2024-10-02, 2024-W40, P3D, PAST_REF, XXXX-10-02 ...
    precision: str | None = None  # one of PRECISIONS for dates that have one
    earliest: str | None = None  # ISO date: first day the expression can denote
    latest: str | None = None  # ISO date: last day it can denote


@dataclass(frozen=True, slots=True)
class Role:
    """A post held by an official as read from text or gazetteer ("CIA Deputy Director")."""

    title: str
    organization: str | None = None  # entity id of the body, if known
    start: str | None = None  # ISO date the term began, if known
    end: str | None = None
    source: str = "text"  # text | gazetteer


@dataclass(frozen=True, slots=True)
class Mention:
    """A stretch of text that names an entity."""

    text: str
    start: int
    end: int
    type: str  # one of ENTITY_TYPES
    gazetteer_id: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A canonical entity of one article with all its mentions."""

    id: str  # deterministic across articles: gazetteer id, else "<type>/<slug of name>"
    name: str
    type: str  # one of ENTITY_TYPES
    wikidata: str | None = None  # QID such as Q37230
    aliases: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    roles: tuple[Role, ...] = ()
    country: str | None = None  # entity id of the country it belongs to, if known


@dataclass(frozen=True, slots=True)
class Participant:
    role: str  # one of ROLES
    entity: str  # Entity.id
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None  # TIMEX3 value at the precision the text supports, None if unanchored
    text: str | None = None
    start: int | None = None
    end: int | None = None
    precision: str | None = None
    earliest: str | None = None
    latest: str | None = None
    source: str = "text"  # one of DATE_SOURCES


@dataclass(frozen=True, slots=True)
class Event:
    id: str  # deterministic: article id + trigger offsets
    type: str  # our fine event type (local name in ontologies/event-types.ttl)
    plover: str  # PLOVER category or STATEMENT
    label: str  # short human summary
    trigger: Span
    date: EventDate
    participants: tuple[Participant, ...]
    evidence: Span  # the sentence
    confidence: float
    negated: bool = False
    hedged: bool = False  # "reportedly", "allegedly", "may have"
    attributed_to: str | None = None  # entity id of the speaker for reported speech
    mentions: tuple[Span, ...] = ()  # further triggers of the same happening in the article


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    timexes: tuple[Timex, ...] = ()
    model: str = ""  # spaCy model name and version, for provenance
    warnings: tuple[str, ...] = field(default=())
