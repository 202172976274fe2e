"""Sending someone undercover is an investigation, dated by the mission it sends them on
(sentences written for these tests)."""

from __future__ import annotations

from event_helpers import only, roles, run, timex

TEXT = "The FBI sent an undercover employee to meet with John Smith in March 2020."


def _month(text: str, words: str, month: str):
    return timex(text, words, month, precision="month", earliest=f"{month}-01")


def test_sending_an_undercover_employee_is_an_investigation(nlp, resources):
    investigation = only(run(nlp, resources, TEXT), "Investigation")
    assert roles(investigation)["actor"] == {"org/fbi"}


def test_planting_an_informant_is_an_investigation(nlp, resources):
    text = "The FBI planted an informant in a group around John Smith."
    assert roles(only(run(nlp, resources, text), "Investigation"))["actor"] == {"org/fbi"}


def test_sending_an_agent_in_the_open_is_no_investigation(nlp, resources):
    text = "The FBI sent an agent to meet with John Smith."
    assert [e for e in run(nlp, resources, text) if e.type == "Investigation"] == []


def test_the_mission_s_time_dates_the_sending(nlp, resources):
    times = [_month(TEXT, "March 2020", "2020-03")]
    investigation = only(run(nlp, resources, TEXT, times), "Investigation")
    assert investigation.date.value == "2020-03"


def test_an_order_s_deadline_is_not_a_mission_time(nlp, resources):
    # look-alike: "urged X to act by March" is no sending; its appeal keeps no such date
    text = "The FBI urged Acme to hand over its records by March 2025."
    times = [_month(text, "March 2025", "2025-03")]
    appeal = only(run(nlp, resources, text, times), "Appeal")
    assert appeal.date.value is None
