"""Shapes seen wrong on unseen news, eighth round (Canada and India, Australia, Korea and Japan,
the Low Countries, the Sahel, Iran-linked hackers): short forms spelt out before, bodies of the
dateline's state, hyphenated titles, firms before their staff, places a body is in. Texts
invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


def ids_of(found) -> dict[str, str]:
    """Each mention's text and its entity's id."""
    return {m.text: e.id for e in found for m in e.mentions}


def roles_of(found) -> dict[str, set[tuple[str, str | None]]]:
    return {e.name: {(r.title, r.organization) for r in e.roles} for e in found}


def test_a_short_form_spelt_out_before_names_that_body_in_any_sentence(world):
    found = entities(
        world,
        "The Australian Federal Police detained a 51-year-old engineer in Perth on Monday. "
        "AFP Commissioner Lena Fairweather said the suspect had sold drawings abroad.",
    )
    assert ids_of(found)["AFP"] == "org/afp"
    assert ("Commissioner", "org/afp") in roles_of(found)["Lena Fairweather"]


def test_a_short_form_not_spelt_out_keeps_its_usual_reading(world):
    found = entities(
        world,
        "Police in Australia said on Monday they had detained an engineer over the theft "
        "of drawings, a spokeswoman told AFP.",
    )
    assert ids_of(found)["AFP"] == "org/afp-news"


def test_a_guarded_acronym_after_its_full_name_needs_no_context_word(world):
    found = entities(
        world,
        "India's Ministry of External Affairs said Canada had shared no evidence with Indian "
        'authorities. "These are baseless claims," MEA spokesperson Randhir Jaiswal told a '
        "weekly briefing.",
    )
    assert ids_of(found)["MEA"] == "org/india-mea"
    assert ("spokesperson", "org/india-mea") in roles_of(found)["Randhir Jaiswal"]


def test_a_body_naming_no_state_is_the_dateline_states(world):
    found = entities(
        world,
        "SEOUL, May 4 (Yonhap) - Two soldiers were detained over leaked maps, officials said. "
        "The Defense Ministry said the leak had harmed its work.",
    )
    assert ids_of(found)["Defense Ministry"] == "org/south-korea-mnd"


def test_a_hyphenated_title_is_read_whole(world):
    found = entities(
        world,
        "AIVD Director-General Pieter Smeets said the service had seen more sabotage plots.",
    )
    assert roles_of(found)["Pieter Smeets"] == {("Director-General", "org/aivd")}


def test_a_name_before_a_firm_staff_noun_and_a_person_is_the_firm(world):
    found = entities(
        world,
        "Security firm Dragos said the campaign had reached 75 controllers. "
        '"Small utilities are exposed," said Dragos researcher Owen Castellano.',
    )
    types = {e.name: e.type for e in found}
    assert types["Dragos"] == "Organization"
    assert types["Owen Castellano"] == "Person"


def test_the_place_a_body_is_in_stays_a_place(world):
    found = entities(
        world,
        "Officials in Brussels said a diplomat had been told to leave. "
        "The Russian embassy in Brussels did not answer calls.",
    )
    types = {m.text: e.type for e in found for m in e.mentions}
    assert types["Brussels"] == "Place"
    assert types["Russian embassy in Brussels"] == "Agency"


@pytest.mark.parametrize(
    ("text", "surface", "entity", "entity_type"),
    [
        (
            "Police in British Columbia charged two men with extortion on Tuesday.",
            "British Columbia",
            "place/british-columbia",
            "Place",
        ),
        (
            "Japan's National Police Agency blamed the hackers. The NPA urged firms to patch "
            "their servers.",
            "NPA",
            "org/japan-npa",
            "Agency",
        ),
        (
            "ECOWAS Commission President Musa Fofana called for talks with the juntas.",
            "ECOWAS Commission",
            "org/ecowas-commission",
            "Organization",
        ),
        (
            "The IRGC hackers posed as the persona CyberAv3ngers when they hit the pumps.",
            "CyberAv3ngers",
            "org/cyberav3ngers",
            "Agency",
        ),
    ],
)
def test_bodies_and_places_of_the_probe_are_known(world, text, surface, entity, entity_type):
    found = entities(world, text)
    assert ids_of(found)[surface] == entity
    # a hacking persona the story places inside the IRGC ("the IRGC hackers") is a state's
    # unit (kg/extract/state_groups.py)
    assert {e.id: e.type for e in found}[entity] == entity_type


def test_a_government_title_naming_no_body_is_held_at_the_dateline_state(world):
    found = entities(
        world,
        "CANBERRA, March 3 (AP) - Two men were charged over a plot to steal drawings. "
        "Home Affairs Minister Colin Yardley told parliament the threat was real.",
    )
    assert roles_of(found)["Colin Yardley"] == {("Home Affairs Minister", "country/au")}


def test_a_sentence_opening_in_a_state_moves_the_story_there(world):
    found = entities(
        world,
        "SEOUL, March 3 (Yonhap) - Hackers stole ship designs, officials said. "
        "In Tokyo, police said the same group had struck two think tanks. "
        "Chief Cabinet Secretary Hiro Tanabe said the government would respond.",
    )
    assert roles_of(found)["Hiro Tanabe"] == {("Chief Cabinet Secretary", "country/jp")}


def test_a_government_title_is_not_given_a_state_the_sentence_contradicts(world):
    found = entities(
        world,
        "OTTAWA, March 3 (Reuters) - Two men were charged on Tuesday. "
        "Foreign Minister Leonid Sarkov, in Moscow, said Russia had nothing to do with it.",
    )
    assert ("Foreign Minister", "country/ca") not in roles_of(found)["Leonid Sarkov"]


def test_a_city_after_its_kind_is_a_place_even_when_the_model_reads_a_person(world):
    found = entities(
        world,
        "Hungary will close Russia's consulate in the eastern city of Debrecen, the minister said.",
    )
    assert {e.name: e.type for e in found}["Debrecen"] == "Place"


def test_its_title_is_the_subject_body_whose_name_ends_in_of_a_place(world):
    found = entities(
        world,
        "The Hindu Forum of Canada welcomed the charges. Its spokesman, Arjun Mehra, said "
        "members had been threatened for years.",
    )
    assert roles_of(found)["Arjun Mehra"] == {("spokesman", "org/hindu-forum-of-canada")}


def test_a_diplomats_bare_title_is_held_at_the_one_mission_named_before(world):
    found = entities(
        world,
        "India's High Commission in Ottawa said its staff had done nothing improper. "
        "High Commissioner Vikram Sethi was summoned on Wednesday.",
    )
    assert ("High Commissioner", "org/indian-high-commission-in-ottawa") in roles_of(found)[
        "Vikram Sethi"
    ]


def test_a_diplomats_bare_title_takes_no_mission_when_two_were_named(world):
    found = entities(
        world,
        "The Russian embassy and the Chinese embassy were both closed on Monday. "
        "Ambassador Ivan Petrov left the city.",
    )
    assert roles_of(found)["Ivan Petrov"] == {("Ambassador", None)}


def test_a_sentence_opening_in_a_state_gives_its_minister_even_when_another_is_named(world):
    found = entities(
        world,
        "WELLINGTON, May 2 (Reuters) - The spy agency briefed councils on Friday. "
        "In Canberra, Home Affairs Minister Colin Yardley said Australia shared New Zealand's "
        "concerns.",
    )
    assert roles_of(found)["Colin Yardley"] == {("Home Affairs Minister", "country/au")}


def test_a_title_in_the_possessive_before_office_names_no_holder(world):
    found = entities(world, "Israel's Prime Minister's Office declined to comment on the arrests.")
    assert all(e.type != "Official" for e in found)


@pytest.mark.parametrize("place", ["BRASÍLIA", "BOGOTÁ", "GDAŃSK"])
def test_a_dateline_in_accented_capitals_is_no_actor(world, place):
    text = f"{place} — The government on Monday expelled two diplomats."
    found = entities(world, text)
    assert not [m for e in found for m in e.mentions if m.start < len(place)]
