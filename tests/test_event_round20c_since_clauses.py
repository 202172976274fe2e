"""Round 20c, an undated act going on "since" an act told in a clause of its sentence and dated
there started then ("has expelled 12 diplomats since Russia invaded Ukraine in February
2022"); for an act named by a noun the "since" clause may hang on the clause describing it ("the
threats Russia has made since it launched its invasion in February"). An undated "since"
act lends nothing, and a "since" clause of a noun's description dates no act. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, run, timex


@pytest.mark.parametrize(
    ("text", "words", "value", "trigger"),
    [
        (
            "Britain has expelled 12 Russian diplomats since Russia invaded Ukraine in "
            "February 2022.",
            "February 2022",
            "2022-02",
            "expelled",
        ),
        (
            "The FBI cited the threats Russia has made against NATO since it launched its "
            "invasion of Ukraine in February.",
            "in February",
            "2024-02",
            "threats",
        ),
        (
            "France has expelled dozens of Russian diplomats since Russia's invasion of "
            "Ukraine in February 2022.",
            "February 2022",
            "2022-02",
            "expelled",
        ),
    ],
)
def test_an_act_going_on_since_a_dated_act_started_then(
    nlp, resources, text, words, value, trigger
):
    events = run(nlp, resources, text, [timex(text, words, value)])
    assert dated(events, trigger, text) == value


def test_an_undated_since_clause_lends_nothing(nlp, resources):
    text = "Britain has expelled 12 Russian diplomats since Russia invaded Ukraine."
    events = run(nlp, resources, text, [])
    assert dated(events, "expelled", text) is None


def test_a_since_clause_of_another_word_dates_no_act(nlp, resources):
    text = (
        "Britain has expelled 12 Russian diplomats who had worked in London since Russia "
        "invaded Ukraine in February 2022."
    )
    events = run(nlp, resources, text, [timex(text, "February 2022", "2022-02")])
    assert dated(events, "expelled", text) is None
