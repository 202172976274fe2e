"""People in the news: officials typed by the role the text gives them ("CIA Director X",
"X, a spokesman for the embassy", "the Prime Minister"), persons without one, and the person a
lede describes before naming. Texts written for these tests; the gazetteer of entity_world.py."""

from __future__ import annotations

import pytest
from entity_world import by_name, entities_of, make_world, texts


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return make_world(tmp_path_factory)


def test_title_before_the_name_makes_an_official_with_a_role(world):
    text = "FBI Director Christopher Wray testified before lawmakers on Thursday."
    wray = by_name(entities_of(world, text), "Christopher Wray")
    assert wray.type == "Official"
    assert [(r.title, r.organization, r.source) for r in wray.roles] == [
        ("Director", "org/fbi", "text")
    ]


def test_apposition_role_and_embassy_shape(world):
    text = (
        "Liu Pengyu, a spokesman for the Chinese embassy in Washington, rejected the claims "
        "on Friday."
    )
    found = entities_of(world, text)
    embassy = by_name(found, "Chinese Embassy in Washington")
    assert (embassy.type, embassy.country) == ("Agency", "country/cn")
    liu = by_name(found, "Liu Pengyu")
    assert liu.type == "Official"
    assert [(r.title, r.organization) for r in liu.roles] == [("spokesman", embassy.id)]


def test_person_without_a_role_stays_a_person(world):
    text = "Anna Lindqvist, a professor of history at Lund University, doubted the report."
    assert by_name(entities_of(world, text), "Anna Lindqvist").type == "Person"


def test_title_only_reference_resolves_to_the_post_holder_on_the_article_date(world):
    text = "The CIA director warned on Friday that recruitment efforts would grow."
    burns = by_name(entities_of(world, text, published="2023-05-05"), "William J. Burns")
    assert burns.type == "Official"
    assert "CIA director" in texts(burns)
    later = entities_of(world, text, published="2025-06-01")
    assert not [e for e in later if e.name == "William J. Burns"]


def test_apposition_after_the_name_gives_title_and_organisation(world):
    text = "Dana Whitfield, the deputy director of the FBI, briefed reporters on Monday."
    dana = by_name(entities_of(world, text), "Dana Whitfield")
    assert dana.type == "Official"
    assert [(r.title, r.organization) for r in dana.roles] == [("deputy director", "org/fbi")]


def test_hyphenated_title_in_an_apposition_makes_an_official(world):
    text = "Ilse Vantongerloo, a co-founder of the security firm, was detained on Tuesday."
    ilse = by_name(entities_of(world, text), "Ilse Vantongerloo")
    assert ilse.type == "Official"
    assert [r.title for r in ilse.roles] == ["co-founder"]


def test_title_anaphor_points_back_to_the_official_with_that_title(world):
    text = (
        "Prime Minister Eamon Delacroix announced the ban on Monday. "
        "The Prime Minister said the decision was final."
    )
    eamon = by_name(entities_of(world, text), "Eamon Delacroix")
    assert texts(eamon) == ["Eamon Delacroix", "The Prime Minister"]


def test_lede_description_is_the_protagonist_named_with_an_age_next(world):
    text = (
        "A retired engineer was arrested on Monday in Ohio and accused of selling designs.\n\n"
        "Peter Halvorsen, 58, worked for a defence firm for two decades, prosecutors said."
    )
    halvorsen = by_name(entities_of(world, text), "Peter Halvorsen")
    assert texts(halvorsen) == ["A retired engineer", "Peter Halvorsen"]
    captioned = "The courthouse, seen from the river\n" + text  # a scraped photo caption first
    halvorsen = by_name(entities_of(world, captioned), "Peter Halvorsen")
    assert texts(halvorsen) == ["A retired engineer", "Peter Halvorsen"]


@pytest.mark.parametrize(
    ("text", "name", "description"),
    [
        (
            "A former navy intelligence officer was jailed on Monday for selling secrets.\n\n"
            "Oskar Lindqvist, who served for a decade, was led from the court in handcuffs.",
            "Oskar Lindqvist",
            "officer",
        ),
        (
            "An agent of the country's spy service has been deported from Austria.\n\n"
            "Bruno Keller, whom police describe as a handler, was put on a flight on Sunday.",
            "Bruno Keller",
            "An agent",
        ),
    ],
)
def test_lede_description_is_the_protagonist_named_next_in_the_passive(
    world, text, name, description
):
    # what the lede tells was done to "a former officer" is told again of the name, in the
    # passive: the same person, though the text gives no age
    mentions = texts(by_name(entities_of(world, text), name))
    assert mentions[1:] == [name] and description in mentions[0]


