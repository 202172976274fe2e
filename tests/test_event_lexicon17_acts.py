"""Round 17c, unmatched happenings by meaning: measures signed into law, intelligence roles,
favours taken, code slipped into software, what an attack did, data reached without leave and
intrusions found. Sentences written for these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg enacted legislation outlawing the app on Monday.",
        "Germany's parliament passed a law banning Chinese cameras.",
        "Maria Lopez vetoed the bill in March.",
    ],
)
def test_a_measure_made_law_is_a_sanction(nlp, resources, text):
    assert only(run(nlp, resources, text), "Sanction")


def test_an_agreement_signed_stays_an_agreement(nlp, resources):
    types = types_of(nlp, resources, "Germany signed an agreement with France on Monday.")
    assert "Agreement" in types and "Sanction" not in types


def test_passing_secrets_is_no_law(nlp, resources):
    assert "Sanction" not in types_of(nlp, resources, "Smith passed secrets to Russia in 2019.")


def test_a_spy_role_taken_is_espionage(nlp, resources):
    text = "John Smith served as a courier for Russia between 2015 and 2018."
    assert roles(only(run(nlp, resources, text), "Espionage"))["actor"] == {"person/john-smith"}


def test_a_mediator_role_is_no_espionage(nlp, resources):
    text = "Anna Berg acted as mediator in the talks between Russia and Germany."
    assert "Espionage" not in types_of(nlp, resources, text)


def test_a_friendship_struck_up_with_someone_is_a_contact(nlp, resources):
    text = "John Smith struck up a friendship with Anna Berg at a conference in 2019."
    assert roles(only(run(nlp, resources, text), "Meeting"))["actor"] == {"person/john-smith"}


def test_a_standing_relationship_is_no_contact(nlp, resources):
    text = "Germany's relationship with Russia has been strained for years."
    assert "Meeting" not in types_of(nlp, resources, text)


def test_gifts_accepted_from_someone_are_taken_favours(nlp, resources):
    text = "John Smith accepted expensive gifts from Anna Berg in 2016."
    assert only(run(nlp, resources, text), "Aid")


def test_terms_accepted_are_no_taken_favours(nlp, resources):
    assert "Aid" not in types_of(nlp, resources, "Acme accepted the gift card terms in 2016.")


@pytest.mark.parametrize(
    "text",
    [
        "The hackers injected a backdoor into Acme's firmware in 2020.",
        "Russian operatives hid spyware in a popular game.",
    ],
)
def test_malicious_code_put_into_software_is_a_cyber_operation(nlp, resources, text):
    assert only(run(nlp, resources, text), "CyberOperation")


def test_code_hidden_nowhere_is_no_cyber_operation(nlp, resources):
    assert "CyberOperation" not in types_of(nlp, resources, "Acme hid the code from its rivals.")


def test_what_a_cyberattack_did_is_a_cyber_operation(nlp, resources):
    text = "The attack paralysed Acme's payment systems for three days."
    assert only(run(nlp, resources, text), "CyberOperation")


def test_what_sanctions_did_is_no_cyber_operation(nlp, resources):
    text = "The sanctions paralysed Acme's trade with Iran for three days."
    assert "CyberOperation" not in types_of(nlp, resources, text)


def test_data_reached_without_leave_is_a_cyber_operation(nlp, resources):
    text = "An Acme engineer viewed the records of 400 customers without permission in 2019."
    assert only(run(nlp, resources, text), "CyberOperation")


def test_data_viewed_with_leave_is_no_cyber_operation(nlp, resources):
    text = "An Acme engineer viewed the records of 400 customers in 2019."
    assert "CyberOperation" not in types_of(nlp, resources, text)


def test_an_intrusion_found_is_an_inquiry(nlp, resources):
    text = "Acme spotted the intruders in its network on Monday and told the FBI."
    assert roles(only(run(nlp, resources, text), "Investigation"))["actor"] == {"org/acme"}


def test_an_intrusion_dated_by_its_discovery_is_no_inquiry(nlp, resources):
    text = "Globex was hit by the intrusion discovered in 2020, Acme said."
    assert "Investigation" not in types_of(nlp, resources, text)
