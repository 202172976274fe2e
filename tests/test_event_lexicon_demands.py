"""Round 16a, demands by meaning (REQUEST): pressing or lobbying for something, insisting on
it, seeking a measure against someone, deadlines and ultimatums. Sentences written for these
tests, with words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Britain lobbied for sanctions on Iran in May.", {"actor": {"country/gb"}}),
        (
            "Iran insisted on an apology from Britain.",
            {"actor": {"country/ir"}, "target": {"country/gb"}},
        ),
        (
            "The FBI is seeking Smith's extradition from France.",
            {"actor": {"org/fbi"}, "target": {"person/john-smith"}},
        ),
    ],
)
def test_demanding_words_are_appeals(nlp, resources, text, expected):
    assert roles(only(run(nlp, resources, text), "Appeal")) == expected


def test_an_ultimatum_issued_threatens_its_recipient(nlp, resources):
    text = "Britain issued an ultimatum to Iran on Monday."
    threat = only(run(nlp, resources, text), "Threat")
    assert roles(threat) == {"actor": {"country/gb"}, "recipient": {"country/ir"}}


def test_charges_pressed_are_one_indictment(nlp, resources):
    events = run(nlp, resources, "The FBI pressed charges against Smith.")
    indictment = only(events, "Indictment")
    assert roles(indictment) == {"actor": {"org/fbi"}, "target": {"person/john-smith"}}


@pytest.mark.parametrize(
    "text",
    ["Smith gave Berg two days to think.", "Berg pushed the button.", "Smith set a new record."],
)
def test_look_alikes_of_demands_are_none(nlp, resources, text):
    assert not run(nlp, resources, text)
