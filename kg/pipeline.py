"""The only orchestration: paths -> articles -> extractions -> RDF graphs -> store.

Every other module is a stage; this one composes them and streams:

- articles are read lazily (``kg.ingest.iter_articles``) and never all held in memory;
- extraction runs in ``workers`` processes, each loading the spaCy pipeline once; batches of
  articles go out and small ``Extraction`` dataclasses come back (never spaCy ``Doc`` objects),
  with at most ``2 * workers`` batches in flight so memory does not grow with the corpus;
- the parent maps each extraction to its article's named graph and writes a batch of graphs in
  one ``Store.replace_graphs`` call: atomic, so a killed run leaves every article complete or
  absent, and re-ingesting an article replaces its graph instead of duplicating it.
"""

from __future__ import annotations

import json
import logging
import os
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import InputError, KGError

if TYPE_CHECKING:
    from kg.ingest import IngestOptions
    from kg.settings import Settings
    from kg.store import Store
    from kg.types import Article, Extraction

log = logging.getLogger(__name__)

# Articles per task sent to a worker and per store transaction. spaCy is fastest with batches of
# 4-16 here (RECIPES.md); a store transaction per 16 articles keeps commits cheap but frequent.
WORKER_BATCH = 8
STORE_BATCH = 16


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested, with enough detail to retry it."""

    path: str | None
    record: str | None
    reason: str

    def line(self) -> str:
        where = self.path or "<input>"
        if self.record:
            where += f" [{self.record}]"
        return f"{where}: {self.reason}"


@dataclass
class IngestReport:
    articles: int = 0
    events: int = 0
    entities: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    event_types: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.failures

    def write(self, path: str | Path) -> None:
        """Write the failures as JSON Lines so a user can fix and retry exactly those inputs."""
        with Path(path).open("w", encoding="utf-8") as fh:
            for failure in self.failures:
                fh.write(json.dumps(failure.__dict__, ensure_ascii=False) + "\n")


def default_workers(requested: int) -> int:
    return requested if requested > 0 else max(1, os.cpu_count() or 1)


# --- extraction, in this process or in a pool ------------------------------------------------

_worker_extractor: Any = None


def _init_worker(settings: Settings) -> None:
    global _worker_extractor
    from kg.extract import Extractor

    _worker_extractor = Extractor(settings)


def _extract_batch(articles: list[Article]) -> list[Extraction | Failure]:
    return _extract_with(_worker_extractor, articles)


def _extract_with(extractor: Any, articles: list[Article]) -> list[Extraction | Failure]:
    try:
        return list(extractor.extract_many(articles, batch_size=len(articles)))
    except KGError:
        raise
    except Exception:  # one bad article must not sink its batch: retry one by one
        log.debug("batch failed, retrying articles one at a time", exc_info=True)
    results: list[Extraction | Failure] = []
    for article in articles:
        try:
            results.append(extractor.extract(article))
        except Exception as exc:
            log.exception("extraction failed for %s", article.path or article.id)
            results.append(Failure(article.path, article.record, f"extraction failed: {exc}"))
    return results


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def extract_articles(
    articles: Iterable[Article], settings: Settings, workers: int = 1
) -> Iterator[Extraction | Failure]:
    """Extract every article, in input order, with ``workers`` processes (1 = in this process)."""
    if workers <= 1:
        from kg.extract import Extractor

        extractor = Extractor(settings)
        for batch in _batches(articles, settings.batch_size or WORKER_BATCH):
            yield from _extract_with(extractor, batch)
        return
    yield from _extract_in_pool(articles, settings, workers)


def _extract_in_pool(
    articles: Iterable[Article], settings: Settings, workers: int
) -> Iterator[Extraction | Failure]:
    import multiprocessing

    # forkserver: workers start from a clean process, not a copy of a parent that may hold an
    # open RocksDB store and its threads.
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(
        workers, context, initializer=_init_worker, initargs=(settings,)
    ) as pool:
        pending: list[Future] = []
        for batch in _batches(articles, settings.batch_size or WORKER_BATCH):
            pending.append(pool.submit(_extract_batch, batch))
            if len(pending) >= 2 * workers:  # bounded window: memory stays flat
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


# --- the whole job ---------------------------------------------------------------------------


def ingest(
    paths: Iterable[str | Path],
    settings: Settings,
    store: Store,
    *,
    options: IngestOptions | None = None,
    workers: int = 0,
    progress: Callable[[int], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
) -> IngestReport:
    """Read, extract and store every article under ``paths``; bad inputs are reported, not fatal."""
    from kg.ingest import IngestOptions, iter_articles

    report = IngestReport()

    def fail(failure: Failure) -> None:
        report.failures.append(failure)
        if on_failure:
            on_failure(failure)

    def good_articles() -> Iterator[Article]:
        for item in iter_articles(paths, options or IngestOptions()):
            if isinstance(item, InputError):
                fail(Failure(item.path, item.record, item.message))
            else:
                yield item

    extractions = extract_articles(good_articles(), settings, default_workers(workers))
    store_extractions(
        extractions, store, report, fail=fail, progress=progress, model=settings.spacy_model
    )
    return report


def ingest_articles(
    articles: Iterable[Article], settings: Settings, store: Store, *, workers: int = 1
) -> tuple[IngestReport, list[Extraction]]:
    """Ingest articles already in memory (the UI's upload and paste); returns the extractions."""
    report = IngestReport()
    kept: list[Extraction] = []

    def keep(extractions: Iterable[Extraction | Failure]) -> Iterator[Extraction | Failure]:
        for item in extractions:
            if not isinstance(item, Failure):
                kept.append(item)
            yield item

    extractions = extract_articles(articles, settings, workers)
    store_extractions(
        keep(extractions), store, report, fail=report.failures.append, model=settings.spacy_model
    )
    return report, kept


def store_extractions(
    extractions: Iterable[Extraction | Failure],
    store: Store,
    report: IngestReport,
    *,
    fail: Callable[[Failure], None],
    progress: Callable[[int], None] | None = None,
    model: str = "",
) -> None:
    """Map extractions to named graphs and write them in atomic batches."""
    from kg.rdf import extraction_to_graph
    from kg.vocab import graph_iri

    run = run_info(model)
    batch: dict[str, Any] = {}
    for item in extractions:
        if isinstance(item, Failure):
            fail(item)
            continue
        batch[graph_iri(item.article.id)] = extraction_to_graph(item, run)
        _count(report, item)
        if len(batch) >= STORE_BATCH:
            _commit(store, batch, report)
            batch = {}
        if progress:
            progress(1)
    if batch:
        _commit(store, batch, report)


def _commit(store: Store, batch: dict[str, Any], report: IngestReport) -> None:
    store.replace_graphs(batch)
    log.info("stored %d articles (%d so far)", len(batch), report.articles)


def _count(report: IngestReport, extraction: Extraction) -> None:
    report.articles += 1
    report.events += len(extraction.events)
    report.entities += len(extraction.entities)
    report.event_types.update(e.type for e in extraction.events)
    report.warnings.extend(
        f"{extraction.article.path or extraction.article.id}: {w}" for w in extraction.warnings
    )


def run_info(model: str) -> Any:
    """Provenance of this run: tool version, model and start time (the one place for now())."""
    from kg import __version__
    from kg.rdf import RunInfo

    return RunInfo(
        tool="newskg",
        version=__version__,
        model=model,
        started=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    )
