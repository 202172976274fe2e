"""Round 18b, unmatched happenings by meaning: lures sent, fake personas set up, wars fought,
business suspended, conditions laid down, task forces set up and rulings that a law was
broken. Sentences written for these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Iranian hackers emailed malicious links to reporters at Acme in 2020.",
        "Russia sent booby-trapped documents to the defence ministry last year.",
    ],
)
def test_lures_sent_are_a_cyber_operation(nlp, resources, text):
    assert "CyberOperation" in types_of(nlp, resources, text)


def test_plain_emails_sent_are_no_cyber_operation(nlp, resources):
    text = "Acme sent emails and a software update to its customers in Germany."
    assert "CyberOperation" not in types_of(nlp, resources, text)


def test_fake_personas_set_up_are_an_influence_operation(nlp, resources):
    text = "China created dozens of bogus profiles on LinkedIn in 2022."
    event = only(run(nlp, resources, text), "InfluenceOperation")
    assert roles(event)["actor"] == {"country/cn"}


def test_an_account_opened_is_no_influence_operation(nlp, resources):
    text = "John Smith opened an account at the Bank of England in 2019."
    assert "InfluenceOperation" not in types_of(nlp, resources, text)


def test_a_war_waged_is_an_attack(nlp, resources):
    text = "Russia waged a war against Germany in the 1940s."
    assert "Attack" in types_of(nlp, resources, text)


def test_charges_fought_are_no_war(nlp, resources):
    text = "Acme fought a battle of words with Globex in the courts."
    assert "Attack" not in types_of(nlp, resources, text)


def test_business_suspended_with_someone_is_a_sanction(nlp, resources):
    text = "Globex halted its dealings with Iran on Monday."
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event)["actor"] == {"org/globex"}


def test_conditions_laid_down_ask_for_them(nlp, resources):
    text = "Anna Berg laid out the requirements Acme must meet before May."
    assert only(run(nlp, resources, text), "Appeal")


def test_setting_out_on_a_journey_asks_nothing(nlp, resources):
    text = "Anna Berg set out on a journey to Moscow in May."
    assert "Appeal" not in types_of(nlp, resources, text)


def test_a_task_force_formed_is_an_investigation(nlp, resources):
    text = "Germany formed a task force to examine the leaks on Twitter."
    assert "Investigation" in types_of(nlp, resources, text)


def test_a_task_force_speaking_is_no_new_investigation(nlp, resources):
    text = "A task force of Germany said Acme had complied with the rules."
    assert "Investigation" not in types_of(nlp, resources, text)


def test_a_ruling_that_a_law_was_broken_is_a_verdict(nlp, resources):
    text = "Maria Lopez ruled that Acme had infringed the copyright law."
    event = only(run(nlp, resources, text), "Conviction")
    assert roles(event)["actor"] == {"person/maria-lopez"}


def test_a_ruling_on_anything_else_is_no_verdict(nlp, resources):
    text = "Maria Lopez ruled that the contract signed by Acme was valid."
    assert "Conviction" not in types_of(nlp, resources, text)
