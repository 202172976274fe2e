"""The only orchestration: paths -> articles -> extractions -> RDF graphs -> store.

Every other module is a stage; this one composes them and streams:

- articles are read lazily (``kg.ingest.iter_articles``) and never all held in memory;
- extraction runs in ``workers`` processes, each loading the spaCy pipeline once; batches of
  articles go out and their graphs as N-Triples text come back with a tally of each extraction
  (never spaCy ``Doc`` objects; whole ``Extraction`` dataclasses only when the caller keeps them),
  with at most ``2 * workers`` batches in flight so memory does not grow with the corpus;
- the parent writes a batch of articles' named graphs in one ``Store.replace_graphs`` call:
  atomic, so a killed run leaves every article complete or absent, and re-ingesting an article
  replaces its graph instead of duplicating it.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import ConfigError, ExtractionError, InputError, KGError
from kg.pipeline_results import Failure, IngestReport, Mapped, Tally, map_extraction, run_info

if TYPE_CHECKING:
    from kg.ingest import IngestOptions
    from kg.merge import IngestRecords
    from kg.settings import Settings
    from kg.store import Store
    from kg.types import Article, Extraction

log = logging.getLogger(__name__)

# Articles per task sent to a worker. spaCy is fastest with batches of 4-16 here (RECIPES.md).
WORKER_BATCH = 8
# Articles per store transaction: the first after STORE_BATCH articles, so a reader sees the
# first ones early, then doubling up to STORE_BATCH_MAX. Each bulk load of new graphs costs
# about 40 ms of writer CPU whatever its size (sorted files for every index, then compaction of
# the small files): 300 articles in loads of 16 took 1.5 s of writer CPU, in 16, 32, then 64,
# 1.0 s. Once every article has gone to the workers (the Tail), the writer stores what it holds
# and the rest in batches of STORE_BATCH_TAIL: what it writes after the last extraction, which
# no worker overlaps, stays small.
STORE_BATCH = 16
STORE_BATCH_MAX = 64
STORE_BATCH_TAIL = 8
# Imported once by the fork server before it forks the workers, which then start with spaCy, its
# English pipeline code and the extraction and RDF modules already in memory instead of each
# importing them (about 2 s of CPU per worker). The model package is added by name.
WORKER_PRELOAD = (
    "__main__",  # the fork server's default: functions of a user's script stay picklable
    "spacy",
    "spacy.lang.en",
    "spacy.pipeline.factories",
    "kg.extract.entities",
    "kg.extract.events",
    "kg.extract.timexes",
    "kg.nlp",
    "kg.pipeline",
    "kg.rdf",
    "kg.store.serialized",
    "kg.taxonomy",
)


def default_workers(requested: int) -> int:
    return requested if requested > 0 else max(1, os.cpu_count() or 1)


# --- extraction, in this process or in a pool ------------------------------------------------


@dataclass
class Tail:
    """Set by the worker pool once it has sent out every article: the results still to come are
    the last ones (see STORE_BATCH_TAIL)."""

    reached: bool = False


_worker: dict[str, Any] = {}


def _init_worker(settings: Settings, run: Any, keep: bool) -> None:
    from kg.extract import Extractor

    try:
        _worker.update(extractor=Extractor(settings), run=run, keep=keep)
    except KGError as exc:  # e.g. a missing model: say so from the first task, not a dead pool
        _worker["error"] = str(exc)


def _extract_batch(articles: list[Article]) -> list[Mapped | Failure]:
    if "error" in _worker:
        raise ConfigError(_worker["error"])
    return _extract_with(_worker["extractor"], _worker["run"], articles, _worker["keep"])


def _extract_with(
    extractor: Any, run: Any, articles: list[Article], keep: bool
) -> list[Mapped | Failure]:
    try:
        return [
            map_extraction(e, run, keep) for e in extractor.extract_many(articles, len(articles))
        ]
    except KGError:
        raise
    except Exception:  # one bad article must not sink its batch: retry one by one
        log.debug("batch failed, retrying articles one at a time", exc_info=True)
    results: list[Mapped | Failure] = []
    for article in articles:
        try:
            results.append(map_extraction(extractor.extract(article), run, keep))
        except Exception as exc:
            log.exception("extraction failed for %s", article.path or article.id)
            results.append(Failure(article.path, article.record, f"extraction failed: {exc}"))
    return results


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _balanced_batches(items: Iterable[Any], size: int, workers: int) -> Iterator[list[Any]]:
    """Batches of ``size``, except the last ``size * workers`` items or a few fewer, which go out
    in batches of ``size // 4``: with full batches to the end, one worker idled for half a batch on
    average while another finished the last one. Reads only that many items ahead."""
    iterator = iter(items)
    tail = size * workers
    ahead = list(islice(iterator, tail))
    while more := list(islice(iterator, size)):
        yield ahead[:size]
        ahead = ahead[size:] + more
    yield from _batches(ahead, max(1, size // 4))


def extract_articles(
    articles: Iterable[Article],
    settings: Settings,
    workers: int = 1,
    *,
    keep: bool = True,
    tail: Tail | None = None,
) -> Iterator[Mapped | Failure]:
    """Extract and map every article, in input order, with ``workers`` processes (1 = here);
    ``keep``: each result carries its extraction, else only its tally (less for workers to send);
    ``tail`` is set once every article has gone to the workers."""
    run = run_info(settings.spacy_model)
    if workers <= 1:
        from kg.extract import Extractor

        extractor = Extractor(settings)
        for batch in _batches(articles, settings.batch_size or WORKER_BATCH):
            yield from _extract_with(extractor, run, batch, keep)
        return
    yield from _extract_in_pool(articles, settings, workers, run, keep, tail or Tail())


def _extract_in_pool(
    articles: Iterable[Article], settings: Settings, workers: int, run: Any, keep: bool, tail: Tail
) -> Iterator[Mapped | Failure]:
    context = _worker_context(settings.spacy_model)
    initargs = (settings, run, keep)
    pool = ProcessPoolExecutor(workers, context, initializer=_init_worker, initargs=initargs)
    try:
        pending: list[Future] = []
        size = settings.batch_size or WORKER_BATCH
        for batch in _balanced_batches(articles, size, workers):
            pending.append(pool.submit(_extract_batch, batch))
            if len(pending) >= 2 * workers:  # bounded window: memory stays flat
                yield from pending.pop(0).result()
        tail.reached = True
        for future in pending:
            yield from future.result()
    except BrokenProcessPool:
        raise ExtractionError(
            "an extraction worker process died (out of memory, or killed)",
            hint="articles stored so far are complete; rerun, or use --workers 1",
        ) from None
    finally:
        # Without waiting: the workers exit while the writer stores the last batch and merges.
        pool.shutdown(wait=False, cancel_futures=True)


def start_worker_server(settings: Settings, workers: int) -> None:
    """Start the workers' fork server now when there will be worker processes: it imports spaCy
    and the extraction code (about 2 s, one core) while this process goes on opening the store
    and reading the first articles on the other, instead of after."""
    if default_workers(workers) <= 1:
        return
    from multiprocessing import forkserver

    _worker_context(settings.spacy_model)
    forkserver.ensure_running()


def _worker_context(model: str) -> Any:
    """The forkserver context: workers start from a clean process, not a copy of a parent that
    may hold an open RocksDB store and its threads."""
    import multiprocessing

    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(_preload(model))
    return context


def _preload(model: str) -> list[str]:
    """Modules for the fork server to import: ours and, when the model is an installed package
    (not a path), the model's. The server skips a module it cannot import; it is only slower."""
    package = [model] if model.isidentifier() else []
    return [*WORKER_PRELOAD, *package]


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
    records: IngestRecords | None = None,
) -> IngestReport:
    """Read, extract and store every article under ``paths``; bad inputs are reported, not fatal.
    ``records`` collects the stored articles' events for the merge that follows."""
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

    tail = Tail()
    results = extract_articles(
        good_articles(), settings, default_workers(workers), keep=False, tail=tail
    )
    store_extractions(
        results,
        store,
        report,
        fail=fail,
        progress=progress,
        model=settings.spacy_model,
        tail=tail,
        records=records,
    )
    return report