def test_lede_description_stays_apart_from_a_name_acting_next(world):
    text = (
        "A former navy intelligence officer was jailed on Monday for selling secrets.\n\n"
        "Oskar Lindqvist, a former colleague, told reporters he was shocked."
    )
    assert texts(by_name(entities_of(world, text), "Oskar Lindqvist")) == ["Oskar Lindqvist"]


def test_lede_description_stays_apart_without_the_age_or_when_the_lede_names_someone(world):
    no_age = (
        "A retired engineer was arrested on Monday in Ohio.\n\n"
        "Peter Halvorsen, a neighbour, said the police came at dawn."
    )
    assert texts(by_name(entities_of(world, no_age), "Peter Halvorsen")) == ["Peter Halvorsen"]
    named = (
        "Anna Berg said a retired engineer was arrested on Monday in Ohio.\n\n"
        "Peter Halvorsen, 58, worked for a defence firm."
    )
    assert texts(by_name(entities_of(world, named), "Peter Halvorsen")) == ["Peter Halvorsen"]


@pytest.mark.parametrize(
    "name",
    ["Brennel Okafor Stroud", "Quillon Bede Harrow"],  # the model reads ORG and nothing
)
def test_a_name_followed_by_an_age_is_a_person(world, name):
    text = f"{name}, 30, of Boston, was convicted of illegal entry on Tuesday."
    assert by_name(entities_of(world, text), name).type == "Person"


def test_apposition_naming_the_owner_before_the_title_makes_an_official(world):
    # a timestamp in front, as in live blogs, keeps the model from finding the name itself
    text = "14:05 Marek Zielinski, LinkedIn's founder, was questioned by police in Warsaw."
    marek = by_name(entities_of(world, text), "Marek Zielinski")
    assert marek.type == "Official"
    assert [(r.title, r.organization) for r in marek.roles] == [("founder", "org/linkedin")]


@pytest.mark.parametrize(
    "text",
    [
        "FBI lawyer Nora Quist told the judge the files were sealed.",
        "The court heard from an FBI attorney, Nora Quist, on Monday.",
        "Nora Quist, the FBI lawyer, told the judge the files were sealed.",
    ],
)
def test_a_known_agency_and_a_person_noun_make_its_staff_an_official(world, text):
    nora = by_name(entities_of(world, text), "Nora Quist")
    assert nora.type == "Official"
    assert [r.organization for r in nora.roles] == ["org/fbi"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chinese student Wen Hao was questioned at the airport.", "Wen Hao"),
        ("His lawyer Nora Quist said he would appeal.", "Nora Quist"),
    ],
)
def test_a_person_noun_after_a_country_or_a_pronoun_makes_no_official(world, text, name):
    assert by_name(entities_of(world, text), name).type == "Person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("U.S. Attorney Damon Price announced the charges in Manhattan.", "Damon Price"),
        ("Colonel Ivan Sorokin, a military attache, was told to leave.", "Ivan Sorokin"),
    ],
)
def test_prosecutors_ranks_and_attaches_are_officials(world, text, name):
    assert by_name(entities_of(world, text), name).type == "Official"


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("The CIA opened a new office. The agency's director said it would grow.", "director"),
        ("Officials at the CIA's director's office declined to comment.", "CIA's director"),
    ],
)
def test_a_title_after_an_agency_or_its_anaphor_in_the_possessive_is_the_holder(world, text, said):
    burns = by_name(entities_of(world, text, published="2023-05-05"), "William J. Burns")
    assert [m.text for m in burns.mentions if m.text.endswith(said)]


def test_a_title_after_a_country_or_its_demonym_is_the_holder_of_its_post(world):
    for text in (
        "The Australian prime minister said the talks went well.",
        "Australia's prime minister said the talks went well.",
    ):
        found = entities_of(world, text, published="2023-05-05")
        assert by_name(found, "Anthony Albanese").type == "Official"


