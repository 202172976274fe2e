"""Round 20d, an act sharing its time with a lede act the lede leaves undated: "Britain has
expelled three diplomats, accusing them of ... / The Foreign Office announced the expulsions
on Monday." The later sentence dates the expulsion once the two mentions are merged, and the
accusing, told with it in one clause, shares that day. A clause with its own subject, an act
told as later, or a lede act no later sentence dates keep no date. Sentences written for these
tests."""

from __future__ import annotations

from event_helpers import day, named_entities

from kg.extract.events import extract_events
from kg.types import Article, Entity

MONDAY = "2024-10-07"
NAMES = {
    "country/gb": ("Country", ["Britain", "British"]),
    "country/ir": ("Country", ["Iran", "Iranian"]),
    "org/fco": ("Agency", ["Foreign Office"]),
    "org/meta": ("Platform", ["Meta"]),
    "country/ru": ("Country", ["Russia", "Russian"]),
}
DATING = "\n\nThe Foreign Office announced the expulsions on Monday."


def _entities(text: str) -> tuple[Entity, ...]:
    return named_entities(text, NAMES)


def _date_at(nlp, resources, text: str, words: str) -> str | None:
    """The date of the one event whose trigger starts at ``words``, "Monday" read as a day."""
    lexicon, taxonomy = resources
    times = [day(text, "Monday", MONDAY)] if "Monday" in text else []
    article = Article(id="t1", text=text, published="2024-10-09")
    events = extract_events(nlp(text), article, _entities(text), times, lexicon, taxonomy)
    start = text.index(words)
    (event,) = [e for e in events if e.trigger.start == start]
    return event.date.value


def test_a_participle_shares_the_day_a_later_sentence_gives_its_act(nlp, resources):
    text = (
        "LONDON — Britain has expelled three Iranian diplomats, accusing them of plotting "
        "attacks on dissidents." + DATING
    )
    assert _date_at(nlp, resources, text, "accusing") == MONDAY


def test_a_statement_participle_shares_the_day_but_not_what_it_reports(nlp, resources):
    text = (
        "LONDON — Britain has imposed sanctions on five Iranian officials, saying they ordered "
        "the arrests of protesters.\n\nThe Foreign Office announced the sanctions on Monday."
    )
    assert _date_at(nlp, resources, text, "saying") == MONDAY
    assert _date_at(nlp, resources, text, "ordered") is None  # the reported act: its own time


def test_a_passive_later_mention_dates_the_act_too(nlp, resources):
    text = (
        "Iran has blocked Meta, saying the platform spread British lies.\n\n"
        "The ban was announced on Monday."
    )
    assert _date_at(nlp, resources, text, "saying") == MONDAY


def test_an_act_no_later_sentence_dates_keeps_no_date(nlp, resources):
    text = (
        "LONDON — Britain has expelled three Iranian diplomats, accusing them of plotting "
        "attacks on dissidents.\n\nThe Foreign Office said they had been watched for months."
    )
    assert _date_at(nlp, resources, text, "accusing") is None


def test_an_act_told_as_later_keeps_no_date(nlp, resources):
    text = (
        "LONDON — Britain has expelled three Iranian diplomats and later accused Iran of "
        "plotting attacks on dissidents." + DATING
    )
    assert _date_at(nlp, resources, text, "accused") is None


def test_a_clause_with_its_own_subject_keeps_no_date(nlp, resources):
    text = (
        "LONDON — Britain has expelled three Iranian diplomats, and Iran accused Britain of "
        "hostility." + DATING
    )
    assert _date_at(nlp, resources, text, "accused") is None
