"""A hand-made world for the UI tests: three invented articles, one of them hostile (markup in its
title and text), two reporting the same campaign (merged), written into an on-disk Oxigraph store
through kg.rdf exactly as the pipeline writes them. No copyrighted news text.
"""

from __future__ import annotations

from pathlib import Path

from world_recruitment import participant as who
from world_recruitment import sentence, span

from kg.types import Article, Entity, Event, EventDate, Extraction, Role, Span

TEXT_1 = (
    "On Wednesday the Central Intelligence Agency launched a campaign on LinkedIn to find "
    "informants in Russia. Moscow rejected the videos as crude propaganda."
)
TEXT_2 = (
    "This week the CIA posted recruitment videos on LinkedIn aimed at Russian officials. "
    "In March the FBI arrested a contractor, John Smith, on espionage charges."
)
# A hostile page: markup in the title and the sentence must be shown as text, never run.
HOSTILE_TITLE = "Leak <script>alert('title')</script> exposed"
TEXT_3 = "Deputy Director Ann Lee warned <script>alert('body')</script> of new plots on Telegram."
EVIDENCE_2 = "In March the FBI arrested a contractor, John Smith, on espionage charges."


def day(text: str, phrase: str, value: str) -> EventDate:
    s = span(text, phrase)
    return EventDate(value, s.text, s.start, s.end, "day", value, value, "text")


CIA = Entity("org/cia", "Central Intelligence Agency", "Agency", "Q37230", ("CIA",),
             country="country/us")  # fmt: skip
FBI = Entity("org/fbi", "Federal Bureau of Investigation", "Agency", "Q8333", ("FBI",),
             country="country/us")  # fmt: skip
LINKEDIN = Entity("platform/linkedin", "LinkedIn", "Platform", "Q213660")
TELEGRAM = Entity("platform/telegram", "Telegram", "Platform", "Q15616276")
RUSSIA = Entity("country/ru", "Russia", "Country", "Q159", ("Moscow",))
SMITH = Entity("person/john-smith", "John Smith", "Person")
LEE = Entity(
    "person/ann-lee", "Ann Lee", "Official",
    roles=(Role("Deputy Director", "org/cia", start="2023-02-01", source="gazetteer"),),
    country="country/us",
)  # fmt: skip


def article_1() -> Extraction:
    t = TEXT_1
    campaign = Event(
        f"n1-{span(t, 'launched').start}", "RecruitmentCampaign", "REQUEST",
        "CIA launches informant campaign on LinkedIn", span(t, "launched"),
        day(t, "Wednesday", "2024-10-02"),
        (who(t, "actor", "org/cia", "Central Intelligence Agency"),
         who(t, "platform", "platform/linkedin", "LinkedIn"),
         who(t, "target", "country/ru", "Russia")),
        sentence(t, "launched"), 0.85,
    )  # fmt: skip
    rejection = Event(
        f"n1-{span(t, 'rejected').start}", "Denial", "REJECT",
        "Russia rejects the videos as propaganda", span(t, "rejected"),
        EventDate(None, source="published"),
        (who(t, "actor", "country/ru", "Moscow"),), sentence(t, "rejected"), 0.7,
    )  # fmt: skip
    article = Article("n1", t, "Agency seeks informants online", "2024-10-03", "metadata",
                      "Example Wire", "https://example.org/n1")  # fmt: skip
    return Extraction(article, (CIA, LINKEDIN, RUSSIA), (campaign, rejection))


def article_2() -> Extraction:
    t = TEXT_2
    campaign = Event(
        f"n2-{span(t, 'posted').start}", "RecruitmentCampaign", "REQUEST",
        "CIA posts recruitment videos", span(t, "posted"),
        EventDate("2024-W40", "This week", 0, 9, "week", "2024-09-30", "2024-10-06", "text"),
        (who(t, "actor", "org/cia", "CIA"), who(t, "platform", "platform/linkedin", "LinkedIn")),
        sentence(t, "posted"), 0.8,
    )  # fmt: skip
    arrest = Event(
        f"n2-{span(t, 'arrested').start}", "Arrest", "COERCE",
        "FBI arrests contractor John Smith", span(t, "arrested"),
        EventDate("2024-03", "In March", span(t, "In March").start, span(t, "In March").end,
                  "month", "2024-03-01", "2024-03-31", "text"),
        (who(t, "actor", "org/fbi", "FBI"), who(t, "target", "person/john-smith", "John Smith")),
        sentence(t, "arrested"), 0.9,
    )  # fmt: skip
    article = Article("n2", t, "Videos and an arrest", "2024-10-05", "metadata",
                      "Other Daily", "javascript:alert('url')")  # fmt: skip
    return Extraction(article, (CIA, FBI, LINKEDIN, SMITH), (campaign, arrest))


def article_3() -> Extraction:
    t = TEXT_3
    warning = Event(
        f"n3-{span(t, 'warned').start}", "Warning", "THREATEN",
        "Ann Lee warns <b>of plots</b>", span(t, "warned"),
        EventDate(None, source="published"),
        (who(t, "actor", "person/ann-lee", "Ann Lee"),
         who(t, "platform", "platform/telegram", "Telegram")),
        Span(t, 0, len(t)), 0.4,
    )  # fmt: skip
    article = Article("n3", t, HOSTILE_TITLE, "2024-11-20", "metadata", "Example Wire")
    return Extraction(article, (LEE, TELEGRAM), (warning,))


def extractions() -> list[Extraction]:
    return [article_1(), article_2(), article_3()]


def build_store(path: Path, *, merge: bool = True) -> str:
    """Write the world into an Oxigraph store at ``path``; returns its store URL."""
    from kg.merge import cluster_events, clusters_to_graph, read_event_records
    from kg.rdf import RunInfo, extraction_to_graph
    from kg.store import open_store
    from kg.vocab import MERGED_GRAPH, graph_iri

    url = f"oxigraph:{path}"
    run = RunInfo(version="test", started="2026-11-23T00:00:00+00:00")
    with open_store(url) as store:
        store.replace_graphs(
            {str(graph_iri(ex.article.id)): extraction_to_graph(ex, run) for ex in extractions()}
        )
        if merge:
            clusters = cluster_events(read_event_records(store))
            store.replace_graphs({str(MERGED_GRAPH): clusters_to_graph(clusters)})
    return url


def build_empty_store(path: Path) -> str:
    from kg.store import open_store

    url = f"oxigraph:{path}"
    with open_store(url):
        pass
    return url
