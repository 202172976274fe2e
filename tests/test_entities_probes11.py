"""Shapes seen wrong on unseen news, eleventh round: bodies built for a state carry the state
in their id, names in a coordinated list, laws, firms by their context, bodies by description.
Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


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


def test_a_candidate_holds_no_post(world):
    text = (
        "The runoff was cancelled days before the far-right candidate Andrei Popescu had been "
        "expected to win it. Popescu called the ruling a coup."
    )
    popescu = holding(entities(world, text), "Andrei Popescu")
    assert (popescu.type, popescu.roles) == ("Person", ())


@pytest.mark.parametrize(
    ("text", "mention", "name", "country"),
    [
        (
            "Denmark's data protection authority fined the firm on Monday.",
            "data protection authority",
            "Danish Data Protection Authority",
            "country/dk",
        ),
        (
            "Voting in Denmark was halted. The country's intelligence services blamed a "
            "foreign state, and Denmark asked for help.",
            "country's intelligence services",
            "Danish Intelligence Services",
            "country/dk",
        ),
    ],
)
def test_a_states_body_described_in_lower_case_is_its_agency(world, text, mention, name, country):
    body = holding(entities(world, text), mention)
    assert (body.type, body.name, body.country) == ("Agency", name, country)


def test_the_countrys_body_needs_the_story_to_be_that_states(world):
    text = (
        "Russian police raided the firm's office in Moscow on Tuesday. Russia gave no reason. "
        "The firm, based in Singapore, said a source in the country's security forces had "
        "called it treason."
    )
    assert all(e.country != "country/sg" for e in entities(world, text) if e.type == "Agency")


def test_a_body_described_by_its_state_is_the_gazetteers_when_it_lists_it(world):
    found = entities(world, "Ukraine's security service detained the man in Kharkiv.")
    assert holding(found, "Ukraine's security service").id == "org/sbu"


def test_an_app_store_in_lower_case_is_no_platform(world):
    found = entities(world, "Users of the app store complained. Apple runs the App Store.")
    store = [e for e in found if e.id == "org/app-store"]
    assert [m.text for m in store[0].mentions] == ["App Store"]


@pytest.mark.parametrize(
    ("text", "mention", "name", "entity_type"),
    [
        (
            "The pair were convicted at the Old Bailey in London.",
            "Old Bailey",
            "Central Criminal Court",
            "Agency",
        ),
        (
            "Phones were infected with the Predator spyware.",
            "Predator spyware",
            "Predator",
            "Platform",
        ),
        (
            "The spyware was first built by Cytrox, the firm said.",
            "Cytrox",
            "Cytrox AD",
            "Organization",
        ),
        ("Hackers breached Verizon last year.", "Verizon", "Verizon", "Organization"),
    ],
)
def test_known_courts_firms_and_spyware(world, text, mention, name, entity_type):
    found = holding(entities(world, text), mention)
    assert (found.name, found.type) == (name, entity_type)


def test_titles_in_a_list_stay_titles(world):
    text = "Treasurer Ian Doyle, Trade Minister Rhys Kemp and Paul Vance all agreed on Monday."
    found = entities(world, text)
    assert {e.name for e in found} >= {"Rhys Kemp", "Paul Vance"}
    assert all("Minister" not in e.name for e in found)


def test_a_state_body_describes_by_field_words_only(world):
    found = entities(world, "Iraq's dangerous army massed. Cuba's communist government spoke.")
    assert [e.type for e in found] == ["Country", "Country"]
    text = "Italy's foreign intelligence service denied it."
    assert holding(entities(world, text), "foreign intelligence service").country == "country/it"


def test_an_investor_of_a_city_makes_no_firm(world):
    found = entities(world, "A Seattle investor has signed a letter of intent to buy the firm.")
    assert all(e.type != "Organization" for e in found)
