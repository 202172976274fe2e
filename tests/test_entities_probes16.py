"""Shapes seen wrong on unseen news, sixteenth round: names that keep their sense through a
story, software and models named by their kind, bodies a state runs. Texts invented for these
tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


def types_of(found) -> dict[str, str]:
    return {m.text: e.type for e in found for m in e.mentions}


@pytest.mark.parametrize(
    ("text", "again"),
    [
        (
            "Jurors also awarded WhatsApp, which is owned by Meta, $1 in damages. "
            "Meta described the verdict as a victory.",
            "Meta described",
        ),
        (
            "Instagram, which belongs to Meta, was blocked. Meta was designated an extremist "
            "organization in 2022.",
            "Meta was",
        ),
        (
            "Threads, which is owned by Meta, grew fast. Meta denied the report on Monday.",
            "Meta denied",
        ),
    ],
)
def test_a_guarded_name_the_story_named_before_names_that_entry_in_any_sentence(world, text, again):
    found = entities(world, text)
    meta = holding(found, "Meta")
    assert meta.type == "Platform"
    assert sum(m.text == "Meta" for m in meta.mentions) == 2, again


def test_a_guarded_name_the_story_never_named_stays_the_model_s(world):
    found = entities(world, "Meta described the verdict as a victory for its users.")
    assert all(e.name != "Meta Platforms" for e in found)


@pytest.mark.parametrize(
    ("text", "ship", "again", "state"),
    [
        (
            "The sailor served aboard the USS Essex, an assault ship. He sent photos of the "
            "Essex to an agent.",
            "USS Essex",
            "Essex",
            "country/us",
        ),
        (
            "HMS Queen Elizabeth left Portsmouth on Monday. The Queen Elizabeth will sail to "
            "Japan.",
            "HMS Queen Elizabeth",
            "Queen Elizabeth",
            "country/gb",
        ),
        (
            "Chinese vessels shadowed the HMAS Toowoomba near Japan, Canberra said. The "
            "Toowoomba was not damaged.",
            "HMAS Toowoomba",
            "Toowoomba",
            "country/au",
        ),
    ],
)
def test_a_navy_ship_is_an_agency_of_its_state_and_named_again_without_its_prefix(
    world, text, ship, again, state
):
    found = entities(world, text)
    named = holding(found, ship)
    assert (named.type, named.country) == ("Agency", state)
    assert again in [m.text for m in named.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "The INS said on Monday that it would deport him.",
        "The INS Commissioner said on Monday that he would deport them.",
    ],
)
def test_a_prefix_that_no_ship_s_name_follows_makes_no_ship(world, text):
    found = entities(world, text)
    assert all(not m.text.startswith("INS ") for e in found for m in e.mentions)


@pytest.mark.parametrize(
    "text",
    [
        "The embassy dismissed the sanctions as part of a campaign of Russophobia.",
        "The ministry accused its critics of Sinophobic Nazism.",
        "Protesters denounced what they called Islamophobia in the police.",
    ],
)
def test_a_doctrine_or_a_prejudice_is_no_organisation(world, text):
    found = entities(world, text)
    assert all(e.type != "Organization" for e in found), [(e.name, e.type) for e in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The attack was detected by CERT Polska, which warned hospitals.", "CERT Polska"),
        ("France's CERT-FR said the flaw was being exploited.", "CERT-FR"),
        (
            "Officials told the Polish computer emergency response team CERT Polska about it.",
            "CERT Polska",
        ),
    ],
)
def test_a_state_s_computer_emergency_response_team_is_an_agency(world, text, name):
    # by name: "France's CERT-FR" is one mention, the state's possessive held in it
    assert [e.type for e in entities(world, text) if e.name == name] == ["Agency"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Hackers broke into the systems of the Electoral Commission, Britain said.",
            "Electoral Commission",
        ),
        ("The Election Commission said turnout was 60 percent.", "Election Commission"),
        ("The Judicial Council suspended the judge on Monday.", "Judicial Council"),
        ("The Presidential Office said the president would not attend.", "Presidential Office"),
    ],
)
def test_a_commission_or_council_of_elections_or_judges_is_a_state_body(world, text, name):
    assert holding(entities(world, text), name).type == "Agency"


def test_a_society_of_electoral_reformers_stays_an_organisation(world):
    found = entities(world, "The Electoral Reform Society said the vote was unfair.")
    assert holding(found, "Electoral Reform Society").type == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The government on Tuesday removed Ana Ferrer as head of the National "
            "Intelligence Centre.",
            "Ana Ferrer",
        ),
        (
            "The board named Jane Holloway as chief executive of Acme Corp on Monday.",
            "Jane Holloway",
        ),
        (
            "Parliament confirmed Tomas Brandt as director of the State Security Service.",
            "Tomas Brandt",
        ),
        (
            "The Daily Ledger reported the verdict. The newspaper's publisher, Owen Marsh, "
            "called it disgraceful.",
            "Owen Marsh",
        ),
    ],
)
def test_a_person_given_a_post_after_as_or_a_publisher_is_an_official(world, text, name):
    assert holding(entities(world, text), name).type == "Official"


def test_a_person_treated_as_a_witness_holds_no_post(world):
    found = entities(world, "The court treated Ivan Petrov as a witness, not as a suspect.")
    assert holding(found, "Ivan Petrov").type == "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The tool ran on Quilla, the open-source model released by a lab, analysts said.",
            "Quilla",
        ),
        ("It used Veshna, an AI model made by a Chinese firm.", "Veshna"),
        ("One program, codenamed Scan-V, scours the internet for weak points.", "Scan-V"),
        ("A second tool, dubbed Tarn-2B, sends the data to Moscow.", "Tarn-2B"),
        (
            "Hackers stole $40 million from the cryptocurrency exchange Coinvex last week.",
            "Coinvex",
        ),
        (
            "The thieves drained the Horvel Network, a blockchain used by the game Sky Legends.",
            "Horvel Network",
        ),
        (
            "The thieves drained the Horvel Network, a blockchain used by the game Sky Legends.",
            "Sky Legends",
        ),
        ("Kiwi Browser, owned by a Chinese firm, was also on the list.", "Kiwi Browser"),
    ],
)
def test_software_models_games_and_exchanges_named_by_their_kind_are_platforms(world, text, name):
    assert holding(entities(world, text), name).type == "Platform"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Farook and his wife, Tashfeen Malik, opened fire on the gathering.", "Tashfeen Malik"),
        ("Ivan Petrov and his son, Oleg Petrov, were detained in Tver.", "Oleg Petrov"),
        ("The spy and her husband, Karel Dvorak, left Prague in 2019.", "Karel Dvorak"),
    ],
)
def test_a_name_in_apposition_to_a_family_word_is_a_person(world, text, name):
    assert holding(entities(world, text), name).type == "Person"


@pytest.mark.parametrize(
    ("text", "group", "entity_type"),
    [
        (
            "Microsoft attributed the intrusion to Midnight Blizzard, a group that officials "
            "have linked to the SVR.",
            "Midnight Blizzard",
            "Organization",
        ),
        (
            "The advisory said CyberAv3ngers was affiliated with the IRGC and had hit water "
            "plants.",
            "CyberAv3ngers",
            "Organization",
        ),
        (
            "Emerald Sleet is tied to North Korea, Microsoft said.",
            "Emerald Sleet",
            "Organization",
        ),
        (
            "The campaign was carried out by APT31, a group working for China's Ministry of "
            "State Security.",
            "APT31",
            "Agency",
        ),
        (
            "The SVR hackers, who are also known as APT29, planted backdoors.",
            "APT29",
            "Agency",
        ),
        (
            "This Gamaredon hacking group is operated under the FSB, Kyiv said.",
            "Gamaredon hacking group",
            "Agency",
        ),
    ],
)
def test_a_hacking_group_is_a_state_s_agency_only_where_the_story_places_it_inside_one(
    world, text, group, entity_type
):
    assert holding(entities(world, text), group).type == entity_type


def test_a_group_the_story_places_inside_its_state_s_service_before_naming_it_stays_an_agency(
    world,
):
    found = entities(
        world,
        "Berlin blamed a hacking group run by Russia's military intelligence service, the GRU. "
        "The group, known as APT28, used a flaw in Outlook.",
    )
    assert holding(found, "APT28").type == "Agency"


@pytest.mark.parametrize(
    ("text", "group", "entity_type"),
    [
        (
            "Mandiant found links between CARR and Sandworm, a hacking unit of Russia's GRU "
            "military intelligence agency.",
            "Sandworm",
            "Agency",
        ),
        (
            "ESET called it a subgroup of APT10, a hacking group that Japan accused in 2018 of "
            "working for China's Ministry of State Security.",
            "APT10",
            "Organization",
        ),
    ],
)
def test_a_unit_of_a_service_is_placed_inside_it_and_an_accusation_places_nothing(
    world, text, group, entity_type
):
    assert holding(entities(world, text), group).type == entity_type


def test_a_country_before_a_title_the_model_ran_together_stays_the_country(world):
    found = entities(world, "U.S. Magistrate Judge Ana Ruiz ordered the company to help.")
    assert holding(found, "U.S.").type == "Country"
    assert all(e.type != "Organization" for e in found)


@pytest.mark.parametrize(
    "text",
    [
        "He was detained at Le Bourget airport outside Paris.",
        "She is held in Lefortovo prison in Moscow.",
        "The jet landed at Vnukovo airport on Sunday.",
    ],
)
def test_a_name_before_a_facility_s_noun_is_no_organisation(world, text):
    assert all(e.type != "Organization" for e in entities(world, text))


@pytest.mark.parametrize(
    "text",
    [
        "In return, Germany released Vadim Krasikov, who was given a life sentence in 2021.",
        "Police arrested Tomasz Wrona, who had worked at the port.",
    ],
)
def test_a_name_followed_by_who_is_a_person(world, text):
    found = entities(world, text)
    assert [e.type for e in found if e.type in ("Person", "Organization")] == ["Person"]


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        (
            "The leak was examined by Paper Trail Media and Der Spiegel.",
            "Paper Trail Media",
            "Organization",
        ),
        ("Investigators could not unlock the iPhone used by the gunman.", "iPhone", "Platform"),
    ],
)
def test_media_outlets_and_the_iphone_take_their_types(world, text, name, entity_type):
    assert holding(entities(world, text), name).type == entity_type


def test_a_placement_is_the_nearest_group_s_not_another_group_s_in_its_sentence(world):
    found = entities(
        world,
        "Mandiant found links between CARR and Sandworm, a hacking unit of Russia's GRU "
        "military intelligence agency.",
    )
    assert holding(found, "CARR").type == "Organization"
    assert holding(found, "Sandworm").type == "Agency"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez, the model who posted the video, said she had been threatened.",
        "Maria Lopez, a model who posted the video, said she had been threatened.",
        "Gigi Hadid, the model, said she had been threatened.",
    ],
)
def test_a_person_described_as_a_model_stays_a_person(world, text):
    found = entities(world, text)
    assert [e.type for e in found] == ["Person"]


def test_the_commission_is_the_commission_named_before(world):
    found = entities(
        world,
        "Hackers broke into the systems of the Electoral Commission, Britain said. The "
        "commission said voters' data had been copied.",
    )
    texts = [m.text.lower() for m in holding(found, "Electoral Commission").mentions]
    assert "the commission" in texts
