"""Round 16a, exchange by meaning: people traded between states, handed over, repatriated or
pardoned; an exchange is of people only by its modifier. Sentences written for these tests,
with words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


def test_swapping_detainees_is_an_agreement(nlp, resources):
    text = "Russia and Britain swapped five detainees in Ankara on Thursday."
    swap = only(run(nlp, resources, text), "Agreement")
    assert roles(swap) == {"actor": {"country/ru", "country/gb"}}


def test_a_spy_swap_is_an_agreement(nlp, resources):
    swap = only(
        run(nlp, resources, "A spy swap between Russia and Britain took place."), "Agreement"
    )
    assert roles(swap) == {"actor": {"country/ru"}, "target": {"country/gb"}}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iran handed John Smith over to Britain in March.", "Deportation"),
        ("Iran repatriated John Smith in May.", "Deportation"),
        ("Iran pardoned John Smith on Monday.", "Withdrawal"),
    ],
)
def test_people_handed_over_or_let_go(nlp, resources, text, event_type):
    event = only(run(nlp, resources, text), event_type)
    assert roles(event)["actor"] == {"country/ir"}
    assert roles(event)["target"] == {"person/john-smith"}


@pytest.mark.parametrize(
    "text",
    [
        "Acme exchanged emails with Globex.",
        "Acme handed over the keys to Globex.",
        "A trade of shares between Acme and Globex closed.",
        "Acme traded shares of Globex.",
        "The release of the report by Acme was delayed.",
    ],
)
def test_look_alikes_of_exchange_are_none(nlp, resources, text):
    assert not run(nlp, resources, text)
