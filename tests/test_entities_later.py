"""Bodies named again or named by lower-case words, and firms named before a title: "the foreign
ministry" after "Ghana's foreign ministry", "the Indian high commission", "RT editor-in-chief
NAME". Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, by_name, texts


def entities(world, text: str):
    return bundled_entities(world, text, "2024-03-14")


def test_a_body_named_again_with_its_field_words_is_a_mention_of_it(world):
    found = entities(
        world,
        "China's foreign ministry rejected the report on Monday. The foreign ministry said "
        "the harbour hacking claims were invented by rivals.",
    )
    ministry = next(e for e in found if "The foreign ministry" in texts(e))
    assert "China's foreign ministry" in texts(ministry)


def test_field_words_no_named_body_has_make_no_mention(world):
    found = entities(
        world,
        "China's foreign ministry rejected the report on Monday. The trade ministry said "
        "exports of drones would continue.",
    )
    assert not any("The trade ministry" in texts(e) for e in found)


@pytest.mark.parametrize(
    ("text", "mention", "name", "country"),
    [
        (
            "The Indian high commission in Wellington declined to comment on the visas.",
            "Indian high commission in Wellington",
            "Indian High Commission in Wellington",
            "India",
        ),
        (
            "A spokesperson said the Kenyan high commission would reply in writing.",
            "Kenyan high commission",
            "Kenyan High Commission",
            "Kenya",
        ),
    ],
)
def test_a_lower_case_body_after_a_demonym_is_that_states_body(world, text, mention, name, country):
    found = entities(world, text)
    body = by_name(found, name)
    assert body.type == "Agency"
    assert texts(body) == [mention]
    assert by_name(found, country).type == "Country"


def test_a_modifier_like_new_is_no_part_of_a_bodys_name(world):
    found = entities(world, "Germany's new embassy in Accra opened its doors on Friday.")
    assert not any("New" in e.name for e in found)


def test_a_name_before_a_firm_title_is_that_firm(world):
    found = entities(world, "RT editor-in-chief Marina Kovrova mocked the new charges online.")
    outlet = by_name(found, "RT")
    assert outlet.type == "Organization"
    editor = by_name(found, "Marina Kovrova")
    assert editor.type == "Official"
    assert editor.roles[0].organization == outlet.id


def test_a_place_before_a_state_title_stays_a_place(world):
    found = entities(world, "Moscow Mayor Pavel Ustinov closed the city's parks on Sunday.")
    assert by_name(found, "Moscow").type in ("Place", "Country")


def test_a_name_after_surnamed_is_a_person(world):
    found = entities(world, "Police said the engineer, surnamed Liang, had sold the blueprints.")
    assert by_name(found, "Liang").type == "Person"


def test_a_title_in_an_apposition_of_kin_is_the_relatives(world):
    found = entities(
        world,
        "Mira Tolvanen, the daughter of Finnish President Aarno Tolvanen, denied the claims.",
    )
    daughter = by_name(found, "Mira Tolvanen")
    assert daughter.type == "Person"
    assert daughter.roles == ()


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Chief Cabinet Secretary Hiro Tanabe told reporters the talks failed.",
            "Hiro Tanabe",
            "Chief Cabinet Secretary",
        ),
        (
            "Lena Ortmann, a senior fellow at the think tank, said the sites were fake.",
            "Lena Ortmann",
            "senior fellow",
        ),
    ],
)
def test_posts_of_cabinets_and_research_staff_are_titles(world, text, person, title):
    found = entities(world, text)
    official = by_name(found, person)
    assert official.type == "Official"
    assert official.roles[0].title == title
    assert not any(e.name == "Cabinet" for e in found)


def test_a_kind_the_tagger_took_for_an_adjective_still_types_its_name(world):
    found = entities(
        world,
        "The measures include the Orlan Design Agency, the broadcaster Golos Nord and the firm "
        "Meroe Silver.",
    )
    assert by_name(found, "Meroe Silver").type == "Organization"
    assert by_name(found, "Golos Nord").type == "Organization"


def test_a_states_body_in_other_words_is_its_gazetteer_entry(world):
    found = entities(
        world, "The suspect worked for the Chinese state security ministry, prosecutors said."
    )
    ministry = by_name(found, "Ministry of State Security")
    assert ministry.type == "Agency"
    assert texts(ministry) == ["Chinese state security ministry"]


def test_its_before_a_title_is_the_body_that_spoke(world):
    found = entities(
        world,
        "Meta said it had removed 40 accounts run from abroad; its head of platform integrity, "
        "Dara Quillon, said the network was small.",
    )
    head = by_name(found, "Dara Quillon")
    assert head.type == "Official"
    assert head.roles[0].organization == by_name(found, "Meta Platforms").id
