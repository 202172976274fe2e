"""Bodies written after their state (round 15): a short name the gazetteer gives one state's
body, under another state's possessive or demonym, is the written state's body; a body the
model names after a state's possessive holds the state in its mention. Texts invented for these
tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Israel's Justice Department said the extradition request was under review.",
            "Israel's Justice Department",
            "country/il",
        ),
        (
            "The Australian Treasury Department declined to comment on the sanctions.",
            "Australian Treasury Department",
            "country/au",
        ),
        (
            "OTTAWA — The suspect was held at the request of Washington, Canada's Justice "
            "Department said on Monday.",
            "Canada's Justice Department",
            "country/ca",
        ),
    ],
)
def test_another_states_short_body_name_is_the_written_states_body(world, text, mention, country):
    found = bundled_entities(world, "Bodies\n\n" + text, "2021-03-01")
    body = next(e for e in found if any(m.text == mention for m in e.mentions))
    assert (body.type, body.country) == ("Agency", country)
    assert "org/doj" not in {e.id for e in found}
    assert country in {e.id for e in found}  # the state keeps its own mention


def test_the_same_states_body_stays_the_known_one(world):
    text = "Officials at the U.S. Justice Department said the case was closed."
    found = bundled_entities(world, "Bodies\n\n" + text, "2021-03-01")
    assert "org/doj" in {e.id for e in found}


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Kenya's High Court suspended the ban on Friday.", "Kenya's High Court", "High Court"),
        (
            "Russia's Supreme Court rejected the company's appeal in March.",
            "Russia's Supreme Court",
            "Supreme Court",
        ),
        (
            "Germany's Federal Court of Justice upheld the verdict.",
            "Germany's Federal Court of Justice",
            "Federal Court of Justice",
        ),
    ],
)
def test_a_body_named_after_its_states_possessive_holds_the_state(world, text, mention, name):
    found = bundled_entities(world, "Courts\n\n" + text, "2021-03-01")
    body = next(e for e in found if any(m.text == mention for m in e.mentions))
    assert (body.type, body.name) == ("Agency", name)
    assert sum(e.type == "Country" for e in found) == 1


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        (
            "The blogger was jailed by Moscow's Meshchansky district court in May.",
            "Moscow's Meshchansky district court",
            "Meshchansky District Court",
        ),
        (
            "MOSCOW — The Basmanny district court ordered the journalist held for two months.",
            "Basmanny district court",
            "Basmanny District Court",
        ),
        (
            "Kazakhstan's Almaly regional court upheld the fine on Tuesday.",
            "Kazakhstan's Almaly regional court",
            "Almaly Regional Court",
        ),
    ],
)
def test_a_place_name_before_a_courts_level_is_a_local_court(world, text, mention, name):
    found = bundled_entities(world, "Courts\n\n" + text, "2021-03-01")
    court = next(e for e in found if any(m.text == mention for m in e.mentions))
    assert (court.type, court.name) == ("Agency", name)


def test_a_capital_before_a_courts_level_names_no_court(world):
    text = "A Moscow district court fined the company 800,000 roubles in October."
    found = bundled_entities(world, "Courts\n\n" + text, "2021-03-01")
    assert not [e for e in found if "Court" in e.name]


@pytest.mark.parametrize(
    ("text", "mention", "body"),
    [
        ("Kenya's central bank held its key rate at 13 percent.", "Kenya's central bank", None),
        (
            "The Nigerian central bank ordered lenders to close the accounts.",
            "Nigerian central bank",
            None,
        ),
        (
            "Washington froze Russia's central bank reserves held abroad.",
            "Russia's central bank",
            "org/russia-central-bank",
        ),
    ],
)
def test_a_states_central_bank_is_its_body(world, text, mention, body):
    found = bundled_entities(world, "Banks\n\n" + text, "2022-03-01")
    bank = next(e for e in found if any(m.text == mention for m in e.mentions))
    assert bank.type == "Agency"
    assert bank.id == body if body else bank.country is not None
    assert any(e.type == "Country" for e in found)  # the state keeps its mention
