"""Round 18d, a spokesman's telling right after a dated act of the body or state he speaks for
("Moscow rejected the accusations on Tuesday. Spokesman Orlov said ..."): the telling is that
act told in detail, on its day, not the lede's. Sentences and the spokesman written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, entities_in, load_resources

from kg.extract.events import extract_events
from kg.types import Article, Entity, Role, Span

LEDE = "Britain on Monday expelled John Smith."
MONDAY, TUESDAY = "2024-10-07", "2024-10-08"
SAID = "Spokesman Orlov said the claims were baseless."


def _events(nlp, text: str, post_at: str):
    """Events of ``text`` with "Orlov", a spokesman whose post is at ``post_at``."""
    mentions = []
    start = text.find("Orlov")
    while start >= 0:
        mentions.append(Span("Orlov", start, start + 5))
        start = text.find("Orlov", start + 1)
    orlov = Entity(
        "person/orlov",
        "Orlov",
        "Official",
        mentions=tuple(mentions),
        roles=(Role("spokesman", post_at),),
    )
    lexicon, taxonomy = load_resources()
    times = [day(text, "Monday", MONDAY)] if "Monday" in text else []
    if "Tuesday" in text:
        times.append(day(text, "Tuesday", TUESDAY))
    article = Article(id="t1", text=text, published="2024-10-09")
    return extract_events(nlp(text), article, (*entities_in(text), orlov), times, lexicon, taxonomy)


def test_a_spokesman_s_telling_takes_the_day_of_the_act_just_before(nlp):
    text = f"{LEDE} Moscow rejected the accusations on Tuesday. {SAID}"
    events = _events(nlp, text, "country/ru")
    assert dated(events, "said", text) == TUESDAY


@pytest.mark.parametrize(
    ("middle", "post_at"),
    [
        # he speaks for another state: a telling of the news day
        ("Moscow rejected the accusations on Tuesday.", "country/gb"),
        # the act is not told right before
        ("Moscow rejected the accusations on Tuesday. Germany expelled Anna Berg.", "country/ru"),
    ],
)
def test_no_day_of_an_act_he_does_not_speak_for_or_told_earlier(nlp, middle, post_at):
    text = f"{LEDE} {middle} {SAID}"
    events = _events(nlp, text, post_at)
    assert dated(events, "said", text) == MONDAY


def test_his_own_dated_telling_comes_first(nlp):
    """Orlov told of it on Monday himself: his later words go on with that telling."""
    text = (
        "Spokesman Orlov said on Monday that Britain had lied. "
        "Moscow rejected the accusations on Tuesday. Orlov said the claims were baseless."
    )
    events = _events(nlp, text, "country/ru")
    start = text.rindex("said")
    (event,) = [e for e in events if e.trigger.start == start]
    assert event.date.value == MONDAY


@pytest.mark.parametrize(
    ("post_at", "expected"),
    [
        # what the telling reports, dated by the telling's words, details the act in brief
        ("country/ru", TUESDAY),
        # a spokesman of another state details no act of Moscow's
        ("country/gb", None),
    ],
)
def test_an_act_in_brief_takes_the_day_of_the_reported_detail(nlp, post_at, expected):
    text = (
        "Britain blamed Russia for the attack. Moscow rejected the accusations. "
        "Spokesman Orlov told reporters on Tuesday that he categorically denied them."
    )
    events = _events(nlp, text, post_at)
    assert dated(events, "rejected", text) == expected
