"""Compacted JSON-LD, fast: quads grouped by graph and subject, keys and values compacted with the
term definitions of ontologies/context.jsonld (inlined, so readers need no network).

rdflib's JSON-LD serialiser manages about 75,000 triples/s with a context (RECIPES.md) and builds
the whole dataset as rdflib objects first; this writer reads pyoxigraph quads straight from the
store's N-Quads dump and only does the compaction the context asks for. Terms with containers
other than @set, scoped contexts or reverse properties are not used (the full IRI is written
instead), which keeps the output exact for any context. One node per line keeps the JSON readable.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
IRI_TYPES = ("@id", "@vocab")


@dataclass(frozen=True)
class Term:
    name: str
    type: str | None  # expanded datatype IRI, "@id"/"@vocab", or None
    language: str | None  # a language, "" for an explicit null, None when not set
    is_set: bool


def load_context(path: Path) -> dict[str, Any]:
    """The ``@context`` object of a context document."""
    data = json.loads(path.read_text(encoding="utf-8"))
    context = data.get("@context", data)
    if not isinstance(context, dict):
        raise ValueError(f"{path}: @context must be one object")
    return context


class Compactor:
    """Compacts IRIs and (predicate, object) pairs according to one JSON-LD context."""

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = context
        self.vocab = context.get("@vocab")
        self.default_language = context.get("@language")
        self.prefixes: list[tuple[str, str]] = []
        self.terms: dict[str, list[Term]] = defaultdict(list)
        self.vocab_terms: dict[str, str] = {}
        for name, definition in sorted(context.items()):
            if not name.startswith("@"):
                self._add_definition(name, definition)
        self.prefixes.sort(key=lambda p: (-len(p[1]), p[0]))  # longest namespace wins
        self._keys: dict[tuple[str, str], tuple[str, str]] = {}
        self._compacted: dict[str, str] = {}

    def _add_definition(self, name: str, raw: Any) -> None:
        definition = {"@id": raw} if isinstance(raw, str) else raw
        if not isinstance(definition, dict) or {"@reverse", "@context"} & definition.keys():
            return
        if ":" in name:
            return  # compact-IRI-shaped term names confuse readers; prefixes cover them
        iri = self.expand(definition.get("@id", name))
        # JSON-LD 1.1: only a plain-string definition ending in a delimiter, or @prefix: true,
        # may serve as the prefix of a compact IRI.
        if definition.get("@prefix") is True or (
            isinstance(raw, str) and iri.endswith(("/", "#", ":", "?", "[", "]", "@"))
        ):
            self.prefixes.append((name, iri))
        container = definition.get("@container")
        if container not in (None, "@set", ["@set"]):
            return
        kind = definition.get("@type")
        if kind is not None and kind not in IRI_TYPES:
            kind = self.expand(kind)
        language = None
        if "@language" in definition:
            language = definition["@language"] or ""  # "" records an explicit null
        term = Term(name, kind, language, container is not None)
        self.terms[iri].append(term)
        if kind is None and language is None and not term.is_set:
            self.vocab_terms.setdefault(iri, name)

    def expand(self, value: str, depth: int = 0) -> str:
        """Expand a compact IRI or term of the context itself (definitions may use prefixes)."""
        if value.startswith("@") or depth > 8:
            return value
        prefix, sep, rest = value.partition(":")
        if sep:
            if rest.startswith("//") or prefix not in self.context:
                return value
            return self._target(prefix, depth) + rest
        if value in self.context:
            return self._target(value, depth)
        return (self.vocab + value) if self.vocab else value

    def _target(self, name: str, depth: int) -> str:
        target = self.context[name]
        target = target.get("@id", name) if isinstance(target, dict) else target
        return (
            self.expand(target, depth + 1) if isinstance(target, str) and target != name else name
        )

    def iri(self, value: str, *, vocab: bool) -> str:
        """Compact IRI for an @id (vocab=False) or for @type / @vocab values (vocab=True)."""
        if vocab and value in self.vocab_terms:
            return self.vocab_terms[value]
        compacted = self._compacted.get(value)
        if compacted is None:
            compacted = self._compacted[value] = self._with_prefix(value)
        return compacted

    def _with_prefix(self, value: str) -> str:
        for prefix, namespace in self.prefixes:
            if value.startswith(namespace) and len(value) > len(namespace):
                local = value[len(namespace) :]
                if not local.startswith("//"):
                    return f"{prefix}:{local}"
        return value

    def node_ref(self, term: Any) -> str:
        if isinstance(term, ox.BlankNode):
            return f"_:{term.value}"
        return self.iri(term.value, vocab=False)

    def entry(self, predicate: str, obj: Any) -> tuple[str, Any, bool]:
        """(key, JSON value, always a list) for one triple's predicate and object."""
        if isinstance(obj, ox.Literal):
            datatype = obj.datatype.value
            signature = obj.language or datatype
        else:
            datatype, signature = "@id", "@id"
        cache_key = (predicate, signature)
        key_info = self._keys.get(cache_key)
        if key_info is None:
            key_info = self._choose(predicate, obj, datatype)
            self._keys[cache_key] = key_info
        key, shape = key_info
        is_set = shape.endswith("+set")
        shape = shape.removesuffix("+set")
        if shape == "ref":
            return key, self.node_ref(obj), is_set
        if shape == "vocabref":
            return key, self.iri(obj.value, vocab=True), is_set
        if shape == "idobj":
            return key, {"@id": self.node_ref(obj)}, is_set
        if shape == "string":
            return key, obj.value, is_set
        if shape == "lang":
            return key, {"@value": obj.value, "@language": obj.language}, is_set
        if shape == "plain":
            return key, {"@value": obj.value}, is_set
        return key, {"@value": obj.value, "@type": self.iri(datatype, vocab=True)}, is_set

    def _choose(self, predicate: str, obj: Any, datatype: str) -> tuple[str, str]:
        """The key for (predicate, kind of object) and the shape its values take."""
        terms = self.terms.get(predicate, [])
        untyped = [t for t in terms if t.type is None]
        if not isinstance(obj, ox.Literal):
            for t in terms:
                if t.type in IRI_TYPES:
                    return t.name, ("vocabref" if t.type == "@vocab" else "ref") + _set(t)
            shape = "idobj"
        elif obj.language:
            for t in untyped:
                if self._language(t) == obj.language:
                    return t.name, "string" + _set(t)
            shape = "lang"
        elif datatype in (XSD_STRING, LANG_STRING):
            for t in untyped:
                if self._language(t) is None:
                    return t.name, "string" + _set(t)
            shape = "plain"
        else:
            for t in terms:
                if t.type == datatype:
                    return t.name, "string" + _set(t)
            shape = "typed"
        if untyped:  # value objects say everything, whatever the term's own coercion
            return untyped[0].name, shape + _set(untyped[0])
        if shape == "plain" and not self.default_language:
            shape = "string"  # a bare string under a compact-IRI key is a plain literal
        return self.iri(predicate, vocab=True), shape

    def _language(self, term: Term) -> str | None:
        """The language a bare string under ``term`` gets ("" in the definition = none)."""
        if term.language is None:
            return self.default_language
        return term.language or None


