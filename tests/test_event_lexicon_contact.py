"""Round 16a, contact by meaning (CONSULT): officials travelling to meet, conferring,
receiving visitors, calls and contact with someone. Travel counts only for officials, contact
and calls only with whom. Sentences written for these tests, with words the development
articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senior British officials flew to Iran on Monday.",
            {"actor": {"country/gb"}, "recipient": {"country/ir"}},
        ),
        (
            "Anna Berg conferred with John Smith about the plan.",
            {"actor": {"person/anna-berg"}, "target": {"person/john-smith"}},
        ),
        (
            "Berg received the Iranian foreign minister in London.",
            {"actor": {"person/anna-berg"}, "target": {"country/ir"}},
        ),
        (
            "A phone call between Berg and Smith lasted an hour.",
            {"actor": {"person/anna-berg"}, "target": {"person/john-smith"}},
        ),
        (
            "Berg's visit to Iran lasted three days.",
            {"actor": {"person/anna-berg"}, "recipient": {"country/ir"}},
        ),
    ],
)
def test_contact_words_are_meetings(nlp, resources, text, expected):
    assert roles(only(run(nlp, resources, text), "Meeting")) == expected


def test_a_delegation_arriving_meets_its_host(nlp, resources):
    meeting = only(run(nlp, resources, "A Russian delegation arrived in Iran."), "Meeting")
    assert roles(meeting)["actor"] == {"country/ru"}


@pytest.mark.parametrize(
    "text",
    [
        "Tourists travelled to France in the summer.",
        "Smith arrived in France for a holiday.",
        "Acme's contacts in Russia said the deal was off.",
        "Berg renewed her call for sanctions on Iran.",
        "Acme went to court over the fine.",
    ],
)
def test_look_alikes_of_contact_are_no_meeting(nlp, resources, text):
    assert all(e.type != "Meeting" for e in run(nlp, resources, text))
