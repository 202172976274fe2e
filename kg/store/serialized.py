"""An article's graph as N-Triples text, the form extraction workers hand to the writer.

Kept apart from ``kg.store.terms`` so that workers, which only build these, import neither
rdflib nor pyoxigraph for it (rdflib alone took 0.16 s of the worker fork server's start)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rdflib import Graph


class SerializedGraph:
    """A graph already written as N-Triples lines by ``kg.ntriples`` (so as safe to embed in an
    update as a Graph), accepted wherever ``replace_graphs`` takes an rdflib Graph. Extraction
    workers serialise their articles' graphs in parallel; the single writer then skips rdflib."""

    __slots__ = ("size", "text")

    def __init__(self, text: str, size: int) -> None:
        self.text, self.size = text, size

    @classmethod
    def of(cls, iri: str, graph: Graph) -> SerializedGraph:
        from kg.store.terms import ntriples

        return cls(ntriples(iri, graph), len(graph))

    def __len__(self) -> int:
        return self.size

    def quads(self, graph_name: Any = None) -> list[Any]:
        """The triples as pyoxigraph quads in ``graph_name`` (parsed in Rust). Read as Turtle:
        rdflib's ``n3()`` writes multi-line literals in long quotes, which N-Triples lacks."""
        import pyoxigraph as ox

        parsed = ox.parse(self.text.encode("utf-8"), ox.RdfFormat.TURTLE)
        return [ox.Quad(q.subject, q.predicate, q.object, graph_name) for q in parsed]

    def __iter__(self) -> Any:
        from kg.store.terms import from_ox

        return ((from_ox(q.subject), from_ox(q.predicate), from_ox(q.object)) for q in self.quads())
