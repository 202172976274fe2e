"""Round 18d, acts the text places after the one told before ("and were later killed", "a
court later declared", "said days later that"): they lend no date from it, while "hours
later" stays on the day. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import day, run

MONDAY = "2024-10-07"


def _last_date(nlp, resources, text: str) -> str | None:
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    return max(events, key=lambda e: e.trigger.start).date.value


@pytest.mark.parametrize(
    "text",
    [
        "Britain expelled John Smith on Monday and later expelled Anna Berg.",
        "Britain on Monday expelled John Smith. Anna Berg later said Russia was responsible.",
        "Britain on Monday expelled John Smith. Anna Berg said days later that Russia was guilty.",
        "Britain on Monday expelled John Smith. Russia later expelled Anna Berg.",
    ],
)
def test_an_act_told_later_takes_no_date_from_the_one_before(nlp, resources, text):
    assert _last_date(nlp, resources, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Britain expelled John Smith on Monday and expelled Anna Berg.",
        "Britain on Monday expelled John Smith. Anna Berg said Russia was responsible.",
        "Britain on Monday expelled John Smith. Hours later, Anna Berg said Russia was guilty.",
        "Britain on Monday expelled John Smith. Russia expelled Anna Berg.",
    ],
)
def test_without_later_or_hours_later_the_day_is_shared(nlp, resources, text):
    assert _last_date(nlp, resources, text) == MONDAY
