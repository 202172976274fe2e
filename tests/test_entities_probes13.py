"""Shapes seen wrong on unseen news, thirteenth round: holdings are firms, platforms named like
their service stay platforms. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        # a holding whose services carry other names is the firm, its service the platform
        ("ByteDance said it would fight the order to sell TikTok.", "ByteDance", "Organization"),
        ("ByteDance said it would fight the order to sell TikTok.", "TikTok", "Platform"),
        ("Microsoft said the hackers read its executives' mail.", "Microsoft", "Organization"),
        ("Alibaba Group said the audit found no breach.", "Alibaba Group", "Organization"),
        # a firm named like the service people use stays that platform
        ("OpenAI said it had banned accounts run from Iran.", "OpenAI", "Platform"),
        ("Google said it had removed the channels on Friday.", "Google", "Platform"),
    ],
)
def test_a_firm_is_typed_by_whether_its_name_is_its_service(world, text, name, entity_type):
    assert holding(entities(world, text), name).type == entity_type


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Andrei Volkan, head of the General Customs Inspectorate, spoke.",
            "General Customs Inspectorate",
        ),
        (
            "A spokesman for the General Police Inspectorate said two men were held.",
            "General Police Inspectorate",
        ),
        (
            "Major General Oleh Ivanenko of the State Protection Service resigned.",
            "State Protection Service",
        ),
    ],
)
def test_a_name_ending_in_a_body_word_is_an_agency_not_a_person(world, text, body):
    found = entities(world, text)
    assert holding(found, body).type == "Agency"
    assert not [e for e in found if e.type in ("Person", "Official") and body in e.name]


def test_a_name_before_a_title_of_a_body_is_that_bodys_official(world):
    # the model cut the name and read its surname as a product
    found = entities(
        world, "Viorel Cernăuțeanu, head of the General Police Inspectorate, told reporters."
    )
    person = holding(found, "Viorel Cernăuțeanu")
    assert person.type == "Official"
    assert person.roles[0].organization == holding(found, "General Police Inspectorate").id


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The payments went through accounts at the Russian bank Promsvyazbank.", "Promsvyazbank"),
        ("The Chinese airline Hainair cancelled the flights.", "Hainair"),
    ],
)
def test_a_name_after_a_firm_noun_is_an_organization(world, text, firm):
    assert holding(entities(world, text), firm).type == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Two men were detained in Düsseldorf and Bad Homburg on Monday.",
        "Police raided offices in Düsseldorf on Monday.",
    ],
)
def test_a_lone_word_after_in_is_a_place_not_a_person(world, text):
    assert holding(entities(world, text), "Düsseldorf").type == "Place"


def test_a_surname_after_in_stays_the_persons(world):
    found = entities(
        world, "Maximilian Kranz met voters. Protesters gathered outside Kranz's office."
    )
    assert holding(found, "Maximilian Kranz").type == "Person"
    assert not [e for e in found if e.type == "Place"]


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (
            "An aide to the Alternative for Germany's lead candidate was held.",
            "Alternative for Germany",
        ),
        ("Leaders of the Nepali Congress objected to the ban.", "Nepali Congress"),
        ("A court in Chisinau banned the Shor Party last year.", "Shor Party"),
        ("The BJP and the Congress party clashed in Delhi.", "Congress party"),
    ],
)
def test_party_names_are_organizations(world, text, party):
    found = entities(world, text)
    assert holding(found, party).type == "Organization"
    assert "country/de" not in {e.id for e in found}  # "Germany" inside the name is no state


def test_bare_congress_is_the_us_congress_only_in_a_story_naming_the_us(world):
    nepal = "KATHMANDU — The cabinet banned the app. Congress leaders said they would fight it."
    assert "org/us-congress" not in {e.id for e in entities(world, nepal)}
    us = "Congress passed the bill in April. The U.S. government defended it in court."
    assert holding(entities(world, us), "Congress").id == "org/us-congress"


def test_a_party_named_in_full_and_by_its_acronym_is_one_entity(world):
    text = (
        "Hackers broke into the email of Chancellor Scholz's Social Democratic Party, the German "
        "government said. The SPD disclosed the breach in June."
    )
    found = entities(world, text)
    assert holding(found, "Social Democratic Party") is holding(found, "SPD")


def test_his_countrys_body_is_the_body_of_the_state_the_person_serves(world):
    text = (
        "Belgian Prime Minister Alexander De Croo said his country's intelligence service had "
        "found the network."
    )
    body = holding(entities(world, text), "his country's intelligence service")
    assert body.type == "Agency"
    assert body.country == "country/be"


def test_its_body_is_the_body_of_the_state_the_sentence_before_is_about(world):
    text = "Russia denied the charges on Monday. Its foreign ministry called the move hostile."
    body = holding(entities(world, text), "Its foreign ministry")
    assert body.id == "org/russia-mfa"


@pytest.mark.parametrize(
    "text",
    [
        "The firm Acme denied the charges. Its security department found no breach.",
        "The United States began to scale back its visa services in Russia in August.",
    ],
)
def test_its_body_needs_a_state_and_a_body_acting(world, text):
    assert not [e for e in entities(world, text) if e.type == "Agency"]


@pytest.mark.parametrize(
    "text",
    [
        "The government put the Prague-based news website Orbital Voice on its sanctions list.",
        "The news site Orbital Voice said the ban was illegal.",
    ],
)
def test_a_news_website_is_an_outlet_not_a_platform(world, text):
    assert holding(entities(world, text), "Orbital Voice").type == "Organization"


def test_a_politician_named_with_another_noun_is_an_official(world):
    text = "The network was run by Ivan Marku, a fugitive businessman and politician."
    assert holding(entities(world, text), "Ivan Marku").type == "Official"


def test_a_businessman_and_investor_stays_a_person(world):
    text = "Ivan Marku, a businessman and investor, was arrested."
    assert holding(entities(world, text), "Ivan Marku").type == "Person"


def test_the_person_leading_a_body_named_before_is_its_head(world):
    text = "The Czech foreign ministry, headed by Tomas Novak, proposed the listing."
    found = entities(world, text)
    head = holding(found, "Tomas Novak")
    assert head.type == "Official"
    assert head.roles[0].organization == holding(found, "Czech foreign ministry").id


def test_a_person_leading_a_protest_holds_no_post(world):
    text = "The protest, led by Ivan Marku, drew thousands."
    assert holding(entities(world, text), "Ivan Marku").type == "Person"


def test_a_body_known_as_a_gazetteer_name_is_that_entry(world):
    text = "The Latvian Security Service, known as VDD, detained a Riga resident."
    found = entities(world, text)
    assert holding(found, "Latvian Security Service") is holding(found, "VDD")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Bulgaria's pro-Russian Vazrazhdane party called it a provocation.", "Vazrazhdane"),
        ("The Vazrazhdane party leader spoke on Monday.", "Vazrazhdane"),
    ],
)
def test_a_name_the_model_missed_before_an_organisation_kind_is_its_name(world, text, name):
    assert holding(entities(world, text), name).type == "Organization"


def test_a_word_joined_by_a_hyphen_before_a_kind_is_no_name(world):
    found = entities(world, "They tried to break into the Wi-Fi network of the hotel.")
    assert not [e for e in found if e.type == "Organization"]


def test_a_body_in_a_capital_is_that_states(world):
    text = "The Russian envoy was summoned to the foreign office in Berlin on Monday."
    assert holding(entities(world, text), "foreign office").id == "org/german-foreign-office"


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Moldova's police chief Gheorghe Balan said the scheme was foiled.", "country/md"),
        ("The Slovak police chief, Lubomir Solik, said the man acted alone.", "country/sk"),
    ],
)
def test_a_states_police_chief_is_that_states_official(world, text, state):
    person = next(e for e in entities(world, text) if e.type == "Official")
    assert (person.roles[0].title.lower(), person.roles[0].organization) == ("police chief", state)


def test_a_group_named_by_a_persons_full_name_keeps_its_noun(world):
    found = entities(world, "Officials said networks such as the Lawrence Bishnoi group were used.")
    group = holding(found, "Lawrence Bishnoi group")
    assert group.type == "Organization"
    assert not [e for e in found if e.type in ("Person", "Official")]
