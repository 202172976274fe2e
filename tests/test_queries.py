"""Named queries and the kg.query API over a small hand-made store (tests/world_recruitment.py):
three articles, one of them a second report of another's event, merged by hand the way
kg.merge links events (nkg:mergedFrom in graph/merged)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from world_recruitment import (
    TEXT_A,
    TEXT_B,
    TEXT_C,
    article_a,
    article_b,
    article_c,
    participant,
    span,
)

from kg import vocab as v
from kg.cli import main
from kg.errors import QueryError
from kg.namedquery import named_queries, named_query
from kg.query import (
    TimelineFilter,
    cooccurrence,
    entities,
    entity_profile,
    event_sources,
    events_per_month,
    resolve_entity,
    run_named,
    stats,
    timeline,
)
from kg.rdf import RunInfo, extraction_to_graph
from kg.settings import Settings
from kg.store import open_store
from kg.types import Article, Entity, Event, EventDate, Extraction, Span

RUN = RunInfo(version="0.1.0", model="test-model", started="2026-11-23T22:00:00Z")
CAMPAIGN_A = f"a1-{TEXT_A.index('launched')}"
CAMPAIGN_C = f"c3-{TEXT_C.index('began')}"
TAKEDOWN = f"b2-{TEXT_B.index('removed')}"
WARNING = f"b2-{TEXT_B.index('warned')}"
STATEMENT = f"a1-{TEXT_A.index('said')}"
DENIAL = f"a1-{TEXT_A.index('denied')}"
MERGED = "merged-campaign"
TEXTS = {"a1": TEXT_A, "b2": TEXT_B, "c3": TEXT_C}


def _merged_graph() -> Graph:
    graph = Graph()
    merged = v.event_iri(MERGED)
    graph.add((merged, v.RDF.type, v.SEM.Event))
    graph.add((merged, v.SEM.eventType, v.event_type_iri("RecruitmentCampaign")))
    graph.add((merged, v.RDFS.label, Literal("CIA launches recruitment drive on Telegram")))
    graph.add((merged, v.NKG.plover, Literal("REQUEST")))
    graph.add((merged, v.NKG.confidence, Literal("0.82", datatype=v.XSD.decimal)))
    for day in (v.SEM.hasEarliestBeginTimeStamp, v.SEM.hasLatestEndTimeStamp):
        graph.add((merged, day, Literal("2024-10-02", datatype=v.XSD.date)))
    for member, article in ((CAMPAIGN_A, "a1"), (CAMPAIGN_C, "c3")):
        graph.add((merged, v.NKG.mergedFrom, v.event_iri(member)))
        graph.add((merged, v.PROV.wasDerivedFrom, v.article_iri(article)))
    graph.add((merged, v.SEM.hasActor, v.entity_iri("org/cia")))
    return graph


@pytest.fixture(scope="module")
def store() -> Iterator[object]:
    with open_store("memory:") as s:
        graphs = {
            str(v.graph_iri(x.article.id)): extraction_to_graph(x, RUN)
            for x in (article_a(), article_b(), article_c())
        }
        graphs[str(v.MERGED_GRAPH)] = _merged_graph()
        s.replace_graphs(graphs)
        yield s


def ids(events) -> list[str]:
    return [e.id for e in events]


# ------------------------------------------------------------------ named query files
def test_every_named_query_declares_what_it_binds() -> None:
    queries = named_queries()
    assert {
        "timeline",
        "entity_profile",
        "cooccurrence",
        "events_per_month",
        "event_sources",
        "entities",
        "stats",
    } <= set(queries)
    for query in queries.values():
        assert query.description, query.name
        assert {p.name for p in query.params} <= query.used_names()


@pytest.mark.parametrize(
    "name",
    ["timeline", "entities", "events_per_month", "stats", "cooccurrence", "merge_candidates"],
)
def test_queries_without_parameters_run_as_plain_sparql(store, name: str) -> None:
    run_named(store, name)  # every optional filter off: still valid SPARQL


def test_values_are_data_never_sparql(store) -> None:
    hostile = 'x" } } DROP ALL ; SELECT * WHERE { ?s ?p "'
    assert timeline(store, TimelineFilter(source=hostile)) == []
    assert stats(store)["events"] == 6


def test_unknown_parameter_and_bad_values_are_query_errors() -> None:
    with pytest.raises(QueryError, match="no parameter"):
        named_query("timeline").prepare({"actr": "org/cia"})
    with pytest.raises(QueryError, match="YYYY-MM-DD"):
        named_query("timeline").prepare({"since": "yesterday"})
    for not_a_number in ("high", "nan", "inf"):
        with pytest.raises(QueryError, match="number"):
            named_query("timeline").prepare({"minConfidence": not_a_number})
    with pytest.raises(QueryError, match="needs parameter entity"):
        named_query("entity_profile").prepare({})


# ------------------------------------------------------------------ timeline
def test_timeline_lists_events_once_in_date_order(store) -> None:
    events = timeline(store)
    assert ids(events) == [WARNING, TAKEDOWN, MERGED, STATEMENT, DENIAL]
    assert [e.sort_date for e in events] == [
        "2024-01-01",
        "2024-10-01",
        "2024-10-02",
        "2024-10-03",
        "2024-10-03",
    ]


def test_merged_event_carries_every_source_and_evidence(store) -> None:
    merged = next(e for e in timeline(store) if e.id == MERGED)
    assert merged.merged and merged.members == tuple(sorted((CAMPAIGN_A, CAMPAIGN_C)))
    assert [s.source for s in merged.sources] == ["Example Wire", "Third Post"]
    assert merged.published == "2024-10-03"
    assert merged.confidence == pytest.approx(0.82)
    assert {e.article_id for e in merged.evidence} == {"a1", "c3"}
    assert {(p.role, p.entity_id) for p in merged.participants} == {
        ("actor", "org/cia"),
        ("platform", "org/telegram"),
    }


def test_evidence_offsets_point_into_the_article_text(store) -> None:
    for event in timeline(store):
        for ev in event.evidence:
            text = TEXTS[ev.article_id]
            assert text[ev.start : ev.end] == ev.sentence
            for trigger, start, end in ev.triggers:
                assert text[start:end] == trigger
            if ev.date_span:
                assert text[ev.date_span[1] : ev.date_span[2]] == ev.date_span[0]


def test_undated_event_is_placed_at_its_report_date(store) -> None:
    denial = next(e for e in timeline(store) if e.id == DENIAL)
    assert denial.date_value is None and denial.sort_date == "2024-10-03"
    assert denial.date_source == "published"


def test_date_explanation_is_returned(store) -> None:
    takedown = next(e for e in timeline(store) if e.id == TAKEDOWN)
    assert (takedown.date_value, takedown.precision, takedown.date_text) == (
        "2024-10",
        "month",
        "Last month",
    )
    assert (takedown.earliest, takedown.latest) == ("2024-10-01", "2024-10-31")
    assert takedown.published == "2024-11-15"


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (TimelineFilter(actor="org/cia"), [MERGED]),
        (TimelineFilter(actor="CIA"), [MERGED]),  # alias, resolved to org/cia
        (TimelineFilter(actor="telegram"), [TAKEDOWN, MERGED]),  # any role, any case
        (TimelineFilter(platform="Telegram"), [MERGED]),
        (TimelineFilter(country="country/us"), [WARNING, MERGED, STATEMENT]),  # belongs to
        (TimelineFilter(country="Russia"), [DENIAL]),  # the country itself
        (TimelineFilter(entity_type="Official"), [STATEMENT]),
        (TimelineFilter(event_type="AccountTakedown"), [TAKEDOWN]),
        (TimelineFilter(plover="reject"), [DENIAL]),
        (TimelineFilter(source="third post"), [MERGED]),  # via one member
        (TimelineFilter(min_confidence=0.8), [TAKEDOWN, MERGED]),
        (TimelineFilter(since="2024-10-03"), [WARNING, TAKEDOWN, STATEMENT, DENIAL]),
        (TimelineFilter(until="2024-10-01"), [WARNING, TAKEDOWN]),
        (TimelineFilter(since="2024-10-02", until="2024-10-02"), [WARNING, TAKEDOWN, MERGED]),
        (TimelineFilter(actor="org/telegram", plover="COERCE"), [TAKEDOWN]),
    ],
)
def test_timeline_filters(store, flt: TimelineFilter, expected: list[str]) -> None:
    assert ids(timeline(store, flt)) == expected


def test_limit_and_offset_page_through_the_timeline(store) -> None:
    assert ids(timeline(store, TimelineFilter(limit=2))) == [WARNING, TAKEDOWN]
    assert ids(timeline(store, TimelineFilter(limit=1, offset=2))) == [MERGED]
    # Statement and Denial share a date: the store orders ties, the page is sorted by id.
    assert ids(timeline(store, TimelineFilter(limit=5, offset=3))) == [STATEMENT, DENIAL]


def test_entity_names_must_resolve(store) -> None:
    with pytest.raises(QueryError, match="no entity is named"):
        timeline(store, TimelineFilter(actor="Nobody"))
    assert resolve_entity(store, "Central Intelligence Agency") == "org/cia"
    assert resolve_entity(store, "central intelligence agency") == "org/cia"
    assert resolve_entity(store, "federal BUREAU of investigation") == "org/fbi"  # any case
    assert resolve_entity(store, "https://w3id.org/newskg/id/org/fbi") == "org/fbi"


# ------------------------------------------------------------------ other named queries
def test_entity_profile(store) -> None:
    roe = entity_profile(store, "Jane Roe")
    assert roe.types == ("Official",) and roe.countries == ("country/us",)
    assert [(p.title, p.organization, p.start) for p in roe.posts] == [
        ("Deputy Director", "org/cia", "2023-01-01")
    ]
    telegram = entity_profile(store, "org/telegram")
    assert telegram.events_by_type == {"RecruitmentCampaign": 2, "AccountTakedown": 1}
    assert telegram.articles == 3
    assert (telegram.first, telegram.last) == ("2024-10-01", "2024-10-02")
    assert telegram.wikidata == ("Q15616276",)


def test_cooccurrence_counts_agencies_on_platforms(store) -> None:
    pairs = cooccurrence(store)
    assert [(p.row, p.column, p.events) for p in pairs] == [("org/cia", "org/telegram", 2)]


def test_events_per_month_by_type(store) -> None:
    counts = {(c.month, c.type): c.events for c in events_per_month(store)}
    assert counts == {
        ("2024-01", "Warning"): 1,
        ("2024-10", "AccountTakedown"): 1,
        ("2024-10", "RecruitmentCampaign"): 2,
        ("2024-10", "Statement"): 1,
        ("2024-10", "Denial"): 1,
    }


def test_event_sources_of_merged_and_single_events(store) -> None:
    merged = event_sources(store, MERGED)
    assert [(s.event_id, s.article.article_id) for s in merged] == [
        (CAMPAIGN_A, "a1"),
        (CAMPAIGN_C, "c3"),
    ]
    assert merged[1].sentence == TEXT_C
    single = event_sources(store, TAKEDOWN)
    assert [s.article.source for s in single] == ["Other Daily"]


def test_entities_and_stats(store) -> None:
    agencies = entities(store, "Agency")
    assert [(e.id, e.events) for e in agencies] == [("org/cia", 2), ("org/fbi", 1)]
    assert stats(store) == {
        "articles": 3,
        "events": 6,
        "mergedEvents": 1,
        "entities": 5,
        "sources": 3,
    }


# ------------------------------------------------------------------ kg timeline
@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path: Path = tmp_path_factory.mktemp("timeline") / "kg"
    url = f"oxigraph:{path}"
    with open_store(url, Settings()) as s:
        s.replace_graphs(
            {
                str(v.graph_iri(x.article.id)): extraction_to_graph(x, RUN)
                for x in (article_a(), article_b())
            }
        )
    return url


def test_cli_timeline_csv(store_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--store", store_url, "timeline", "--actor", "Telegram", "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("date,precision,date_text")
    assert [line.split(",")[0] for line in lines[1:]] == ["2024-10", "2024-10-02"]


def test_cli_timeline_table_marks_publication_dates(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", store_url, "timeline", "--plover", "REJECT"]) == 0
    out = capsys.readouterr().out
    assert "~2024-10-03" in out and "Russia denies wrongdoing" in out


def test_cli_timeline_rejects_unknown_type(
    store_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--store", store_url, "timeline", "--type", "Teleport"]) == 1
    assert "unknown event type 'Teleport'" in capsys.readouterr().err


def test_whole_timeline_without_limit(store) -> None:
    assert ids(timeline(store, TimelineFilter(limit=None))) == ids(timeline(store))


def test_details_fetched_in_chunks_give_the_same_timeline(
    store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.query import _timeline

    whole = timeline(store)
    monkeypatch.setattr(_timeline, "VALUES_CHUNK", 1)
    assert timeline(store) == whole


def test_timeline_and_undated_queries_filter_alike() -> None:
    def filter_lines(name: str) -> list[str]:
        return [
            ln.strip() for ln in named_query(name).text.splitlines() if ln.strip().startswith("#?")
        ]

    undated = set(filter_lines("timeline_undated"))
    dated = [ln for ln in filter_lines("timeline") if not ln.startswith(("#?since", "#?until"))]
    assert set(dated) == undated


def test_events_without_any_date_come_last_and_match_no_date_range() -> None:
    text = "The CIA declined to comment."
    article = Article(id="d4", text=text, title="Undated note")  # no publication date
    event = Event(
        id=f"d4-{text.index('declined')}",
        type="Refusal",
        plover="REJECT",
        label="CIA declines to comment",
        trigger=span(text, "declined"),
        date=EventDate(None, source="published"),
        participants=(participant(text, "actor", "org/cia", "CIA"),),
        evidence=Span(text, 0, len(text)),
        confidence=0.5,
    )
    cia = Entity(
        id="org/cia",
        name="Central Intelligence Agency",
        type="Agency",
        mentions=(span(text, "CIA"),),
    )
    undated = Extraction(article=article, entities=(cia,), events=(event,))
    with open_store("memory:") as s:
        s.replace_graphs(
            {
                str(v.graph_iri(x.article.id)): extraction_to_graph(x, RUN)
                for x in (article_a(), undated)
            }
        )
        events = timeline(s, TimelineFilter(actor="org/cia"))
        assert ids(events) == [CAMPAIGN_A, event.id]
        assert events[-1].sort_date is None and events[-1].published is None
        assert ids(timeline(s, TimelineFilter(actor="org/cia", since="2000-01-01"))) == [CAMPAIGN_A]
        assert ids(timeline(s, TimelineFilter(limit=1, offset=3))) == [event.id]


def test_event_without_type_or_label_is_left_out_not_fatal() -> None:
    graph = extraction_to_graph(article_a(), RUN)
    graph.remove((v.event_iri(DENIAL), v.RDFS.label, None))
    with open_store("memory:") as s:
        s.replace_graphs({str(v.graph_iri("a1")): graph})
        assert ids(timeline(s)) == [CAMPAIGN_A, STATEMENT]
