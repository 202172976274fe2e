"""Shapes seen wrong on unseen news, fourteenth round: names an acronym spells out, names cut
before a surname particle, families, other names given to a group named before (agencies,
police and courts: test_entities_probes15). Texts invented for these tests; the bundled
gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, holding


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


def test_an_embassy_named_again_without_its_city_is_the_one_named_with_it(world):
    found = entities(
        world,
        "Norway ordered 15 members of the Russian embassy in Oslo to leave. The Russian embassy "
        "called the move hostile.",
    )
    embassy = holding(found, "Russian embassy in Oslo")
    assert [m.text for m in embassy.mentions] == ["Russian embassy in Oslo", "Russian embassy"]


def test_an_embassy_named_again_after_two_cities_is_neither(world):
    found = entities(
        world,
        "The Russian embassy in Oslo and the Russian embassy in Stockholm protested. The "
        "Russian embassy said nothing more.",
    )
    assert [m.text for m in holding(found, "Russian embassy in Oslo").mentions] == [
        "Russian embassy in Oslo"
    ]


def test_a_surname_before_brothers_names_a_family_not_a_firm(world):
    found = entities(
        world,
        "The court found Arben Marku, 42, guilty. His brother, Ilir Marku, 35, was convicted "
        "too. The Marku brothers denied the charges.",
    )
    assert sorted(e.name for e in found) == ["Arben Marku", "Ilir Marku"]


def test_a_name_cut_after_the_sentences_first_word_is_the_person_named_before(world):
    found = entities(
        world,
        "The court found Peyman Kia, 42, guilty of espionage. His brother, Payam Kia, 35, was "
        "convicted too. Peyman Kia had held posts at the security service.",
    )
    assert [m.text for m in holding(found, "Peyman Kia").mentions] == ["Peyman Kia"] * 2


def test_a_name_with_a_possessive_inside_is_spelt_by_its_acronym(world):
    found = entities(
        world,
        "The attacks were claimed by the People's Digital Front of Russia, or PDFR, on "
        "Monday. PDFR denied it.",
    )
    group = holding(found, "PDFR")
    assert group.name == "People's Digital Front of Russia"
    assert len(group.mentions) == 3


def test_a_name_the_model_ran_into_an_opening_bracket_ends_before_it(world):
    found = entities(
        world,
        "The State Bureau of Inquiry (SBQ) opened a case on Monday. The SBQ said more arrests "
        "would follow.",
    )
    bureau = holding(found, "SBQ")
    assert bureau.name == "State Bureau of Inquiry"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarvonian Electronic Army hacked the agency's account.", "Tarvonian Electronic Army"),
        ("The attacks were claimed by the Cyber Army of Valdoria.", "Cyber Army of Valdoria"),
    ],
)
def test_an_army_of_hackers_is_a_group_not_a_state_body(world, text, name):
    assert holding(entities(world, text), name).type == "Organization"


def test_a_states_army_stays_a_state_body(world):
    found = entities(world, "The Russian Army denied it on Monday.")
    assert holding(found, "Russian Army").type == "Agency"


@pytest.mark.parametrize(
    ("text", "group", "other"),
    [
        (
            "Dutch intelligence said a new group, which they called Cobalt Heron, had hacked "
            "the police. Microsoft calls the group Storm-2091 and said it was active.",
            "Cobalt Heron",
            "Storm-2091",
        ),
        (
            "A hacking group called Cobalt Heron attacked the ministry. Microsoft tracks it as "
            "Storm-2091.",
            "Cobalt Heron",
            "Storm-2091",
        ),
        (
            "Officials named the group Cobalt Heron. Google tracks the group as UNC9999.",
            "Cobalt Heron",
            "UNC9999",
        ),
    ],
)
def test_another_name_a_firm_gives_a_group_named_before_is_that_group(world, text, group, other):
    found = entities(world, text)
    assert holding(found, other) is holding(found, group)
    assert "Microsoft" not in [m.text for m in holding(found, group).mentions]


def test_the_group_a_namer_renames_is_no_agency_named_before(world):
    found = entities(
        world,
        "CISA and the NSA said on Monday that hackers had broken in. The FBI calls the group "
        "Cobalt Heron.",
    )
    assert holding(found, "Cobalt Heron").type == "Organization"
    assert [m.text for m in holding(found, "NSA").mentions] == ["NSA"]


def test_a_title_its_acronym_spells_is_no_organization(world):
    found = entities(
        world,
        "The Deputy Director General (DDG) of the agency, Jane Roe, resigned. The DDG said "
        "nothing.",
    )
    assert "Deputy Director General" not in names(found)
