"""Round 20a: pressing a legislature or government to make a law or measure asks it ("pressed
Congress to pass legislation"; ontologies/triggers.yaml). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg pressed Germany to tighten its export rules on Monday.",
        "John Smith has pushed France to ratify the treaty before the summit.",
        "Maria Lopez pressured Britain to adopt the new disclosure law.",
    ],
)
def test_pressing_a_state_to_make_a_law_is_an_appeal(nlp, resources, text):
    assert "Appeal" in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg pressed the button to open the door of Acme's lab.",
        "The crisis pushed Germany to the brink of recession, John Smith wrote.",
        "Maria Lopez passed Britain on the list of donors to Acme.",
    ],
)
def test_pressing_a_thing_or_a_push_to_a_state_is_no_appeal(nlp, resources, text):
    assert "Appeal" not in types_of(nlp, resources, text)
