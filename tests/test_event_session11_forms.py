"""Forms of news language found missing in the eleventh session, each a general class:
designating a group extremist or terrorist, breaking off relations, an app pulled from a
store, saying a claim has no merit, storming a building, questioning the grounds of an act,
"anti-" names. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import day, only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "A court in Moscow declared Acme an extremist organisation.",
        "Russia listed Acme as a foreign agent.",
        "Russia declared Acme an extremist group in March.",
    ],
)
def test_a_group_declared_extremist_or_undesirable_is_banned(nlp, resources, text):
    ban = only(run(nlp, resources, text), "Ban")
    assert "org/acme" in roles(ban)["target"]


def test_a_terrorist_designation_is_a_sanction(nlp, resources):
    text = "Britain designated Acme as a terrorist organisation."
    sanction = only(run(nlp, resources, text), "Sanction")
    assert roles(sanction) == {"actor": {"country/gb"}, "target": {"org/acme"}}


def test_the_time_of_a_declaration_read_as_a_clause_is_the_declaration_s(nlp, resources):
    text = "A Moscow court declared Meta an extremist organisation on Tuesday."
    ban = only(run(nlp, resources, text, [day(text, "Tuesday", "2024-10-08")]), "Ban")
    assert ban.date.value == "2024-10-08"


@pytest.mark.parametrize(
    "text",
    [
        "France declared that Acme was a partner.",
        "Russia declared victory on Tuesday.",
        "Acme listed its shares in London.",
        "Britain designated Anna Berg as its envoy.",
    ],
)
def test_other_declarations_and_listings_ban_no_one(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type in ("Ban", "Sanction")]


@pytest.mark.parametrize(
    "text",
    [
        "Britain broke off diplomatic relations with Iran on Wednesday.",
        "Iran broke ties with Britain.",
    ],
)
def test_breaking_off_relations_is_a_sanction(nlp, resources, text):
    assert only(run(nlp, resources, text), "Sanction")


def test_breaking_a_record_or_the_law_is_no_sanction(nlp, resources):
    for text in ("Acme broke the record in June.", "Smith broke the law, Russia said."):
        assert not [e for e in run(nlp, resources, text) if e.type == "Sanction"]


@pytest.mark.parametrize(
    "text",
    [
        "Acme pulled Twitter from its app store on Friday.",
        "Globex removed LinkedIn from the App Store.",
    ],
)
def test_an_app_pulled_from_a_store_is_taken_down(nlp, resources, text):
    takedown = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(takedown)["target"] & {"org/twitter", "org/linkedin"}


def test_data_pulled_from_a_server_is_no_takedown(nlp, resources):
    events = run(nlp, resources, "Acme pulled the data from the server and removed LinkedIn.")
    assert not [e for e in events if e.type == "AccountTakedown"]


@pytest.mark.parametrize(
    "text",
    [
        "Acme said the claims had no merit.",
        "Russia said the accusations were without foundation.",
    ],
)
def test_saying_a_claim_has_no_merit_denies_it(nlp, resources, text):
    assert only(run(nlp, resources, text), "Denial")


def test_saying_a_claim_has_merit_denies_nothing(nlp, resources):
    events = run(nlp, resources, "Acme said the claims had some merit.")
    assert not [e for e in events if e.type == "Denial"]


@pytest.mark.parametrize(
    "text",
    [
        "The storming of the Russian embassy by protesters left two guards injured.",
        "Protesters stormed the French embassy in Moscow on Tuesday.",
    ],
)
def test_a_building_stormed_is_attacked(nlp, resources, text):
    assert only(run(nlp, resources, text), "Attack")


def test_a_storm_is_no_attack(nlp, resources):
    events = run(nlp, resources, "A storm hit Britain on Thursday, Anna Berg said.")
    assert not [e for e in events if e.type == "Attack"]


def test_questioning_the_grounds_of_an_act_criticises_it(nlp, resources):
    text = "Anna Berg questioned the legality of the ban imposed by Russia."
    assert roles(only(run(nlp, resources, text), "Criticism"))["actor"] == {"person/anna-berg"}


def test_questioning_a_suspect_is_no_criticism(nlp, resources):
    events = run(nlp, resources, "The FBI questioned John Smith for six hours.")
    assert not [e for e in events if e.type == "Criticism"]


def test_a_name_after_anti_is_what_people_oppose_not_who_they_are(nlp, resources):
    attack = only(run(nlp, resources, "Anti-Russian hackers attacked Acme on Monday."), "Attack")
    assert "country/ru" not in roles(attack).get("actor", set())
    attack = only(run(nlp, resources, "Russian hackers attacked Acme on Monday."), "Attack")
    assert "country/ru" in roles(attack)["actor"]


@pytest.mark.parametrize(
    "text",
    ["Russian hackers struck Acme on Monday.", "The ransomware gang hit Acme in November."],
)
def test_hackers_hitting_a_victim_is_a_cyber_operation(nlp, resources, text):
    assert "org/acme" in roles(only(run(nlp, resources, text), "CyberOperation"))["target"]


def test_a_group_or_a_missile_hitting_is_no_cyber_operation(nlp, resources):
    for text in ("The group hit back at Acme on Monday.", "A missile hit Acme on Monday."):
        assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]
