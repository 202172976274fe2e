"""Round 18b, noisy senses: ordinary giving is espionage only of what is secret or of what
goes to a handler or a service; an order to throttle a service bans it. Sentences written for
these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


@pytest.mark.parametrize(
    "text",
    [
        "John Smith supplied classified documents to Russia in 2019.",
        "John Smith disclosed state secrets to China in 2021.",
        "John Smith provided the files to his Russian handler in May.",
    ],
)
def test_secrets_given_are_espionage(nlp, resources, text):
    event = only(run(nlp, resources, text), "Espionage")
    assert roles(event)["actor"] == {"person/john-smith"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme provided few details about the outage on Monday.",
        "Germany had been given only limited information about the arrests.",
        "Acme shared data on its sales with Globex.",
    ],
)
def test_ordinary_information_given_is_no_espionage(nlp, resources, text):
    assert "Espionage" not in types_of(nlp, resources, text)


def test_information_handed_over_stays_espionage(nlp, resources):
    text = "John Smith sold information to Iran for $20,000."
    assert "Espionage" in types_of(nlp, resources, text)


def test_an_order_to_throttle_a_service_bans_it(nlp, resources):
    text = "Maria Lopez ordered operators to throttle Twitter on Sunday."
    assert only(run(nlp, resources, text), "Ban")


def test_an_order_to_cut_costs_is_no_ban(nlp, resources):
    text = "Maria Lopez ordered Acme to cut costs this year."
    assert "Ban" not in types_of(nlp, resources, text)
