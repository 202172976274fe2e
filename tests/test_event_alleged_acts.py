"""The act a charge, accusation or suspicion names is an event of the one charged, with the
service or state it was done for; some verbs are such acts only there ("working for X").
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import day, only, roles, run

from kg.errors import ConfigError
from kg.extract.alleged_acts import charge_words


@pytest.mark.parametrize(
    "text",
    [
        "John Smith was charged with spying for Russia.",
        "Prosecutors accused John Smith of working for Russia's military intelligence.",
        "The FBI arrested John Smith on suspicion of spying for Russia.",
        "The FBI charged John Smith with offering to work for Russia.",
        "A court in Berlin found John Smith guilty of spying for Russia.",
    ],
)
def test_the_charged_one_did_the_alleged_act_for_the_state(nlp, resources, text):
    act = only(run(nlp, resources, text), "Espionage")
    assert roles(act)["actor"] == {"person/john-smith"}
    assert roles(act)["recipient"] == {"country/ru"}


def test_information_gathered_for_a_service(nlp, resources):
    text = "Prosecutors accused Anna Berg of gathering secret information for the CIA about Acme."
    act = only(run(nlp, resources, text), "Espionage")
    assert roles(act)["actor"] == {"person/anna-berg"} and roles(act)["recipient"] == {"org/cia"}


def test_what_the_accused_conspired_to_do_is_alleged(nlp, resources):
    text = (
        "The FBI arrested John Smith in May. "
        "He is accused of conspiring to hand defense information to China."
    )
    act = only(run(nlp, resources, text), "Espionage")
    assert roles(act) == {"actor": {"person/john-smith"}, "recipient": {"country/cn"}}


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg is suspected of planning to attack Acme.",  # still a plan
        "A court convicted Anna Berg of conspiring to deliver defense information to China.",
    ],
)
def test_a_plan_or_a_proven_conspiracy_is_no_act(nlp, resources, text):
    events = run(nlp, resources, text)
    assert not [e for e in events if e.type in ("Espionage", "Attack")]


@pytest.mark.parametrize(
    "text",
    [
        "John Smith worked for the CIA for 20 years.",  # a career
        "Anna Berg helped the CIA with its inquiry.",
        "The FBI gathered information about Acme.",
    ],
)
def test_working_for_or_helping_outside_a_charge_is_no_espionage(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "Espionage"]


def test_a_charge_naming_no_one_makes_no_act_of_its_own(nlp, resources):
    text = "British prosecutors charged two men with spying for China."
    assert not [e for e in run(nlp, resources, text) if e.type == "Espionage"]


def test_the_alleged_act_takes_its_own_date_not_the_charge_s(nlp, resources):
    text = "The FBI on Thursday charged John Smith with spying for Russia."
    events = run(nlp, resources, text, [day(text, "Thursday", "2024-10-03")])
    assert only(events, "Indictment").date.value == "2024-10-03"
    assert only(events, "Espionage").date.value is None


def test_helping_a_service_obtain_technology(nlp, resources):
    text = "The FBI accused John Smith of helping Russia's intelligence service obtain technology."
    act = only(run(nlp, resources, text), "Espionage")
    assert roles(act)["actor"] == {"person/john-smith"}
    assert "country/ru" in set().union(*roles(act).values())


def test_malicious_software_deployed_against_someone_is_a_cyberattack(nlp, resources):
    text = "Russia deployed malicious software against Acme in January."
    attack = only(run(nlp, resources, text), "CyberOperation")
    assert roles(attack)["actor"] == {"country/ru"}


def test_the_charging_words_are_read_from_the_ontology_file():
    words = charge_words()
    assert {"accuse", "charge"} <= words.charging_verbs
    assert "suspicion" in words.charge_nouns and "guilty" in words.verdict_words
    assert {"of", "with"} == words.prepositions


def test_a_changed_charge_file_changes_what_charges(tmp_path):
    path = tmp_path / "charges.yaml"
    path.write_text(
        "charging_verbs: [blame]\ncharge_nouns: []\nverdict_words: []\n"
        "charge_prepositions: [for]\n",
        encoding="utf-8",
    )
    words = charge_words(path)
    assert words.charging == frozenset({"blame"}) and words.prepositions == frozenset({"for"})


def test_a_missing_charge_file_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match=r"charges\.yaml"):
        charge_words(tmp_path / "charges.yaml")
