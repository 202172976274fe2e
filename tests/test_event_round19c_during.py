"""Round 19c, a telling placed inside a happening told before ("During those protests, the
minister accused X") is of that time, not of the news day the lede names. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

MONDAY = "2024-10-07"
LEDE = "Iran on Monday blocked Twitter. Twitter had been blocked in 2019 as protests spread."


@pytest.mark.parametrize(
    "rest",
    [
        "During those protests, Anna Berg accused Acme of encouraging an uprising.",
        "Amid that unrest, Anna Berg accused Acme of encouraging an uprising.",
    ],
)
def test_a_telling_during_a_time_told_before_takes_no_news_day(nlp, resources, rest):
    text = f"{LEDE} {rest}"
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "accused", text) is None


@pytest.mark.parametrize(
    "rest",
    [
        "During a news conference, Anna Berg accused Acme of encouraging an uprising.",
        "Anna Berg accused Acme of encouraging an uprising.",
    ],
)
def test_a_telling_of_the_news_day_still_takes_it(nlp, resources, rest):
    text = f"{LEDE} {rest}"
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "accused", text) == MONDAY
