"""Fuzzing the extractor (issue 7): any text, however broken, yields an Extraction whose spans
point into the text and whose RDF passes the SHACL shapes; it never raises."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import event as note_kind
from hypothesis import strategies as st

from kg.commands.validate import validate_graph
from kg.extract import Extractor
from kg.pipeline import run_info
from kg.rdf import extraction_to_graph
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings
from kg.types import Article, Extraction, Span

pytestmark = pytest.mark.slow

# Words that wake up every stage (gazetteer names, triggers, dates, roles) mixed with junk, so
# random sequences reach events and time resolution rather than stop at the tokenizer.
WORDS = st.sampled_from(
    [
        "The", "FBI", "CIA", "GRU", "SBU", "Kremlin", "Russia", "Ukraine", "China", "Telegram",
        "LinkedIn", "arrested", "accused", "denied", "warned", "banned", "sanctioned", "met",
        "said", "recruited", "expelled", "indicted", "not", "allegedly", "on", "in", "last",
        "Monday", "Friday", "March", "2024", "2023-10-03", "31", "February", "0001", "9999",
        "12000", "BC", "year", "week", "ago", "next", "yesterday", "Director", "David", "Cohen",
        "a", "man", "agents", "officials", "of", "by", "the", "was", "that", "'s",
    ]
)  # fmt: skip
PUNCTUATION = st.sampled_from(
    [".", ",", ";", ":", "!", "?", "-", "—", "(", ")", '"', "'", "\n", "\n\n", " ", "\t", "…"]
)
ODD = st.sampled_from(
    ["\u202e", "\u200b", "\ufeff", "\U0001f575", "\u0645\u0631\u062d\u0628\u0627", "\x00", "\x1b"]
)
TOKENS = st.one_of(WORDS, WORDS, WORDS, PUNCTUATION, ODD, st.text(max_size=8))
ACTORS = st.sampled_from(["The FBI", "The CIA", "Russia", "The SBU", "Telegram", "The Kremlin"])
VERBS = st.sampled_from(["arrested", "accused", "denied", "warned", "banned", "sanctioned"])
WHEN = st.sampled_from(["on Monday", "in March 2024", "last year", "on 31 February", "in 0001"])
# A plausible sentence, then noise: events get found, and then broken around.
SENTENCES = st.tuples(ACTORS, VERBS, ACTORS, WHEN, st.lists(TOKENS, max_size=6)).map(
    lambda parts: " ".join([*parts[:4], *parts[4], "."])
)
TEXTS = st.lists(st.one_of(SENTENCES, TOKENS, TOKENS), max_size=60).map(" ".join)
PUBLISHED = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Settings())


def assert_points_into(span: Span, text: str) -> None:
    assert 0 <= span.start <= span.end <= len(text)
    assert text[span.start : span.end] == span.text


def check(extraction: Extraction, text: str) -> None:
    for entity in extraction.entities:
        for mention in entity.mentions:
            assert_points_into(mention, text)
    for event in extraction.events:
        assert_points_into(event.trigger, text)
        assert 0 <= event.confidence <= 1
        date = event.date
        if date.earliest and date.latest:
            assert date.earliest <= date.latest
        if date.start is not None and date.end is not None and date.source == "text":
            assert_points_into(Span(date.text or "", date.start, date.end), text)
        for participant in event.participants:
            assert_points_into(Span(participant.text, participant.start, participant.end), text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXTS, published=PUBLISHED)
def test_any_text_extracts_without_raising(extractor, text, published):
    article = Article(id="fuzz", text=text, published=published)
    extraction = extractor.extract(article)
    note_kind(f"events: {min(len(extraction.events), 3)}")
    check(extraction, text)
    graph = extraction_to_graph(extraction, run_info("fuzz"))
    assert validate_graph(graph, DEFAULT_ONTOLOGY_DIR) == []
