"""Shapes seen wrong on unseen news, sixteenth round: names that keep their sense through a
story, software and models named by their kind, bodies a state runs. Texts invented for these
tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


def types_of(found) -> dict[str, str]:
    return {m.text: e.type for e in found for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "again"),
    [
        (
            "Jurors also awarded WhatsApp, which is owned by Meta, $1 in damages. "
            "Meta described the verdict as a victory.",
            "Meta described",
        ),
        (
            "Instagram, which belongs to Meta, was blocked. Meta was designated an extremist "
            "organization in 2022.",
            "Meta was",
        ),
        (
            "Threads, which is owned by Meta, grew fast. Meta denied the report on Monday.",
            "Meta denied",
        ),
    ],
)
def test_a_guarded_name_the_story_named_before_names_that_entry_in_any_sentence(world, text, again):
    found = entities(world, text)
    meta = holding(found, "Meta")
    assert meta.type == "Platform"
    assert sum(m.text == "Meta" for m in meta.mentions) == 2, again


def test_a_guarded_name_the_story_never_named_stays_the_model_s(world):
    found = entities(world, "Meta described the verdict as a victory for its users.")
    assert all(e.name != "Meta Platforms" for e in found)
