"""A verb whose lexicon entry names what it acts on reads through a share of it: "commuted
most of the sentence" acts on the sentence, "seized some of the servers" on servers, as
"hundreds of accounts" already did. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import types_of


def test_most_of_a_sentence_commuted_is_clemency(nlp, resources):
    text = "President Anna Berg on Monday commuted most of the prison sentence of John Carver."
    assert "Withdrawal" in types_of(nlp, resources, text)


def test_some_of_the_servers_seized_is_a_takedown(nlp, resources):
    text = "The FBI said it had seized some of the servers used by the Zorba gang."
    assert "AccountTakedown" in types_of(nlp, resources, text)


def test_half_of_the_accounts_removed_is_a_takedown(nlp, resources):
    text = "Acme Social removed half of the accounts run by the network, the company said."
    assert "AccountTakedown" in types_of(nlp, resources, text)


def test_a_share_of_something_the_entry_does_not_name_is_no_event(nlp, resources):
    text = "The FBI seized most of the attention at the conference in Boston."
    assert "AccountTakedown" not in types_of(nlp, resources, text)
