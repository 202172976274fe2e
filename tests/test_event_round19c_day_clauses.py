"""Round 19c, a day named by what happened on it: "on the night the ban was ordered", "the
same day that Berg met Lopez". The act that day dates and the act its clause tells took place
at one time. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import dated, day, run

MONDAY = "2024-10-07"
OCT_2 = "2024-10-02"
ORDERED = "Russia on Monday blocked Twitter. The regulator ordered the ban on October 2."


def _times(text: str) -> list:
    return [day(text, words, iso) for words, iso in (("Monday", MONDAY), ("October 2", OCT_2))]


def test_an_act_on_the_night_an_act_told_before_was_done_takes_its_day(nlp, resources):
    text = (
        f"{ORDERED} Speaking on television on the night the ban was ordered, Anna Berg "
        "accused Twitter of arrogance."
    )
    assert dated(run(nlp, resources, text, _times(text)), "accused", text) == OCT_2


def test_the_morning_an_act_was_done_names_it_by_its_subject(nlp, resources):
    text = (
        "Britain arrested John Smith on October 2. Russia condemned Britain on the morning "
        "the arrest was made."
    )
    times = [day(text, "October 2", OCT_2)]
    assert dated(run(nlp, resources, text, times), "condemned", text) == OCT_2


def test_the_act_of_the_day_s_clause_takes_the_day_of_the_act_it_dates(nlp, resources):
    text = (
        "Britain arrested John Smith on Monday. The arrest was carried out the same day that "
        "Anna Berg met Maria Lopez over dinner in Paris, where they agreed to a truce."
    )
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "met", text) == MONDAY
    assert dated(events, "agreed", text) == MONDAY


def test_a_day_named_by_no_act_told_before_dates_nothing(nlp, resources):
    text = (
        "Britain arrested John Smith on October 2. Anna Berg met Maria Lopez in Paris on the "
        "day she turned fifty."
    )
    times = [day(text, "October 2", OCT_2)]
    assert dated(run(nlp, resources, text, times), "met", text) is None


def test_a_measured_day_is_no_day_named_by_its_clause(nlp, resources):
    """ "two days before the ban was ordered" lies two days off the ordering."""
    text = (
        "The regulator ordered the ban on October 2. Two days before the ban was ordered, "
        "Anna Berg met Maria Lopez."
    )
    times = [day(text, "October 2", OCT_2)]
    assert dated(run(nlp, resources, text, times), "met", text) != OCT_2
