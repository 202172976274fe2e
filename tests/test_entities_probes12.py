"""Shapes seen wrong on unseen news, twelfth round: one name typed a firm by its context is one
firm in the whole article. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


def named(found, name: str):
    return [e for e in found if any(m.text.removesuffix("'s") == name for m in e.mentions)]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # the model reads the bare name as a person twice, the possessive gives the firm away
        (
            "Dorrance filed suit. Analysts said Dorrance could lose. Dorrance's insolvency "
            "would cost jobs.",
            "Dorrance",
            3,
        ),
        # a person's past employer, which the model once calls a person
        (
            "Arlo Brandt said the deal was off. Brandt, a former Mercer executive, left Mercer "
            "in May.",
            "Mercer",
            2,
        ),
    ],
)
def test_a_name_context_types_a_firm_is_one_firm(world, text, name, mentions):
    found = named(entities(world, text), name)
    assert [(e.type, len(e.mentions)) for e in found] == [("Organization", mentions)]


def test_the_person_beside_the_firm_stays_a_person(world):
    found = entities(
        world,
        "Arlo Brandt said the deal was off. Brandt, a former Mercer executive, left Mercer in May.",
    )
    assert [e.type for e in named(found, "Arlo Brandt")] == ["Person"]


def test_a_firm_by_context_joins_its_full_name(world):
    text = "Korvath Systems fired Dana Price. A Korvath engineer said Korvath had warned staff."
    found = named(entities(world, text), "Korvath")
    assert [(e.name, e.type, len(e.mentions)) for e in found] == [
        ("Korvath Systems", "Organization", 3)
    ]


def test_a_known_name_with_a_legal_form_in_a_list_of_firms_is_a_firm_of_its_own(world):
    # the gazetteer's Intellexa is the consortium; its Greek company is one of the listed firms
    text = "The sanctioned companies include Intellexa S.A. in Athens and Cytrox AD in Skopje."
    found = entities(world, text)
    assert [(e.name, e.type) for e in found if e.type == "Organization"] == [
        ("Intellexa S.A.", "Organization"),
        ("Cytrox AD", "Organization"),
    ]
    assert all(e.id != "org/intellexa" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        # one firm named with and without its legal form: no list of firms
        "Intellexa S.A. denied the claims on Monday. Intellexa said it sold only to governments.",
        # a single firm a singular noun introduces is no list
        "The firm Intellexa S.A. said Cytrox had no part in it.",
    ],
)
def test_a_known_name_with_a_legal_form_alone_is_the_known_firm(world, text):
    found = entities(world, text)
    assert [e.id for e in found if "Intellexa" in e.mentions[0].text] == ["org/intellexa"]


@pytest.mark.parametrize(
    "text",
    [
        "Tal Dilian, a former Israeli military intelligence officer, founded the group.",
        "Ruth Kessel, an Israeli military intelligence veteran, said the unit was ready.",
    ],
)
def test_one_persons_past_service_described_is_no_entity(world, text):
    # a described service and its demonym say who the person was, not who acts in the story
    assert [e.type for e in entities(world, text)] == ["Person"]


def test_a_named_agency_of_ones_past_service_stays(world):
    found = entities(world, "Fusion GPS hired a former MI6 officer, Christopher Steele.")
    assert "org/mi6" in [e.id for e in found]


def test_the_described_service_acting_stays(world):
    found = entities(world, "Israeli military intelligence warned of an attack on Monday.")
    assert [e.type for e in found] == ["Country", "Agency"]
