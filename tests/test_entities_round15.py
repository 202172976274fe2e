"""Shapes and data seen wrong on unseen news, round 15: national police forces named by a bare
"police" in a story datelined in the state's capital or by the state's demonym. Texts invented
for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


@pytest.mark.parametrize(
    ("text", "force"),
    [
        (
            "KYIV — Ukraine opened an inquiry on Monday.\n\nPolice detained two men near the "
            "border, prosecutors said.",
            "org/ukrainian-police",
        ),
        (
            "COLOMBO — The curfew was lifted on Tuesday.\n\nThe police said 40 people had been "
            "arrested since the attacks.",
            "org/sri-lanka-police",
        ),
        ("Kenyan police fired tear gas at protesters in the capital.", "org/kenyan-police"),
        ("Thailand's police arrested the blogger on Friday.", "org/thai-police"),
    ],
)
def test_a_states_police_is_its_national_force(world, text, force):
    found = bundled_entities(world, "Police\n\n" + text, "2024-02-01")
    assert [e.type for e in found if e.id == force] == ["Agency"]