def test_a_former_holder_is_not_the_holder_on_the_article_date(world):
    text = "A former CIA director said the agency was slow to adapt."
    found = entities_of(world, text, published="2023-05-05")
    assert not [e for e in found if e.name == "William J. Burns"]


def test_a_monarch_named_after_a_possessive_title_is_an_official(world):
    text = "He spoke by phone with Oman's sultan, Haitham bin Tariq, on Monday."
    assert by_name(entities_of(world, text), "Haitham bin Tariq").type == "Official"


def test_a_possessive_title_with_a_long_tail_before_the_name_gives_the_role(world):
    text = (
        "LinkedIn's head of trust and safety operations, Omar Haddad, said the accounts were fake."
    )
    omar = by_name(entities_of(world, text), "Omar Haddad")
    assert omar.type == "Official"
    assert [(r.title, r.organization) for r in omar.roles] == [("head", "org/linkedin")]


def test_who_heads_a_body_makes_its_head_an_official(world):
    text = "Omar Haddad, who heads the FBI field office in Ohio, resigned on Friday."
    omar = by_name(entities_of(world, text), "Omar Haddad")
    assert omar.type == "Official"
    assert [(r.title, r.organization) for r in omar.roles] == [("head", "org/fbi")]


def test_a_politician_is_an_official(world):
    text = "Police questioned Marta Kowalczyk, an opposition politician, on Monday."
    assert by_name(entities_of(world, text), "Marta Kowalczyk").type == "Official"


def test_who_runs_something_indefinite_is_no_post(world):
    text = "Andrea Rossi, who runs a bakery in the old town, said tourists had returned."
    assert by_name(entities_of(world, text), "Andrea Rossi").type == "Person"


def test_a_title_after_a_body_named_before_the_comma_gives_the_role(world):
    text = "The CIA's Counterintelligence Mission Center director, Dana Holt, retired."
    dana = by_name(entities_of(world, text), "Dana Holt")
    assert dana.type == "Official"
    assert [r.title for r in dana.roles] == ["director"]


def test_a_lower_case_body_right_before_a_front_title_is_the_role_s_organisation(world):
    text = "The Chinese embassy spokesman Liu Pengyu rejected the claims on Friday."
    found = entities_of(world, text)
    ministry = by_name(found, "Chinese Embassy")
    liu = by_name(found, "Liu Pengyu")
    assert [(r.title, r.organization) for r in liu.roles] == [("spokesman", ministry.id)]


def test_possessor_and_a_longer_title_before_the_comma(world):
    text = "Russia's deputy foreign minister, Sergei Ryabkov, warned Washington on Monday."
    ryabkov = by_name(entities_of(world, text), "Sergei Ryabkov")
    assert ryabkov.type == "Official"
    assert [(r.title, r.organization) for r in ryabkov.roles] == [
        ("deputy foreign minister", "country/ru")
    ]


def test_possessor_body_and_title_before_the_comma(world):
    text = "China's foreign ministry spokesperson, Mao Ning, rejected the claims on Friday."
    mao = by_name(entities_of(world, text), "Mao Ning")
    assert [(r.title, r.organization) for r in mao.roles] == [
        ("foreign ministry spokesperson", "country/cn")
    ]


def test_qualified_title_after_a_common_noun_possessor(world):
    text = "The country's top diplomat, Anna Kovacs, rejected the claims on Friday."
    kovacs = by_name(entities_of(world, text), "Anna Kovacs")
    assert kovacs.type == "Official"
    assert [r.title for r in kovacs.roles] == ["top diplomat"]


def test_name_before_a_lower_case_title_is_no_qualifier(world):
    text = "Russia's Gazprom chief, Anna Kovacs, rejected the claims on Friday."
    kovacs = by_name(entities_of(world, text), "Anna Kovacs")
    assert ("Gazprom chief", "country/ru") not in [(r.title, r.organization) for r in kovacs.roles]


def test_participles_and_adverbs_qualify_the_title(world):
    text = "Russia's newly appointed envoy, Anna Kovacs, rejected the claims on Friday."
    kovacs = by_name(entities_of(world, text), "Anna Kovacs")
    assert [(r.title, r.organization) for r in kovacs.roles] == [
        ("newly appointed envoy", "country/ru")
    ]
