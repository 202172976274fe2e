"""A telling made with a noun ("made the announcement") is news of the day like "said", and the
occasion an act was done at ("at a meeting") took place when the act did (sentences written for
these tests)."""

from __future__ import annotations

from event_helpers import day, only, run

LEDE = "Germany on Saturday expelled two Russian diplomats. "


def _announcement(nlp, resources, sentence: str):
    text = LEDE + sentence
    times = [day(text, "on Saturday", "2024-10-05")]
    return only(run(nlp, resources, text, times, published="2024-10-07"), "Statement")


def test_an_announcement_made_after_a_recent_lede_takes_its_day(nlp, resources):
    statement = _announcement(nlp, resources, "Anna Berg made an announcement in Berlin.")
    assert (statement.date.value, statement.date.source) == ("2024-10-05", "inferred")


def test_an_announcement_recalled_takes_no_day(nlp, resources):
    statement = _announcement(nlp, resources, "Anna Berg had made an announcement in Berlin.")
    assert statement.date.source == "published"


def _meeting(nlp, resources, preposition: str):
    text = f"On Monday, Anna Berg announced sanctions against Russia {preposition} a meeting "
    text += "with John Smith."
    times = [day(text, "On Monday", "2024-10-07")]
    return only(run(nlp, resources, text, times), "Meeting")


def test_the_meeting_an_act_was_done_at_took_place_that_day(nlp, resources):
    meeting = _meeting(nlp, resources, "at")
    assert (meeting.date.value, meeting.date.source) == ("2024-10-07", "inferred")


def test_the_meeting_during_which_an_act_was_done_took_place_that_day(nlp, resources):
    assert _meeting(nlp, resources, "during").date.value == "2024-10-07"


def test_a_meeting_before_which_an_act_was_done_takes_no_day(nlp, resources):
    assert _meeting(nlp, resources, "after").date.value is None
