"""What a speaker says a claim is ("said the measures were unfounded" rejects them) and what a
court makes someone do ("ordered X to pay a fine"); lies aimed at the public and rewards for
information. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_saying_the_measures_were_unfounded_is_a_denial(nlp, resources):
    text = "The Kremlin said on Tuesday the measures were unfounded."
    event = only(run(nlp, resources, text), "Denial")
    assert roles(event) == {"actor": {"country/ru"}}
    assert event.label == "Russia says measures unfounded"


def test_saying_a_report_was_a_lie_is_a_denial(nlp, resources):
    text = "Anna Berg insisted the report was a lie."
    assert only(run(nlp, resources, text), "Denial").participants[0].entity == ("person/anna-berg")


def test_saying_a_report_was_accurate_is_a_plain_statement(nlp, resources):
    text = "Anna Berg said the report was accurate."
    assert [e.type for e in run(nlp, resources, text)] == ["Statement"]


def test_ordering_someone_to_pay_a_fine_is_a_sanction(nlp, resources):
    text = "The judge also ordered John Smith to pay a fine of 50,000 dollars."
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event) == {"target": {"person/john-smith"}}


def test_ordering_a_firm_to_hire_stays_an_appeal(nlp, resources):
    # Round 18b: an order to stop doing something bans it ("ordered Acme to stop trading" is
    # now a Ban, tests/test_event_lexicon18_types.py); an order to do something else asks
    text = "Britain ordered Acme to hire more staff."
    assert [e.type for e in run(nlp, resources, text)] == ["Appeal"]


def test_targeting_voters_is_an_influence_operation(nlp, resources):
    text = "The FBI targeted American voters through fake accounts on Twitter."
    event = only(run(nlp, resources, text), "InfluenceOperation")
    assert roles(event)["actor"] == {"org/fbi"}


def test_flooding_audiences_with_claims_is_an_influence_operation(nlp, resources):
    text = "Russian state media flooded audiences with claims about the new government."
    event = only(run(nlp, resources, text), "InfluenceOperation")
    assert roles(event) == {"actor": {"country/ru"}}


def test_targeting_users_of_a_firm_stays_an_approach(nlp, resources):
    text = "Globex targeted users of Acme."
    assert [e.type for e in run(nlp, resources, text)] == ["RecruitmentApproach"]


def test_a_reward_for_information_is_an_appeal(nlp, resources):
    text = "The FBI announced a 5 million dollar reward for information about the hackers."
    event = only(run(nlp, resources, text), "Appeal")
    assert event.label == "FBI announces reward"
