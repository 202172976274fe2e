"""Round 20c, a body's dated statement in the lede dates its further tellings of the same
announcement: "..., the Netherlands' General Intelligence and Security Service (AIVD) said on
Monday. ... The student works for X, the AIVD said." (the parser takes the dateline for the
lede's subject, so no draft carries the statement's day). Only the lede speaker's own tellings
told as news take the day; another speaker's, a recalled one, or one after a lede dated long
before publication keep none. Sentences written for these tests."""

from __future__ import annotations

import re

import pytest
from event_helpers import day, timex

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span

MONDAY = "2024-10-07"
NAMES = {
    "org/aivd": ("Agency", ["General Intelligence and Security Service", "AIVD", "the service"]),
    "org/minbuza": ("Agency", ["Foreign Ministry"]),
    "country/nl": ("Country", ["Netherlands", "Dutch"]),
    "country/cn": ("Country", ["China"]),
    "org/mss": ("Agency", ["Ministry of State Security"]),
}
LEDE = (
    "THE HAGUE — A Chinese student posing as a Canadian tried to enrol at a nuclear research "
    "institute in March but was stopped at the Dutch border, the Netherlands' General "
    "Intelligence and Security Service (AIVD) {verb} on Monday.\n\n"
)


def _entities(text: str) -> tuple[Entity, ...]:
    found = []
    for entity_id, (entity_type, surfaces) in NAMES.items():
        spans: list[Span] = []
        for surface in surfaces:
            for m in re.finditer(rf"\b{re.escape(surface)}\b", text):
                if not any(s.start <= m.start() < s.end for s in spans):
                    spans.append(Span(m.group(), m.start(), m.end()))
        if spans:
            mentions = tuple(sorted(spans, key=lambda s: s.start))
            found.append(Entity(entity_id, surfaces[0], entity_type, mentions=mentions))
    return tuple(found)


def _date_of_telling(nlp, resources, text: str, published: str = "2024-10-08"):
    """The date of the one event whose trigger is the last "said" of ``text``."""
    lexicon, taxonomy = resources
    times = [timex(text, "in March", "2024-03")]
    if "Monday" in text:
        times.append(day(text, "Monday", MONDAY))
    article = Article(id="t1", text=text, published=published)
    events = extract_events(nlp(text), article, _entities(text), times, lexicon, taxonomy, None)
    told_at = text.rindex("said")
    (event,) = [e for e in events if e.trigger.start == told_at]
    return event.date.value


@pytest.mark.parametrize(
    ("verb", "telling"),
    [
        ("said", "The student works for China's Ministry of State Security, the AIVD said."),
        ("announced", "The student reports to China's Ministry of State Security, the AIVD said."),
        ("disclosed", "He had enrolled under a false name, the service said."),
    ],
)
def test_the_lede_speaker_s_further_tellings_take_its_day(nlp, resources, verb, telling):
    text = LEDE.format(verb=verb) + telling
    assert _date_of_telling(nlp, resources, text) == MONDAY


def test_another_speaker_s_telling_keeps_no_date(nlp, resources):
    text = LEDE.format(verb="said") + (
        "The student works for China's Ministry of State Security, the Foreign Ministry said."
    )
    assert _date_of_telling(nlp, resources, text) is None


def test_a_recalled_telling_keeps_no_date(nlp, resources):
    text = LEDE.format(verb="said") + (
        "The AIVD had said in its annual report that China's Ministry of State Security "
        "recruits students."
    )
    assert _date_of_telling(nlp, resources, text) is None


def test_a_lede_dated_long_before_publication_lends_nothing(nlp, resources):
    text = LEDE.format(verb="said") + (
        "The student works for China's Ministry of State Security, the AIVD said."
    )
    assert _date_of_telling(nlp, resources, text, published="2024-11-20") is None
