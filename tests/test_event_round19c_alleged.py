"""Round 19c, what a charge or accusation told by a clause on the trigger's noun alleges keeps
its own time: "unsealed an indictment charging X with hacking Acme in March 2010" is no 2010
unsealing; an alleged act that is itself a trigger governs its time anyway. Sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run, timex

MONDAY = "2024-10-07"


@pytest.mark.parametrize(
    ("text", "words", "value", "trigger"),
    [
        (
            "Britain on Monday expelled John Smith. Hours later, the FBI unsealed an "
            "indictment charging John Smith with lying to investigators in March 2010.",
            "March 2010",
            "2010-03",
            "unsealed",
        ),
        (
            "Britain on Monday expelled John Smith. Hours later, Britain filed a complaint "
            "accusing Russia of interfering in the election in 2016.",
            "2016",
            "2016",
            "filed",
        ),
        (
            "Britain on Monday expelled John Smith. Hours later, the FBI unsealed an "
            "indictment that charged John Smith with lying to investigators in March 2010.",
            "March 2010",
            "2010-03",
            "unsealed",
        ),
    ],
)
def test_the_time_of_what_a_noun_s_clause_alleges_is_not_the_trigger_s(
    nlp, resources, text, words, value, trigger
):
    times = [day(text, "Monday", MONDAY), timex(text, words, value)]
    events = run(nlp, resources, text, times)
    assert dated(events, trigger, text) == MONDAY


def test_the_trigger_s_own_time_still_dates_it(nlp, resources):
    text = "The FBI unsealed an indictment in March 2024 charging John Smith with hacking Acme."
    events = run(nlp, resources, text, [timex(text, "March 2024", "2024-03")])
    assert dated(events, "unsealed", text) == "2024-03"


def test_the_alleged_act_keeps_its_time(nlp, resources):
    text = "The FBI unsealed an indictment charging John Smith with hacking Acme in March 2010."
    events = run(nlp, resources, text, [timex(text, "March 2010", "2010-03")])
    assert dated(events, "hacking", text) == "2010-03"
