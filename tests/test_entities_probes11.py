"""Shapes seen wrong on unseen news, eleventh round: bodies built for a state carry the state
in their id, names in a coordinated list, laws, firms by their context, bodies by description.
Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, bundled_world


@pytest.fixture(scope="module")
def world():
    return bundled_world()


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


def holding(found, text: str):
    """The entity one of whose mentions is ``text``."""
    return next(e for e in found if any(m.text == text for m in e.mentions))


def test_two_states_top_courts_in_two_articles_keep_two_ids(world):
    # the cross-document graph merges entities by id: one id would make them one court
    chile = holding(entities(world, "Chile's top court fined the firm on Tuesday."), "top court")
    kenya = holding(entities(world, "Kenya's top court fined the firm on Tuesday."), "top court")
    assert chile.name == kenya.name == "Supreme Court"
    assert chile.country == "country/cl"
    assert kenya.country == "country/ke"
    assert chile.id != kenya.id
    again = holding(entities(world, "Chile's top court cleared the ban in May."), "top court")
    assert again.id == chile.id


@pytest.mark.parametrize(
    "text",
    [
        "Katya Ilieva, Vesela Dragoeva and Plamen Ivanchev were convicted of spying on Friday.",
        "Marta Kovacheva, Daria Petrunova and Stoyan Velikov were sentenced on Friday.",
    ],
)
def test_names_listed_with_a_person_are_persons(world, text):
    found = entities(world, text)
    names = text.split(" were")[0].replace(" and", ",").split(", ")
    assert [(e.name, e.type) for e in found] == [(name, "Person") for name in names]


def test_a_firm_listed_with_a_person_stays_no_person(world):
    found = entities(world, "On Monday, Marta Kovacheva and Acme Holdings signed the deal.")
    assert all(e.type != "Person" or e.name == "Marta Kovacheva" for e in found)


def test_a_long_name_followed_by_whom_is_a_person(world):
    # the model calls this four-word name an organisation
    text = "Also listed is Nour Aleksandra Fayssal Haddou, whom the department called a fixer."
    assert holding(entities(world, text), "Nour Aleksandra Fayssal Haddou").type == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "The three admitted an offence under the Official Secrets Act last year.",
        "Prosecutors said the pair broke the Computer Misuse Act and the Geneva Convention.",
    ],
)
def test_laws_are_no_entities_and_official_in_them_no_title(world, text):
    assert entities(world, text) == ()


def test_a_given_name_like_a_law_word_still_names_a_person(world):
    found = entities(world, "President Bill Clinton signed the Digital Services Act on Monday.")
    assert [(e.name, e.type) for e in found] == [("Bill Clinton", "Official")]


@pytest.mark.parametrize(
    "text",
    [
        "He took orders from Jan Marek, the former Lumora executive who fled in 2020. Marek is "
        "wanted over the collapse of Lumora.",
        "Karl Brenner, a Lumora engineer, left in May.",
        "Investors lost billions in the bankruptcy of Lumora.",
    ],
)
def test_a_name_in_a_firms_context_is_an_organization(world, text):
    assert holding(entities(world, text), "Lumora").type == "Organization"


def test_a_name_listed_with_a_firm_under_a_firm_noun_is_an_organization(world):
    text = "Reports named AT&T and Telvora among the companies hacked by the group."
    assert holding(entities(world, text), "Telvora").type == "Organization"


def test_a_person_before_an_executive_order_stays_a_person(world):
    text = "Senator Ana Ruiz welcomed the Ruiz executive order on Monday."
    assert all(e.type != "Organization" for e in entities(world, text))
