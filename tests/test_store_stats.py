"""`kg stats` counts what the store holds, checked against the hand-made world it was built from."""

from __future__ import annotations

import json
from collections import Counter

from world_recruitment import article_a, article_b

from kg.cli import main
from kg.rdf import RunInfo, extraction_to_graph
from kg.store import open_store
from kg.vocab import graph_iri


def test_stats_json_counts_articles_events_and_entities_per_type(tmp_path, capsys):
    extractions = [article_a(), article_b()]
    url = f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url) as store:
        store.replace_graphs(
            {
                str(graph_iri(ex.article.id)): extraction_to_graph(ex, RunInfo())
                for ex in extractions
            }
        )
        triples = store.triple_count()
    assert main(["--store", url, "stats", "--format", "json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    entities = {e.id: e.type for ex in extractions for e in ex.entities}
    assert figures["triples"] == triples
    assert figures["article graphs"] == 2
    assert figures["merged graph"] is False
    assert figures["articles"] == 2
    assert figures["events"] == sum(len(ex.events) for ex in extractions)
    per_type = {k.removeprefix("entities: "): v for k, v in figures.items() if ": " in k}
    assert per_type == dict(Counter(entities.values()))


def test_stats_table_on_an_empty_store(tmp_path, capsys):
    url = f"oxigraph:{tmp_path / 'kg'}"
    open_store(url).close()
    assert main(["--store", url, "stats"]) == 0
    out = capsys.readouterr().out
    assert "triples" in out
    assert "article graphs" in out
