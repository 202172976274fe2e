"""Names introduced by what they are ("a tool called X", "a campaign known as Y") take the type
of that kind of thing (``called_kinds`` in entity-patterns.yaml); religions and peoples named by
their adjective ("a Sikh temple") are no entities. Texts invented for these tests."""

from __future__ import annotations

import pytest
from entity_world import by_name, entities_of, make_world

from kg.entity_lexicon import load_lexicon
from kg.extract.kinds import NO_ENTITY
from kg.settings import DEFAULT_ONTOLOGY_DIR

ENTITY_TYPES = {"Agency", "Official", "Person", "Platform", "Country", "Organization", "Place"}


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    return make_world(tmp_path_factory)


def types_by_name(world, text: str) -> dict[str, str]:
    return {e.name: e.type for e in entities_of(world, text)}


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        (
            "Court papers say the program, called Quillfeather, wrote thousands of fake posts.",
            "Quillfeather",
            "Platform",
        ),
        ("Analysts traced the videos to an app named Brightmoss.", "Brightmoss", "Platform"),
        (
            "Moscow ran a campaign known as Lanternfish to spread forged news pages.",
            "Lanternfish",
            "Organization",
        ),
        (
            'Researchers exposed an operation, dubbed "Copper Heron", that posted in Farsi.',
            "Copper Heron",
            "Organization",
        ),
        (
            "A ransomware gang called Black Lantern claimed the attack.",
            "Black Lantern",
            "Organization",
        ),
        ("Users moved to a social network called Gabbro after the ban.", "Gabbro", "Platform"),
        (
            "Analysts said a group they call Glowing Lynx sent the emails.",
            "Glowing Lynx",
            "Organization",
        ),
        ("A pro-Kremlin channel called Rybnik posted the video first.", "Rybnik", "Organization"),
        ("Drones hit a village called Krasne near the border.", "Krasne", "Place"),
        (
            "The firm warned that a group it tracks as Storm-4410 was faking news clips.",
            "Storm-4410",
            "Organization",
        ),
    ],
)
def test_a_name_introduced_by_its_kind_takes_the_kind_s_type(world, text, name, entity_type):
    assert types_by_name(world, text).get(name) == entity_type


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The minister told the national broadcaster NRV that he would stay.", "NRV"),
        ("The news agency Tasmir reported the strike on Tuesday.", "Tasmir"),
        ("Ministers met the company, Quorvex Ltd, on Monday.", "Quorvex Ltd"),
        ("Arjun Bedi, counsel of the group Farmers for Justice, spoke.", "Farmers for Justice"),
    ],
)
def test_a_name_beside_its_kind_takes_the_kind_s_type(world, text, name):
    assert types_by_name(world, text).get(name) == "Organization"


def test_a_person_beside_a_kind_noun_in_another_phrase_is_not_named_by_the_kind(world):
    # the firm's spokesman holds an organisational role: an Official (DESIGN's convention),
    # not an organisation called "Jane Ward"
    found = types_by_name(world, "A spokesman for the firm, Jane Ward, declined to comment.")
    assert found.get("Jane Ward") == "Official"


def test_a_kind_in_a_title_s_modifier_does_not_type_the_title_holder(world):
    found = types_by_name(world, "Party spokesman Bernd Hollow said the vote was fair.")
    assert found.get("Bernd Hollow") == "Official"


def test_a_name_introduced_after_a_kind_of_malware_is_no_entity(world):
    found = types_by_name(world, "Investigators found a malware tool named Hollowquill on laptops.")
    assert not any("Hollowquill" in name for name in found)


def test_a_name_introduced_after_a_person_noun_is_still_a_person(world):
    found = types_by_name(world, "Police said a man named Peter Hollis was arrested in Leeds.")
    assert found.get("Peter Hollis") == "Person"


