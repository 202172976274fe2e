"""Round 18d, "X said at the time that ...": told on the occasion of the act or day told
just before, not on the lede's news day, even when the parser hangs what is said on "time".
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

LEDE = "Britain on Monday expelled John Smith."
MONDAY = "2024-10-07"


def _said(nlp, resources, text: str, named: str, value: str) -> str | None:
    times = [day(text, "Monday", MONDAY), day(text, named, value)]
    events = run(nlp, resources, text, times)
    return dated(events, "said", text)


@pytest.mark.parametrize(
    "said",
    [
        "Anna Berg said at the time that millions of Russians would be cut off.",
        "Anna Berg said at the time that Russia was behind it.",
    ],
)
def test_a_telling_at_the_time_takes_the_act_told_before(nlp, resources, said):
    text = f"{LEDE} On March 4, Russia blocked Twitter. {said}"
    assert _said(nlp, resources, text, "March 4", "2024-03-04") == "2024-03-04"


def test_at_the_time_may_be_a_day_named_for_no_act_of_ours(nlp, resources):
    text = (
        f"{LEDE} The block was ordered on October 2. Anna Berg said at the time that it would end."
    )
    assert _said(nlp, resources, text, "October 2", "2024-10-02") == "2024-10-02"


@pytest.mark.parametrize(
    ("middle", "said", "named", "value"),
    [
        # "at the time of X" names its own occasion: a telling of the news day
        (
            "On March 4, Russia blocked Twitter.",
            "Anna Berg said at the time of the attack that Russia was behind it.",
            "March 4",
            "2024-03-04",
        ),
        # a day months before the news, for no act of ours: background, not the occasion
        (
            "The block was ordered on March 2.",
            "Anna Berg said at the time that it would end.",
            "March 2",
            "2024-03-02",
        ),
    ],
)
def test_no_other_occasion_than_the_news(nlp, resources, middle, said, named, value):
    text = f"{LEDE} {middle} {said}"
    assert _said(nlp, resources, text, named, value) == MONDAY
