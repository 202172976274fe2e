"""Shapes seen wrong on unseen news, fourteenth round (continued): foreign agencies known by
acronyms that are words, a state's police, courts and missions named without their state,
descriptions of a state's services. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


def names(found) -> list[str]:
    return [e.name for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Kia had held posts at the military intelligence service Must until 2015.",
        "Sweden's military intelligence service, Must, said it had found the leak.",
        "The Swedish military intelligence service (Must) said it had found the leak.",
        "Swedish military intelligence, known as Must, warned of sabotage.",
        "Sweden's Must said it had found the leak.",
    ],
)
def test_an_acronym_that_is_a_word_names_the_agency_after_its_description(world, text):
    found = entities(world, text)
    must = holding(found, "Must")
    assert (must.type, must.country) == ("Agency", "country/se")


def test_the_word_acronym_named_once_names_the_agency_again(world):
    found = entities(
        world,
        "He served at the military intelligence service Must for ten years. Must said on "
        "Friday that the damage was serious.",
    )
    assert [m.text for m in holding(found, "Must").mentions] == ["Must", "Must"]


@pytest.mark.parametrize(
    "text",
    [
        "Must the intelligence services wait for a court order?",
        "Officials said the intelligence service must wait for a court order.",
        "The ministry said MUST be done before Friday.",
    ],
)
def test_a_word_acronym_without_its_description_is_no_agency(world, text):
    assert not [e for e in entities(world, text) if e.type == "Agency"]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The Austrian intelligence service DSN said it had arrested a man.", "country/at"),
        ("Romania's SRI said the accounts were run from abroad.", "country/ro"),
        ("Poland's SKW said it had detained an officer.", "country/pl"),
    ],
)
def test_european_services_are_known_by_their_acronyms(world, text, country):
    found = entities(world, text)
    service = next(e for e in found if e.type == "Agency")
    assert service.country == country


@pytest.mark.parametrize(
    ("text", "police", "mentions"),
    [
        (
            "The Dutch police said on Tuesday that hackers had stolen staff details. The police "
            "said the group was Russian.",
            "Dutch National Police",
            ["Dutch police", "The police"],
        ),
        (
            "Czech police said two men were held in Brno. Police said they were Russian.",
            "Police of the Czech Republic",
            ["Czech police", "Police"],
        ),
        (
            "OSLO — Norway expelled 15 diplomats on Thursday. Police also detained several "
            "Russian citizens for flying drones.",
            "Norwegian Police Service",
            ["Police"],
        ),
    ],
)
def test_a_states_police_is_its_national_police(world, text, police, mentions):
    found = entities(world, text)
    force = next(e for e in found if e.name == police)
    assert force.type == "Agency"
    assert [m.text for m in force.mentions] == mentions


@pytest.mark.parametrize(
    "text",
    [
        # a state whose police is no one force: the state acts
        "German police arrested three men in Munich on Friday.",
        # police describing the noun after it
        "Officers at the Chinese police station in Manhattan were charged.",
        # a city's police named by the city
        "The Leipzig police said the men were held. Police later released one.",
    ],
)
def test_police_of_no_listed_force_make_no_police_agency(world, text):
    assert not [e for e in entities(world, text) if "Police" in e.name]


@pytest.mark.parametrize(
    ("text", "service"),
    [
        ("Singapore's ISD said it had detained a teenager.", "org/isd-sg"),
        ("Officials in Jakarta said BIN had warned of the plot.", "org/bin-id"),
        ("Japanese police arrested a man in Osaka on Friday.", "org/japan-npa"),
    ],
)
def test_asian_services_are_known_by_their_acronyms(world, text, service):
    assert service in [e.id for e in entities(world, text)]


def test_a_body_described_after_its_a_state_is_named_by_is_the_named_body(world):
    found = entities(
        world,
        "Norway ordered 15 diplomats to leave. Its domestic security service, PST, said Russia "
        "posed the greatest threat.",
    )
    pst = holding(found, "PST")
    assert [m.text for m in pst.mentions] == ["domestic security service", "PST"]
    assert [e for e in found if e.type == "Agency"] == [pst]


def test_a_firms_own_service_described_after_its_is_no_state_body(world):
    found = entities(
        world, "The company said on Monday that its security service, Acme Shield, found it."
    )
    assert not [e for e in found if e.type == "Agency"]


def test_a_name_after_a_known_body_described_in_lower_case_is_that_body(world):
    # "Germany's domestic intelligence agency" is one of the BfV's names in the gazetteer
    found = entities(
        world,
        "Germany's domestic intelligence agency, Kolnamt, said on Monday that the men had "
        "been watched.",
    )
    assert holding(found, "Kolnamt").id == "org/bfv"


def test_a_states_constitutional_court_named_again_is_the_one_named(world):
    found = entities(
        world,
        "Moldova's Constitutional Court banned the party in June. The Constitutional Court "
        "said the party had broken the law.",
    )
    court = holding(found, "Moldova's Constitutional Court")
    assert (court.id, len(court.mentions)) == ("org/md-constitutional-court", 2)


def test_russias_military_intelligence_service_is_the_gru(world):
    found = entities(world, "MI5 said Russia's military intelligence service ran the plot.")
    assert holding(found, "Russia's military intelligence service").id == "org/gru"
    assert "Armed Forces of the Russian Federation" not in names(found)


def test_a_group_placed_inside_a_state_service_is_an_agency(world):
    found = entities(
        world,
        "London said a unit of the FSB known as Centre 18 was behind a group that researchers "
        "call Star Blizzard.",
    )
    assert holding(found, "Centre 18").type == "Agency"
    assert (holding(found, "Star Blizzard").type, holding(found, "Star Blizzard").country) == (
        "Agency",
        "country/ru",
    )


def test_a_states_mission_to_the_un_keeps_the_un_named(world):
    found = entities(world, "Iran's mission to the United Nations denied the charges.")
    assert holding(found, "Iran's mission to the United Nations").id == "org/iran-un-mission"
    assert holding(found, "United Nations").id == "org/united-nations"


def test_police_in_a_state_are_its_national_police(world):
    found = entities(world, "Police in Norway detained a Russian citizen on Friday.")
    assert holding(found, "Police").id == "org/norwegian-police"


def test_the_police_named_again_is_the_force_not_the_security_police(world):
    # the Swedish Security Service is also called the Swedish Security Police
    found = entities(
        world,
        "Swedish police and the Swedish Security Service searched his home. The police found "
        "drones.",
    )
    assert holding(found, "The police").id == "org/swedish-police"


def test_the_police_after_two_forces_is_neither(world):
    found = entities(
        world, "Dutch police and Belgian police worked together. The police said nothing."
    )
    assert not [e for e in found if any(m.text == "The police" for m in e.mentions)]


@pytest.mark.parametrize(
    "text",
    [
        "BUCHAREST — The Constitutional Court annulled the presidential vote on Friday.",
        "Officials said the Constitutional Court had annulled the vote. Romania's top court "
        "cited a report by the intelligence service.",
    ],
)
def test_a_court_named_without_its_state_is_the_listed_court_of_the_story_state(world, text):
    found = entities(world, text)
    assert holding(found, "Constitutional Court").id == "org/ro-constitutional-court"


def test_a_states_description_right_before_a_known_agency_is_that_agency(world):
    found = entities(world, "Finland's security service Supo warned on Tuesday of recruiting.")
    assert [m.text for m in holding(found, "Supo").mentions] == ["security service", "Supo"]
    assert [e.type for e in found].count("Agency") == 1


def test_a_states_spy_agency_is_the_one_secret_service_of_it_the_story_names(world):
    found = entities(
        world,
        "SEOUL — South Korea's spy agency said on Thursday that hackers stole data. The "
        "National Intelligence Service said the Lazarus Group was behind it.",
    )
    assert holding(found, "spy agency").id == "org/nis-korea"


@pytest.mark.parametrize(
    "text",
    [
        # two services of the state: the description says neither
        "Poland's security service said the man spied. The ABW and the SKW both took part.",
        # a plural is several services
        "Russia's intelligence services ran the plot, the GRU said.",
    ],
)
def test_a_spy_agency_description_names_no_service_when_it_cannot_say_which(world, text):
    found = entities(world, text)
    described = next(
        e for e in found if any(m.text.endswith(("service", "services")) for m in e.mentions)
    )
    assert described.id not in ("org/abw", "org/skw", "org/gru")


@pytest.mark.parametrize(
    ("text", "court", "court_id"),
    [
        # the listed court of the state the story names most
        (
            "Moldova banned the party in 2023. The Constitutional Court ruled that the party "
            "was unlawful, Moldovan officials said.",
            "Constitutional Court",
            "org/md-constitutional-court",
        ),
        # a court the gazetteer does not list: a court of that state, so its id says whose
        (
            "The Supreme Court ruled on Monday that Brazil's ban could stand. Brazil's "
            "government welcomed it.",
            "Supreme Court",
            "org/brazilian-supreme-court",
        ),
    ],
)
def test_a_court_named_without_its_state_is_the_story_states(world, text, court, court_id):
    assert holding(entities(world, text), court).id == court_id


def test_its_police_is_the_national_police_of_the_state_it_stands_for(world):
    found = entities(world, "The Netherlands said on Tuesday that its police had been hacked.")
    assert holding(found, "its police").id == "org/dutch-police"


def test_a_firms_police_word_names_no_police(world):
    found = entities(world, "The company said its police liaison had been told.")
    assert not [e for e in found if e.type == "Agency"]


def test_a_states_police_in_a_city_leaves_the_city_its_own_mention(world):
    found = entities(world, "Officers of the Czech national police in Prague arrested two men.")
    assert [m.text for m in holding(found, "Czech national police").mentions] == [
        "Czech national police"
    ]
    assert holding(found, "Prague").type == "Place"
