"""Shapes seen wrong on unseen news, sixteenth round (continued): a platform's product named
with it. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


@pytest.mark.parametrize(
    "text",
    [
        "Among the samples were variants of a loader, a phony Google Update mechanism.",
        "The lure was a fake Telegram Premium offer sent to officials.",
    ],
)
def test_a_platform_s_product_the_model_runs_into_its_name_names_the_platform(world, text):
    found = entities(world, text)
    assert [e.type for e in found if e.type in ("Platform", "Organization")] == ["Platform"]
    assert all(" " not in e.name for e in found)


def test_a_platform_s_name_opening_a_newspaper_s_stays_the_newspaper(world):
    found = entities(world, "Apple Daily, the pro-democracy newspaper, was shut down.")
    assert [(e.name, e.type) for e in found] == [("Apple Daily", "Organization")]
