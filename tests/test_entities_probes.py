"""Shapes found on fresh news the sets do not hold: titles of court, police and company staff,
a title the model cuts ("the Home Secretary"), a body's name joined by "for" that the model
cuts ("Sikhs for Justice"). Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, by_name


def entities(world, text: str):
    return bundled_entities(world, text, "2024-03-14")


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "FBI Special Agent in Charge Dana Whitlock said the bureau would act.",
            "Dana Whitlock",
            "Special Agent in Charge",
        ),
        (
            '"He lied," said Assistant Attorney General Marcus Fenn of the Justice Department.',
            "Marcus Fenn",
            "Assistant Attorney General",
        ),
        (
            "Assistant U.S. Attorney Noor Halvorsen told the court the messages were sent.",
            "Noor Halvorsen",
            "Assistant U.S. Attorney",
        ),
        (
            "Rhea Calloway, the center's general manager, said the group was tied to Moscow.",
            "Rhea Calloway",
            "general manager",
        ),
        (
            "Ravi Lund, a principal investigator on the firm's threat team, told reporters.",
            "Ravi Lund",
            "principal investigator",
        ),
        (
            "Canada expelled six diplomats, including High Commissioner Arvind Mehra, on Monday.",
            "Arvind Mehra",
            "High Commissioner",
        ),
        (
            "Foreign Affairs Minister Claire Dubois said the diplomats were persons of interest.",
            "Claire Dubois",
            "Foreign Affairs Minister",
        ),
        (
            "The Treasury sanctioned the broadcaster's editor-in-chief Olga Petrenko.",
            "Olga Petrenko",
            "editor-in-chief",
        ),
    ],
)
def test_a_person_named_with_a_long_title_is_an_official_with_the_whole_title(
    world, text, person, title
):
    official = by_name(entities(world, text), person)
    assert official.type == "Official"
    assert [r.title for r in official.roles] == [title]


def test_the_first_word_of_a_title_is_no_organisation(world):
    found = entities(world, "The MP wrote to the Home Secretary asking for a briefing.")
    assert not [e for e in found if e.name == "Home"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Arjun Bedi, a lawyer for the group Farmers for Justice, said they were followed.",
            "Farmers for Justice",
        ),
        (
            "The embassy's Rewards for Justice program offered money for tips.",
            "Rewards for Justice",
        ),
    ],
)
def test_a_name_joined_by_for_is_one_organisation_not_a_justice_ministry(world, text, body):
    found = entities(world, text)
    assert by_name(found, body).type == "Organization"
    assert not [e for e in found if e.type == "Agency" and "Justice" in e.name]


def test_a_name_between_commas_after_a_title_is_the_title_holder(world):
    text = (
        "A foreign ministry spokesman in New Delhi, Ravi Sundaram, said India does not interfere."
    )
    spokesman = by_name(entities(world, text), "Ravi Sundaram")
    assert spokesman.type == "Official"
    assert [r.title for r in spokesman.roles] == ["spokesman"]


def test_places_listed_between_commas_after_a_title_are_no_person(world):
    found = entities(world, "The minister visited Lviv, Port Stanley, and Kharkiv.")
    assert not [e for e in found if e.type in ("Person", "Official")]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "India's High Commission in London rejected the claims.",
            "Indian High Commission in London",
        ),
        (
            "Beijing's embassy in Honiara called the report groundless.",
            "Chinese Embassy in Honiara",
        ),
    ],
)
def test_a_state_s_body_named_with_its_country_or_capital_is_an_agency(world, text, body):
    found = entities(world, text)
    assert by_name(found, body).type == "Agency"
    assert len([e for e in found if e.type == "Country"]) == 1


def test_the_capital_of_a_small_state_is_a_place_not_a_person(world):
    found = entities(world, "Delegates met in Honiara and later in Port Moresby.")
    assert {e.name: e.type for e in found} == {"Honiara": "Place", "Port Moresby": "Place"}


@pytest.mark.parametrize(
    ("text", "platform"),
    [
        ("OpenAI said it had banned accounts that wrote comments about the war.", "OpenAI"),
        ("The posts resembled a network that Meta took down last year.", "Meta Platforms"),
    ],
)
def test_platform_companies_named_in_threat_reports_are_platforms(world, text, platform):
    assert by_name(entities(world, text), platform).type == "Platform"


def test_a_prosecutors_office_is_a_state_body(world):
    text = "The Kaohsiung District Prosecutors Office indicted four soldiers on Wednesday."
    assert by_name(entities(world, text), "Kaohsiung District Prosecutors Office").type == "Agency"


def test_a_name_the_model_calls_a_place_ending_in_a_kind_of_organisation_is_one(world):
    found = entities(
        world, "Organisers met in Southall. The Sikh Federation said members were called."
    )
    assert by_name(found, "Sikh Federation").type == "Organization"


def test_a_river_bank_stays_a_place(world):
    found = entities(world, "Protesters gathered on the South Bank and in Left Bank cafes.")
    assert by_name(found, "South Bank").type == "Place"


def test_states_joined_by_a_hyphen_name_a_relation_not_an_entity(world):
    # the model takes "U.S.-Venezuelan" for a person's name
    assert entities(world, "The U.S.-Venezuelan talks resumed on Monday.") == ()


def test_a_body_without_its_state_in_a_datelined_story_is_the_dateline_state_s(world):
    text = "MOSCOW, March 3 (Wire) - Russia expelled two diplomats, the foreign ministry said."
    ministry = by_name(entities(world, text), "Ministry of Foreign Affairs of Russia")
    assert [m.text for m in ministry.mentions] == ["foreign ministry"]


def test_a_body_without_its_state_or_a_dateline_is_no_entity(world):
    found = entities(world, "Russia expelled two diplomats, the foreign ministry said.")
    assert not [e for e in found if e.type == "Agency"]


def test_a_body_of_another_state_named_before_is_not_the_dateline_state_s(world):
    text = "WASHINGTON (Wire) - China's foreign ministry denied it. The foreign ministry said more."
    agencies = [e.name for e in entities(world, text) if e.type == "Agency"]
    assert agencies == ["Ministry of Foreign Affairs of China"]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("Crowds gathered in Moscow's Red Square on Sunday.", "Moscow"),
        ("She was held in Tehran's Evin prison for months.", "Tehran"),
    ],
)
def test_a_capital_owning_a_place_is_the_city(world, text, city):
    found = entities(world, text)
    assert by_name(found, city).type == "Place"
    assert not [e for e in found if e.type == "Country"]


def test_a_capital_owning_an_act_still_stands_for_its_state(world):
    assert by_name(entities(world, "Moscow's response was swift."), "Russia").type == "Country"


def test_a_state_s_mission_to_a_body_leaves_the_body_its_own_entity(world):
    # a mission the gazetteer does not list (Iran's is listed: test_entities_probes14)
    found = entities(world, "Cuba's mission to the United Nations said it does not hack.")
    mission = by_name(found, "Cuban Mission to the United Nations")
    assert [m.text for m in mission.mentions] == ["Cuba's mission"]
    assert by_name(found, "United Nations").type == "Organization"


def test_a_name_the_model_calls_an_organisation_after_a_title_is_the_title_holder(world):
    found = entities(world, "Russia's ambassador to the UN, Vasily Nebenzya, spoke first.")
    assert by_name(found, "Vasily Nebenzya").type == "Official"


def test_a_portfolio_after_a_title_is_no_state_body(world):
    found = entities(world, "Britain's Minister for Justice said the case was closed.")
    assert not [e for e in found if e.type == "Agency"]


def test_a_firm_after_a_title_and_of_stays_the_firm(world):
    found = entities(world, "Ministers met the chairman of Provigo on Monday.")
    assert by_name(found, "Provigo").type == "Organization"
