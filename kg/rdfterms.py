"""The vocabulary terms ``kg.rdf`` writes and the IRIs it mints, as plain strings.

Extraction workers map their articles to N-Triples (``kg.rdf``), so every worker imports this:
``kg.vocab``'s namespaces are rdflib objects, and importing rdflib took 0.16 s of the fork
server's start, serial work before any worker could fork. Each vocabulary here lists the terms
newskg writes; an unlisted term is an AttributeError, as with ``kg.vocab``'s closed namespaces,
and tests/test_pipeline_rdfterms.py checks every term and minted IRI against ``kg.vocab``.
"""

from __future__ import annotations

import re
from urllib.parse import quote

from kg.namespaces import NKG_NS


class Vocabulary:
    """The terms newskg uses of one vocabulary: ``SCHEMA.name`` is "https://schema.org/name"."""

    def __init__(self, base: str, terms: str) -> None:
        self.base = base
        self.terms = tuple(terms.split())
        for term in self.terms:
            setattr(self, term, base + term)  # plain attributes: read as fast as any

    def __getattr__(self, name: str) -> str:  # only reached for a name not set above
        raise AttributeError(f"{name!r} is not a term of {self.base} that newskg writes")


NKG = Vocabulary(
    NKG_NS,
    "Agency Official Platform ExtractionRun actor target recipient platform place other plover "
    "confidence negated hedged attributedTo hasPlatform participant dateValue precision dateText "
    "dateSource dateMention reportedOn timelineDate publishedSource sourcePath sourceRecord "
    "entityType country toolVersion",
)
SEM = Vocabulary(
    "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "Event Actor Place Role eventType hasActor hasPlace roleType hasTimeStamp "
    "hasEarliestBeginTimeStamp hasLatestEndTimeStamp",
)
GAF = Vocabulary("http://groundedannotationframework.org/gaf#", "denotedBy")
NIF = Vocabulary(
    "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "Context Phrase Sentence anchorOf beginIndex endIndex referenceContext sentence",
)
SCHEMA = Vocabulary(
    "https://schema.org/",
    "Country GovernmentOrganization NewsArticle Organization Person Place SoftwareApplication "
    "Thing datePublished encodingFormat headline identifier jobTitle name publisher url",
)
ORG = Vocabulary(
    "http://www.w3.org/ns/org#", "Membership Role member memberDuring organization role"
)
PROV = Vocabulary(
    "http://www.w3.org/ns/prov#",
    "Activity Entity SoftwareAgent startedAtTime used wasAssociatedWith wasDerivedFrom "
    "wasGeneratedBy",
)
TIME = Vocabulary(
    "http://www.w3.org/2006/time#",
    "Instant Interval hasBeginning hasEnd hasTime inXSDDate inXSDgYear inXSDgYearMonth unitDay "
    "unitMonth unitType unitYear",
)
DCTERMS = Vocabulary("http://purl.org/dc/terms/", "issued language")
SKOS = Vocabulary("http://www.w3.org/2004/02/skos/core#", "altLabel")
OWL = Vocabulary("http://www.w3.org/2002/07/owl#", "sameAs")
RDF = Vocabulary("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "type value")
RDFS = Vocabulary("http://www.w3.org/2000/01/rdf-schema#", "label")
XSD = Vocabulary(
    "http://www.w3.org/2001/XMLSchema#",
    "anyURI boolean date dateTime decimal gYear gYearMonth integer",
)
WIKIDATA = "http://www.wikidata.org/entity/"
VOCABULARIES = {
    "NKG": NKG,
    "SEM": SEM,
    "GAF": GAF,
    "NIF": NIF,
    "SCHEMA": SCHEMA,
    "ORG": ORG,
    "PROV": PROV,
    "TIME": TIME,
    "DCTERMS": DCTERMS,
    "SKOS": SKOS,
    "OWL": OWL,
    "RDF": RDF,
    "RDFS": RDFS,
    "XSD": XSD,
}


# What ``quote(..., safe="/-._~")`` leaves as it is: most ids ("a1f3...-412", "org/fbi").
_NEEDS_NO_QUOTING = re.compile(r"[A-Za-z0-9_.~/-]*")


def minted(base: str, identifier: str) -> str:
    """The IRI newskg mints for ``identifier`` under ``base`` (``kg.namespaces``), the id made
    safe as an IRI's tail with "/" kept: the text of ``kg.vocab.entity_iri`` and its kin."""
    return base + iri_tail(identifier)


def iri_tail(identifier: str) -> str:
    """``identifier`` percent-encoded as the end of an IRI, "/" kept."""
    if _NEEDS_NO_QUOTING.fullmatch(identifier):  # urllib's quote is pure Python: 10 % of a mapping
        return identifier
    return quote(identifier, safe="/-._~")
