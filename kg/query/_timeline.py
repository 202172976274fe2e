"""The timeline: filtered, date-ordered events with everything the UI shows of each.

Two steps keep it fast (docs/queries.md): timeline.rq picks and orders the events, touching only
the triples the filters need (an index lookup for an actor, typed dates for ORDER BY); then
timeline_parents.rq, timeline_members.rq, timeline_details.rq, timeline_articles.rq,
timeline_participants.rq and timeline_evidence.rq describe just the page of events picked.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from rdflib import Literal, URIRef

from kg.errors import QueryError
from kg.namedquery import run_named

log = logging.getLogger(__name__)
VALUES_CHUNK = 500  # terms per VALUES block


@dataclass(frozen=True)
class TimelineFilter:
    """What ``kg timeline`` and the UI filter on; None means no filter. Entities by id or name."""

    actor: str | None = None
    entity_type: str | None = None
    event_type: str | None = None
    plover: str | None = None
    country: str | None = None
    platform: str | None = None
    source: str | None = None
    since: str | None = None  # YYYY-MM-DD
    until: str | None = None
    min_confidence: float | None = None
    limit: int | None = 100
    offset: int = 0


@dataclass(frozen=True)
class ParticipantRef:
    role: str  # actor, target, recipient, platform, place, other
    entity_id: str
    name: str
    entity_type: str
    text: str = ""  # the words naming it in the article, with their offsets
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True)
class Source:
    article_id: str
    iri: str
    title: str | None
    url: str | None
    source: str | None  # outlet
    published: str | None
    published_source: str | None = None


@dataclass(frozen=True)
class Evidence:
    event_id: str  # the per-article event this sentence grounds
    article_id: str
    sentence: str
    start: int  # offsets in the article text
    end: int
    triggers: tuple[tuple[str, int, int], ...] = ()  # (text, start, end) in the article text
    date_span: tuple[str, int, int] | None = None


@dataclass(frozen=True)
class TimelineEvent:
    id: str
    iri: str
    label: str
    type: str  # fine event type, e.g. RecruitmentCampaign
    plover: str | None
    confidence: float | None
    date_value: str | None  # TIMEX3 value; None when no text dates the event
    precision: str | None
    earliest: str | None
    latest: str | None
    date_text: str | None
    date_source: str | None
    sort_date: str | None  # where the timeline places it (earliest, else published)
    published: str | None  # first publication among its sources
    negated: bool = False
    hedged: bool = False
    merged: bool = False
    members: tuple[str, ...] = ()  # per-article event ids (itself when not merged)
    participants: tuple[ParticipantRef, ...] = ()
    sources: tuple[Source, ...] = ()
    evidence: tuple[Evidence, ...] = ()

    def role(self, role: str) -> tuple[ParticipantRef, ...]:
        return tuple(p for p in self.participants if p.role == role)

    @property
    def actors(self) -> tuple[ParticipantRef, ...]:
        return self.role("actor")

    @property
    def targets(self) -> tuple[ParticipantRef, ...]:
        return self.role("target")

    @property
    def platforms(self) -> tuple[ParticipantRef, ...]:
        return self.role("platform")

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def timeline(store: Any, flt: TimelineFilter | None = None) -> list[TimelineEvent]:
    """Events in date order (merged events once, with all their sources), filtered."""
    flt = flt or TimelineFilter()
    params = {
        "actor": _entity_param(store, flt.actor, None),
        "country": _entity_param(store, flt.country, "Country"),
        "platform": _entity_param(store, flt.platform, "Platform"),
        "entityType": flt.entity_type,
        "eventType": flt.event_type,
        "plover": flt.plover.upper() if flt.plover else None,
        "source": flt.source,
        "since": flt.since,
        "until": flt.until,
        "minConfidence": flt.min_confidence,
    }
    page = _pick(store, params, flt.offset, flt.limit)
    if not page:
        return []
    members = _members(store, [URIRef(iri) for iri, _ in page])
    details = _details(store, sorted({m for ms in members.values() for m in ms}))
    events = [_assemble(iri, sort_date, members[iri], details) for iri, sort_date in page]
    return [e for e in events if e is not None]


def _pick(
    store: Any, params: dict[str, Any], offset: int, limit: int | None
) -> list[tuple[str, str | None]]:
    """(event IRI, sort date) of the page: per-article events in date order, each replaced by
    its merged event if it has one, duplicates dropped, then the events with no date at all.
    Fetches twice the page (and more if merging shrank it below a page) since several members
    of one merged event may match."""
    wanted = None if limit is None else offset + limit
    fetch = None if wanted is None else 2 * wanted + 10
    while True:
        rows = run_named(store, "timeline", params, limit=fetch)
        # The whole timeline asks for every merged pair rather than list every event.
        parents = _parents(store, None if fetch is None else [r["e"] for r in rows])
        picked: dict[str, str | None] = {}
        for row in rows:
            picked.setdefault(parents.get(str(row["e"]), str(row["e"])), _text(row.get("sortDate")))
        if fetch is None or wanted is None or len(rows) < fetch or len(picked) >= wanted:
            break
        fetch *= 4
    dated_exhausted = fetch is None or len(rows) < fetch
    if dated_exhausted and (wanted is None or len(picked) < wanted):
        picked.update(_undated(store, params, None if wanted is None else wanted - len(picked)))
    ordered = list(picked.items())[offset:wanted]
    # Store order breaks ties between equal dates; sort the page so output is stable to read.
    return sorted(ordered, key=lambda item: (item[1] is None, item[1] or "", item[0]))


def _undated(store: Any, params: dict[str, Any], limit: int | None) -> dict[str, None]:
    """Events with no date and no report date: they match no date range, and come last."""
    if params.get("since") or params.get("until"):
        return {}
    undated_params = {k: v for k, v in params.items() if k not in ("since", "until")}
    rows = run_named(store, "timeline_undated", undated_params, limit=limit)
    return {str(r["e"]): None for r in rows}


def _parents(store: Any, events: list[Any] | None) -> dict[str, str]:
    """The merged event of each listed per-article event that has one (of all if None)."""
    if events == []:
        return {}
    rows = (
        run_named(store, "timeline_parents")
        if events is None
        else _run_listed(store, "timeline_parents", "e", events)
    )
    return {str(r["e"]): str(r["event"]) for r in rows}


def _members(store: Any, events: list[Any]) -> dict[str, list[str]]:
    """Per-article events of each listed event: those it merges, else itself."""
    rows = _run_listed(store, "timeline_members", "event", events)
    merged: dict[str, list[str]] = {}
    for row in rows:
        merged.setdefault(str(row["event"]), []).append(str(row["e"]))
    return {str(e): sorted(merged.get(str(e), [str(e)])) for e in events}


def resolve_entity(store: Any, text: str, entity_type: str | None = None) -> str:
    """The entity id that ``text`` names: an id (``org/cia``), an IRI, or a name or alias."""
    from kg.vocab import ENTITY_BASE, local_id

    text = text.strip()
    if text.startswith(("http://", "https://")):
        return local_id(text, ENTITY_BASE)
    if "/" in text:
        return text
    spellings = dict.fromkeys((text, text.lower(), text.upper(), text.title()))
    labels = [Literal(s) for s in spellings]
    rows = run_named(
        store, "entity_lookup", {"entityType": entity_type}, values={"label": labels}
    ) or run_named(store, "entity_search", {"text": text, "entityType": entity_type})
    found = sorted({local_id(str(r["entity"]), ENTITY_BASE) for r in rows})
    if len(found) == 1:
        return found[0]
    kind = f"{entity_type} " if entity_type else ""
    if not found:
        raise QueryError(
            f"no {kind}entity is named {text!r}", hint="give an id such as org/cia; see kg query"
        )
    raise QueryError(f"{text!r} names several entities: {', '.join(found)}", hint="give the id")


def _entity_param(store: Any, value: str | None, entity_type: str | None) -> str | None:
    return resolve_entity(store, value, entity_type) if value else None


def _text(term: Any) -> str | None:
    return None if term is None else str(term)


def _int(term: Any) -> int | None:
    return None if term is None else int(str(term))


@dataclass
class _Details:
    events: dict[str, dict[str, Any]]
    articles: dict[str, Source]
    participants: dict[str, list[ParticipantRef]]
    spans: dict[str, list[dict[str, Any]]]


def _details(store: Any, members: list[str]) -> _Details:
    terms = [URIRef(m) for m in members]
    events = {str(r["e"]): r for r in _run_listed(store, "timeline_details", "e", terms)}
    article_iris = [URIRef(a) for a in sorted({str(r["article"]) for r in events.values()})]
    articles = {
        str(r["article"]): _source(r)
        for r in _run_listed(store, "timeline_articles", "article", article_iris)
    }
    participants: dict[str, list[ParticipantRef]] = {}
    for r in _run_listed(store, "timeline_participants", "e", terms):
        participants.setdefault(str(r["e"]), []).append(_participant(r))
    spans: dict[str, list[dict[str, Any]]] = {}
    for r in _run_listed(store, "timeline_evidence", "e", terms):
        spans.setdefault(str(r["e"]), []).append(r)
    return _Details(events, articles, participants, spans)


def _run_listed(store: Any, name: str, var: str, terms: list[Any]) -> list[dict[str, Any]]:
    """Rows of a query over a list of terms, in chunks: a whole-timeline export lists thousands
    of events, and remote endpoints refuse very long queries."""
    rows: list[dict[str, Any]] = []
    for start in range(0, len(terms), VALUES_CHUNK):
        rows += run_named(store, name, values={var: terms[start : start + VALUES_CHUNK]})
    return rows


def _participant(row: dict[str, Any]) -> ParticipantRef:
    from kg.vocab import ENTITY_BASE, NKG, local_id

    role = str(row["role"]).removeprefix(str(NKG._NS))
    entity = local_id(str(row["entity"]), ENTITY_BASE)
    return ParticipantRef(
        role=role,
        entity_id=entity,
        name=_text(row.get("name")) or entity,
        entity_type=_text(row.get("entityType")) or "",
        text=_text(row.get("text")) or "",
        start=_int(row.get("begin")),
        end=_int(row.get("end")),
    )


def _assemble(
    iri: str, sort_date: str | None, members: list[str], d: _Details
) -> TimelineEvent | None:
    from kg.vocab import EVENT_BASE, EVENT_TYPE_BASE, local_id

    rows = [d.events[m] for m in members if m in d.events]
    if not rows:
        # Imported or hand-made data may lack what kg.rdf always writes (type, label, article).
        log.warning("event %s has no sem:eventType, rdfs:label or article: left out", iri)
        return None
    # The member whose date is most precise (narrowest interval), then the most confident one,
    # speaks for a merged event; with one member it is the event itself.
    best = min(rows, key=lambda r: (_width(r), -_float(r.get("confidence")), str(r["e"])))
    sources = {str(r["article"]): d.articles.get(str(r["article"])) or _source(r) for r in rows}
    participants = {(p.role, p.entity_id): p for m in members for p in d.participants.get(m, ())}
    published = sorted(s.published for s in sources.values() if s.published)
    return TimelineEvent(
        id=local_id(iri, EVENT_BASE),
        iri=iri,
        label=str(best["label"]),
        type=local_id(str(best["type"]), EVENT_TYPE_BASE),
        plover=_text(best.get("plover")),
        confidence=max(_float(r.get("confidence")) for r in rows),
        date_value=_text(best.get("dateValue")),
        precision=_text(best.get("precision")),
        earliest=_text(best.get("earliest")),
        latest=_text(best.get("latest")),
        date_text=_text(best.get("dateText")),
        date_source=_text(best.get("dateSource")),
        sort_date=sort_date,
        published=published[0] if published else None,
        negated=_text(best.get("negated")) == "true",
        hedged=_text(best.get("hedged")) == "true",
        merged=iri not in members,
        members=tuple(local_id(m, EVENT_BASE) for m in sorted(members)),
        participants=tuple(participants[k] for k in sorted(participants)),
        sources=tuple(sorted(sources.values(), key=lambda s: (s.published or "", s.article_id))),
        evidence=tuple(_evidence(m, d) for m in sorted(members) if d.spans.get(m)),
    )


def _float(term: Any) -> float:
    return float(str(term)) if term is not None else 0.0


def _width(row: dict[str, Any]) -> int:
    """Days between earliest and latest date (large when unknown), to rank date precision."""
    from datetime import date

    earliest, latest = _text(row.get("earliest")), _text(row.get("latest"))
    if not earliest or not latest:
        return 1 << 30
    return (date.fromisoformat(latest[:10]) - date.fromisoformat(earliest[:10])).days


def _source(row: dict[str, Any]) -> Source:
    from kg.vocab import ARTICLE_BASE, local_id

    article = str(row["article"])
    return Source(
        article_id=_text(row.get("articleId")) or local_id(article, ARTICLE_BASE),
        iri=article,
        title=_text(row.get("title")),
        url=_text(row.get("url")),
        source=_text(row.get("sourceName")),
        published=_text(row.get("published")),
        published_source=_text(row.get("publishedSource")),
    )


def _evidence(member: str, d: _Details) -> Evidence:
    from kg.vocab import ARTICLE_BASE, EVENT_BASE, NIF, local_id

    spans = d.spans[member]
    sentence = next((s for s in spans if str(s["kind"]) == str(NIF.Sentence)), None)
    triggers = sorted(
        {
            (str(s["text"]), int(str(s["begin"])), int(str(s["end"])))
            for s in spans
            if str(s["kind"]) == str(NIF.Phrase) and str(s.get("date")) != "true"
        },
        key=lambda t: (t[1], t[2]),
    )
    date_span = next(
        (
            (str(s["text"]), int(str(s["begin"])), int(str(s["end"])))
            for s in spans
            if str(s.get("date")) == "true"
        ),
        None,
    )
    article = str(d.events[member]["article"]) if member in d.events else ""
    return Evidence(
        event_id=local_id(member, EVENT_BASE),
        article_id=local_id(article, ARTICLE_BASE),
        sentence=str(sentence["text"]) if sentence else "",
        start=int(str(sentence["begin"])) if sentence else 0,
        end=int(str(sentence["end"])) if sentence else 0,
        triggers=tuple(triggers),
        date_span=date_span,
    )
