"""How the pipeline cuts the article stream into worker tasks (every article once, in input order,
full batches while the stream lasts and small ones at its end so the workers finish together) and
the results into store transactions (the first early, later ones bigger)."""

from __future__ import annotations

import pytest

from kg.pipeline import (
    STORE_BATCH,
    STORE_BATCH_MAX,
    STORE_BATCH_TAIL,
    IngestReport,
    Mapped,
    Tail,
    Tally,
    _balanced_batches,
    store_extractions,
)
from kg.store.terms import SerializedGraph
from kg.types import Article, Extraction


@pytest.mark.parametrize("count", [0, 1, 7, 8, 15, 16, 17, 33, 100])
def test_every_article_once_in_input_order(count: int) -> None:
    batches = list(_balanced_batches(iter(range(count)), 8, 2))
    assert [item for batch in batches for item in batch] == list(range(count))
    assert all(0 < len(batch) <= 8 for batch in batches)


def test_the_stream_ends_in_small_batches_for_every_worker() -> None:
    sizes = [len(b) for b in _balanced_batches(iter(range(300)), 8, 2)]
    assert sizes[:30] == [8] * 30  # full batches while the stream lasts: spaCy's best size
    tail = sizes[sizes.index(2) :]
    assert set(tail) <= {1, 2} and len(tail) >= 2 * 2  # at least two small tasks per worker


def test_reads_a_bounded_number_of_articles_ahead() -> None:
    read = []

    def stream():
        for i in range(1000):
            read.append(i)
            yield i

    batches = _balanced_batches(stream(), 8, 2)
    next(batches)
    assert len(read) <= 8 + 8 * 2


class _Recorder:
    """A store that notes the graphs of each atomic write."""

    def __init__(self) -> None:
        self.writes: list[list[str]] = []

    def replace_graphs(self, graphs) -> None:
        self.writes.append(list(graphs))


def _results(count: int) -> list[Mapped]:
    line = '<http://example.org/s> <http://example.org/p> "o" .'
    return [
        Mapped(Tally.of(Extraction(Article(id=f"a{i}", text="t"))), f"http://example.org/g{i}",
               SerializedGraph(line, 1))
        for i in range(count)
    ]  # fmt: skip


def test_the_first_articles_are_stored_early_and_later_ones_in_bigger_transactions() -> None:
    store, report = _Recorder(), IngestReport()
    store_extractions(_results(300), store, report, fail=report.failures.append)
    sizes = [len(write) for write in store.writes]
    assert sizes[0] == STORE_BATCH
    assert sizes[1] == 2 * STORE_BATCH
    assert max(sizes) == STORE_BATCH_MAX
    assert [g for write in store.writes for g in write] == [
        f"http://example.org/g{i}" for i in range(300)
    ]  # every article once, in input order
    assert report.articles == 300


def test_once_every_article_is_out_the_writer_stores_what_it_holds_and_the_rest_in_small_batches():
    # The writer's work after the last extraction is serial time no worker overlaps.
    store, report, tail = _Recorder(), IngestReport(), Tail()

    def results():
        for i, item in enumerate(_results(150)):
            if i == 130:  # the pool has sent out every article; 20 results are still to come
                tail.reached = True
            yield item

    store_extractions(results(), store, report, fail=report.failures.append, tail=tail)
    sizes = [len(write) for write in store.writes]
    assert sizes[:3] == [STORE_BATCH, 2 * STORE_BATCH, STORE_BATCH_MAX]
    assert sum(sizes[:4]) == 131  # what it held when the tail began, stored at once
    assert all(size <= STORE_BATCH_TAIL for size in sizes[4:]) and sum(sizes) == 150
