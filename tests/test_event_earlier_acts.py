"""A past-perfect act a dated statement reports happened before it: the report's date does
not date it; an act with its own time phrase keeps it. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, run


def test_an_act_told_in_the_pluperfect_is_not_dated_by_the_telling(nlp, resources):
    text = "On a call on Monday, Acme said that Russia had broken into the servers of Globex."
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    intrusion = only(events, "CyberOperation")
    assert intrusion.date.value is None


def test_a_passive_pluperfect_act_is_not_dated_by_the_telling(nlp, resources):
    text = "Anna Berg said on Monday that John Smith had been arrested by the FBI."
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert only(events, "Arrest").date.value is None


def test_a_pluperfect_act_with_its_own_time_keeps_it(nlp, resources):
    text = "Acme said on Monday that Russia had broken into the servers of Globex in March."
    times = [day(text, "Monday", "2024-10-07"), day(text, "March", "2024-03")]
    intrusion = only(run(nlp, resources, text, times), "CyberOperation")
    assert intrusion.date.value == "2024-03"


def test_an_act_told_in_the_simple_past_takes_the_telling_date(nlp, resources):
    text = "Acme said on Monday that Russia broke into the servers of Globex."
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    intrusion = only(events, "CyberOperation")
    assert (intrusion.date.value, intrusion.date.source) == ("2024-10-07", "inferred")


def test_a_statement_noun_does_not_date_the_act_it_tells_in_the_pluperfect(nlp, resources):
    text = "In a statement posted on Monday, the FBI said it had arrested John Smith."
    arrest = only(run(nlp, resources, text, [day(text, "Monday", "2024-10-07")]), "Arrest")
    assert arrest.date.value is None


def test_a_telling_retold_in_the_pluperfect_keeps_the_saying_date(nlp, resources):
    text = "Acme said on Monday that it had told Globex about the flaw."
    telling = only(run(nlp, resources, text, [day(text, "Monday", "2024-10-07")]), "Statement")
    assert telling.date.value == "2024-10-07"
