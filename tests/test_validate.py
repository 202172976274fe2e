"""SHACL validation: what extraction_to_graph writes conforms, and broken data is reported."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from world_recruitment import article_a, article_b

from kg import vocab as v
from kg.cli import main
from kg.commands.validate import validate_graph
from kg.rdf import RunInfo, extraction_to_graph
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings
from kg.store import open_store

RUN = RunInfo(version="0.1.0", model="test-model", started="2026-11-23T22:00:00Z")
CAMPAIGN = v.event_iri(f"a1-{article_a().events[0].trigger.start}")


def _graph() -> Graph:
    graph = extraction_to_graph(article_a(), RUN)
    graph += extraction_to_graph(article_b(), RUN)
    return graph


def _merged_event(graph: Graph) -> URIRef:
    """A cross-document event shaped like kg.merge writes it: no mentions, only members."""
    merged = v.event_iri("merged-1")
    graph.add((merged, v.RDF.type, v.SEM.Event))
    graph.add((merged, v.SEM.eventType, v.event_type_iri("RecruitmentCampaign")))
    graph.add((merged, v.RDFS.label, Literal("CIA launches recruitment drive")))
    graph.add((merged, v.NKG.plover, Literal("REQUEST")))
    graph.add((merged, v.NKG.confidence, Literal("0.82", datatype=v.XSD.decimal)))
    graph.add((merged, v.NKG.mergedFrom, CAMPAIGN))
    graph.add((merged, v.PROV.wasDerivedFrom, v.article_iri("a1")))
    graph.add((merged, v.SEM.hasActor, v.entity_iri("org/cia")))
    return merged


def _messages(graph: Graph) -> list[tuple[str, str]]:
    return [(x.focus, x.message) for x in validate_graph(graph, DEFAULT_ONTOLOGY_DIR)]


def test_extracted_graphs_conform() -> None:
    assert validate_graph(_graph(), DEFAULT_ONTOLOGY_DIR) == []


def test_merged_event_without_mentions_conforms() -> None:
    graph = _graph()
    _merged_event(graph)
    assert validate_graph(graph, DEFAULT_ONTOLOGY_DIR) == []


def test_confidence_out_of_range_is_reported() -> None:
    graph = _graph()
    graph.set((CAMPAIGN, v.NKG.confidence, Literal("1.5", datatype=v.XSD.decimal)))
    messages = _messages(graph)
    assert len(messages) == 1
    assert "a1-" in messages[0][0] and "confidence" in messages[0][1]


def test_missing_event_type_is_reported() -> None:
    graph = _graph()
    graph.remove((CAMPAIGN, v.SEM.eventType, None))
    assert any("sem:eventType" in msg for _, msg in _messages(graph))


def test_type_outside_the_scheme_and_wrong_plover_are_reported() -> None:
    graph = _graph()
    graph.set((CAMPAIGN, v.SEM.eventType, v.event_type_iri("Teleportation")))
    denial = v.event_iri(f"a1-{article_a().events[2].trigger.start}")
    graph.set((denial, v.NKG.plover, Literal("COERCE")))
    messages = " | ".join(msg for _, msg in _messages(graph))
    assert "not a concept of the newskg event-type scheme" in messages
    assert "COERCE differs from the PLOVER category" in messages


def test_dates_must_be_ordered_and_well_typed() -> None:
    graph = _graph()
    graph.set(
        (CAMPAIGN, v.SEM.hasEarliestBeginTimeStamp, Literal("2024-10-09", datatype=v.XSD.date))
    )
    graph.set((CAMPAIGN, v.SEM.hasTimeStamp, Literal("Wednesday")))
    messages = " | ".join(msg for _, msg in _messages(graph))
    assert "not after the latest date" in messages
    assert "sem:hasTimeStamp must be" in messages


def test_event_without_evidence_or_members_is_reported() -> None:
    graph = _graph()
    graph.remove((CAMPAIGN, v.GAF.denotedBy, None))
    assert any("needs evidence" in msg for _, msg in _messages(graph))


def test_participant_entity_must_be_described() -> None:
    graph = _graph()
    ghost = v.entity_iri("org/ghost")
    graph.add((CAMPAIGN, v.SEM.hasActor, ghost))
    assert any("sem:hasActor value must be a described entity" in m for _, m in _messages(graph))


def _store_with(tmp_path: Path, graph_of: dict[str, Graph]) -> str:
    url = f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url, Settings()) as store:
        store.replace_graphs(graph_of)
    return url


def test_cli_reports_conformance(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = _store_with(
        tmp_path,
        {
            str(v.graph_iri("a1")): extraction_to_graph(article_a(), RUN),
            str(v.graph_iri("b2")): extraction_to_graph(article_b(), RUN),
        },
    )
    assert main(["--store", url, "validate"]) == 0
    assert capsys.readouterr().out.startswith("conforms (")


def test_cli_prints_one_line_per_violation_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = extraction_to_graph(article_a(), RUN)
    broken.set((CAMPAIGN, v.NKG.confidence, Literal("1.5", datatype=v.XSD.decimal)))
    url = _store_with(tmp_path, {str(v.graph_iri("a1")): broken})
    assert main(["--store", url, "validate"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 1
    assert str(CAMPAIGN) in lines[0] and "nkg:confidence" in lines[0]


def test_any_described_entity_may_fill_platform_and_place() -> None:
    graph = _graph()
    graph.add((CAMPAIGN, v.NKG.hasPlatform, v.entity_iri("org/cia")))  # an agency as platform
    graph.add((CAMPAIGN, v.SEM.hasPlace, v.entity_iri("country/ru")))  # a country as place
    assert validate_graph(graph, DEFAULT_ONTOLOGY_DIR) == []


def test_cli_validates_one_graph(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    broken = extraction_to_graph(article_b(), RUN)
    broken.remove((None, v.SEM.eventType, None))
    url = _store_with(
        tmp_path,
        {
            str(v.graph_iri("a1")): extraction_to_graph(article_a(), RUN),
            str(v.graph_iri("b2")): broken,
        },
    )
    assert main(["--store", url, "validate", "--graph", str(v.graph_iri("a1"))]) == 0
    assert main(["--store", url, "validate", "--graph", str(v.graph_iri("b2"))]) == 1
    assert "sem:eventType" in capsys.readouterr().out


def test_graph_written_by_kg_merge_conforms() -> None:
    from world_recruitment import article_c

    from kg.commands.validate import store_graph
    from kg.merge import merge_store

    with open_store("memory:") as store:
        store.replace_graphs(
            {
                str(v.graph_iri(x.article.id)): extraction_to_graph(x, RUN)
                for x in (article_a(), article_b(), article_c())
            }
        )
        assert merge_store(store).merged_events == 1  # the campaign reported twice
        assert validate_graph(store_graph(store), DEFAULT_ONTOLOGY_DIR) == []
