"""Round 18d, an act told in a piece, report or post published on a day ("laid out the finding
in an opinion piece published on Monday"): told that day; an act done "in an operation
reported on Monday" came before its report and is not dated by it. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

from kg.extract.dating_words import dating_words

MONDAY = "2024-10-07"


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Anna Berg first blamed Russia in an opinion piece published on Monday.", "blamed"),
        ("Anna Berg accused Russia in a post released on Monday.", "accused"),
        ("Anna Berg blamed Russia in a letter filed with the court on Monday.", "blamed"),
    ],
)
def test_an_act_told_in_a_published_piece_takes_its_day(nlp, resources, text, verb):
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, verb, text) == MONDAY


@pytest.mark.parametrize(
    "text",
    [
        "Russia hacked Acme in an operation reported on Monday.",
        "Russia hacked Acme during an operation exposed on Monday.",
    ],
)
def test_an_act_done_in_something_reported_later_is_not_dated_by_the_report(nlp, resources, text):
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "hacked", text) is None


def test_the_publishing_verbs_are_read_from_the_ontology():
    words = dating_words().publishing_verbs
    assert {"publish", "release"} <= words and "report" not in words
