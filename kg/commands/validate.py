"""``kg validate``: check the store's graph against the SHACL shapes in ontologies/shapes.ttl.

The data graph is the union of the store's named graphs (or one of them with ``--graph``) plus the
event-type scheme, so shapes can check that an event's type is a concept of the scheme. pyshacl
works in memory: validating a large store takes time and memory in proportion (see docs).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import rdflib

    from kg.settings import Settings

QUERY_FILE = Path(__file__).resolve().parent.parent / "queries" / "graph_triples.rq"
SHAPES_FILE = "shapes.ttl"
EVENT_TYPES_FILE = "event-types.ttl"
EXIT_VIOLATIONS = 1


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str = "Violation"

    def line(self) -> str:
        return f"{self.severity}: {self.focus} {self.path or '-'}: {self.message}"


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "validate",
        help="check the knowledge graph against the SHACL shapes",
        description="Validate the store's graphs against ontologies/shapes.ttl. Prints one line "
        "per violation (focus node, path, message) and exits 1 if there is any, else "
        "'conforms (N triples)'.",
    )
    parser.add_argument("--graph", help="validate only this named graph (IRI)")
    parser.add_argument(
        "--max-violations", type=int, default=0, help="print at most N violations (0 = all)"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings: Settings) -> int:
    from kg.store import open_store

    with open_store(settings.store, settings, read_only=True) as store:
        data = store_graph(store, args.graph)
    violations = validate_graph(data, settings.ontology_dir)
    if not violations:
        print(f"conforms ({len(data)} triples)")
        return 0
    shown = violations[: args.max_violations] if args.max_violations > 0 else violations
    for violation in shown:
        print(violation.line())
    print(f"{len(violations)} violation(s) in {len(data)} triples", file=sys.stderr)
    return EXIT_VIOLATIONS


def store_graph(store: Any, graph: str | None = None) -> rdflib.Graph:
    """The union of the store's named graphs (or one graph) as an rdflib Graph."""
    from rdflib import Graph, URIRef

    bindings = {"g": URIRef(graph)} if graph else None
    result = store.query(QUERY_FILE.read_text(encoding="utf-8"), bindings)
    return result.graph if result.graph is not None else Graph()


def validate_graph(data: rdflib.Graph, ontology_dir: Path) -> list[Violation]:
    """SHACL violations of ``data`` (with the event-type scheme mixed in), sorted."""
    import pyshacl
    from rdflib import Graph

    from kg.errors import ConfigError

    try:
        shapes = Graph().parse(Path(ontology_dir) / SHAPES_FILE, format="turtle")
        scheme = Graph().parse(Path(ontology_dir) / EVENT_TYPES_FILE, format="turtle")
    except OSError as exc:
        raise ConfigError(
            f"cannot read the SHACL shapes: {exc}", hint="check KG_ONTOLOGY_DIR"
        ) from None
    except Exception as exc:  # rdflib parser errors have no common base
        raise ConfigError(f"cannot parse the SHACL shapes: {exc}") from None
    combined = Graph()
    for triple in data:
        combined.add(triple)
    for triple in scheme:
        combined.add(triple)
    _, report, _ = pyshacl.validate(
        combined, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    return _violations(report)


def _violations(report: rdflib.Graph) -> list[Violation]:
    from rdflib.namespace import SH

    found = set()
    for result in report.subjects(SH.resultSeverity, None):
        found.add(
            Violation(
                focus=_short(report.value(result, SH.focusNode)),
                path=_short(report.value(result, SH.resultPath)),
                message=str(report.value(result, SH.resultMessage) or "constraint violated"),
                severity=_short(report.value(result, SH.resultSeverity)),
            )
        )
    return sorted(found)


def _short(term: Any) -> str:
    if term is None:
        return ""
    from kg.vocab import PREFIXES

    text = str(term)
    for prefix, namespace in PREFIXES.items():
        if text.startswith(str(namespace)) and len(text) > len(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)) :]}"
    if text.startswith("http://www.w3.org/ns/shacl#"):
        return text.removeprefix("http://www.w3.org/ns/shacl#")
    return f"<{text}>" if term.__class__.__name__ == "URIRef" else text
