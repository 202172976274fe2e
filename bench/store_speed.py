"""Store write and read costs: replace_graphs in batches of 16 articles (what the pipeline does),
re-ingesting the same articles (replacement), and a few reads, on the embedded stores.

    .venv/bin/python bench/store_speed.py [ARTICLES]   (default 800, about 140,000 triples)
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from world_recruitment import article_a, article_b

from kg.rdf import RunInfo, extraction_to_graph
from kg.store import open_store
from kg.vocab import graph_iri

BATCH = 16


def graphs(articles: int) -> list[dict]:
    run = RunInfo(version="bench", model="none", started="2026-11-23T00:00:00+00:00")
    templates = (article_a(), article_b())
    batches, batch = [], {}
    for i in range(articles):
        template = templates[i % 2]
        article = replace(template.article, id=f"bench-{i}")
        events = tuple(
            replace(e, id=e.id.replace(template.article.id, article.id)) for e in template.events
        )
        ex = replace(template, article=article, events=events)
        batch[str(graph_iri(article.id))] = extraction_to_graph(ex, run)
        if len(batch) == BATCH:
            batches.append(batch)
            batch = {}
    return [*batches, batch] if batch else batches


def timed(label: str, triples: int, action) -> None:
    started = time.perf_counter()
    action()
    seconds = time.perf_counter() - started
    print(f"{label:34} {seconds:6.2f} s  {triples / seconds:9,.0f} triples/s")


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 800
    batches = graphs(articles)
    triples = sum(len(g) for batch in batches for g in batch.values())
    print(f"{articles} articles, {triples} triples, batches of {BATCH}")
    with tempfile.TemporaryDirectory() as tmp:
        for url in ("memory:", f"oxigraph:{tmp}/kg"):
            with open_store(url) as store:

                def write_all(store=store) -> None:
                    for batch in batches:
                        store.replace_graphs(batch)

                timed(f"{url.split(':')[0]}: first ingest", triples, write_all)
                timed(f"{url.split(':')[0]}: re-ingest (replace)", triples, write_all)
                assert store.triple_count() == triples
                started = time.perf_counter()
                for _ in range(20):
                    store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s a ?t } }")
                per_query = (time.perf_counter() - started) / 20 * 1000
                print(f"{'count typed nodes':34} {per_query:6.1f} ms")


if __name__ == "__main__":
    main()
