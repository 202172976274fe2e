"""The IRI bases newskg mints and the namespaces of the terms it reads, as plain strings: code
on the extraction path (``kg.taxonomy``) imports these without loading rdflib, about 0.2 s of
every ``kg extract``. ``kg.vocab`` builds its rdflib namespaces from the same strings."""

from __future__ import annotations

BASE = "https://w3id.org/newskg/"
ENTITY_BASE = BASE + "id/"
EVENT_BASE = BASE + "event/"
ARTICLE_BASE = BASE + "article/"
GRAPH_BASE = BASE + "graph/"
EVENT_TYPE_BASE = BASE + "event-type/"
EVENT_TYPE_SCHEME = BASE + "event-type"
PLOVER_BASE = BASE + "plover/"
CAMEO_BASE = BASE + "cameo/"
RUN_BASE = BASE + "run/"
MODEL_BASE = BASE + "model/"
SOFTWARE_BASE = BASE + "software/"
SOURCE_BASE = BASE + "source/"
ROLE_BASE = BASE + "role/"

NKG_NS = "https://w3id.org/newskg/ontology#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
