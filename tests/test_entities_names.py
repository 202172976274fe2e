"""Names the statistical model gets wrong in OSINT news: malware and tool names, which it tags as
persons or organisations (they would become the actor of "deployed" or the target of
"detected"), and names written surname first with a patronymic, which it cuts. Texts invented
for this test; the bundled gazetteer and entity patterns."""

from __future__ import annotations

import pytest
from entity_world import by_name, entities_of

from kg.extract.entities import extract_entities
from kg.gazetteer import load_gazetteer
from kg.nlp import load_nlp
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings
from kg.types import Article


@pytest.fixture(scope="module")
def world():
    return load_nlp(Settings()), load_gazetteer(DEFAULT_ONTOLOGY_DIR)


def names(world, text: str) -> set[str]:
    nlp, gazetteer = world
    article = Article(id="t", text=text, published="2024-03-14")
    return {e.name for e in extract_entities(nlp(text), article, gazetteer)}


@pytest.mark.parametrize(
    ("text", "software"),
    [
        ("Investigators said the group deployed the Kestrel Loom backdoor on servers.", "Kestrel"),
        ("Analysts found a Marrow Backdoor on the ministry's laptops.", "Marrow"),
        ("Researchers listed several variants of FoxGlint in the intrusion.", "FoxGlint"),
        ("The attackers used JavaScript and PowerShell to move between hosts.", "JavaScript"),
        (
            "Police disrupted droppers including IcedRook, SystemQuill, Pikaflint and Bumblebee.",
            "Bumblebee",
        ),
        ("Police disrupted droppers including IcedRook, SystemQuill and Pikaflint.", "Quill"),
    ],
)
def test_a_malware_or_tool_name_is_not_an_entity(world, text, software):
    assert not any(software in name for name in names(world, text))


def test_a_known_hacking_group_before_the_word_malware_stays_an_actor(world):
    # gazetteer names come first: "Sandworm" is a unit of Russia's GRU, not a tool
    found = names(world, "Sandworm malware hit Ukrainian grid operators, the agency said.")
    assert "Sandworm" in found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "The service named the officers as Hrytsenko Petro Mykolaiovych and "
            "Bondar Ihor Vasylovych.",
            "Bondar Ihor Vasylovych",
        ),
        ("Sokolov Dmitry Igorevich, 41, was detained in Tver.", "Sokolov Dmitry Igorevich"),
    ],
)
def test_a_name_written_surname_first_with_a_patronymic_is_one_person(world, text, person):
    assert person in names(world, text)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the militar command declined to comment.",  # misspelt in the source
        "Analysts said the navy unit was hacked by the group.",
    ],
)
def test_an_all_lower_case_phrase_is_no_name(world, text):
    # the model tags such words ORG; a name in English news carries a capital
    assert names(world, text) == set()


def test_the_group_refers_back_to_the_hacking_group_named_before(world):
    # MuddyWater's name holds no "group"; its gazetteer entry lists the nouns that refer to it
    nlp, gazetteer = world
    text = (
        "MuddyWater has spied on telecom firms since 2017. Last month, a security company "
        "said the group had targeted operators in Asia."
    )
    entities = extract_entities(
        nlp(text), Article(id="t", text=text, published="2022-01-13"), gazetteer
    )
    muddywater = next(e for e in entities if e.name == "MuddyWater")
    assert [m.text for m in muddywater.mentions] == ["MuddyWater", "the group"]


def test_the_group_stays_unlinked_when_no_group_was_named(world):
    nlp, gazetteer = world
    text = "Police stopped a group of protesters near the embassy. The group had marched for hours."
    entities = extract_entities(
        nlp(text), Article(id="t", text=text, published="2022-01-13"), gazetteer
    )
    assert not any("group" in m.text.lower() for e in entities for m in e.mentions)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the model reads the lone first name as a place
        ("Police found the defector Pavel Orlov and his daughter Alina on a bench.", "Alina Orlov"),
        ("The minister Rafael Ortega and his wife Lucia arrived in Madrid.", "Lucia Ortega"),
    ],
)
def test_a_name_after_a_family_word_is_a_person_with_the_family_name(world, text, person):
    assert person in names(world, text)


def test_a_family_word_without_a_name_after_it_makes_no_entity(world):
    assert names(world, "The family business passed to his son in 2010.") == set()


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("The Hendersons did not answer questions from reporters on Friday.", "Hendersons"),
        ("A neighbour said the Kowalskis had moved away in May.", "Kowalskis"),
    ],
)
def test_a_family_named_in_the_plural_is_no_person(world, text, family):
    assert family not in names(world, text)


def test_a_person_whose_surname_ends_in_s_is_still_a_person(world):
    assert "Thomas Hughes" in names(world, "Thomas Hughes said the Hughes case was closed.")


def test_a_known_person_written_with_a_middle_initial_is_the_gazetteer_entry(world):
    found = entities_of(world, '"We will not stop," said Attorney General Merrick B. Garland.')
    garland = by_name(found, "Merrick Garland")
    assert (garland.id, [m.text for m in garland.mentions]) == (
        "person/merrick-garland",
        ["Merrick B. Garland"],
    )