def ingest_articles(
    articles: Iterable[Article], settings: Settings, store: Store, *, workers: int = 1
) -> tuple[IngestReport, list[Extraction]]:
    """Ingest articles already in memory (the UI's upload and paste); returns the extractions."""
    report = IngestReport()
    kept: list[Extraction] = []

    def keep(results: Iterable[Mapped | Failure]) -> Iterator[Mapped | Failure]:
        for item in results:
            if isinstance(item, Mapped) and item.extraction is not None:
                kept.append(item.extraction)
            yield item

    tail = Tail()
    results = extract_articles(articles, settings, workers, tail=tail)
    store_extractions(
        keep(results),
        store,
        report,
        fail=report.failures.append,
        model=settings.spacy_model,
        tail=tail,
    )
    return report, kept


def store_extractions(
    results: Iterable[Mapped | Extraction | Failure],
    store: Store,
    report: IngestReport,
    *,
    fail: Callable[[Failure], None],
    progress: Callable[[int], None] | None = None,
    model: str = "",
    tail: Tail | None = None,
    records: IngestRecords | None = None,
) -> None:
    """Write articles' graphs in atomic batches of growing size (mapping here any extraction not
    yet mapped), noting each article's events in ``records`` when given."""
    run = run_info(model)
    batch: dict[str, Any] = {}
    limit = STORE_BATCH
    for item in results:
        if isinstance(item, Failure):
            fail(item)
            continue
        mapped = item if isinstance(item, Mapped) else map_extraction(item, run, keep=False)
        batch[mapped.graph_iri] = mapped.graph
        _count(report, mapped.tally)
        if records is not None:
            records.add(mapped.article_iri, mapped.merge_records)
        # the last results: store what is held at once, then in small batches
        last_results = tail is not None and tail.reached
        if len(batch) >= limit or (last_results and limit > STORE_BATCH_TAIL):
            _commit(store, batch, report)
            batch = {}
            limit = STORE_BATCH_TAIL if last_results else min(2 * limit, STORE_BATCH_MAX)
        if progress:
            progress(1)
    if batch:
        _commit(store, batch, report)


def _commit(store: Store, batch: dict[str, Any], report: IngestReport) -> None:
    store.replace_graphs(batch)
    log.info("stored %d articles (%d so far)", len(batch), report.articles)


def _count(report: IngestReport, tally: Tally) -> None:
    report.articles += 1
    report.events += tally.events
    report.entities += tally.entities
    report.event_types.update(tally.event_types)
    report.warnings.extend(f"{tally.where}: {w}" for w in tally.warnings)
