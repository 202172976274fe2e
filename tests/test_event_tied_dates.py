"""An undated event tied by "after/when" to an act told and dated earlier takes that date;
sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, run


def test_said_after_the_acting_body_acted_takes_the_date_of_that_act(nlp, resources):
    text = (
        "The FBI arrested John Smith on Monday. Lopez said after the FBI arrested Smith that "
        "he was innocent."
    )
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    statement = only(events, "Statement")
    assert statement.date.value == "2024-10-07"
    assert statement.date.source == "inferred"


def test_after_an_act_of_someone_not_dated_before_stays_undated(nlp, resources):
    text = "The FBI arrested John Smith on Monday. Lopez said after Acme sued Globex that it hurt."
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert only(events, "Statement").date.value is None
