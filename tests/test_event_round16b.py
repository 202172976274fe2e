"""Round 16b: events the drafting step lost, roles read wrong, and dates on unseen forms.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import day, only, roles, run


@pytest.mark.parametrize(
    ("text", "author"),
    [
        ("Twitter removed a post by John Smith.", "person/john-smith"),
        ("Meta deleted three videos by Anna Berg on Monday.", "person/anna-berg"),
        ("Meta took down a page by Acme.", "org/acme"),
    ],
)
def test_whose_post_was_taken_down_is_the_target(nlp, resources, text, author):
    takedown = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(takedown)["target"] == {author}


@pytest.mark.parametrize(
    "text",
    [
        "Twitter removed the post by Friday.",  # a deadline
        "Twitter removed the accounts by mistake.",  # a manner
    ],
)
def test_a_by_phrase_naming_no_one_gives_no_target(nlp, resources, text):
    takedown = only(run(nlp, resources, text), "AccountTakedown")
    assert "target" not in roles(takedown)


def test_an_agent_of_a_participle_is_no_author(nlp, resources):
    events = run(nlp, resources, "Twitter removed posts flagged by the FBI.")
    assert not any("org/fbi" in roles(e).get("target", set()) for e in events)


@pytest.mark.parametrize(
    "text",
    [
        # the small parser makes the removal the root here and the suspension a clause of it
        "France on Friday suspended Globex's operations in the country, two days after the "
        "firm removed a post by John Smith.",
        "Britain on Friday expelled Anna Berg, two days after Twitter removed a post by "
        "John Smith.",
    ],
)
def test_a_measured_clause_is_not_dated_by_its_governors_day(nlp, resources, text):
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    assert only(events, "AccountTakedown").date.value == "2024-10-02"


def test_a_measured_clause_keeps_its_own_time(nlp, resources):
    text = "Britain on Friday expelled Anna Berg, days after Twitter removed a post on Monday."
    events = run(
        nlp, resources, text, [day(text, "Friday", "2024-10-04"), day(text, "Monday", "2024-09-30")]
    )
    assert only(events, "AccountTakedown").date.value == "2024-09-30"
