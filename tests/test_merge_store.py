"""Merging through a real store: two outlets reporting one sanction give one merged event."""

from __future__ import annotations

from kg.merge import merge_store
from kg.pipeline import run_info
from kg.rdf import extraction_to_graph
from kg.store import open_store
from kg.types import Article, Entity, Event, EventDate, Extraction, Participant, Span
from kg.vocab import MERGED_GRAPH, graph_iri

COUNT_MERGED = """
PREFIX nkg: <https://w3id.org/newskg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
SELECT ?merged (COUNT(DISTINCT ?member) AS ?members) (COUNT(DISTINCT ?source) AS ?sources)
WHERE { GRAPH ?g { ?merged nkg:mergedFrom ?member ; prov:wasDerivedFrom ?source } }
GROUP BY ?merged
"""


def sanction_report(article_id: str, text: str, day: str | None, published: str) -> Extraction:
    article = Article(id=article_id, text=text, published=published, published_source="metadata")
    start = text.index("sanctioned")
    us = Entity(id="country/us", name="United States", type="Country", mentions=(Span("US", 0, 2),))
    ru = Entity(id="country/ru", name="Russia", type="Country")
    date = (
        EventDate(day, "on Thursday", 0, 0, "day", day, day, "text")
        if day
        else EventDate(None, None, None, None, None, published, published, "published")
    )
    event = Event(
        id=f"{article_id}-{start}",
        type="Sanction",
        plover="SANCTION",
        label="US sanctions Russia",
        trigger=Span("sanctioned", start, start + len("sanctioned")),
        date=date,
        participants=(
            Participant("actor", us.id, "US", 0, 2),
            Participant("target", ru.id, "Russia", start + 11, start + 17),
        ),
        evidence=Span(text, 0, len(text)),
        confidence=0.8,
    )
    return Extraction(article=article, entities=(us, ru), events=(event,))


def test_one_happening_from_two_outlets_is_merged_once_with_both_sources():
    run = run_info("test-model")
    reports = [
        sanction_report("a1", "US sanctioned Russia on Thursday.", "2021-04-15", "2021-04-16"),
        sanction_report("a2", "US sanctioned Russia over the hack.", None, "2021-04-17"),
        sanction_report("a3", "US sanctioned Russia again.", "2022-02-22", "2022-02-23"),
    ]
    with open_store("memory:") as store:
        store.replace_graphs(
            {graph_iri(r.article.id): extraction_to_graph(r, run) for r in reports}
        )
        first = merge_store(store)
        rows = store.query(COUNT_MERGED).rows
        again = merge_store(store)  # idempotent: the merged graph is replaced, not added to
        assert store.query(COUNT_MERGED).rows == rows
        assert str(MERGED_GRAPH) in [str(g) for g in store.graph_iris()]
    assert (first.events, first.merged_events, first.member_events) == (3, 1, 2)
    assert again == first
    assert [(int(r[1]), int(r[2])) for r in rows] == [(2, 2)]
