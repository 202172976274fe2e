"""Round 17a, an act told in brief right before its detail: "Moscow rejected the accusations.
Spokesman Orlov told reporters on Tuesday that ...": the undated act took place on the day of
the telling that follows it, when the speaker speaks for the act's doer. Sentences and the
spokesman written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, entities_in, load_resources, timex

from kg.extract.events import extract_events
from kg.types import Article, Entity, Role, Span

TUESDAY = "2024-10-08"
LEDE = "Britain blamed Russia for the attack in 2019."


def _with_spokesman(nlp, text: str, post_at: str):
    """Events of ``text`` with "Orlov", a spokesman whose post is at ``post_at``."""
    start = text.index("Orlov")
    orlov = Entity(
        "person/orlov",
        "Orlov",
        "Official",
        mentions=(Span("Orlov", start, start + 5),),
        roles=(Role("spokesman", post_at),),
    )
    lexicon, taxonomy = load_resources()
    times = [timex(text, "2019", "2019"), day(text, "Tuesday", TUESDAY)]
    article = Article(id="t1", text=text, published="2024-11-20")
    entities = (*entities_in(text), orlov)
    return extract_events(nlp(text), article, entities, times, lexicon, taxonomy)


def test_an_act_in_brief_takes_the_day_of_its_doers_spokesman_telling(nlp):
    text = (
        f"{LEDE} Moscow rejected the accusations. "
        "Spokesman Orlov told reporters on Tuesday that the claims were baseless."
    )
    events = _with_spokesman(nlp, text, "country/ru")
    assert dated(events, "rejected", text) == TUESDAY


@pytest.mark.parametrize(
    ("middle", "post_at"),
    [
        ("Moscow rejected the accusations.", "country/gb"),  # speaks for another state
        ("Moscow has rejected the accusations.", "country/ru"),  # the perfect: background
        ("Moscow rejected the accusations. Germany expelled John Smith.", "country/ru"),  # not next
    ],
)
def test_no_day_from_a_telling_not_made_for_the_doer_right_after(nlp, middle, post_at):
    text = f"{LEDE} {middle} Spokesman Orlov told reporters on Tuesday that the claims were false."
    events = _with_spokesman(nlp, text, post_at)
    assert dated(events, "rejected", text) is None
