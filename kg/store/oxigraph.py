"""Embedded pyoxigraph store: on disk (RocksDB) or in memory.

replace_graphs runs one SPARQL update (``DELETE DATA {...} ; INSERT DATA {...}``, or ``DROP SILENT
GRAPH`` for graphs with blank nodes): pyoxigraph applies an update in one transaction, so all graphs
of a call are replaced together or not at all. Graphs with no stored content yet are bulk-loaded as
TriG before that, also all or nothing, and dropped again if the update fails. ``Store.extend`` is
transactional too but cannot remove the old content in the same transaction.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

import pyoxigraph as ox

from kg.errors import InputError, KGError, QueryError, StoreError, StoreLockedError
from kg.store import QueryResult
from kg.store.replacing import plan_replacement
from kg.store.sparqltext import UPDATE_REFUSED, bind_values, one_line, query_form
from kg.store.terms import OX_FORMATS, QUAD_FORMATS, TermCache, insert_data_body, triples_to_graph

log = logging.getLogger(__name__)
# About 150 articles' worth of quads: the writer's memory stays near 100 MB however big the corpus.
FLUSH_QUADS = 100_000
# pyoxigraph's bulk loader parses its whole input, then adds the index files it built to RocksDB
# in one atomic ingestion, for up to a million quads (a bigger input goes in several steps): a
# write of fresh graphs up to this size is all or nothing, and a bigger one takes ``load``.
BULK_LOAD_MAX_QUADS = 500_000
T = TypeVar("T")
LOCK_RETRY_SECONDS = 0.2
REOPEN_TRIES = 5
REOPEN_PAUSE_SECONDS = 0.02


class OxigraphStore:
    def __init__(
        self,
        store: ox.Store,
        url: str,
        *,
        read_only: bool,
        owner_file: Path | None = None,
        snapshot_of: Path | None = None,
    ) -> None:
        self._store = store
        self.url = url
        self.read_only = read_only
        self._owner_file = owner_file
        # A read-only open is a snapshot: reopen it when the files on disk change, so a long-lived
        # reader (the UI, kg serve) sees what `kg ingest` wrote since.
        self._snapshot_of = snapshot_of
        self._fingerprint = _fingerprint(snapshot_of) if snapshot_of else ()
        self._unflushed = 0  # quads written since the last flush

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def in_memory(cls, *, read_only: bool = False) -> OxigraphStore:
        return cls(ox.Store(), "memory:", read_only=read_only, owner_file=None)

    @classmethod
    def on_disk(cls, path: str, *, read_only: bool = False, lock_wait: float = 5.0):
        """Open (or, when writable, create) the store at ``path``.

        Another process holding the store makes us retry for ``lock_wait`` seconds, then fail
        with StoreLockedError naming its pid when known.
        """
        url = f"oxigraph:{path}"
        location = Path(path)
        if read_only:
            if not (location / "CURRENT").is_file():
                raise StoreError(f"no store at {path}; run `kg ingest` first")
            store = _call(ox.Store.read_only, str(location), path)
            return cls(store, url, read_only=True, snapshot_of=location)
        try:
            location.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _store_error(exc, path) from None
        deadline = time.monotonic() + lock_wait
        while True:
            try:
                store = ox.Store(str(location))
                break
            except OSError as exc:
                if "lock" not in str(exc).lower():
                    raise _store_error(exc, path) from None
                if time.monotonic() >= deadline:
                    raise _locked_error(path) from None
                time.sleep(LOCK_RETRY_SECONDS)
        owner = _owner_file(location)
        owner.write_text(str(os.getpid()), encoding="ascii")
        return cls(store, url, read_only=False, owner_file=owner)

    # -- writing -------------------------------------------------------------------------------
    def replace_graphs(self, graphs: Mapping[str, Any]) -> None:
        """One SPARQL update holding, per graph, only the difference from what is stored:
        ``DELETE DATA`` of the quads that go, ``INSERT DATA`` of the quads that come, so
        re-ingesting an unchanged article writes nothing. A graph holding blank nodes (never equal
        across loads) is dropped and written whole. Graphs with nothing stored yet are
        bulk-loaded first, in one atomic step of their own: in an update they cost three times
        the CPU, and one re-ingested article among 64 new ones sent all 64 that way. If the
        update then fails, those new graphs are dropped again, so a failing call changes
        nothing; only a process killed between the two steps leaves the new graphs in, each
        whole."""
        self._refuse_if_read_only()
        if not graphs:
            return
        plan = plan_replacement(self._store, {_iri(iri): g for iri, g in graphs.items()})
        if plan.new:
            self._load_fresh(plan.new)
        update = plan.update()
        if not update:
            return
        try:
            self._run_update(update)
        except KGError:
            self._drop_new(plan.new)
            raise
        self._flush_now_and_then(plan.updated_quads())

    def _drop_new(self, graphs: Iterable[str]) -> None:
        """Drop graphs this call bulk-loaded into a store that held nothing of them: the store is
        as before the call. A failure here is logged; the caller's error says more."""
        drops = " ;\n".join(f"DROP SILENT GRAPH <{_iri(g)}>" for g in graphs)
        if not drops:
            return
        try:
            self._run_update(drops)
        except KGError as exc:
            log.error("could not remove the new graphs of a failed write: %s", exc)

    def _load_fresh(self, graphs: Mapping[str, Any]) -> None:
        """Graphs with nothing stored yet (a first ingest) are bulk-loaded as TriG: the bulk
        loader writes sorted index files instead of a transaction's one key at a time, about a
        third less CPU than ``load`` (and ``load`` 10 % less than a SPARQL update), CPU the
        writer competes for with the extraction workers."""
        quads = sum(len(g) for g in graphs.values())
        bulk = quads <= BULK_LOAD_MAX_QUADS
        load = self._store.bulk_load if bulk else self._store.load
        try:
            load(input=insert_data_body(graphs), format=ox.RdfFormat.TRIG)
        except SyntaxError as exc:
            raise StoreError(f"a graph holds data that is not valid RDF: {one_line(exc)}") from None
        except OSError as exc:
            raise _store_error(exc, self.url) from None
        if not bulk:  # bulk-loaded files never sit in RocksDB's memory tables
            self._flush_now_and_then(quads)

    def _flush_now_and_then(self, written: int) -> None:
        """RocksDB keeps written data in memory tables until flushed; a long ingest would grow
        with the corpus (measured: 2 GB for 5,000 articles). Flushing every FLUSH_QUADS quads
        keeps the writer's memory flat at a cost of a few small files for compaction to merge."""
        self._unflushed += written
        if self._unflushed >= FLUSH_QUADS:
            try:
                self._store.flush()
            except OSError as exc:
                raise _store_error(exc, self.url) from None
            self._unflushed = 0

    def delete_graphs(self, graph_iris: Iterable[str]) -> None:
        self._refuse_if_read_only()
        drops = " ;\n".join(f"DROP SILENT GRAPH <{_iri(g)}>" for g in graph_iris)
        if drops:
            self._run_update(drops)

    def update(self, sparql: str) -> None:
        self._refuse_if_read_only()
        self._run_update(sparql)

    def load(self, data: BinaryIO, fmt: str, graph: str | None = None) -> int:
        self._refuse_if_read_only()
        before = len(self._store)
        target: ox.NamedNode | ox.DefaultGraph | None = ox.NamedNode(_iri(graph)) if graph else None
        if fmt not in QUAD_FORMATS and target is None:
            target = ox.DefaultGraph()
        try:
            self._store.load(data, format=_format(fmt), to_graph=target)
        except SyntaxError as exc:
            raise InputError(f"malformed {fmt}: {one_line(exc)}; nothing was imported") from None
        except OSError as exc:
            raise _store_error(exc, self.url) from None
        return len(self._store) - before

    # -- reading -------------------------------------------------------------------------------
    def query(self, sparql: str, bindings: Mapping[str, Any] | None = None) -> QueryResult:
        form = query_form(sparql)
        if form == "update":
            raise QueryError(UPDATE_REFUSED)
        # VALUES rather than pyoxigraph's substitutions, which only bind projected variables.
        text = bind_values(sparql, bindings or {})
        try:
            return self._reading(lambda db: _answer(db.query(text), form))
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {one_line(exc)}") from None

    def graph_iris(self) -> list[str]:
        names = self._reading(lambda db: list(db.named_graphs()))
        return sorted(g.value for g in names if isinstance(g, ox.NamedNode))

    def triple_count(self) -> int:
        return self._reading(len)

    def dump(self, out: BinaryIO, fmt: str = "nquads", graph: str | None = None) -> int:
        if graph is None and fmt not in QUAD_FORMATS:
            raise QueryError(f"{fmt} holds a single graph; name one, or use trig or nquads")
        if graph is None:
            db = self._db
            self._reading(lambda _: db.dump(out, format=_format(fmt)))
            return len(db)
        name = ox.NamedNode(_iri(graph))
        quads = self._reading(lambda db: list(db.quads_for_pattern(None, None, None, name)))
        items = quads if fmt in QUAD_FORMATS else [q.triple for q in quads]
        ox.serialize(items, out, format=_format(fmt))
        return len(quads)

    def close(self) -> None:
        if self._store is None:
            return
        store, self._store = self._store, None  # type: ignore[assignment]
        try:
            if not self.read_only:
                store.flush()
        except OSError as exc:
            raise _store_error(exc, self.url) from None
        finally:
            del store  # RocksDB releases its lock on drop
            if self._owner_file is not None:
                self._owner_file.unlink(missing_ok=True)

    def __enter__(self) -> OxigraphStore:
        return self

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            self.close()
        except StoreError:
            if exc_type is None:  # an error already on its way says more; do not mask it
                raise

    # -- helpers -------------------------------------------------------------------------------
    @property
    def _db(self) -> ox.Store:
        """The store to read from, its snapshot reopened first if a writer committed since."""
        stale = (
            self._snapshot_of is not None
            and self._store is not None
            and _fingerprint(self._snapshot_of) != self._fingerprint
        )
        if stale:
            self._reopen()
        return self._store

    def _reopen(self) -> bool:
        """Open a fresh snapshot; a writer flushing or compacting at that instant makes RocksDB
        fail on a vanished file, so try a few times, keeping the old snapshot if all fail."""
        assert self._snapshot_of is not None
        for attempt in range(REOPEN_TRIES):
            fingerprint = _fingerprint(self._snapshot_of)
            try:
                self._store = ox.Store.read_only(str(self._snapshot_of))
            except (OSError, RuntimeError) as exc:
                log.debug("could not refresh %s: %s", self.url, exc)
                time.sleep(REOPEN_PAUSE_SECONDS * (attempt + 1))
                continue
            self._fingerprint = fingerprint
            return True
        return False

    def _reading(self, action: Callable[[ox.Store], T]) -> T:
        """Run a read; a snapshot whose files a writer removed is reopened and read again."""
        try:
            return action(self._db)
        except (OSError, RuntimeError) as exc:
            if self._snapshot_of is None or not self._reopen():
                raise _store_error(exc, self.url) from None
        try:
            return action(self._store)
        except (OSError, RuntimeError) as exc:
            raise _store_error(exc, self.url) from None

    def _refuse_if_read_only(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.url} is open read-only; nothing was changed")

    def _run_update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {one_line(exc)}") from None
        except OSError as exc:
            raise _store_error(exc, self.url) from None


