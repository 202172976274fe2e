"""A past act told in an article cannot lie after its publication: an expression naming a later
day belongs to what the act reports or schedules, not to the act (sentences written for these
tests; publication date 2024-10-09)."""

from __future__ import annotations

from event_helpers import day, only, run, timex


def test_past_statement_is_not_dated_by_what_it_schedules(nlp, resources):
    text = "Anna Berg announced plans to visit China on November 20."
    times = [day(text, "November 20", "2024-11-20")]
    event = only(run(nlp, resources, text, times), "Statement")
    assert event.date.value is None
    assert (event.date.source, event.date.earliest) == ("published", "2024-10-09")


def test_past_invitation_is_not_dated_by_the_visit(nlp, resources):
    text = "Anna Berg invited John Smith to a meeting in Moscow on November 20."
    times = [day(text, "November 20", "2024-11-20")]
    assert only(run(nlp, resources, text, times), "Appeal").date.value is None


def test_past_act_takes_its_own_earlier_date_not_a_later_one(nlp, resources):
    text = "On Monday the Treasury announced sanctions against Acme taking effect on November 1."
    times = [day(text, "Monday", "2024-10-07"), day(text, "November 1", "2024-11-01")]
    event = only(run(nlp, resources, text, times), "Sanction")
    assert (event.date.value, event.date.text) == ("2024-10-07", "Monday")


def test_past_passive_is_not_dated_after_publication(nlp, resources):
    text = "John Smith was arrested by the FBI ahead of a hearing on November 20."
    times = [day(text, "November 20", "2024-11-20")]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert event.date.value is None


def test_future_act_keeps_its_future_date(nlp, resources):
    text = "Russia will begin withdrawing troops from Germany on November 20."
    times = [day(text, "November 20", "2024-11-20")]
    event = only(run(nlp, resources, text, times), "Withdrawal")
    assert (event.date.value, event.date.source) == ("2024-11-20", "text")


def test_past_act_before_publication_keeps_its_date(nlp, resources):
    text = "The FBI arrested John Smith on October 3."
    times = [day(text, "October 3", "2024-10-03")]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert event.date.value == "2024-10-03"


def test_past_progressive_is_not_dated_by_the_visit_it_was_about(nlp, resources):
    text = "Anna Berg said she had been talking with John Smith about a visit in December."
    times = [
        timex(
            text,
            "December",
            "2024-12",
            precision="month",
            earliest="2024-12-01",
            latest="2024-12-31",
        )
    ]
    events = run(nlp, resources, text, times)
    assert events
    assert all(e.date.value is None for e in events), [(e.type, e.date.value) for e in events]


def test_present_progressive_keeps_its_date(nlp, resources):
    text = "The FBI is arresting John Smith on November 20."
    times = [day(text, "November 20", "2024-11-20")]
    assert only(run(nlp, resources, text, times), "Arrest").date.value == "2024-11-20"
