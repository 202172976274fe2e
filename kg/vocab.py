"""Vocabularies and IRIs in one place: our ontology's terms, the external terms we use, the base
IRIs of everything newskg mints (defined as plain strings in ``kg.namespaces``, which needs no
rdflib), and the prefixes every serialisation binds.

``NKG`` mirrors ontologies/newskg.ttl term for term (``_fail=True`` turns a typo into an error);
tests/test_vocab.py checks the two stay in sync.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import (
    DCTERMS,
    ORG,
    OWL,
    PROV,
    RDF,
    RDFS,
    SDO,
    SKOS,
    TIME,
    XSD,
    DefinedNamespace,
)

from kg.namespaces import (
    ARTICLE_BASE,
    BASE,
    CAMEO_BASE,
    ENTITY_BASE,
    EVENT_BASE,
    EVENT_TYPE_BASE,
    EVENT_TYPE_SCHEME,
    GRAPH_BASE,
    MODEL_BASE,
    NKG_NS,
    PLOVER_BASE,
    ROLE_BASE,
    RUN_BASE,
    SOFTWARE_BASE,
    SOURCE_BASE,
)

__all__ = [
    "ARTICLE_BASE",
    "BASE",
    "CAMEO_BASE",
    "DCTERMS",
    "ENTITY_BASE",
    "EVENT_BASE",
    "EVENT_TYPE_BASE",
    "EVENT_TYPE_SCHEME",
    "GAF",
    "GRAPH_BASE",
    "MERGED_GRAPH",
    "MODEL_BASE",
    "NIF",
    "NKG",
    "ORG",
    "OWL",
    "PLOVER_BASE",
    "PROV",
    "RDF",
    "RDFS",
    "ROLE_BASE",
    "RUN_BASE",
    "SCHEMA",
    "SEM",
    "SKOS",
    "SOFTWARE_BASE",
    "SOURCE_BASE",
    "TIME",
    "WIKIDATA",
    "XSD",
    "article_iri",
    "bind_prefixes",
    "entity_iri",
    "event_iri",
    "event_type_iri",
    "graph_iri",
    "local_id",
]

MERGED_GRAPH = URIRef(GRAPH_BASE + "merged")

SCHEMA = SDO
WIKIDATA = Namespace("http://www.wikidata.org/entity/")


class NKG(DefinedNamespace):
    """newskg ontology (ontologies/newskg.ttl)."""

    _NS = Namespace(NKG_NS)
    _fail = True

    Agency: URIRef
    Official: URIRef
    Platform: URIRef
    ExtractionRun: URIRef
    # role types (values of sem:roleType)
    actor: URIRef
    target: URIRef
    recipient: URIRef
    platform: URIRef
    place: URIRef
    other: URIRef
    # events
    plover: URIRef
    cameo: URIRef
    confidence: URIRef
    negated: URIRef
    hedged: URIRef
    attributedTo: URIRef
    hasPlatform: URIRef
    participant: URIRef
    mergedFrom: URIRef
    dateValue: URIRef
    precision: URIRef
    dateText: URIRef
    dateSource: URIRef
    dateMention: URIRef
    reportedOn: URIRef
    timelineDate: URIRef
    # articles
    publishedSource: URIRef
    sourcePath: URIRef
    sourceRecord: URIRef
    # entities
    entityType: URIRef
    country: URIRef
    # provenance
    toolVersion: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model (the terms newskg uses)."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Role: URIRef
    RoleType: URIRef
    EventType: URIRef
    eventType: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    roleType: URIRef
    hasTimeStamp: URIRef
    hasBeginTimeStamp: URIRef
    hasEndTimeStamp: URIRef
    hasEarliestBeginTimeStamp: URIRef
    hasLatestEndTimeStamp: URIRef


class GAF(DefinedNamespace):
    """Grounded Annotation Framework: instances to their mentions."""

    _NS = Namespace("http://groundedannotationframework.org/gaf#")
    _fail = True

    denotedBy: URIRef
    denotes: URIRef


class NIF(DefinedNamespace):
    """NLP Interchange Format core (the terms newskg uses)."""

    _NS = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
    _fail = True

    Context: URIRef
    String: URIRef
    Phrase: URIRef
    Sentence: URIRef
    RFC5147String: URIRef
    beginIndex: URIRef
    endIndex: URIRef
    anchorOf: URIRef
    isString: URIRef
    referenceContext: URIRef
    sentence: URIRef


PREFIXES = {
    "nkg": NKG._NS,
    "sem": SEM._NS,
    "gaf": GAF._NS,
    "nif": NIF._NS,
    "schema": SCHEMA._NS,
    "org": ORG._NS,
    "prov": PROV._NS,
    "time": TIME._NS,
    "dcterms": DCTERMS._NS,
    "skos": SKOS._NS,
    "owl": OWL._NS,
    "rdf": RDF._NS,
    "rdfs": RDFS._NS,
    "xsd": XSD._NS,
    "wd": WIKIDATA,
    "et": Namespace(EVENT_TYPE_BASE),
    "plover": Namespace(PLOVER_BASE),
}


def _local(identifier: str) -> str:
    """An id made safe as the tail of an IRI ("/" kept: entity ids are namespaced)."""
    return quote(identifier, safe="/-._~")


def entity_iri(entity_id: str) -> URIRef:
    return URIRef(ENTITY_BASE + _local(entity_id))


def event_iri(event_id: str) -> URIRef:
    return URIRef(EVENT_BASE + _local(event_id))


def article_iri(article_id: str) -> URIRef:
    return URIRef(ARTICLE_BASE + _local(article_id))


def graph_iri(article_id: str) -> URIRef:
    return URIRef(GRAPH_BASE + _local(article_id))


def event_type_iri(name: str) -> URIRef:
    return URIRef(EVENT_TYPE_BASE + _local(name))


def local_id(iri: str, base: str) -> str:
    """The id an IRI was minted from (inverse of entity_iri & co.); the IRI itself if foreign."""
    return unquote(iri[len(base) :]) if iri.startswith(base) else iri


def bind_prefixes(graph: Graph) -> Graph:
    """Bind newskg's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
