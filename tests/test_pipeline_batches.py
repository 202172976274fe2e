"""How the pipeline cuts the article stream into worker tasks: every article once, in input order,
full batches while the stream lasts and small ones at its end so the workers finish together."""

from __future__ import annotations

import pytest

from kg.pipeline import _balanced_batches


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
