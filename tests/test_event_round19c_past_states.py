"""Round 19c, an act noun in a phrase of a verb in the past ("was in talks", "were in
custody") is no act of a day after publication: a deadline of another verb ("aimed to
conclude them by Sept. 15") never dates it. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import dated, day, run

PUBLISHED = "2024-10-09"
LATER = "2024-11-15"


def test_a_deadline_after_publication_does_not_date_a_past_state(nlp, resources):
    text = "Acme said it was in talks with John Smith and aimed to conclude them by Nov. 15."
    events = run(nlp, resources, text, [day(text, "Nov. 15", LATER)], published=PUBLISHED)
    assert dated(events, "talks", text) != LATER


def test_a_noun_of_a_future_clause_may_lie_after_publication(nlp, resources):
    """ "will hold talks" is no past state: the day ahead may be its own."""
    text = "Anna Berg will be in talks with Maria Lopez on Nov. 15."
    events = run(nlp, resources, text, [day(text, "Nov. 15", LATER)], published=PUBLISHED)
    assert dated(events, "talks", text) == LATER
