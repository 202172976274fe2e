"""Round 17c, moderation, tip-offs, finds, warrants and hearings by meaning (classes absent
from the lexicon, found by probing news sentences of our own). Sentences written for these
tests, with look-alike negatives."""

from __future__ import annotations

from event_helpers import only, roles, run, types_of


def test_reach_cut_by_a_platform_is_a_takedown(nlp, resources):
    text = "Meta limited the reach of Acme's posts on Monday."
    assert roles(only(run(nlp, resources, text), "AccountTakedown"))["actor"] == {"org/meta"}


def test_spending_cut_is_no_takedown(nlp, resources):
    assert "AccountTakedown" not in types_of(nlp, resources, "Meta cut the budget of Acme in May.")


def test_a_tip_off_shares_intelligence(nlp, resources):
    text = "The CIA tipped off the BfV about the plot in May."
    assert only(run(nlp, resources, text), "IntelligenceSharing")


def test_spyware_found_on_a_phone_is_an_inquiry(nlp, resources):
    text = "Acme found spyware on the phone of Anna Berg in May."
    assert only(run(nlp, resources, text), "Investigation")


def test_a_finding_told_is_no_inquiry(nlp, resources):
    text = "Acme found that the phone of Anna Berg was slow in May."
    assert "Investigation" not in types_of(nlp, resources, text)


def test_a_warrant_to_arrest_is_an_arrest(nlp, resources):
    text = "A German judge issued an arrest warrant for John Smith in May."
    assert roles(only(run(nlp, resources, text), "Arrest"))["target"] == {"person/john-smith"}


def test_a_red_notice_is_an_arrest(nlp, resources):
    text = "Germany issued a red notice for John Smith in May."
    assert only(run(nlp, resources, text), "Arrest")


def test_a_notice_of_other_kinds_is_no_arrest(nlp, resources):
    text = "Acme issued a notice to its shareholders in May."
    assert "Arrest" not in types_of(nlp, resources, text)


def test_a_hearing_held_is_an_inquiry(nlp, resources):
    text = "NATO held a hearing on Russian sabotage in May."
    assert only(run(nlp, resources, text), "Investigation")


def test_a_hearing_attended_is_no_inquiry(nlp, resources):
    text = "Anna Berg spoke at a hearing in Berlin in May."
    assert "Investigation" not in types_of(nlp, resources, text)
