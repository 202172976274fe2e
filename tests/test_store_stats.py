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


def test_staging_graphs_left_by_a_failed_import_are_not_counted_as_articles():
    from kg.commands.stats import store_stats
    from kg.store.staging import STAGING_BASE

    triple = "<http://example.org/s> <http://example.org/p> <http://example.org/o> ."
    with open_store("memory:") as store:
        for graph in (str(graph_iri("a1")), f"{STAGING_BASE}0123abcd/0"):
            store.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {triple} }} }}")
        figures = store_stats(store)
    assert figures["article graphs"] == 1
    assert figures["staging graphs of failed imports"] == 1
