"""A block or shutdown lifted, and access given back, undo a measure (Withdrawal, PLOVER
RETREAT), as lifting a ban did; told in the passive in a country, that state undid it, and
"across" or "throughout" a country says where as "in" does. Sentences written for these
tests, with look-alike negatives."""

from __future__ import annotations

from event_helpers import only, roles, run, types_of


def test_a_block_lifted_is_undone_by_whoever_lifts_it(nlp, resources):
    text = "Russia lifted its block on LinkedIn on Friday."
    event = only(run(nlp, resources, text), "Withdrawal")
    assert roles(event)["actor"] == {"country/ru"}


def test_a_shutdown_lifted_is_undone(nlp, resources):
    text = "Iran lifted the internet shutdown in the capital last week."
    assert "Withdrawal" in types_of(nlp, resources, text)


def test_lifting_a_weight_is_no_measure_undone(nlp, resources):
    text = "Russia lifted a block of concrete onto the bridge on Friday."
    assert "Withdrawal" not in types_of(nlp, resources, text)


def test_access_restored_across_a_country_is_that_states_act(nlp, resources):
    text = "Mobile internet access was restored across Iran on Tuesday."
    event = only(run(nlp, resources, text), "Withdrawal")
    assert roles(event)["actor"] == {"country/ir"}


def test_accounts_reinstated_undo_a_takedown(nlp, resources):
    text = "Twitter reinstated the accounts of several Iranian journalists on Monday."
    assert "Withdrawal" in types_of(nlp, resources, text)


def test_power_restored_is_no_measure_undone(nlp, resources):
    text = "Engineers restored power to homes across Iran on Tuesday."
    assert "Withdrawal" not in types_of(nlp, resources, text)
