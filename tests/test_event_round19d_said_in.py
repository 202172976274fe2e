"""What is said "in a statement that ..." is reported by the telling (round 19d): the parser
may hang the clause on the noun of where it was said. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import targets_of


def test_an_act_told_in_a_statement_that_accuses_its_doer(nlp, resources):
    text = "Anna Berg said in a statement that Russia had hacked the servers of Globex."
    assert "country/ru" in targets_of(nlp, resources, text, "Accusation")
    text = "Anna Berg said at a news conference that Iran had attacked the servers of Globex."
    assert "country/ir" in targets_of(nlp, resources, text, "Accusation")


def test_a_true_relative_clause_on_the_statement_reports_nothing(nlp, resources):
    text = "Anna Berg said in a statement that was published by Globex that the talks were long."
    assert not targets_of(nlp, resources, text, "Accusation")
