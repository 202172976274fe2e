"""Shapes seen wrong on unseen news, fourteenth round: names an acronym spells out, names cut
before a surname particle, foreign agencies' acronyms, a state's police. Texts invented for
these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, bundled_world, holding


@pytest.fixture(scope="module")
def world():
    return bundled_world()


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


def names(found) -> list[str]:
    return [e.name for e in found]


@pytest.mark.parametrize(
    ("text", "full", "acronym"),
    [
        # the model stops the name at "of" before a state's name
        (
            "Regulators fined two members of the Digital Army of Russia Renewed (DARR), a "
            "hacking group. DARR said on Monday it would go on.",
            "Digital Army of Russia Renewed",
            "DARR",
        ),
        # a name the model does not find at all, then "a group known as"
        (
            "The ministry named the Sons of the Northern Wolf, a group known as SNW, and said "
            "SNW had attacked two dams.",
            "Sons of the Northern Wolf",
            "SNW",
        ),
        (
            "The Sons of the Northern Wolf, or SNW, claimed the attack on Tuesday. SNW said "
            "more would follow.",
            "Sons of the Northern Wolf",
            "SNW",
        ),
        # the acronym only sentences later, after "the group, known as"
        (
            "Officials sanctioned three members of the Digital Army of Russia Renewed, a "
            "pro-Kremlin hacking group. According to officials, the group, known as DARR, hit "
            "water pumps. DARR posts its videos on Telegram.",
            "Digital Army of Russia Renewed",
            "DARR",
        ),
    ],
)
def test_a_name_its_acronym_spells_is_one_organization(world, text, full, acronym):
    found = entities(world, text)
    group = holding(found, full)
    assert group.type == "Organization"
    assert [m.text for m in group.mentions].count(acronym) == text.count(acronym)
    # the model's cut piece is no entity of its own
    assert not [e for e in found if e.name in ("Digital Army", "Northern Wolf")]


def test_a_group_named_with_a_state_in_its_name_does_not_name_the_state(world):
    found = entities(
        world,
        "Regulators fined two members of the Digital Army of Russia Renewed (DARR), a "
        "hacking group, on Monday.",
    )
    assert "Russia" not in names(found)


def test_acronyms_listed_together_spell_no_name(world):
    # "US and NATO" has the initials of UN, which the sentence names too
    found = entities(world, "Officials in the US and NATO said the UN would meet again.")
    assert "US and NATO" not in names(found)
    assert holding(found, "UN").name == "United Nations"


def test_the_group_named_again_gives_no_state_body_type(world):
    found = entities(
        world,
        "Hackers of the Free Ruthenia Brigade, a group known as FRB, hit a dam. The group "
        "said it would strike again.",
    )
    assert holding(found, "Free Ruthenia Brigade").type == "Organization"


@pytest.mark.parametrize(
    ("text", "person", "again"),
    [
        # the model ends the name on the particle that opens the surname
        (
            "The far-right leader Marine Le Pen said on Sunday that she had lost. Le Pen later "
            "conceded.",
            "Marine Le Pen",
            "Le Pen",
        ),
        (
            "The opposition leader Pierre De Vaucelles said on Sunday he had won. De Vaucelles "
            "later thanked voters.",
            "Pierre De Vaucelles",
            "De Vaucelles",
        ),
    ],
)
def test_a_name_goes_on_over_a_particle_that_opens_a_surname(world, text, person, again):
    found = entities(world, text)
    assert [m.text for m in holding(found, person).mentions] == [person, again]
    assert not [e for e in found if e.name == person.rsplit(" ", 1)[0]]


def test_a_particle_after_a_whole_name_joins_no_newspaper(world):
    found = entities(world, "President Emmanuel Macron told Le Monde on Friday he would stay.")
    assert holding(found, "Le Monde").type == "Organization"


def test_an_exclamation_mark_written_onto_a_name_is_part_of_it(world):
    found = entities(world, "Emmanuel Macron's movement En Marche! said it had been hacked.")
    assert "En Marche!" in names(found)