def test_another_name_after_a_group_and_its_kind_noun_is_a_mention_of_the_group(world):
    text = "Investigators said the Voodoo Lynx group, also known as Ashfinch Team, was behind it."
    group = by_name(entities_of(world, text), "Voodoo Lynx")
    assert "Ashfinch Team" in [m.text for m in group.mentions]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two men were shot outside a Sikh temple in Leeds on Sunday.", "Sikh"),
        ("Uyghur activists and Alawite officers met in Geneva.", "Uyghur"),
        ("Uyghur activists and Alawite officers met in Geneva.", "Alawite"),
        ("Sikhs rallied outside the consulate after the killing.", "Sikhs"),
    ],
)
def test_a_religion_or_people_before_a_noun_is_no_entity(world, text, word):
    assert word not in types_by_name(world, text)


def test_a_demonym_of_a_state_still_stands_for_the_state(world):
    found = types_by_name(world, "Chinese officials denied the report on Tuesday.")
    assert found.get("China") == "Country"


def test_every_kind_of_named_thing_has_an_entity_type():
    kinds = load_lexicon(DEFAULT_ONTOLOGY_DIR).called_kinds
    assert {"software", "campaign", "operation"} <= kinds.keys()
    assert set(kinds.values()) <= set(ENTITY_TYPES) | {NO_ENTITY}  # "none": no entity (a tanker)


def test_the_subject_of_a_relative_clause_after_a_kind_is_not_its_name(world):
    found = types_by_name(world, "Warships entered the sea, an area Moscow considers its own.")
    assert found.get("Russia") == "Country"


def test_the_definite_kind_noun_is_a_mention_of_the_name_it_introduces(world):
    text = "Analysts tracked two teams. The group, which they call Glowing Lynx, sent the emails."
    group = by_name(entities_of(world, text), "Glowing Lynx")
    assert [m.text for m in group.mentions] == ["group", "Glowing Lynx"]


def test_a_preposition_after_a_kind_is_no_part_of_a_name(world):
    found = types_by_name(world, "Brokers bid for the holding company for Quorvex on Monday.")
    assert not [name for name in found if name.startswith("for ")]


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        (
            "Regulators fined the Civic Signal Agency, a Minsk firm that bought ads.",
            "Civic Signal Agency",
            "Organization",
        ),
        (
            "Police searched Harrowgate Lodge, a country house in Kent, on Friday.",
            "Harrowgate Lodge",
            "Place",
        ),
        ("Investigators said the Lanternfish network bought ads.", "Lanternfish", "Organization"),
        (
            "Three of the operations came from Iran. One, which analysts called Quiet Heron, "
            "posted comments.",
            "Quiet Heron",
            "Organization",
        ),
        (
            "The report named a marketing firm in Minsk, VELTRA, that ran fake pages.",
            "VELTRA",
            "Organization",
        ),
    ],
)
def test_a_kind_around_a_name_gives_its_type(world, text, name, entity_type):
    assert types_by_name(world, text).get(name) == entity_type


def test_a_place_after_a_firm_s_place_is_no_organisation(world):
    found = types_by_name(world, "He worked for a firm in Boston, Massachusetts, for years.")
    assert "Organization" not in found.values()


def test_capitalised_words_the_model_missed_before_a_kind_name_a_thing_of_that_kind(world):
    text = "The officers released the files through the Copperfox 3.1 persona last year."
    assert types_by_name(world, text).get("Copperfox 3.1") == "Organization"


def test_a_common_noun_written_with_a_capital_before_a_kind_is_no_name(world):
    found = types_by_name(world, "The creator of an anti-abortion Web site was named.")
    assert "Web" not in found


def test_a_title_after_a_kind_noun_opens_a_persons_name(world):
    """ "company CEO Steve Jobs": the company's chief, not a company called "CEO Steve Jobs"."""
    text = "At the conference, company CEO Dana Whitfield unveiled a new phone on Monday."
    found = types_by_name(world, text)
    assert found.get("Dana Whitfield") == "Official"
    assert not any("CEO" in name for name in found)
