"""Round 17c, courts and the sea by meaning (classes absent from the lexicon, found by
probing news sentences of our own): measures struck down or repealed, protest notes handed
over, force at sea. Sentences written for these tests, with
look-alike negatives."""

from __future__ import annotations

from event_helpers import only, roles, run, types_of


def test_a_law_struck_down_is_rejected_not_attacked(nlp, resources):
    types = types_of(nlp, resources, "Germany's top court struck down the ban on Acme in May.")
    assert "Refusal" in types and "Attack" not in types


def test_a_law_repealed_is_eased(nlp, resources):
    text = "Germany repealed the ban on Acme's app in May."
    assert roles(only(run(nlp, resources, text), "Withdrawal"))["actor"] == {"country/de"}


def test_a_protest_note_handed_over_is_a_protest(nlp, resources):
    text = "Germany handed a protest note to the ambassador of Russia on Monday."
    assert roles(only(run(nlp, resources, text), "Protest"))["actor"] == {"country/de"}


def test_a_thank_you_note_is_no_protest(nlp, resources):
    text = "Anna Berg sent a thank-you note to John Smith on Monday."
    assert "Protest" not in types_of(nlp, resources, text)


def test_water_cannon_fired_at_a_vessel_is_an_attack(nlp, resources):
    text = "China's coast guard fired water cannon at a vessel of Acme on Monday."
    assert only(run(nlp, resources, text), "Attack")


def test_a_ship_rammed_is_an_attack(nlp, resources):
    text = "A Russian warship rammed a fishing boat of Acme in May."
    assert only(run(nlp, resources, text), "Attack")
