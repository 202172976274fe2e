"""Export throughput: a synthetic store of N articles (the test world's two extractions copied
under new ids), exported whole as JSON-LD, TriG, N-Quads and Turtle. Prints triples/s per format.

    .venv/bin/python bench/export_speed.py [ARTICLES]   (default 600, about 100,000 triples)
"""

from __future__ import annotations

import io
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from world_recruitment import article_a, article_b

from kg.export import export
from kg.rdf import RunInfo, extraction_to_graph
from kg.store import open_store
from kg.vocab import graph_iri


def build(store, articles: int) -> None:
    run = RunInfo(version="bench", model="none", started="2026-11-23T00:00:00+00:00")
    templates = (article_a(), article_b())
    for i in range(articles):
        template = templates[i % 2]
        article = replace(template.article, id=f"bench-{i}")
        events = tuple(
            replace(e, id=e.id.replace(template.article.id, article.id)) for e in template.events
        )
        ex = replace(template, article=article, events=events)
        store.replace_graphs({str(graph_iri(article.id)): extraction_to_graph(ex, run)})


def main() -> None:
    articles = int(sys.argv[1]) if len(sys.argv) > 1 else 600
    with open_store("memory:") as store:
        build(store, articles)
        triples = store.triple_count()
        print(f"store: {articles} articles, {triples} triples (memory:)")
        for fmt in ("jsonld", "trig", "nquads", "turtle"):
            out = io.BytesIO()
            started = time.perf_counter()
            export(store, fmt, out)
            seconds = time.perf_counter() - started
            size = len(out.getvalue()) / 1e6
            print(f"{fmt:8} {seconds:6.2f} s  {triples / seconds:9,.0f} triples/s  {size:.1f} MB")


if __name__ == "__main__":
    main()
