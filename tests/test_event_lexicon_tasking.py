"""Round 16a, tasking and handling by meaning: agents taking orders, tasked, handled or run,
and passing as someone else. Sentences written for these tests, with words the development
articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


def test_being_tasked_by_a_service_is_its_request(nlp, resources):
    text = "Smith was tasked by Iranian intelligence with photographing the port."
    tasking = only(run(nlp, resources, text), "Appeal")
    assert roles(tasking) == {"actor": {"country/ir"}, "target": {"person/john-smith"}}


@pytest.mark.parametrize(
    "text",
    [
        "Smith received instructions from officers of the FBI.",
        "Smith handled the informant for Iran for years.",
        "Berg ran a spy ring for Russia in Germany.",
    ],
)
def test_handling_agents_and_taking_orders_is_espionage(nlp, resources, text):
    espionage = only(run(nlp, resources, text), "Espionage")
    assert roles(espionage)["actor"] <= {"person/john-smith", "person/anna-berg"}


def test_impersonating_an_outlet_is_an_influence_operation(nlp, resources):
    text = "Iranian operatives impersonated Acme's news site."
    operation = only(run(nlp, resources, text), "InfluenceOperation")
    assert roles(operation) == {"actor": {"country/ir"}, "target": {"org/acme"}}


@pytest.mark.parametrize(
    "text",
    [
        "Smith took orders for the menu from Berg.",
        "The FBI handled the case with care.",
        "Berg ran a company in Germany.",
        "Smith posed as a tourist for a photo.",
    ],
)
def test_look_alikes_of_tasking_are_none(nlp, resources, text):
    assert all(
        e.type not in ("Espionage", "InfluenceOperation", "Appeal")
        for e in run(nlp, resources, text)
    )
