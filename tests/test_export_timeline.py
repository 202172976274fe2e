"""Timeline exports (CSV, TimelineJS, STIX 2.1) and filtered RDF exports, over a store built from
the hand-made recruitment world (tests/world_recruitment.py)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest
import stix2
from rdflib import Graph, URIRef
from world_recruitment import article_a, article_b

from kg.cli import main
from kg.export import export
from kg.query import TimelineFilter
from kg.rdf import RunInfo, extraction_to_graph
from kg.store import open_store
from kg.vocab import event_iri, graph_iri

SEM_EVENT = URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/Event")
RDF_TYPE = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
HOSTILE_LABEL = "<script>alert(1)</script> drive"


def world():
    """The two extractions, the CIA campaign's label made hostile to HTML."""
    a = article_a()
    campaign = next(e for e in a.events if e.type == "RecruitmentCampaign")
    events = tuple(replace(e, label=HOSTILE_LABEL) if e is campaign else e for e in a.events)
    return [replace(a, events=events), article_b()], campaign


def fill(store) -> None:
    run = RunInfo(version="test", model="none", started="2026-11-23T00:00:00+00:00")
    extractions, _ = world()
    store.replace_graphs(
        {str(graph_iri(ex.article.id)): extraction_to_graph(ex, run) for ex in extractions}
    )


@pytest.fixture
def store():
    with open_store("memory:") as opened:
        fill(opened)
        yield opened


def exported(store, fmt: str, **kwargs) -> str:
    out = io.BytesIO()
    export(store, fmt, out, **kwargs)
    return out.getvalue().decode("utf-8")


def all_event_ids() -> set[str]:
    extractions, _ = world()
    return {e.id for ex in extractions for e in ex.events}


def test_csv_has_one_row_per_event_with_its_date_and_actors(store):
    rows = list(csv.DictReader(io.StringIO(exported(store, "csv"))))
    assert {r["id"] for r in rows} == all_event_ids()
    _, campaign = world()
    row = next(r for r in rows if r["id"] == campaign.id)
    assert (row["date"], row["precision"], row["type"], row["plover"]) == (
        "2024-10-02",
        "day",
        "RecruitmentCampaign",
        "REQUEST",
    )
    assert row["actors"] == "Central Intelligence Agency"
    assert row["platforms"] == "Telegram"
    assert row["label"] == HOSTILE_LABEL  # CSV is data: kept verbatim


def test_timelinejs_shape_and_escaping(store):
    document = json.loads(exported(store, "timelinejs"))
    slides = {s["unique_id"]: s for s in document["events"]}
    assert set(slides) == all_event_ids()  # every event has at least its article's date
    _, campaign = world()
    slide = slides[campaign.id]
    assert slide["start_date"] == {"year": 2024, "month": 10, "day": 2}
    assert slide["group"] == "REQUEST"
    assert "<script>" not in slide["text"]["headline"]
    assert "&lt;script&gt;" in slide["text"]["headline"]
    month_slide = next(
        s for s in document["events"] if s["start_date"] == {"year": 2024, "month": 10}
    )
    assert month_slide["group"] == "COERCE"  # "Last month" in the November article


def test_stix_bundle_is_valid_and_maps_actors(store):
    text = exported(store, "stix")
    bundle = stix2.parse(text, allow_custom=True)
    by_type: dict[str, list] = {}
    for obj in bundle.objects:
        by_type.setdefault(obj.type, []).append(obj)
    assert len(by_type["report"]) == len(all_event_ids())
    names = {o.name for o in by_type["identity"]}
    assert {"Central Intelligence Agency", "Telegram", "Russia"} <= names
    assert [o.name for o in by_type["threat-actor"]] == ["Central Intelligence Agency"]
    (link,) = by_type["relationship"]
    cia = next(o for o in by_type["identity"] if o.name == "Central Intelligence Agency")
    assert (link.relationship_type, link.target_ref) == ("attributed-to", cia.id)
    _, campaign = world()
    report = next(r for r in by_type["report"] if r.x_newskg_event_id == campaign.id)
    assert cia.id in report.object_refs
    assert report.confidence == round(campaign.confidence * 100)
    assert text == exported(store, "stix")  # same store, same bundle


def test_filtered_rdf_export_holds_only_the_selected_events(store):
    text = exported(store, "turtle", timeline_filter=TimelineFilter(actor="org/cia"))
    graph = Graph().parse(data=text, format="turtle")
    _, campaign = world()
    assert set(graph.subjects(RDF_TYPE, SEM_EVENT)) == {event_iri(campaign.id)}
    names = {str(o) for o in graph.objects(None, URIRef("https://schema.org/name"))}
    assert "Central Intelligence Agency" in names  # the entities come along


def test_cli_timeline_export_with_filter(tmp_path, capsys):
    url = f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url) as opened:
        fill(opened)
    target = tmp_path / "events.csv"
    code = main(
        ["--store", url, "export", "--format", "csv", "--plover", "COERCE", "-o", str(target)]
    )
    assert code == 0
    assert "exported 1 events as csv" in capsys.readouterr().err
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [r["type"] for r in rows] == ["AccountTakedown"]
