"""Map one article's Extraction to RDF: a pure, deterministic function (docs/rdf-model.md).

Every node gets an IRI derived from ids and offsets, never a blank node or a hash, so re-running
the same extraction gives the same triples and other graphs can point into this one:
article ``article/<id>``, event ``event/<id>``, entity ``id/<id>``, mention and sentence spans
``article/<id>#char=START,END`` (RFC 5147, the NIF convention), participant roles
``event/<id>#<role>/<entity id>``.

Offsets are xsd:integer rather than NIF's xsd:nonNegativeInteger because Oxigraph stores the
latter as the former; writing what the store gives back keeps export == what was ingested.
The article text itself is not stored (it is large and copyrighted); the evidence sentences and
mention strings are, with their offsets, which is what the UI needs to show and highlight evidence.

The mapping writes N-Triples lines directly (``extraction_to_ntriples``): extraction workers hand
them to the store as they are, three times faster than filling an rdflib graph and serialising it.
Its terms are plain strings (``kg.rdfterms``), so the workers never import rdflib.
``extraction_to_graph`` reads the same lines into an rdflib graph for the API and the tests.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg import ntriples as nt
from kg.namespaces import (
    ARTICLE_BASE,
    ENTITY_BASE,
    EVENT_BASE,
    EVENT_TYPE_BASE,
    MODEL_BASE,
    ROLE_BASE,
    RUN_BASE,
    SOFTWARE_BASE,
    SOURCE_BASE,
)
from kg.ntriples import T
from kg.rdfterms import (
    DCTERMS,
    GAF,
    NIF,
    NKG,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SEM,
    SKOS,
    TIME,
    WIKIDATA,
    XSD,
    iri_tail,
    minted,
)
from kg.types import Entity, Event, EventDate, Extraction, Role, Span

if TYPE_CHECKING:
    from rdflib import Graph, URIRef

__all__ = ["RunInfo", "date_literal", "extraction_to_graph", "extraction_to_ntriples"]


# rdf:type of each contract entity type: our class where we need one, else schema.org's; every
# kind that can act in an event is also a sem:Actor, places are sem:Place.
ENTITY_CLASSES: dict[str, tuple[Any, ...]] = {
    "Agency": (NKG.Agency, SCHEMA.GovernmentOrganization, SEM.Actor),
    "Official": (NKG.Official, SCHEMA.Person, SEM.Actor),
    "Person": (SCHEMA.Person, SEM.Actor),
    "Platform": (NKG.Platform, SCHEMA.SoftwareApplication, SEM.Actor),
    "Country": (SCHEMA.Country, SEM.Actor, SEM.Place),  # acts ("Moscow denied") and hosts
    "Organization": (SCHEMA.Organization, SEM.Actor),
    "Place": (SCHEMA.Place, SEM.Place),
}
ROLE_TYPES = {
    "actor": NKG.actor,
    "target": NKG.target,
    "recipient": NKG.recipient,
    "platform": NKG.platform,
    "place": NKG.place,
    "other": NKG.other,
}
# The direct event -> entity link of each role, for fast filtering (sem:Role nodes qualify it).
DIRECT_LINKS = {"platform": NKG.hasPlatform, "place": SEM.hasPlace}
# Precision -> (XSD datatype of sem:hasTimeStamp, OWL-Time position property, OWL-Time unit).
TIMESTAMP_TYPES = {
    "day": (XSD.date, TIME.inXSDDate, TIME.unitDay),
    "month": (XSD.gYearMonth, TIME.inXSDgYearMonth, TIME.unitMonth),
    "year": (XSD.gYear, TIME.inXSDgYear, TIME.unitYear),
}
_TIMESTAMP_RE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
}


@dataclass(frozen=True)
class RunInfo:
    """Provenance of the run that produced a graph (a prov:Activity)."""

    tool: str = "newskg"
    version: str = ""
    model: str = ""  # spaCy model name and version
    started: str = ""  # ISO 8601 date-time, e.g. 2026-11-23T22:57:00+00:00

    @property
    def iri(self) -> URIRef:
        from rdflib import URIRef

        return URIRef(self.iri_text)

    @property
    def iri_text(self) -> str:
        started = re.sub(r"[^0-9TZ]", "", self.started.replace("+00:00", "Z")) or "unknown"
        return f"{RUN_BASE}{nt.slug(self.tool)}-{nt.slug(self.version)}/{started}"


def extraction_to_ntriples(ex: Extraction, run: RunInfo) -> list[str]:
    """The RDF of one article as N-Triples lines, each triple once, in a stable order: article,
    run, entities, mentions, events, evidence and provenance. Raises ValueError for an IRI that
    cannot be written (an id holding a character our IRIs never percent-encode)."""
    mapper = _Mapper(ex, run)
    mapper.article()
    mapper.run()
    for entity in ex.entities:
        mapper.entity(entity)
    for event in ex.events:
        mapper.event(event)
    return list(mapper.lines)


def extraction_to_graph(ex: Extraction, run: RunInfo) -> Graph:
    """The same triples as an rdflib graph, with newskg's prefixes bound."""
    from rdflib import Graph

    from kg.vocab import bind_prefixes

    graph = bind_prefixes(Graph(bind_namespaces="core"))
    return graph.parse(data="\n".join(extraction_to_ntriples(ex, run)), format="nt")


