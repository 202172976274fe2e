"""Where `kg ingest` spends CPU beyond the model: per-article CPU milliseconds of every stage of
the worker and of the parent, measured in one process with ``time.process_time``.

The stages are those of ``kg ingest`` (kg/pipeline.py), run one after the other over the same
articles of the benchmark corpus (bench/corpus.py):

- parent, reading: the JSON Lines corpus read into Articles (ids, dates, language);
- worker: the spaCy pipeline (``nlp.pipe``, for scale), then entities, time expressions and
  events from the parsed Docs, the RDF mapping, pickling a batch's results for the parent;
- parent, writing: unpickling them, writing them to a fresh on-disk store in the pipeline's
  batches (RocksDB's background threads count: they are this process's threads) and the
  cross-document merge.

    python bench/profile_ingest.py --articles 150
    python bench/profile_ingest.py --articles 150 --rules 25   # also the rules' top functions

``--rules N`` samples the extraction stages every millisecond of CPU and lists the N functions
of ``kg/extract`` with the most cumulative CPU, in milliseconds per article (the function on the
stack in that share of the samples).
"""

from __future__ import annotations

import argparse
import pickle
import signal
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from corpus import write_corpus  # noqa: E402

OUT = HERE / "out"


class Clock:
    """CPU seconds per named stage, summed over calls."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str) -> Iterator[None]:
        start = time.process_time()
        try:
            yield
        finally:
            self.seconds[name] = self.seconds.get(name, 0.0) + time.process_time() - start

    def report(self, articles: int) -> None:
        width = max(len(name) for name in self.seconds)
        for name, seconds in self.seconds.items():
            print(f"{name:{width}}  {seconds:7.3f} s  {1000 * seconds / articles:7.2f} ms/article")


def _batches(items: list[Any], size: int) -> list[list[Any]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


def profile(articles_wanted: int, batch: int, rules: int) -> None:
    from kg.extract import Extractor, _timexes
    from kg.extract.entities import extract_entities
    from kg.extract.events import extract_events
    from kg.ingest import iter_articles
    from kg.pipeline import (
        STORE_BATCH,
        STORE_BATCH_MAX,
        IngestReport,
        map_extraction,
        run_info,
        store_extractions,
    )
    from kg.settings import Settings
    from kg.store.oxigraph import OxigraphStore
    from kg.types import Extraction

    corpus = write_corpus(articles_wanted, OUT / f"corpus-{articles_wanted}.jsonl")
    settings = Settings.load()
    clock = Clock()
    with clock.stage("parent: read articles"):
        articles = [a for a in iter_articles([corpus]) if not isinstance(a, Exception)]
    count = len(articles)
    extractor = Extractor(settings)
    run = run_info(settings.spacy_model)
    with clock.stage("worker: nlp.pipe (the model)"):
        docs = list(extractor.nlp.pipe((a.text for a in articles), batch_size=batch))

    profiler = _sampler() if rules else None

    def extract(article: Any, doc: Any) -> Extraction:
        with clock.stage("worker: entities"):
            entities = extract_entities(doc, article, extractor.gazetteer, extractor.entity_lexicon)
        with clock.stage("worker: time expressions"):
            timexes, warnings = _timexes(article)
        with clock.stage("worker: events"):
            events = extract_events(
                doc,
                article,
                entities,
                timexes,
                extractor.lexicon,
                extractor.taxonomy,
                extractor.called,
            )
        return Extraction(article, entities, events, tuple(timexes), extractor.model, warnings)

    if profiler is not None:
        profiler.start()
    extractions = [extract(a, d) for a, d in zip(articles, docs, strict=True)]
    if profiler is not None:
        profiler.stop()
    with clock.stage("worker: RDF mapping"):
        mapped = [map_extraction(e, run, keep=False) for e in extractions]  # as `kg ingest` does
    with clock.stage("worker: pickle results"):
        sent = [pickle.dumps(b, pickle.HIGHEST_PROTOCOL) for b in _batches(mapped, batch)]
    with clock.stage("parent: unpickle results"):
        received = [item for blob in sent for item in pickle.loads(blob)]
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        _write(clock, received, Path(tmp) / "kg", OxigraphStore, store_extractions, IngestReport)
    print(f"{count} articles, worker batch {batch}, store batches {STORE_BATCH} up to "
          f"{STORE_BATCH_MAX}; "
          f"results pickled: {sum(map(len, sent)) / count / 1024:.1f} KiB/article")  # fmt: skip
    clock.report(count)
    beyond = sum(s for n, s in clock.seconds.items() if "nlp.pipe" not in n)
    print(f"all but the model: {1000 * beyond / count:.2f} ms/article")
    if profiler is not None:
        _top_rules(profiler, count, rules)


def _write(
    clock: Clock,
    received: list[Any],
    location: Path,
    open_store: Any,
    store_extractions: Callable[..., None],
    report_type: Callable[[], Any],
) -> None:
    from kg.merge import IngestRecords, merge_store

    with clock.stage("parent: open store"):
        store = open_store.on_disk(str(location))
    report = report_type()
    with clock.stage("parent: merge"):  # as kg ingest: what the store held before, then ...
        records = IngestRecords.read(store)
    with clock.stage("parent: write graphs"):
        store_extractions(received, store, report, fail=report.failures.append, records=records)
    with clock.stage("parent: merge"):  # ... with the events of what was written
        merge_store(store, records.events())
    with clock.stage("parent: close store"):
        store.close()


class Sampler:
    """A sampling profiler: every ``interval`` CPU seconds (SIGPROF) it notes which functions of
    ``kg/extract`` are on the stack. Unlike cProfile, which hooks every call and slowed the
    rules three to four times, it leaves the code it watches at its own speed."""

    def __init__(self, interval: float = 0.001) -> None:
        self.interval = interval
        self.hits: dict[str, int] = {}
        self.own: dict[str, int] = {}
        self.samples = 0
        self.cpu = 0.0  # CPU seconds between start and stop

    def _sample(self, _signum: int, frame: Any) -> None:
        self.samples += 1
        seen: list[str] = []
        while frame is not None:
            code = frame.f_code
            if "/kg/extract/" in code.co_filename:
                seen.append(f"{Path(code.co_filename).name}:{code.co_name}")
            frame = frame.f_back
        if seen:  # the innermost rule function: where the sample's CPU went, spaCy's included
            self.own[seen[0]] = self.own.get(seen[0], 0) + 1
        for where in set(seen):  # once per sample however deep it recurses
            self.hits[where] = self.hits.get(where, 0) + 1

    def start(self) -> None:
        signal.signal(signal.SIGPROF, self._sample)
        signal.setitimer(signal.ITIMER_PROF, self.interval, self.interval)
        self.cpu -= time.process_time()

    def stop(self) -> None:
        self.cpu += time.process_time()
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, signal.SIG_DFL)


def _sampler() -> Sampler:
    return Sampler()


def _top_rules(profiler: Sampler, articles: int, limit: int) -> None:
    """The ``limit`` functions of kg/extract with the most cumulative CPU: the CPU of the
    profiled stages shared out by each function's share of the samples (the kernel's timer ticks
    coarser than asked, so the count of samples says less than their shares)."""
    print(f"\ntop {limit} kg/extract functions by cumulative CPU "
          f"({profiler.samples} samples, ms/article):")  # fmt: skip
    per_sample = profiler.cpu / max(1, profiler.samples) / articles
    print("  cumulative  own  function (own: not in another rule function it calls)")
    for where, hits in sorted(profiler.hits.items(), key=lambda kv: -kv[1])[:limit]:
        own = profiler.own.get(where, 0)
        print(f"  {1000 * hits * per_sample:10.2f} {1000 * own * per_sample:4.2f}  {where}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=150)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--rules", type=int, default=0, help="list the N costliest rule functions")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    profile(args.articles, args.batch, args.rules)


if __name__ == "__main__":
    main()
