"""Two tellings by one speaker at different times are two events; sentences written for
these tests."""

from __future__ import annotations

from event_helpers import day, run, timex

_TELLING_WORDS = frozenset({"said", "told", "says", "added"})


def _statements(events):
    """(trigger, date, the further tellings folded in): a reported clause's head, also a
    further mention, is left out."""
    return sorted(
        (
            e.trigger.text,
            e.date.value,
            tuple(m.text for m in e.mentions if m.text in _TELLING_WORDS),
        )
        for e in events
        if e.type == "Statement"
    )


def test_an_undated_statement_is_not_the_one_dated_a_year_before(nlp, resources):
    text = (
        "Maria Lopez said the ministry would appeal. Ties have been tense since March 2023, "
        "when Lopez told the New York Post that the contract was void."
    )
    times = [
        timex(
            text,
            "March 2023",
            "2023-03",
            precision="month",
            earliest="2023-03-01",
            latest="2023-03-31",
        )
    ]
    assert _statements(run(nlp, resources, text, times)) == [
        ("said", None, ()),
        ("told", "2023-03", ()),
    ]


def test_a_statement_dated_this_week_and_its_undated_follow_up_are_one(nlp, resources):
    text = (
        "Maria Lopez told the New York Post on Monday that the contract was void. "
        "Lopez said the ministry would appeal."
    )
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert _statements(events) == [("told", "2024-10-07", ("said",))]


def test_an_act_told_undated_again_stays_one_event(nlp, resources):
    text = (
        "Britain expelled 23 Russian diplomats in March 2018. "
        "Britain expelled the Russian diplomats after a poisoning."
    )
    times = [
        timex(
            text,
            "March 2018",
            "2018-03",
            precision="month",
            earliest="2018-03-01",
            latest="2018-03-31",
        )
    ]
    expulsions = [e for e in run(nlp, resources, text, times) if e.type == "Expulsion"]
    assert len(expulsions) == 1


def test_an_undated_quote_right_after_a_dated_telling_continues_it(nlp, resources):
    text = (
        "Maria Lopez told the New York Post in March 2023 that the contract was void. "
        "Lopez said the ministry would appeal."
    )
    times = [
        timex(
            text,
            "March 2023",
            "2023-03",
            precision="month",
            earliest="2023-03-01",
            latest="2023-03-31",
        )
    ]
    assert _statements(run(nlp, resources, text, times)) == [("told", "2023-03", ("said",))]