def _iri(graph: str) -> str:
    """A graph IRI safe to write between angle brackets (the value comes from our own code)."""
    if any(c in graph for c in '<>"{}|^`\\ \n\t'):
        raise StoreError(f"invalid graph IRI {graph!r}")
    return graph


def _format(fmt: str) -> Any:
    try:
        return OX_FORMATS[fmt]
    except KeyError:
        raise QueryError(
            f"unknown RDF format {fmt!r}; use one of {', '.join(OX_FORMATS)}"
        ) from None


def _owner_file(location: Path) -> Path:
    return location.with_name(location.name + ".owner-pid")


def _locked_error(path: str) -> StoreLockedError:
    try:
        pid = _owner_file(Path(path)).read_text(encoding="ascii").strip()
    except OSError:
        pid = "?"
    return StoreLockedError(
        f"store {path} is in use by another kg process (pid {pid})",
        hint="wait for it to finish or use --store to pick another",
    )


def _answer(answer: Any, form: str) -> QueryResult:
    """A pyoxigraph answer read completely into a QueryResult of rdflib terms."""
    if form == "ask":
        return QueryResult(kind="ask", boolean=bool(answer))
    if form == "select":
        names = [v.value for v in answer.variables]
        terms = TermCache()
        terms[None] = None  # unbound cells
        # A solution iterates over its values in the order of the variables (a third faster
        # than indexing it cell by cell).
        convert = terms.__getitem__
        rows = [tuple(map(convert, solution)) for solution in answer]
        return QueryResult(kind="select", vars=names, rows=rows)
    return QueryResult(kind="graph", graph=triples_to_graph(answer))


def _store_error(exc: Exception, where: str) -> StoreError:
    text = str(exc)
    if isinstance(exc, PermissionError) or "ermission denied" in text:
        return StoreError(f"no permission to use the store at {where}: {text}")
    if "No space left" in text or "File too large" in text:
        return StoreError(
            f"no space left to write the store at {where} (disk full or file-size limit); "
            "free space and retry"
        )
    return StoreError(f"cannot use the store at {where}: {text}")


def _call(opener: Any, location: str, path: str) -> ox.Store:
    try:
        return opener(location)
    except OSError as exc:
        raise _store_error(exc, path) from None


def _fingerprint(location: Path) -> tuple[tuple[str, int, int], ...]:
    """Names, sizes and times of the RocksDB files that change when data is written."""
    try:
        entries = [
            (e.name, e.stat().st_size, e.stat().st_mtime_ns)
            for e in os.scandir(location)
            if e.name == "CURRENT"
            or e.name.startswith("MANIFEST")
            or e.name.endswith((".log", ".sst"))
        ]
    except OSError:
        return ()
    return tuple(sorted(entries))
