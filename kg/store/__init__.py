"""The store: where the knowledge graph lives. ``open_store(url)`` picks a backend from the URL.

URLs (DESIGN 5.3):

- ``oxigraph:PATH`` — embedded pyoxigraph store on disk (default ``oxigraph:./data/kg``);
- ``memory:`` — embedded pyoxigraph store in memory (tests, one-off runs);
- ``sparql+http://HOST:PORT/PATH`` or ``sparql+https://...`` — any SPARQL 1.1 Query + Update
  endpoint (Virtuoso, Fuseki, GraphDB, Oxigraph server).

Every backend offers the same ``Store`` protocol; callers never see pyoxigraph or HTTP. Terms in
and out are rdflib terms. docs/stores.md states what each backend guarantees.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, Protocol, runtime_checkable

from kg.errors import StoreError

if TYPE_CHECKING:
    import rdflib

    from kg.settings import Settings

__all__ = ["RDF_FORMATS", "QueryResult", "Store", "open_store"]

# Serialisation formats dump()/load() accept; the names are the CLI's --format values.
MAX_LOCK_WAIT_SECONDS = 10.0
RDF_FORMATS = ("nquads", "ntriples", "turtle", "trig", "jsonld", "rdfxml")


@dataclass
class QueryResult:
    """The answer to a SPARQL query, in rdflib terms.

    ``kind`` is ``"select"`` (``vars`` and ``rows``; unbound cells are ``None``), ``"ask"``
    (``boolean``) or ``"graph"`` for CONSTRUCT/DESCRIBE (``graph``).
    """

    kind: Literal["select", "ask", "graph"]
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    boolean: bool | None = None
    graph: rdflib.Graph | None = None

    def dicts(self) -> list[dict[str, Any]]:
        """SELECT rows as ``{var: term}`` dicts (unbound variables left out)."""
        return [
            {v: t for v, t in zip(self.vars, row, strict=True) if t is not None}
            for row in self.rows
        ]


@runtime_checkable
class Store(Protocol):
    url: str  # redacted: never carries credentials

    def replace_graphs(self, graphs: Mapping[str, rdflib.Graph]) -> None:
        """Replace each named graph's content by the given graph, all together or none (the
        embedded store may leave a killed call's new graphs in, each whole)."""

    def delete_graphs(self, graph_iris: Iterable[str]) -> None: ...

    def query(
        self, sparql: str, bindings: Mapping[str, rdflib.term.Identifier] | None = None
    ) -> QueryResult:
        """Run a read query; ``bindings`` pre-bind variables (by name, without ``?``)."""

    def update(self, sparql: str) -> None: ...

    def graph_iris(self) -> list[str]: ...

    def triple_count(self) -> int: ...

    def dump(self, out: BinaryIO, fmt: str = "nquads", graph: str | None = None) -> int:
        """Write the dataset (or one graph) to ``out``; returns the number of triples written."""

    def load(self, data: BinaryIO, fmt: str, graph: str | None = None) -> int:
        """Add RDF from ``data`` (into ``graph`` for triple formats); returns triples added."""

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, exc_type: object, *exc: object) -> None: ...


def open_store(url: str, settings: Settings | None = None, *, read_only: bool = False) -> Store:
    """Open the store at ``url``. Read-only stores refuse updates and never create anything."""
    from kg.settings import Settings

    settings = settings or Settings()
    scheme, _, rest = url.partition(":")
    if scheme == "memory":
        from kg.store.oxigraph import OxigraphStore

        return OxigraphStore.in_memory(read_only=read_only)
    if scheme == "oxigraph":
        from kg.store.oxigraph import OxigraphStore

        # A writer waits this long for another kg process to release the store.
        lock_wait = min(settings.store_timeout, MAX_LOCK_WAIT_SECONDS)
        return OxigraphStore.on_disk(rest or "./data/kg", read_only=read_only, lock_wait=lock_wait)
    if scheme in ("sparql+http", "sparql+https"):
        from kg.store.sparql import SparqlStore

        return SparqlStore(url.removeprefix("sparql+"), settings, read_only=read_only)
    raise StoreError(
        f"unknown store URL {url!r}",
        hint="use oxigraph:PATH, memory: or sparql+http://HOST:PORT/PATH",
    )
