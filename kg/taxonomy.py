"""Event types of newskg, read from the SKOS scheme ``ontologies/event-types.ttl``.

The Turtle file is the single source of truth: each fine type (``Accusation``) carries its label,
definition, PLOVER category (``ACCUSE``) and CAMEO code (``112``). Code asks this module, never a
hard-coded table, so adding a type is a data change.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError
from kg.vocab import EVENT_TYPE_BASE

EVENT_TYPES_FILE = "event-types.ttl"

_QUERY = """
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX nkg: <https://w3id.org/newskg/ontology#>
SELECT ?concept ?label ?plover ?cameo ?definition WHERE {
  ?concept skos:inScheme <https://w3id.org/newskg/event-type> ;
           skos:prefLabel ?label ; nkg:plover ?plover ; nkg:cameo ?cameo .
  FILTER(lang(?label) = "en" || lang(?label) = "")
  OPTIONAL { ?concept skos:definition ?definition
             FILTER(lang(?definition) = "en" || lang(?definition) = "") }
}
"""


@dataclass(frozen=True)
class EventType:
    name: str  # local name of the concept IRI, e.g. "RecruitmentCampaign"
    label: str
    plover: str  # PLOVER category or STATEMENT
    cameo: str  # CAMEO code, e.g. "112"
    definition: str

    @property
    def iri(self) -> str:
        return EVENT_TYPE_BASE + self.name


def event_types(ontology_dir: Path) -> dict[str, EventType]:
    """All event types by name, sorted by name. Raises ConfigError if the file is broken."""
    return _load(Path(ontology_dir).resolve())


def plover_categories(ontology_dir: Path) -> tuple[str, ...]:
    """The PLOVER categories (plus STATEMENT) that at least one event type maps to, sorted."""
    return tuple(sorted({t.plover for t in event_types(ontology_dir).values()}))


@lru_cache(maxsize=8)
def _load(ontology_dir: Path) -> dict[str, EventType]:
    import rdflib

    path = ontology_dir / EVENT_TYPES_FILE
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise ConfigError(
            f"event type scheme {path} not found", hint="set KG_ONTOLOGY_DIR to the ontologies/ dir"
        ) from None
    except Exception as exc:  # rdflib raises many parser error types
        raise ConfigError(f"cannot parse {path}: {exc}", hint="fix the Turtle syntax") from None
    types: dict[str, EventType] = {}
    for row in graph.query(_QUERY):
        concept, label, plover, cameo, definition = (str(v) if v is not None else "" for v in row)
        if not concept.startswith(EVENT_TYPE_BASE):
            raise ConfigError(f"{path}: event type {concept} is not under {EVENT_TYPE_BASE}")
        name = concept[len(EVENT_TYPE_BASE) :]
        if name in types:
            raise ConfigError(f"{path}: event type {name} has more than one label/PLOVER/CAMEO")
        types[name] = EventType(name, label, plover, cameo, definition)
    if not types:
        raise ConfigError(f"{path} defines no event types", hint="is it the right file?")
    return dict(sorted(types.items()))
