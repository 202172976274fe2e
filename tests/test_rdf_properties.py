"""Property: the RDF of ANY well-formed extraction result passes the SHACL shapes. The extractor's
output varies endlessly with real news; the mapping and the shapes must agree on all of it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.commands.validate import validate_graph
from kg.gazetteer import entity_id
from kg.pipeline import run_info
from kg.rdf import extraction_to_graph
from kg.settings import DEFAULT_ONTOLOGY_DIR
from kg.taxonomy import event_types
from kg.types import (
    ENTITY_TYPES,
    ROLES,
    Article,
    Entity,
    Event,
    EventDate,
    Extraction,
    Participant,
    Role,
    Span,
)

pytestmark = pytest.mark.slow

TYPES = sorted(event_types(DEFAULT_ONTOLOGY_DIR).values(), key=lambda t: t.name)
WORDS = ["The", "FBI", "arrested", "a", "spy", "in", "Boston", "on", "Monday", "Telegram",
         "«quoted»", "Zoë", "said", "3", "<b>", "&", "\"", "'s", "—", "accounts."]  # fmt: skip


@st.composite
def spans(draw, text: str) -> Span:
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return Span(text[start:end], start, end)


@st.composite
def event_dates(draw, published: date, text: str) -> EventDate:
    if draw(st.booleans()):
        day = published.isoformat()
        return EventDate(None, None, None, None, None, day, day, "published")
    first = draw(st.dates(date(1900, 1, 1), date(2100, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year", "week"]))
    if precision == "day":
        value, last = first.isoformat(), first
    elif precision == "month":
        first = first.replace(day=1)
        value = first.isoformat()[:7]
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    elif precision == "year":
        first, last, value = date(first.year, 1, 1), date(first.year, 12, 31), str(first.year)
    else:
        first -= timedelta(days=first.weekday())
        last = first + timedelta(days=6)
        year, week, _ = first.isocalendar()
        value = f"{year}-W{week:02}"
    said = draw(spans(text))  # the time expression the date was read from
    return EventDate(
        value, said.text, said.start, said.end, precision, first.isoformat(), last.isoformat()
    )


def _roles_for(entity_type: str) -> list[str]:
    """Roles an entity of this type can play: only platforms are platforms, only places places."""
    special = {"Platform": "platform", "Place": "place", "Country": "place"}
    return [r for r in ROLES if r not in ("platform", "place")] + [
        r for t, r in special.items() if t == entity_type
    ]


def _first_mention(entity: Entity) -> tuple[str, int, int]:
    mention = entity.mentions[0]
    return mention.text, mention.start, mention.end


@st.composite
def extractions(draw) -> Extraction:
    text = " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=3, max_size=40)))
    published = draw(st.dates(date(1990, 1, 1), date(2030, 12, 31)))
    article = Article(
        id="a" + draw(st.text("0123456789abcdef", min_size=15, max_size=15)),
        text=text,
        title=draw(st.one_of(st.none(), st.text(min_size=1, max_size=40))),
        published=published.isoformat(),
        published_source=draw(st.sampled_from(["metadata", "dateline", "text", "option"])),
        source=draw(st.one_of(st.none(), st.text(min_size=1, max_size=20))),
        url=draw(st.one_of(st.none(), st.just("https://example.org/news/1?x=<y>&z=1"))),
    )
    entities = []
    for i in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(ENTITY_TYPES))
        mentions = tuple(draw(st.lists(spans(text), min_size=1, max_size=3)))
        roles = (Role("Deputy Director", None, "2021-01-01", None),) if kind == "Official" else ()
        entities.append(
            Entity(
                id=entity_id(kind, f"e{i}"),
                name=mentions[0].text,
                type=kind,
                wikidata=draw(st.one_of(st.none(), st.just(f"Q{i + 1}"))),
                aliases=tuple(m.text for m in mentions[1:]),
                mentions=mentions,
                roles=roles,
            )
        )
    events = []
    for _ in range(draw(st.integers(0, 3))):
        kind = draw(st.sampled_from(TYPES))
        trigger = draw(spans(text))
        participants = tuple(
            Participant(role, e.id, *_first_mention(e))
            for e in draw(st.lists(st.sampled_from(entities), max_size=3, unique_by=lambda e: e.id))
            for role in [draw(st.sampled_from(_roles_for(e.type)))]
        )
        events.append(
            Event(
                id=f"{article.id}-{trigger.start}",
                type=kind.name,
                plover=kind.plover,
                label=draw(st.text(min_size=1, max_size=60)),
                trigger=trigger,
                date=draw(event_dates(published, text)),
                participants=participants,
                evidence=Span(text, 0, len(text)),
                confidence=draw(st.floats(0, 1)),
                negated=draw(st.booleans()),
                hedged=draw(st.booleans()),
            )
        )
    unique = {e.id: e for e in events}  # an event id is its trigger position
    return Extraction(article, tuple(entities), tuple(unique.values()), model="test 1.0")


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(extractions())
def test_rdf_of_any_extraction_conforms_to_the_shapes(extraction):
    graph = extraction_to_graph(extraction, run_info("test-model"))
    assert validate_graph(graph, DEFAULT_ONTOLOGY_DIR) == []
