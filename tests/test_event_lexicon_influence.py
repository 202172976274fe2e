"""Round 16a, influence by meaning: falsehoods spread by any verb of spreading and named by
what they are, and campaigns typed by their modifier (troll, bot, promotion, deepfake).
Sentences written for these tests, with words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Russian accounts peddled conspiracy theories about Acme.",
        "Iranian operatives seeded fake news stories on Twitter.",
        "Russia circulated a doctored video of the minister.",
    ],
)
def test_falsehoods_spread_are_influence_operations(nlp, resources, text):
    operation = only(run(nlp, resources, text), "InfluenceOperation")
    assert roles(operation)["actor"] <= {"country/ru", "country/ir"}


def test_a_troll_campaign_is_an_influence_operation(nlp, resources):
    text = "Iran ran a troll campaign against Acme."
    operation = only(run(nlp, resources, text), "InfluenceOperation")
    assert roles(operation) == {"actor": {"country/ir"}, "target": {"org/acme"}}


@pytest.mark.parametrize(
    "text",
    [
        "Berg spread the word about the sale.",
        "Acme pushed a new product in France.",
        "Acme promoted its new phone on Twitter.",
        "Acme ran a hiring campaign in France.",
    ],
)
def test_look_alikes_of_influence_are_none(nlp, resources, text):
    assert all(e.type != "InfluenceOperation" for e in run(nlp, resources, text))
