"""A participle clause of a finished act ("banned X on Tuesday, ordering Y to ... by 2027") is
done with that act: a deadline or a plan after publication inside it never dates it, while a
participle of an act still to come may lie ahead. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import dated, day, run, timex

PUBLISHED = "2024-10-09"
TUESDAY = "2024-10-08"
LATER = "2031"


def year_2031(text: str):
    return timex(text, "2031", LATER, precision="year", earliest="2031-01-01", latest="2031-12-31")


def test_a_deadline_in_a_participle_of_a_past_act_does_not_date_it(nlp, resources):
    text = (
        "Britain on Tuesday banned Acme from its networks, ordering Globex to remove "
        "the company's equipment by 2031."
    )
    stamps = [day(text, "Tuesday", TUESDAY), year_2031(text)]
    events = run(nlp, resources, text, stamps, published=PUBLISHED)
    assert dated(events, "banned", text) == TUESDAY
    assert dated(events, "ordering", text) != LATER


def test_a_warning_added_to_a_past_statement_is_no_act_of_the_year_ahead(nlp, resources):
    text = (
        "The BfV accused Russia on Tuesday of sabotage, warning Germany that attacks on "
        "its railways could continue until 2031."
    )
    stamps = [day(text, "Tuesday", TUESDAY), year_2031(text)]
    events = run(nlp, resources, text, stamps, published=PUBLISHED)
    assert dated(events, "warning", text) != LATER


def test_a_participle_of_an_act_to_come_may_lie_ahead(nlp, resources):
    """ "will ban ..., ordering ... in 2031": nothing is finished, the year may be the order's."""
    text = "Britain will ban Acme from its networks, ordering Globex to remove it by 2031."
    events = run(nlp, resources, text, [year_2031(text)], published=PUBLISHED)
    assert dated(events, "ordering", text) == LATER
