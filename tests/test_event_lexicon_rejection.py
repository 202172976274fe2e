"""Round 16a, rejection by meaning: claims brushed aside, scoffed at or repudiated (Denial),
requests and orders turned down, defied or snubbed (Refusal). What is rejected must name a
claim or a request. Sentences written for these tests, with words the development articles
do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iran brushed aside the allegations on Monday.", "Denial"),
        ("Russia scoffed at the claims by Britain.", "Denial"),
        ("Russia defied the court's order on Tuesday.", "Refusal"),
        ("Iran snubbed the summit hosted by France.", "Refusal"),
    ],
)
def test_rejecting_words_reject(nlp, resources, text, event_type):
    assert roles(only(run(nlp, resources, text), event_type))["actor"] <= {
        "country/ir",
        "country/ru",
    }


def test_a_report_repudiated_is_denied_against_its_author(nlp, resources):
    denial = only(run(nlp, resources, "Iran repudiated the report by the FBI."), "Denial")
    assert roles(denial) == {"actor": {"country/ir"}, "target": {"org/fbi"}}


def test_a_request_turned_down_refuses_who_asked(nlp, resources):
    text = "Iran turned down Britain's request for talks."
    refusal = only(run(nlp, resources, text), "Refusal")
    assert roles(refusal) == {"actor": {"country/ir"}, "target": {"country/gb"}}


@pytest.mark.parametrize(
    "text",
    [
        "Acme turned down the volume.",
        "Smith shrugged off an injury to win the race.",
        "Berg ignored the noise from the street.",
        "Acme dismissed the staff on Friday.",
    ],
)
def test_look_alikes_of_rejection_are_none(nlp, resources, text):
    assert all(e.type not in ("Denial", "Refusal") for e in run(nlp, resources, text))
