"""The ingest write path: extraction workers write N-Triples lines (kg.rdf.extraction_to_ntriples),
the single writer loads a batch of new article graphs in one atomic step. What users rely on: every
character of the text comes back exactly, and a batch is stored whole or not at all."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Literal
from world_recruitment import article_a, article_b

from kg.errors import KGError, StoreError
from kg.pipeline import IngestReport, map_extraction, store_extractions
from kg.rdf import RunInfo, extraction_to_graph
from kg.store import open_store, oxigraph
from kg.store.terms import SerializedGraph
from kg.types import Article, Entity, Event, EventDate, Extraction, Participant, Span
from kg.vocab import graph_iri

# Invented text with everything N-Triples must escape or carry through: quotes, backslashes,
# line breaks, tabs, control characters, bidi marks, emoji and non-Latin script.
TEXT = (
    'The "Unit\\42" said:\n\tno comment.\x1b Agent \u202eX\u202c met \U0001f575 envoys in '
    "\u0645\u0631\u062d\u0628\u0627 on Monday."
)
SPANS = """
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT ?text ?begin ?end WHERE { GRAPH ?g { ?s nif:anchorOf ?text ;
  nif:beginIndex ?begin ; nif:endIndex ?end } }
"""
HEADLINE = "SELECT ?t WHERE { GRAPH ?g { ?a <https://schema.org/headline> ?t } }"


def _span(phrase: str) -> Span:
    start = TEXT.index(phrase)
    return Span(phrase, start, start + len(phrase))


def tricky_extraction() -> Extraction:
    article = Article(
        id="odd 1", text=TEXT, title='Envoys "met"\\ in\nsecret', published="2024-03-04"
    )
    unit = Entity(
        id="org/unit-42",
        name='Unit "42"',
        type="Organization",
        mentions=(_span('"Unit\\42" said:\n\tno'), _span("\u202eX\u202c")),
    )
    agent = _span('"Unit\\42" said:\n\tno')
    meeting = Event(
        id=f"odd 1-{_span('met').start}",
        type="Meeting",
        plover="CONSULT",
        label="Unit meets envoys",
        trigger=_span("met"),
        date=EventDate(None, source="published"),
        participants=(Participant("actor", "org/unit-42", agent.text, agent.start, agent.end),),
        evidence=Span(TEXT, 0, len(TEXT)),
        confidence=0.5,
        mentions=(_span("\u202eX\u202c"),),
    )
    return Extraction(article=article, entities=(unit,), events=(meeting,))


def _store(extractions: list, store) -> IngestReport:
    report = IngestReport()
    store_extractions(extractions, store, report, fail=report.failures.append, model="m")
    return report


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_text_with_quotes_breaks_and_any_script_comes_back_exactly(backend, tmp_path) -> None:
    url = "memory:" if backend == "memory" else f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url) as store:
        report = _store([tricky_extraction()], store)
        spans = store.query(SPANS).rows
        headline = store.query(HEADLINE).rows
    assert report.articles == 1 and not report.failures
    assert {str(text) for text, _, _ in spans} >= {'"Unit\\42" said:\n\tno', "\u202eX\u202c", TEXT}
    for text, begin, end in spans:
        assert TEXT[int(begin) : int(end)] == str(text)
    assert headline == [(Literal('Envoys "met"\\ in\nsecret'),)]


def test_what_workers_send_is_stored_as_extraction_to_graph_says() -> None:
    from kg.commands.validate import store_graph

    run = RunInfo(version="1", model="m", started="2026-11-24T00:00:00+00:00")
    extractions = [article_a(), article_b(), tricky_extraction()]
    with open_store("memory:") as store:
        _store([map_extraction(ex, run) for ex in extractions], store)  # as workers map them
        stored = set(store_graph(store))
    expected = {t for ex in extractions for t in extraction_to_graph(ex, run)}
    assert stored == expected


def test_a_tally_instead_of_the_extraction_gives_the_same_report() -> None:
    # `kg ingest` keeps no extraction: its workers send each one's tally, the UI's the whole.
    run = RunInfo(version="1", model="m", started="2026-11-24T00:00:00+00:00")
    undated = replace(tricky_extraction(), warnings=("article has no publication date",))
    extractions = [article_a(), article_b(), undated]
    reports = []
    for keep in (True, False):
        mapped = [map_extraction(ex, run, keep) for ex in extractions]
        assert all((m.extraction is not None) == keep for m in mapped)
        with open_store("memory:") as store:
            reports.append(_store(mapped, store))
    assert reports[0] == reports[1]
    assert reports[1].events == sum(len(ex.events) for ex in extractions) > 0
    assert reports[1].warnings == ["odd 1: article has no publication date"]


@pytest.mark.parametrize("bulk_limit", [oxigraph.BULK_LOAD_MAX_QUADS, 1])
@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_a_batch_of_new_graphs_with_one_broken_stores_none(
    backend, bulk_limit, tmp_path, monkeypatch
) -> None:
    # A batch above the bulk loader's limit takes the transactional load: all or nothing too.
    monkeypatch.setattr(oxigraph, "BULK_LOAD_MAX_QUADS", bulk_limit)
    url = "memory:" if backend == "memory" else f"oxigraph:{tmp_path / 'kg'}"
    good = SerializedGraph('<http://example.org/s> <http://example.org/p> "fine" .', 1)
    broken = SerializedGraph('<http://example.org/s> <http://example.org/p> "unclosed .', 1)
    with open_store(url) as store:
        with pytest.raises(StoreError, match="not valid RDF"):
            store.replace_graphs({str(graph_iri("g1")): good, str(graph_iri("g2")): broken})
        assert store.graph_iris() == []
        store.replace_graphs({str(graph_iri("g1")): good})
        assert store.graph_iris() == [str(graph_iri("g1"))]


def _triple(obj: str, subject: str = "<http://example.org/s>") -> SerializedGraph:
    return SerializedGraph(f"{subject} <http://example.org/p> {obj} .", 1)


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_new_articles_and_a_reingested_one_in_one_batch_are_all_stored(backend, tmp_path) -> None:
    url = "memory:" if backend == "memory" else f"oxigraph:{tmp_path / 'kg'}"
    names = [str(graph_iri(f"g{i}")) for i in range(3)]
    with open_store(url) as store:
        store.replace_graphs({names[0]: _triple('"old"')})
        store.replace_graphs({names[0]: _triple('"new"'), **{n: _triple('"x"') for n in names[1:]}})
        rows = store.query("SELECT ?g ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert sorted((str(g), str(o)) for g, o in rows) == [
        (names[0], "new"),
        (names[1], "x"),
        (names[2], "x"),
    ]


def test_new_graphs_are_not_written_through_the_update() -> None:
    # One re-ingested article among new ones: the new ones go to the bulk loader, the update
    # holds only the changed article's difference.
    from kg.store.replacing import plan_replacement

    old, new = str(graph_iri("old")), str(graph_iri("new"))
    with open_store("memory:") as store:
        store.replace_graphs({old: _triple('"before"')})
        plan = plan_replacement(store._store, {old: _triple('"after"'), new: _triple('"x"')})
    assert list(plan.new) == [new]
    assert new not in plan.update() and '"after"' in plan.update()


@pytest.mark.parametrize("backend", ["memory", "oxigraph"])
def test_a_failing_update_takes_the_batchs_new_graphs_out_again(backend, tmp_path) -> None:
    url = "memory:" if backend == "memory" else f"oxigraph:{tmp_path / 'kg'}"
    kept, new = str(graph_iri("kept")), str(graph_iri("new"))
    with open_store(url) as store:
        store.replace_graphs({kept: _triple('"old"', subject="_:b")})  # rewritten whole next
        with pytest.raises(KGError):
            store.replace_graphs({kept: _triple('"unclosed'), new: _triple('"fine"')})
        assert store.graph_iris() == [kept]
        rows = store.query("SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }").rows
    assert [str(o) for (o,) in rows] == ["old"]
