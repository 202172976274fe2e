"""A clause placed a measured time after or before the act it modifies takes that act's day,
moved by the measure ("expelled X on Friday, two days after Russia expelled Y": Wednesday).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import day, run, timex


def _date_of(events, trigger_start: int) -> str | None:
    (event,) = [e for e in events if e.trigger.start == trigger_start]
    return event.date.value


@pytest.mark.parametrize(
    ("text", "measure", "expected"),
    [
        (
            "Britain expelled Smith on Friday, two days after Russia expelled Berg.",
            "two",
            "2024-10-02",
        ),
        (
            "Britain expelled Smith on Friday, a day after Russia expelled Berg.",
            "a day",
            "2024-10-03",
        ),
        (
            "Britain expelled Smith on Friday, a week after Russia expelled Berg.",
            "a week",
            "2024-09-27",
        ),
        (
            "Britain expelled Smith on Friday, hours after Russia expelled Berg.",
            "hours",
            "2024-10-04",
        ),
        (
            "Britain expelled Smith on Friday, a day before Russia expelled Berg.",
            "a day",
            "2024-10-05",
        ),
    ],
)
def test_the_measured_clause_is_dated_from_its_governor(nlp, resources, text, measure, expected):
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    assert _date_of(events, text.index("expelled Smith")) == "2024-10-04"
    assert _date_of(events, text.rindex("expelled")) == expected


def test_an_unmeasured_after_clause_takes_no_shifted_day(nlp, resources):
    text = "Britain expelled Smith on Friday, days after Russia expelled Berg."
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    assert _date_of(events, text.rindex("expelled")) != "2024-10-04"


def test_a_governor_dated_only_to_a_month_gives_no_shifted_day(nlp, resources):
    text = "Britain expelled Smith in March, two days after Russia expelled Berg."
    march = timex(text, "March", "2024-03", precision="month")
    events = run(nlp, resources, text, [march])
    assert len(_date_of(events, text.rindex("expelled")) or "") != 10
