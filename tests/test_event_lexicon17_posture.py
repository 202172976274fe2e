"""Round 17c, force shown, borders shut and plots stopped, by meaning: borders and crossings
closed, missiles tested, airspace violated, drills held, websites flooded with traffic, plots
foiled, asylum granted or sought, bodies put under observation, protests staged. Sentences
written for these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


def test_a_border_closed_to_a_neighbour_is_a_sanction(nlp, resources):
    text = "Germany closed its border crossings with Russia on Monday."
    assert roles(only(run(nlp, resources, text), "Sanction"))["actor"] == {"country/de"}


def test_a_shop_closed_is_no_sanction(nlp, resources):
    assert "Sanction" not in types_of(nlp, resources, "Acme closed its shop in Berlin on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Iran tested a ballistic missile on Monday.",
        "Russian jets violated the airspace of Germany on Friday.",
        "China held joint naval exercises with Russia in May.",
    ],
)
def test_force_shown_is_a_mobilization(nlp, resources, text):
    assert only(run(nlp, resources, text), "Mobilization")


@pytest.mark.parametrize(
    "text",
    [
        "Acme tested a new phone in Berlin on Monday.",
        "Acme held a cost-cutting exercise in May.",
        "Germany violated the terms of the deal with Acme.",
    ],
)
def test_tests_and_exercises_of_other_kinds_are_no_mobilization(nlp, resources, text):
    assert "Mobilization" not in types_of(nlp, resources, text)


def test_a_website_flooded_with_traffic_is_a_cyber_operation(nlp, resources):
    text = "Russian hackers flooded the website of the defence ministry with traffic on Monday."
    assert only(run(nlp, resources, text), "CyberOperation")


def test_a_plot_foiled_is_an_inquiry(nlp, resources):
    text = "The BfV foiled a plot to bomb Acme's depot in May."
    assert roles(only(run(nlp, resources, text), "Investigation"))["actor"] == {"org/bfv"}


def test_a_plan_stopped_is_no_inquiry(nlp, resources):
    text = "Germany stopped the plan to build a depot for Acme in May."
    assert "Investigation" not in types_of(nlp, resources, text)


def test_asylum_granted_is_aid(nlp, resources):
    assert only(run(nlp, resources, "Germany granted asylum to John Smith in May."), "Aid")


def test_asylum_sought_is_an_appeal(nlp, resources):
    assert only(run(nlp, resources, "John Smith sought asylum in Germany in May."), "Appeal")


def test_a_party_put_under_observation_is_watched(nlp, resources):
    text = "The BfV placed the party of Anna Berg under observation in 2021."
    assert only(run(nlp, resources, text), "Espionage")


def test_an_observation_made_is_no_watch(nlp, resources):
    text = "Anna Berg made an observation about Acme's profits in May."
    assert "Espionage" not in types_of(nlp, resources, text)


def test_protests_staged_are_protests(nlp, resources):
    text = "Supporters of Anna Berg staged protests outside the embassy of Russia in Berlin."
    assert only(run(nlp, resources, text), "Protest")
