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
from kg.namespaces import EVENT_TYPE_BASE, EVENT_TYPE_SCHEME, NKG_NS, SKOS_NS

EVENT_TYPES_FILE = "event-types.ttl"

# The properties read per concept; each must have one English or untagged value (definition:
# at most one).
_FIELDS = {
    SKOS_NS + "prefLabel": "label",
    NKG_NS + "plover": "plover",
    NKG_NS + "cameo": "cameo",
    SKOS_NS + "definition": "definition",
}
_IN_SCHEME = SKOS_NS + "inScheme"
_REQUIRED = ("label", "plover", "cameo")


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
    path = ontology_dir / EVENT_TYPES_FILE
    values = _concept_values(path)
    types: dict[str, EventType] = {}
    for concept, fields in sorted(values.items()):
        if not all(fields.get(f) for f in _REQUIRED):
            continue  # not a complete event type (e.g. a PLOVER or CAMEO concept)
        if not concept.startswith(EVENT_TYPE_BASE):
            raise ConfigError(f"{path}: event type {concept} is not under {EVENT_TYPE_BASE}")
        name = concept[len(EVENT_TYPE_BASE) :]
        if any(len(v) > 1 for v in fields.values()):
            raise ConfigError(f"{path}: event type {name} has more than one label/PLOVER/CAMEO")
        first = {f: v[0] for f, v in fields.items()}
        types[name] = EventType(
            name, first["label"], first["plover"], first["cameo"], first.get("definition", "")
        )
    if not types:
        raise ConfigError(f"{path} defines no event types", hint="is it the right file?")
    return dict(sorted(types.items()))


def _concept_values(path: Path) -> dict[str, dict[str, list[str]]]:
    """Concepts of the event-type scheme with their English or untagged field values.

    A plain walk over the parsed triples: rdflib's SPARQL engine took 0.3 s of every worker's
    start-up for this, pyoxigraph's Turtle parser and a loop take a few milliseconds."""
    import pyoxigraph as ox

    try:
        triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except FileNotFoundError:
        raise ConfigError(
            f"event type scheme {path} not found", hint="set KG_ONTOLOGY_DIR to the ontologies/ dir"
        ) from None
    except (SyntaxError, OSError) as exc:
        raise ConfigError(f"cannot parse {path}: {exc}", hint="fix the Turtle syntax") from None
    scheme = ox.NamedNode(EVENT_TYPE_SCHEME)
    values: dict[str, dict[str, list[str]]] = {
        t.subject.value: {}
        for t in triples
        if t.predicate.value == _IN_SCHEME and t.object == scheme
    }
    for t in triples:
        field = _FIELDS.get(t.predicate.value)
        english = isinstance(t.object, ox.Literal) and t.object.language in (None, "en")
        if field and english and t.subject.value in values:
            values[t.subject.value].setdefault(field, []).append(t.object.value)
    return values
