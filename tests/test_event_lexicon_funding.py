"""Round 16a, funding by meaning (AID): money moved to someone by any route, money taken
from a payer, bribes accepted. Sentences written for these tests, with words the
development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Iran wired payments to Globex in 2023.",
            {"actor": {"country/ir"}, "recipient": {"org/globex"}},
        ),
        (
            "Russia channelled funds to Acme.",
            {"actor": {"country/ru"}, "recipient": {"org/acme"}},
        ),
        (
            "Iran bankrolled Globex's campaign.",
            {"actor": {"country/ir"}, "target": {"org/globex"}},
        ),
    ],
)
def test_money_moved_to_someone_is_aid(nlp, resources, text, expected):
    assert roles(only(run(nlp, resources, text), "Aid")) == expected


def test_bribes_accepted_from_a_payer(nlp, resources):
    aid = only(run(nlp, resources, "Smith accepted bribes from Acme for years."), "Aid")
    assert roles(aid)["actor"] == {"person/john-smith"}
    assert "org/acme" in {p for ps in roles(aid).values() for p in ps}


@pytest.mark.parametrize(
    "text",
    [
        "Berg channelled her anger into the speech.",
        "Acme routed traffic through Germany.",
        "Acme took payment for the goods.",
        "Berg moved her office to Germany.",
    ],
)
def test_look_alikes_of_funding_are_no_aid(nlp, resources, text):
    assert all(e.type != "Aid" for e in run(nlp, resources, text))
