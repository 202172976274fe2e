"""Round 20d, one more act the lede's dated speaker "also" did: "..., the AIVD said on
Monday. ... The AIVD also published the man's cover story." The lede names no act of the
speaker's own, only its telling, so the added act joins that announcement and takes its day.
An act of another doer, one told in the perfect ("had also hacked": background), one with its
own time, or one after a lede dated long before publication keep theirs. Sentences written
for these tests."""

from __future__ import annotations

from event_helpers import day, named_entities, timex

from kg.extract.events import extract_events
from kg.types import Article, Entity

MONDAY = "2024-10-07"
NAMES = {
    "org/aivd": ("Agency", ["General Intelligence and Security Service", "AIVD"]),
    "org/mivd": ("Agency", ["MIVD"]),
    "country/nl": ("Country", ["Netherlands", "Dutch"]),
    "country/ru": ("Country", ["Russia", "Russian"]),
    "org/gru": ("Agency", ["GRU"]),
}
LEDE = (
    "THE HAGUE — A Russian officer posing as a Brazilian tried to enrol at a Dutch university "
    "in March but was stopped at the border, the Netherlands' General Intelligence and "
    "Security Service (AIVD) said on Monday.\n\n"
    "The officer works for the GRU, Russia's military intelligence service.\n\n"
)


def _entities(text: str) -> tuple[Entity, ...]:
    return named_entities(text, NAMES)


def _date_at(nlp, resources, text: str, words: str, published: str = "2024-10-08"):
    """The date of the one event whose trigger starts at ``words``."""
    lexicon, taxonomy = resources
    times = [timex(text, "in March", "2024-03"), day(text, "Monday", MONDAY)]
    if "in 2019" in text:
        times.append(timex(text, "in 2019", "2019"))
    article = Article(id="t1", text=text, published=published)
    events = extract_events(nlp(text), article, _entities(text), times, lexicon, taxonomy)
    start = text.index(words)
    (event,) = [e for e in events if e.trigger.start == start]
    return event.date.value


def test_an_act_the_lede_speaker_also_did_takes_the_announcement_s_day(nlp, resources):
    text = LEDE + "The AIVD also posted a video showing the officer's forged passport."
    assert _date_at(nlp, resources, text, "posted") == MONDAY


def test_another_wording_of_the_added_act_takes_it_too(nlp, resources):
    text = LEDE + "The AIVD also uploaded a video showing the officer's forged passport."
    assert _date_at(nlp, resources, text, "uploaded") == MONDAY


def test_another_doer_s_added_act_keeps_no_date(nlp, resources):
    text = LEDE + "The MIVD also posted a video showing the officer's forged passport."
    assert _date_at(nlp, resources, text, "posted") is None


def test_an_added_act_in_the_perfect_is_background(nlp, resources):
    text = LEDE + "The AIVD had also posted a video showing the officer's forged passport."
    assert _date_at(nlp, resources, text, "posted") is None


def test_an_added_act_with_its_own_time_keeps_it(nlp, resources):
    text = LEDE + "The AIVD also posted a video in 2019 showing the officer's forged passport."
    assert _date_at(nlp, resources, text, "posted") == "2019"


def test_a_lede_told_long_before_publication_lends_nothing(nlp, resources):
    text = LEDE + "The AIVD also posted a video showing the officer's forged passport."
    assert _date_at(nlp, resources, text, "posted", published="2024-11-20") is None