def _set(term: Term) -> str:
    return "+set" if term.is_set else ""


def compact_nodes(
    quads: Iterable[Any], compactor: Compactor
) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Node objects per graph ("" for the default graph), sorted by @id with sorted values, and
    the number of quads read."""
    graphs: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    # Dumps come grouped by graph and subject: keep the current ones instead of compacting again.
    graph_term = subject_term = None
    nodes: dict[str, dict[str, Any]] = {}
    node: dict[str, Any] = {}
    count = 0
    for count, quad in enumerate(quads, 1):  # noqa: B007 - count is the result
        if quad.graph_name != graph_term:
            graph_term, subject_term = quad.graph_name, None
            default = isinstance(graph_term, ox.DefaultGraph)
            nodes = graphs["" if default else compactor.node_ref(graph_term)]
        if quad.subject != subject_term:
            subject_term = quad.subject
            subject = compactor.node_ref(subject_term)
            node = nodes.get(subject) or nodes.setdefault(subject, {"@id": subject})
        predicate = quad.predicate.value
        if predicate == RDF_TYPE and not isinstance(quad.object, ox.Literal):
            node.setdefault("@type", []).append(compactor.iri(quad.object.value, vocab=True))
            continue
        key, value, is_set = compactor.entry(predicate, quad.object)
        node.setdefault(key, (is_set, []))[1].append(value)
    finished = {g: [_finish(ns[s]) for s in sorted(ns)] for g, ns in graphs.items()}
    return finished, count


def _finish(node: dict[str, Any]) -> dict[str, Any]:
    done: dict[str, Any] = {"@id": node["@id"]}
    if "@type" in node:
        types = sorted(set(node["@type"]))
        done["@type"] = types[0] if len(types) == 1 else types
    for key in sorted(k for k in node if not k.startswith("@")):
        is_set, values = node[key]
        if len(values) > 1:
            values = sorted(values, key=_sort_key)
        done[key] = values if is_set or len(values) > 1 else values[0]
    return done


def _sort_key(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def write_jsonld(quads: Iterable[Any], context: dict[str, Any], out: BinaryIO) -> int:
    """Write quads as one compacted JSON-LD document; returns the number of quads."""
    graphs, count = compact_nodes(quads, Compactor(context))
    write = out.write
    write(b'{"@context": ' + json.dumps(context, sort_keys=True).encode() + b',\n"@graph": [\n')
    first = True
    for node in graphs.get("", []):
        write((b"" if first else b",\n") + json.dumps(node, ensure_ascii=False).encode())
        first = False
    for graph in sorted(g for g in graphs if g):
        write((b"" if first else b",\n") + b'{"@id": ' + json.dumps(graph).encode())
        write(b', "@graph": [\n')
        nodes = graphs[graph]
        write(b",\n".join(json.dumps(n, ensure_ascii=False).encode() for n in nodes))
        write(b"\n]}")
        first = False
    write(b"\n]}\n")
    return count
