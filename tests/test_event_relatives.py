"""A speaker's own relative clause ("X, whom he described as a spy"): who describes whom, and
when. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run

TEXT = (
    "Anna Berg told reporters on Monday that Britain was expelling John Smith, Russia's "
    "attaché in London, whom she described as an undeclared intelligence officer."
)


def test_whom_she_described_is_the_person_the_clause_hangs_on(nlp, resources):
    event = only(run(nlp, resources, TEXT), "Accusation")
    assert roles(event) == {"actor": {"person/anna-berg"}, "target": {"person/john-smith"}}


def test_the_describing_takes_the_date_of_the_telling_it_is_part_of(nlp, resources):
    timexes = [day(TEXT, "Monday", "2024-10-07")]
    event = only(run(nlp, resources, TEXT, timexes), "Accusation")
    assert (event.date.value, event.date.source) == ("2024-10-07", "inferred")


def test_a_relative_clause_of_someone_else_takes_no_date(nlp, resources):
    text = (
        "Anna Berg told reporters on Monday that Britain was expelling John Smith, whom "
        "Maria Lopez had described as an undeclared intelligence officer."
    )
    timexes = [day(text, "Monday", "2024-10-07")]
    event = only(run(nlp, resources, text, timexes), "Accusation")
    assert roles(event)["actor"] == {"person/maria-lopez"}
    assert event.date.value is None
