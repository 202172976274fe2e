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
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef

from kg.types import Entity, Event, EventDate, Extraction, Role, Span
from kg.vocab import (
    DCTERMS,
    GAF,
    MODEL_BASE,
    NIF,
    NKG,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    ROLE_BASE,
    RUN_BASE,
    SCHEMA,
    SEM,
    SKOS,
    SOFTWARE_BASE,
    SOURCE_BASE,
    TIME,
    WIKIDATA,
    XSD,
    article_iri,
    bind_prefixes,
    entity_iri,
    event_iri,
    event_type_iri,
)

__all__ = ["RunInfo", "extraction_to_graph"]

# rdf:type of each contract entity type: our class where we need one, else schema.org's; every
# kind that can act in an event is also a sem:Actor, places are sem:Place.
ENTITY_CLASSES: dict[str, tuple[URIRef, ...]] = {
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
_SLUG_RE = re.compile(r"[^a-z0-9]+")
TRUE = Literal(True)
FALSE = Literal(False)


@dataclass(frozen=True)
class RunInfo:
    """Provenance of the run that produced a graph (a prov:Activity)."""

    tool: str = "newskg"
    version: str = ""
    model: str = ""  # spaCy model name and version
    started: str = ""  # ISO 8601 date-time, e.g. 2026-11-23T22:57:00+00:00

    @property
    def iri(self) -> URIRef:
        started = re.sub(r"[^0-9TZ]", "", self.started.replace("+00:00", "Z")) or "unknown"
        return URIRef(f"{RUN_BASE}{_slug(self.tool)}-{_slug(self.version)}/{started}")


def extraction_to_graph(ex: Extraction, run: RunInfo) -> Graph:
    """The RDF of one article: article, entities, mentions, events, evidence and provenance."""
    # SimpleMemory: no per-context bookkeeping, about 40 % faster to fill than the default store.
    graph = bind_prefixes(Graph(store="SimpleMemory", bind_namespaces="core"))
    mapper = _Mapper(graph, ex, run)
    mapper.article()
    mapper.run()
    for entity in ex.entities:
        mapper.entity(entity)
    for event in ex.events:
        mapper.event(event)
    return graph


def _slug(text: str) -> str:
    return _SLUG_RE.sub("-", text.lower()).strip("-") or "none"


@lru_cache(maxsize=65536)
def _offset(value: int) -> Literal:
    """Offsets repeat across articles; building an rdflib Literal costs more than the lookup."""
    return Literal(value)


def _decimal(value: float) -> str:
    """Canonical xsd:decimal text with at most 3 decimals (0.82, 1.0): what stores give back."""
    text = f"{value:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _date_literal(value: str) -> tuple[Literal, URIRef] | None:
    """An ISO date of 4, 7 or 10 characters as a typed literal and its OWL-Time property."""
    for precision, pattern in _TIMESTAMP_RE.items():
        if pattern.match(value):
            datatype, position, _ = TIMESTAMP_TYPES[precision]
            return Literal(value, datatype=datatype), position
    return None


class _Mapper:
    """Writes one extraction's triples; holds the graph and the IRIs shared by its methods."""

    def __init__(self, graph: Graph, ex: Extraction, run: RunInfo) -> None:
        self.add = graph.add
        self.ex = ex
        self.run_info = run
        self.article_iri = article_iri(ex.article.id)
        self.run_iri = run.iri
        published = _date_literal(ex.article.published) if ex.article.published else None
        self.reported_on = published[0] if published and published[0].datatype == XSD.date else None

    # -- spans ---------------------------------------------------------------------------------
    def span(self, span: Span, kind: URIRef = NIF.Phrase) -> URIRef:
        """The NIF node of a stretch of the article's text."""
        node = URIRef(f"{self.article_iri}#char={span.start},{span.end}")
        add = self.add
        add((node, RDF.type, kind))
        add((node, NIF.beginIndex, _offset(span.start)))
        add((node, NIF.endIndex, _offset(span.end)))
        add((node, NIF.anchorOf, Literal(span.text)))
        add((node, NIF.referenceContext, self.article_iri))
        return node

    # -- article and run -----------------------------------------------------------------------
    def article(self) -> None:
        a, node, add = self.ex.article, self.article_iri, self.add
        add((node, RDF.type, SCHEMA.NewsArticle))
        add((node, RDF.type, NIF.Context))
        add((node, SCHEMA.identifier, Literal(a.id)))
        if a.title:
            add((node, SCHEMA.headline, Literal(a.title)))
        if a.published:
            published = _date_literal(a.published)
            if published:
                add((node, SCHEMA.datePublished, published[0]))
                add((node, DCTERMS.issued, published[0]))
        add((node, NKG.publishedSource, Literal(a.published_source)))
        if a.source:
            publisher = URIRef(SOURCE_BASE + _slug(a.source))
            add((node, SCHEMA.publisher, publisher))
            add((publisher, RDF.type, SCHEMA.Organization))
            add((publisher, SCHEMA.name, Literal(a.source)))
        if a.url:
            add((node, SCHEMA.url, Literal(a.url, datatype=XSD.anyURI)))
        if a.path:
            add((node, NKG.sourcePath, Literal(a.path)))
        if a.record:
            add((node, NKG.sourceRecord, Literal(a.record)))
        add((node, DCTERMS.language, Literal(a.language)))
        add((node, SCHEMA.encodingFormat, Literal(a.format)))
        add((node, PROV.wasGeneratedBy, self.run_iri))

    def run(self) -> None:
        r, node, add = self.run_info, self.run_iri, self.add
        add((node, RDF.type, NKG.ExtractionRun))
        add((node, RDF.type, PROV.Activity))
        if r.started:
            add((node, PROV.startedAtTime, Literal(r.started, datatype=XSD.dateTime)))
        if r.version:
            add((node, NKG.toolVersion, Literal(r.version)))
        agent = URIRef(SOFTWARE_BASE + _slug(r.tool))
        add((node, PROV.wasAssociatedWith, agent))
        add((agent, RDF.type, PROV.SoftwareAgent))
        add((agent, RDFS.label, Literal(r.tool)))
        model = self.ex.model or r.model
        if model:
            model_node = URIRef(MODEL_BASE + _slug(model))
            add((node, PROV.used, model_node))
            add((model_node, RDF.type, PROV.Entity))
            add((model_node, RDFS.label, Literal(model)))

    # -- entities ------------------------------------------------------------------------------
    def entity(self, e: Entity) -> None:
        node, add = entity_iri(e.id), self.add
        for cls in ENTITY_CLASSES.get(e.type, (SCHEMA.Thing,)):
            add((node, RDF.type, cls))
        add((node, NKG.entityType, Literal(e.type)))
        name = Literal(e.name)
        add((node, SCHEMA.name, name))
        add((node, RDFS.label, name))
        for alias in e.aliases:
            if alias != e.name:
                add((node, SKOS.altLabel, Literal(alias)))
        if e.wikidata:
            add((node, OWL.sameAs, WIKIDATA[e.wikidata]))
        if e.country:
            add((node, NKG.country, entity_iri(e.country)))
        for mention in e.mentions:
            add((node, GAF.denotedBy, self.span(mention)))
        for role in e.roles:
            self.membership(node, role)

    def membership(self, person: URIRef, role: Role) -> None:
        """An official's post as org:Membership, its term as an OWL-Time interval."""
        add = self.add
        org_part = _slug(role.organization) if role.organization else "none"
        node = URIRef(f"{person}/post/{org_part}/{_slug(role.title)}")
        post = URIRef(ROLE_BASE + _slug(role.title))
        add((node, RDF.type, ORG.Membership))
        add((node, ORG.member, person))
        add((node, ORG.role, post))
        add((post, RDF.type, ORG.Role))
        add((post, RDFS.label, Literal(role.title)))
        add((person, SCHEMA.jobTitle, Literal(role.title)))
        if role.organization:
            add((node, ORG.organization, entity_iri(role.organization)))
        if role.start or role.end:
            interval = URIRef(f"{node}/during")
            add((node, ORG.memberDuring, interval))
            add((interval, RDF.type, TIME.Interval))
            for value, link, suffix in (
                (role.start, TIME.hasBeginning, "start"),
                (role.end, TIME.hasEnd, "end"),
            ):
                self.instant(interval, link, URIRef(f"{node}/{suffix}"), value)

    def instant(self, subject: URIRef, link: URIRef, node: URIRef, value: str | None) -> None:
        position = _date_literal(value) if value else None
        if position is None:
            return
        self.add((subject, link, node))
        self.add((node, RDF.type, TIME.Instant))
        self.add((node, position[1], position[0]))

    # -- events --------------------------------------------------------------------------------
    def event(self, ev: Event) -> None:
        node, add = event_iri(ev.id), self.add
        add((node, RDF.type, SEM.Event))
        add((node, SEM.eventType, event_type_iri(ev.type)))
        add((node, NKG.plover, Literal(ev.plover)))
        add((node, RDFS.label, Literal(ev.label)))
        add((node, NKG.confidence, Literal(_decimal(ev.confidence), datatype=XSD.decimal)))
        add((node, NKG.negated, TRUE if ev.negated else FALSE))
        add((node, NKG.hedged, TRUE if ev.hedged else FALSE))
        if ev.attributed_to:
            add((node, NKG.attributedTo, entity_iri(ev.attributed_to)))
        add((node, PROV.wasDerivedFrom, self.article_iri))
        add((node, PROV.wasGeneratedBy, self.run_iri))
        if self.reported_on is not None:
            add((node, NKG.reportedOn, self.reported_on))
        placed = ev.date.earliest if _TIMESTAMP_RE["day"].match(ev.date.earliest or "") else None
        if placed or self.reported_on is not None:
            add(
                (
                    node,
                    NKG.timelineDate,
                    Literal(placed, datatype=XSD.date) if placed else self.reported_on,
                )
            )
        sentence = self.span(ev.evidence, NIF.Sentence)
        add((node, GAF.denotedBy, sentence))
        for mention in (ev.trigger, *ev.mentions):
            trigger = self.span(mention)
            add((node, GAF.denotedBy, trigger))
            if ev.evidence.start <= mention.start and mention.end <= ev.evidence.end:
                add((trigger, NIF.sentence, sentence))
        self.event_date(node, ev.date)
        for p in ev.participants:
            entity = entity_iri(p.entity)
            add((node, DIRECT_LINKS.get(p.role, SEM.hasActor), entity))
            role = URIRef(f"{node}#{p.role}/{quote(p.entity, safe='/-._~')}")
            add((node, NKG.participant, role))
            add((role, RDF.type, SEM.Role))
            add((role, SEM.roleType, ROLE_TYPES.get(p.role, NKG.other)))
            add((role, RDF.value, entity))
            add((role, GAF.denotedBy, self.span(Span(p.text, p.start, p.end))))

    def event_date(self, node: URIRef, date: EventDate) -> None:
        """SEM time stamps (typed at the date's precision), bounds, and how the date was read."""
        add = self.add
        add((node, NKG.dateSource, Literal(date.source)))
        if date.text:
            add((node, NKG.dateText, Literal(date.text)))
        if date.text is not None and date.start is not None and date.end is not None:
            add((node, NKG.dateMention, self.span(Span(date.text, date.start, date.end))))
        if date.precision:
            add((node, NKG.precision, Literal(date.precision)))
        if date.earliest:
            add((node, SEM.hasEarliestBeginTimeStamp, Literal(date.earliest, datatype=XSD.date)))
        if date.latest:
            add((node, SEM.hasLatestEndTimeStamp, Literal(date.latest, datatype=XSD.date)))
        if not date.value:
            return
        add((node, NKG.dateValue, Literal(date.value)))
        typed = TIMESTAMP_TYPES.get(date.precision or "")
        pattern = _TIMESTAMP_RE.get(date.precision or "")
        if typed is None or pattern is None or not pattern.match(date.value):
            return
        datatype, position, unit = typed
        stamp = Literal(date.value, datatype=datatype)
        add((node, SEM.hasTimeStamp, stamp))
        instant = URIRef(f"{node}#time")
        add((node, TIME.hasTime, instant))
        add((instant, RDF.type, TIME.Instant))
        add((instant, position, stamp))
        add((instant, TIME.unitType, unit))
