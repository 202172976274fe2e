"""Round 17c, yielding and undoing by meaning: ransoms paid to who demanded them, restrictions
undone, apologies, extortion and blackmail, deals brokered or ratified, doxxing. Sentences
written for these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


def test_a_ransom_paid_to_the_gang_is_a_payment(nlp, resources):
    text = "Acme paid the extortionists in May, the FBI said."
    assert roles(only(run(nlp, resources, text), "Aid"))["actor"] == {"org/acme"}


def test_wages_paid_are_no_payment_event(nlp, resources):
    assert "Aid" not in types_of(nlp, resources, "Acme paid the workers in May.")


@pytest.mark.parametrize(
    "text",
    [
        "Germany unblocked Twitter in January 2022.",
        "Russia restored access to Twitter on Monday.",
        "Meta reinstated the account of Anna Berg on Monday.",
    ],
)
def test_a_restriction_undone_is_a_withdrawal(nlp, resources, text):
    assert only(run(nlp, resources, text), "Withdrawal")


def test_power_restored_is_no_withdrawal(nlp, resources):
    text = "Acme restored power to Globex's offices on Monday."
    assert "Withdrawal" not in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    "text",
    ["Meta apologised to Anna Berg on Monday.", "Acme issued an apology to Anna Berg."],
)
def test_an_apology_is_an_admission(nlp, resources, text):
    assert only(run(nlp, resources, text), "Admission")


def test_extortion_is_a_threat_carried_out(nlp, resources):
    text = "Russian agents blackmailed John Smith in 2019."
    assert roles(only(run(nlp, resources, text), "Threat"))["target"] == {"person/john-smith"}


def test_a_ratified_treaty_is_an_agreement(nlp, resources):
    assert only(run(nlp, resources, "Germany ratified the treaty with France in May."), "Agreement")


def test_a_brokered_deal_is_an_agreement(nlp, resources):
    text = "Germany brokered a ceasefire between Russia and Iran in May."
    assert only(run(nlp, resources, text), "Agreement")


def test_a_brokered_firm_is_no_agreement(nlp, resources):
    assert "Agreement" not in types_of(nlp, resources, "Acme brokered shares of Globex in May.")


def test_doxxing_is_a_cyber_operation(nlp, resources):
    text = "Iranian hackers doxxed officers of the FBI in May."
    assert only(run(nlp, resources, text), "CyberOperation")
