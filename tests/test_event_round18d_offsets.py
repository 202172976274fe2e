"""Round 18d, an act placed a measured time from an act named again by a noun, when that act
is no event of ours but its day is told on a main clause before ("The pipeline stopped on May
7 ... Acme paid the hackers within hours of the attack"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

MAY_7 = "2024-05-07"
STOPPED = "The pipeline stopped on May 7."


@pytest.mark.parametrize(
    ("rest", "verb", "expected"),
    [
        ("Acme paid the hackers within hours of the attack.", "paid", MAY_7),
        (
            "Three days after the break-in, the FBI said Russia was responsible.",
            "said",
            "2024-05-10",
        ),
        ("Within days, the FBI said Russia was responsible.", "said", "2024-05"),
    ],
)
def test_the_day_told_on_a_main_clause_before_is_the_act_named_again(
    nlp, resources, rest, verb, expected
):
    text = f"{STOPPED} {rest}"
    events = run(nlp, resources, text, [day(text, "May 7", MAY_7)])
    assert dated(events, verb, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a day describing a person, not a main clause: no happening of the story
        "John Smith, who was born on May 7, runs Acme. "
        "Three days after the break-in, the FBI said Russia was responsible.",
        # a day told only after the act: not the one it is measured from
        "Three days after the break-in, the FBI said Russia was responsible. "
        "The outage ended on May 7.",
    ],
)
def test_no_day_of_a_description_or_of_a_later_sentence(nlp, resources, text):
    events = run(nlp, resources, text, [day(text, "May 7", MAY_7)])
    assert dated(events, "said", text) is None


def test_an_act_told_with_the_noun_s_word_still_comes_first(nlp, resources):
    """ "the meeting" is the meeting of May 7, not the day told after it."""
    text = (
        "Britain met Russia on May 7. The talks ended on May 20. "
        "Two months after the meeting, Anna Berg resigned."
    )
    times = [day(text, "May 7", MAY_7), day(text, "May 20", "2024-05-20")]
    events = run(nlp, resources, text, times)
    assert dated(events, "resigned", text) == "2024-07"
