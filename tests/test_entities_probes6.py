"""Shapes found on the sixth round of invented probe stories (a threat report, Gulf and Israeli
services, Indian and Pakistani ministries, European security services, officials quoted across
states). Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, by_name


def entities(world, text: str):
    return bundled_entities(world, text, "2024-11-05")


def test_a_shorter_body_name_before_a_state_s_full_one_is_not_that_body(world):
    text = (
        "In Tehran, Foreign Ministry spokesman Ali Nouri called the claims baseless.\n\n"
        "Saudi Arabia's foreign ministry condemned the attack on Friday."
    )
    nouri = by_name(entities(world, text), "Ali Nouri")
    assert [r.organization for r in nouri.roles] != ["org/saudi-arabia-mfa"]


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Norway's Police Security Service, PST, said Russia was the main threat.", "org/pst"),
        ("Sweden's Security Service, Säpo, said it had expelled a man.", "org/sapo"),
        ("External Affairs Ministry spokesperson Ravi Sundaram spoke on Friday.", "org/india-mea"),
    ],
)
def test_security_services_and_ministries_named_in_english_are_their_entries(world, text, body):
    assert [e.id for e in entities(world, text) if e.type == "Agency"] == [body]


def test_influence_operations_and_their_firms_are_organisations(world):
    text = (
        "The campaign known as Doppelganger was run by the Social Design Agency and "
        "Structura, two Moscow companies, while Spamouflage posted from China."
    )
    found = {e.id: e.type for e in entities(world, text)}
    for body in ("doppelganger", "social-design-agency", "structura", "spamouflage"):
        assert found[f"org/{body}"] == "Organization"


@pytest.mark.parametrize("field", ["foreign ministry", "Foreign Ministry"])
def test_a_body_named_by_its_field_in_a_sentence_opening_in_a_capital_is_that_state_s(world, field):
    text = f"In Tehran, {field} spokesman Ali Nouri called the claims baseless."
    found = entities(world, text)
    assert [r.organization for r in by_name(found, "Ali Nouri").roles] == ["org/iran-mfa"]


def test_a_body_whose_state_is_named_keeps_that_state_in_a_capital_s_sentence(world):
    text = "In Tehran, Saudi Arabia's foreign ministry spokesman Ali Nouri spoke on Friday."
    found = entities(world, text)
    assert "org/iran-mfa" not in [e.id for e in found]


def test_a_name_the_model_misses_after_a_title_is_a_person(world):
    text = (
        "External Affairs Ministry spokesperson Randhir Jaiswal told a weekly briefing that "
        "the claims were false."
    )
    jaiswal = by_name(entities(world, text), "Randhir Jaiswal")
    assert [(r.title, r.organization) for r in jaiswal.roles] == [("spokesperson", "org/india-mea")]


def test_a_demonym_the_model_calls_a_person_is_no_person(world):
    text = (
        "The U.S. envoy said Washington stood with its ally. Moldovan President Maia Sandu, "
        "visiting Warsaw, said her country faced the same threats."
    )
    found = entities(world, text)
    assert "Moldovan" not in [e.name for e in found if e.type in ("Person", "Official")]
    assert [r.organization for r in by_name(found, "Maia Sandu").roles] == ["country/md"]


@pytest.mark.parametrize(
    "text",
    [
        "A drone crashed near the border town of Hrubieszow on Thursday.",
        "Police searched houses in the village of Osowa on Friday.",
    ],
)
def test_a_name_after_a_settlement_kind_and_of_is_a_place(world, text):
    assert [e.type for e in entities(world, text)] == ["Place"]


def test_a_body_without_its_state_in_a_known_official_s_title_is_their_post_s_body(world):
    text = (
        "WASHINGTON — The United States imposed sanctions on Chinese firms on Friday. Foreign "
        "Ministry spokeswoman Mao Ning said Beijing opposed them. The Foreign Ministry also "
        "summoned a U.S. diplomat."
    )
    found = entities(world, text)
    assert "org/foreign-ministry" not in [e.id for e in found]
    ministry = next(e for e in found if e.id == "org/china-mfa")
    assert [m.text for m in ministry.mentions] == ["Foreign Ministry", "Foreign Ministry"]


def test_a_name_goes_on_over_particles_and_sheikh_is_an_honorific(world):
    text = (
        "Qatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani said Doha was still "
        "mediating."
    )
    found = entities(world, text)
    people = [e.name for e in found if e.type in ("Person", "Official")]
    assert people == ["Mohammed bin Abdulrahman Al Thani"]


def test_a_particle_before_a_lower_case_word_ends_no_name(world):
    text = "Officials said Omar Khan de facto ran the ministry until March."
    people = [e.name for e in entities(world, text) if e.type in ("Person", "Official")]
    assert people == ["Omar Khan"]
