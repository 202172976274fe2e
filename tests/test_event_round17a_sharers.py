"""Round 17a, acts sharing the time of an act that borrowed its date: "The Treasury also
blacklisted Globex, accusing it of ...": the participle and the joined verb take the day the
"also" act took. Sentences written for these tests; published weeks after the lede, so only
the "also" act lends a day."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

MONDAY = "2024-10-07"
LATER = "2024-11-20"
LEDE = "The Treasury sanctioned Acme on Monday. The Treasury also blacklisted Globex"


@pytest.mark.parametrize(
    ("rest", "verb"),
    [
        (", accusing it of hacking Britain.", "accusing"),
        (" and banned it from trading.", "banned"),
    ],
)
def test_an_act_sharing_the_time_of_a_borrowed_date_takes_it(nlp, resources, rest, verb):
    text = LEDE + rest
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)], LATER)
    assert dated(events, verb, text) == MONDAY


@pytest.mark.parametrize(
    ("rest", "verb"),
    [
        (", while Anna Berg accused Russia of hacking Britain.", "accused"),  # its own subject
        (" after Russia hacked Acme.", "hacked"),  # placed after it
        (", which had hacked Acme.", "hacked"),  # describes a noun, in the perfect
    ],
)
def test_a_clause_of_its_own_time_takes_nothing(nlp, resources, rest, verb):
    text = LEDE + rest
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)], LATER)
    assert dated(events, verb, text) is None