@pytest.mark.parametrize(
    ("text", "person", "alias"),
    [
        (
            "The court charged Pyotr Lebedev, also known as Stormcrow, with extortion.",
            "Pyotr Lebedev",
            "Stormcrow",
        ),
        (
            "Police detained Carlos Mendez (a.k.a. Nightowl) in Madrid on Friday.",
            "Carlos Mendez",
            "Nightowl",
        ),
    ],
)
def test_a_nickname_after_also_known_as_is_a_mention_of_the_person(world, text, person, alias):
    found = entities_of(world, text)
    assert [m.text for m in by_name(found, person).mentions] == [person, alias]
    assert not [e for e in found if e.name == alias]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The pro-government Sabah newspaper reported the arrests.", "Sabah"),
        ("Fighters of the Rusich group crossed the border.", "Rusich"),
    ],
)
def test_a_name_modifying_a_noun_for_a_body_names_the_body(world, text, body):
    found = entities_of(world, text)
    assert by_name(found, body).type == "Organization"


def test_a_leader_before_administration_is_still_the_person(world):
    found = entities_of(world, "The Trump campaign and the Biden administration disagreed.")
    assert by_name(found, "Donald Trump").type == "Official"


def test_words_in_capitals_for_emphasis_are_no_organisation(world):
    text = '"Never had such BRAVERY & HONOUR from any city," the mayor wrote about NATO.'
    assert names(world, text) == {"NATO"}


def test_a_name_closing_a_list_of_places_is_a_place(world):
    found = entities_of(world, "Consulates in St. Petersburg, Yekaterinburg, and Vladivostok shut.")
    assert by_name(found, "Vladivostok").type == "Place"


def test_a_person_after_a_place_and_a_comma_stays_a_person(world):
    found = entities_of(world, "In Kyiv, Olena Marchuk and Taras Boyko met the envoy.")
    assert by_name(found, "Olena Marchuk").type == "Person"


def test_a_capital_after_in_is_a_place_even_when_misparsed_as_a_subject(world):
    found = entities_of(world, "In Kyiv, Olena Marchuk and Taras Boyko met the envoy.")
    assert by_name(found, "Kyiv").type == "Place"
    assert not [e for e in found if e.name == "Ukraine"]


def test_a_person_after_a_place_in_an_apposition_and_and_is_still_a_person(world):
    text = "Lu Jianwang, 61, of the Bronx, and Chen Jinping, 59, of Manhattan, were charged."
    assert by_name(entities_of(world, text), "Chen Jinping").type == "Person"


def test_a_capital_after_that_can_still_act_for_its_state(world):
    found = entities_of(world, "The director said last month that Beijing had grown bolder.")
    assert by_name(found, "China").type == "Country"


def test_another_name_of_a_group_after_also_known_as_is_a_mention_of_it(world):
    text = "Analysts blamed Cobalt Mirage Inc, also known as TunnelVision, for the breach."
    found = entities_of(world, text)
    assert [m.text for m in by_name(found, "Cobalt Mirage Inc").mentions] == [
        "Cobalt Mirage Inc",
        "TunnelVision",
    ]
    assert not [e for e in found if e.name == "TunnelVision"]


def test_a_capital_the_model_takes_for_a_person_is_read_as_a_capital(world):
    found = entities_of(world, "The president said that Kyiv needed more air defence.")
    assert not [e for e in found if e.type == "Person"]
    assert "Kyiv" in [m.text for m in by_name(found, "Ukraine").mentions]


def test_a_country_joined_by_a_hyphen_does_not_own_the_role(world):
    text = "Dana Whitlock, a pro-Russian Australian senator, flew to Perth on Friday."
    senator = by_name(entities_of(world, text), "Dana Whitlock")
    assert [(r.title, r.organization) for r in senator.roles] == [("senator", "country/au")]


def test_a_news_show_named_after_its_network_is_the_show(world):
    text = "The minister told Fox News Sunday that the border would stay closed."
    assert names(world, text) == {"Fox News Sunday"}


def test_outlets_named_by_their_web_domain(world):
    text = (
        "The leak was first reported by gazeta.ru, and RT.com repeated it within an hour. "
        "Staff opened report.pdf from https://example.com/files and wrote to desk@example.com."
    )
    found = entities_of(world, text)
    assert (by_name(found, "gazeta.ru").type, by_name(found, "RT").type) == (
        "Organization",
        "Organization",
    )
    assert "RT.com" in [m.text for m in by_name(found, "RT").mentions]
    assert {e.name for e in found} == {"gazeta.ru", "RT"}


@pytest.mark.parametrize(
    ("text", "entity_id"),
    [
        (
            "The Treasury froze the accounts of two shipping firms, U.S. officials said. "
            "A spokesman in Washington said the Treasury would add more names.",
            "org/us-treasury",
        ),
        (
            "The Treasury in London froze the funds, British ministers said on Friday.",
            "org/hm-treasury",
        ),
        (
            "The U.S. Treasury listed firms trading with North Korea. North Korea denied it, "
            "and the Treasury added a ship.",
            "org/us-treasury",
        ),
    ],
)
def test_a_bare_treasury_is_the_one_named_or_of_the_country_in_context(world, text, entity_id):
    treasury = [e for e in entities_of(world, text) if "Treasury" in e.name]
    assert [(e.id, e.type, len(e.mentions)) for e in treasury] == [
        (entity_id, "Agency", text.count("Treasury"))
    ]


def test_a_bare_treasury_of_a_state_without_an_entry_is_a_body_of_that_state(world):
    text = "Lithuania said on Tuesday that the Treasury would freeze the funds."
    treasury = by_name(entities_of(world, text), "Lithuanian Treasury")
    assert (treasury.type, treasury.country) == ("Agency", "country/lt")


def test_a_capitalised_forum_closes_the_name_of_a_body_not_a_platform(world):
    text = "Leaders at the Pacific Islands Forum agreed on rules for foreign donations."
    forum = by_name(entities_of(world, text), "Pacific Islands Forum")
    assert forum.type == "Organization"
