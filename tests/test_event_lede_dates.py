"""An undated telling of the news takes the day of a lede told shortly before publication;
sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run

LEDE = "Germany on Saturday expelled two Russian diplomats. "


def test_an_undated_telling_after_a_recent_lede_was_told_on_the_lede_s_day(nlp, resources):
    text = LEDE + "Anna Berg said Russia had hacked Acme."
    times = [day(text, "on Saturday", "2024-10-05")]
    events = run(nlp, resources, text, times, published="2024-10-07")
    telling = next(e for e in events if "person/anna-berg" in roles(e).get("actor", set()))
    assert (telling.date.earliest, telling.date.source) == ("2024-10-05", "inferred")


def test_a_lede_long_before_publication_dates_no_telling(nlp, resources):
    text = LEDE + "Anna Berg said Russia had hacked Acme."
    times = [day(text, "on Saturday", "2024-09-07")]
    events = run(nlp, resources, text, times, published="2024-10-07")
    telling = next(e for e in events if "person/anna-berg" in roles(e).get("actor", set()))
    assert telling.date.source == "published"


def test_the_speaker_s_own_dated_telling_comes_before_the_lede(nlp, resources):
    text = LEDE + "Anna Berg said on Sunday that talks had failed. She said Russia had hacked Acme."
    times = [day(text, "on Saturday", "2024-10-05"), day(text, "on Sunday", "2024-10-06")]
    accusation = only(run(nlp, resources, text, times, published="2024-10-07"), "Accusation")
    assert roles(accusation)["actor"] == {"person/anna-berg"}
    assert (accusation.date.earliest, accusation.date.source) == ("2024-10-06", "inferred")


def test_a_recalled_telling_keeps_no_date(nlp, resources):
    text = LEDE + "Anna Berg had said Russia hacked Acme."
    times = [day(text, "on Saturday", "2024-10-05")]
    events = run(nlp, resources, text, times, published="2024-10-07")
    expulsion = only(events, "Expulsion")
    assert expulsion.date.earliest == "2024-10-05"
    told = [e for e in events if "person/anna-berg" in roles(e).get("actor", set())]
    assert all(e.date.source != "inferred" for e in told)
