"""Entity mentions in RDF (docs/rdf-model.md): every mention is located by NIF offsets; the words
are stored for the spans that ground an event, which is what the UI shows and highlights."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from world_recruitment import TEXT_A, article_a, span

from kg.rdf import RunInfo, extraction_to_graph
from kg.store import open_store
from kg.types import Entity, Extraction
from kg.vocab import GAF, NIF, article_iri, entity_iri, graph_iri

RUN = RunInfo(version="1", model="m", started="2026-11-24T00:00:00+00:00")


def with_bystander() -> Extraction:
    """Article A plus an entity whose only mention grounds no event."""
    ex = article_a()
    bystander = Entity(
        id="country/us", name="United States", type="Country", mentions=(span(TEXT_A, "Agency"),)
    )
    return Extraction(
        article=ex.article, entities=(*ex.entities, bystander), events=ex.events, model=ex.model
    )


@pytest.fixture(scope="module")
def graph() -> Graph:
    return extraction_to_graph(with_bystander(), RUN)


def test_every_entity_mention_is_located_by_nif_offsets(graph: Graph) -> None:
    ex = with_bystander()
    mentions = [(e, m) for e in ex.entities for m in e.mentions]
    assert len(mentions) >= 5
    for entity, mention in mentions:
        node = URIRef(f"{article_iri('a1')}#char={mention.start},{mention.end}")
        assert (URIRef(entity_iri(entity.id)), GAF.denotedBy, node) in graph
        assert graph.value(node, NIF.beginIndex) == Literal(mention.start)
        assert graph.value(node, NIF.endIndex) == Literal(mention.end)
        assert graph.value(node, NIF.referenceContext) == URIRef(article_iri("a1"))


def test_words_are_stored_for_spans_that_ground_events_only(graph: Graph) -> None:
    agency = span(TEXT_A, "Agency")  # the bystander's mention
    bystander = URIRef(f"{article_iri('a1')}#char={agency.start},{agency.end}")
    assert graph.value(bystander, NIF.beginIndex) == Literal(agency.start)
    assert graph.value(bystander, NIF.anchorOf) is None
    cia = span(TEXT_A, "Central Intelligence Agency")  # the campaign's actor
    node = URIRef(f"{article_iri('a1')}#char={cia.start},{cia.end}")
    assert graph.value(node, NIF.anchorOf) == Literal("Central Intelligence Agency")


def test_ui_evidence_highlights_participants_trigger_and_date_in_the_sentence() -> None:
    from kg.ui.load import evidence

    ex = with_bystander()
    campaign = next(e for e in ex.events if e.type == "RecruitmentCampaign")
    with open_store("memory:") as store:
        store.replace_graphs({str(graph_iri("a1")): extraction_to_graph(ex, RUN)})
        shown = evidence(store, campaign.id, "a1")
    assert shown.sentence == campaign.evidence.text
    words = {(kind, shown.sentence[start:end]) for start, end, kind, _ in shown.spans}
    assert {
        ("actor", "Central Intelligence Agency"),
        ("platform", "Telegram"),
        ("trigger", "launched"),
        ("time", "Wednesday"),
    } <= words