def _event_spans(events: tuple[Event, ...]) -> set[tuple[int, int]]:
    """(start, end) of every span that grounds an event: those get their words stored."""
    spans: set[tuple[int, int]] = set()
    for ev in events:
        spans.update((s.start, s.end) for s in (ev.evidence, ev.trigger, *ev.mentions))
        spans.update((p.start, p.end) for p in ev.participants)
        if ev.date.start is not None and ev.date.end is not None:
            spans.add((ev.date.start, ev.date.end))
    return spans


def date_literal(value: str) -> tuple[str, Any, Any] | None:
    """An ISO date of 4, 7 or 10 characters as a typed literal, its datatype and its OWL-Time
    property."""
    for precision, pattern in _TIMESTAMP_RE.items():
        if pattern.match(value):
            datatype, position, _ = TIMESTAMP_TYPES[precision]
            return nt.typed(value, datatype), datatype, position
    return None


class _Mapper:
    """Writes one extraction's triples; holds the lines and the IRIs shared by its methods."""

    def __init__(self, ex: Extraction, run: RunInfo) -> None:
        self.lines: dict[str, None] = {}  # a dict: each triple once, in the order written
        self.grounding = _event_spans(ex.events)  # spans whose words are stored
        self.ex = ex
        self.run_info = run
        self.article_iri = minted(ARTICLE_BASE, ex.article.id)
        self.article_node = nt.iri(self.article_iri)
        self.run_node = nt.iri(run.iri_text)
        published = date_literal(ex.article.published) if ex.article.published else None
        self.reported_on = published[0] if published and published[1] == XSD.date else None

    def add(self, subject: str, predicate: Any, obj: str) -> None:
        """One triple: subject and object already written, the predicate a vocabulary term."""
        self.lines[f"{subject} {T[predicate]} {obj} ."] = None

    def a(self, subject: str, cls: Any) -> None:
        self.lines[f"{subject} {T[RDF.type]} {T[cls]} ."] = None

    # -- spans ---------------------------------------------------------------------------------
    def span(self, span: Span, kind: Any = NIF.Phrase) -> str:
        """The NIF node of a stretch of the article's text, with its words and class."""
        node = self.offsets(span)
        self.a(node, kind)
        self.add(node, NIF.anchorOf, nt.string(span.text))
        return node

    def offsets(self, span: Span) -> str:
        """A mention that grounds no event: where it is, without its words. Its IRI and NIF
        offsets locate it in the article; storing every mention's words and class cost 12 % of
        the store's write time and no query reads them."""
        node = f"<{self.article_iri}#char={span.start},{span.end}>"
        self.add(node, NIF.beginIndex, nt.integer(span.start))
        self.add(node, NIF.endIndex, nt.integer(span.end))
        self.add(node, NIF.referenceContext, self.article_node)
        return node

    # -- article and run -----------------------------------------------------------------------
    def article(self) -> None:
        a, node, add = self.ex.article, self.article_node, self.add
        self.a(node, SCHEMA.NewsArticle)
        self.a(node, NIF.Context)
        add(node, SCHEMA.identifier, nt.string(a.id))
        if a.title:
            add(node, SCHEMA.headline, nt.string(a.title))
        if a.published:
            published = date_literal(a.published)
            if published:
                add(node, SCHEMA.datePublished, published[0])
                add(node, DCTERMS.issued, published[0])
        add(node, NKG.publishedSource, nt.string(a.published_source))
        if a.source:
            publisher = nt.iri(SOURCE_BASE + nt.slug(a.source))
            add(node, SCHEMA.publisher, publisher)
            self.a(publisher, SCHEMA.Organization)
            add(publisher, SCHEMA.name, nt.string(a.source))
        if a.url:
            add(node, SCHEMA.url, nt.typed(a.url, XSD.anyURI))
        if a.path:
            add(node, NKG.sourcePath, nt.string(a.path))
        if a.record:
            add(node, NKG.sourceRecord, nt.string(a.record))
        add(node, DCTERMS.language, nt.string(a.language))
        add(node, SCHEMA.encodingFormat, nt.string(a.format))
        add(node, PROV.wasGeneratedBy, self.run_node)

    def run(self) -> None:
        r, node, add = self.run_info, self.run_node, self.add
        self.a(node, NKG.ExtractionRun)
        self.a(node, PROV.Activity)
        if r.started:
            add(node, PROV.startedAtTime, nt.typed(r.started, XSD.dateTime))
        if r.version:
            add(node, NKG.toolVersion, nt.string(r.version))
        agent = nt.iri(SOFTWARE_BASE + nt.slug(r.tool))
        add(node, PROV.wasAssociatedWith, agent)
        self.a(agent, PROV.SoftwareAgent)
        add(agent, RDFS.label, nt.string(r.tool))
        model = self.ex.model or r.model
        if model:
            model_node = nt.iri(MODEL_BASE + nt.slug(model))
            add(node, PROV.used, model_node)
            self.a(model_node, PROV.Entity)
            add(model_node, RDFS.label, nt.string(model))

    # -- entities ------------------------------------------------------------------------------
    def entity(self, e: Entity) -> None:
        iri = minted(ENTITY_BASE, e.id)
        node, add = nt.iri(iri), self.add
        for cls in ENTITY_CLASSES.get(e.type, (SCHEMA.Thing,)):
            self.a(node, cls)
        add(node, NKG.entityType, nt.string(e.type))
        name = nt.string(e.name)
        add(node, SCHEMA.name, name)
        add(node, RDFS.label, name)
        for alias in e.aliases:
            if alias != e.name:
                add(node, SKOS.altLabel, nt.string(alias))
        if e.wikidata:
            add(node, OWL.sameAs, nt.iri(WIKIDATA + e.wikidata))
        if e.country:
            add(node, NKG.country, nt.iri(minted(ENTITY_BASE, e.country)))
        for mention in e.mentions:
            grounds_event = (mention.start, mention.end) in self.grounding
            add(node, GAF.denotedBy, self.span(mention) if grounds_event else self.offsets(mention))
        for role in e.roles:
            self.membership(iri, role)

    def membership(self, person_iri: str, role: Role) -> None:
        """An official's post as org:Membership, its term as an OWL-Time interval."""
        add = self.add
        org_part = nt.slug(role.organization) if role.organization else "none"
        base = f"{person_iri}/post/{org_part}/{nt.slug(role.title)}"
        node, person = nt.iri(base), nt.iri(person_iri)
        post = nt.iri(ROLE_BASE + nt.slug(role.title))
        title = nt.string(role.title)
        self.a(node, ORG.Membership)
        add(node, ORG.member, person)
        add(node, ORG.role, post)
        self.a(post, ORG.Role)
        add(post, RDFS.label, title)
        add(person, SCHEMA.jobTitle, title)
        if role.organization:
            add(node, ORG.organization, nt.iri(minted(ENTITY_BASE, role.organization)))
        if role.start or role.end:
            interval = nt.iri(f"{base}/during")
            add(node, ORG.memberDuring, interval)
            self.a(interval, TIME.Interval)
            for value, link, suffix in (
                (role.start, TIME.hasBeginning, "start"),
                (role.end, TIME.hasEnd, "end"),
            ):
                self.instant(interval, link, nt.iri(f"{base}/{suffix}"), value)

    def instant(self, subject: str, link: Any, node: str, value: str | None) -> None:
        position = date_literal(value) if value else None
        if position is None:
            return
        self.add(subject, link, node)
        self.a(node, TIME.Instant)
        self.add(node, position[2], position[0])

    # -- events --------------------------------------------------------------------------------
    def event(self, ev: Event) -> None:
        iri = minted(EVENT_BASE, ev.id)
        node, add = nt.iri(iri), self.add
        self.a(node, SEM.Event)
        add(node, SEM.eventType, nt.iri(minted(EVENT_TYPE_BASE, ev.type)))
        add(node, NKG.plover, nt.string(ev.plover))
        add(node, RDFS.label, nt.string(ev.label))
        add(node, NKG.confidence, nt.typed(nt.decimal(ev.confidence), XSD.decimal))
        add(node, NKG.negated, nt.boolean(ev.negated))
        add(node, NKG.hedged, nt.boolean(ev.hedged))
        if ev.attributed_to:
            add(node, NKG.attributedTo, nt.iri(minted(ENTITY_BASE, ev.attributed_to)))
        add(node, PROV.wasDerivedFrom, self.article_node)
        add(node, PROV.wasGeneratedBy, self.run_node)
        if self.reported_on is not None:
            add(node, NKG.reportedOn, self.reported_on)
        placed = ev.date.earliest if _TIMESTAMP_RE["day"].match(ev.date.earliest or "") else None
        timeline_date = nt.typed(placed, XSD.date) if placed else self.reported_on
        if timeline_date is not None:
            add(node, NKG.timelineDate, timeline_date)
        sentence = self.span(ev.evidence, NIF.Sentence)
        add(node, GAF.denotedBy, sentence)
        for mention in (ev.trigger, *ev.mentions):
            trigger = self.span(mention)
            add(node, GAF.denotedBy, trigger)
            if ev.evidence.start <= mention.start and mention.end <= ev.evidence.end:
                add(trigger, NIF.sentence, sentence)
        self.event_date(iri, ev.date)
        for p in ev.participants:
            entity = nt.iri(minted(ENTITY_BASE, p.entity))
            add(node, DIRECT_LINKS.get(p.role, SEM.hasActor), entity)
            role = nt.iri(f"{iri}#{p.role}/{iri_tail(p.entity)}")
            add(node, NKG.participant, role)
            self.a(role, SEM.Role)
            add(role, SEM.roleType, T[ROLE_TYPES.get(p.role, NKG.other)])
            add(role, RDF.value, entity)
            add(role, GAF.denotedBy, self.span(Span(p.text, p.start, p.end)))

    def event_date(self, iri: str, date: EventDate) -> None:
        """SEM time stamps (typed at the date's precision), bounds, and how the date was read."""
        node, add = nt.iri(iri), self.add
        add(node, NKG.dateSource, nt.string(date.source))
        if date.text:
            add(node, NKG.dateText, nt.string(date.text))
        if date.text is not None and date.start is not None and date.end is not None:
            add(node, NKG.dateMention, self.span(Span(date.text, date.start, date.end)))
        if date.precision:
            add(node, NKG.precision, nt.string(date.precision))
        if date.earliest:
            add(node, SEM.hasEarliestBeginTimeStamp, nt.typed(date.earliest, XSD.date))
        if date.latest:
            add(node, SEM.hasLatestEndTimeStamp, nt.typed(date.latest, XSD.date))
        if not date.value:
            return
        add(node, NKG.dateValue, nt.string(date.value))
        typed = TIMESTAMP_TYPES.get(date.precision or "")
        pattern = _TIMESTAMP_RE.get(date.precision or "")
        if typed is None or pattern is None or not pattern.match(date.value):
            return
        datatype, position, unit = typed
        stamp = nt.typed(date.value, datatype)
        add(node, SEM.hasTimeStamp, stamp)
        instant = nt.iri(f"{iri}#time")
        add(node, TIME.hasTime, instant)
        self.a(instant, TIME.Instant)
        add(instant, position, stamp)
        add(instant, TIME.unitType, T[unit])
