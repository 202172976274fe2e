"""Round 17a, acts placed a measured time from an act named again by a noun ("Three days after
the break-in, the FBI said ...", "within days of the attack"), and never dated by the lede as
tellings of the news day. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run, timex

BREAK_IN = "Hackers broke into Acme on May 7."
MAY_7 = "2024-05-07"


@pytest.mark.parametrize(
    ("rest", "verb", "expected"),
    [
        (
            "Three days after the break-in, the FBI said Russia was responsible.",
            "said",
            "2024-05-10",
        ),
        ("Within days, the FBI said Russia was responsible.", "said", "2024-05"),
        ("Britain blamed Russia within days of the attack.", "blamed", "2024-05"),
        ("Britain blamed Russia within hours of the attack.", "blamed", MAY_7),
    ],
)
def test_an_act_placed_from_an_act_named_again_is_dated_from_it(
    nlp, resources, rest, verb, expected
):
    text = f"{BREAK_IN} {rest}"
    events = run(nlp, resources, text, [day(text, "May 7", MAY_7)])
    assert dated(events, verb, text) == expected


def test_the_named_act_is_the_one_told_with_its_word(nlp, resources):
    """ "the meeting" is the meeting, not the expulsion told after it."""
    text = (
        "Britain met Russia on May 7. Britain expelled John Smith on May 20. "
        "Two months after the meeting, Anna Berg resigned."
    )
    times = [day(text, "May 7", MAY_7), day(text, "May 20", "2024-05-20")]
    events = run(nlp, resources, text, times)
    assert dated(events, "resigned", text) == "2024-07"


@pytest.mark.parametrize(
    "rest",
    [
        "Three days after a break-in, the FBI said Russia was responsible.",  # no act told again
        "Three days after the vote, the FBI said Russia was responsible.",  # would pass publication
    ],
)
def test_no_date_without_an_act_told_before(nlp, resources, rest):
    text = f"Britain on Tuesday expelled John Smith. {rest}"
    events = run(nlp, resources, text, [day(text, "Tuesday", "2024-10-08")])
    assert dated(events, "said", text) is None  # nor the lede's day: it is placed elsewhere


def test_a_measure_in_months_moves_an_act_of_a_month_not_the_report_after_it(nlp, resources):
    """The report of Saturday moved two months would lie past publication: the act the
    phrase names is the expulsion of May 2016 told before it."""
    text = (
        "Britain expelled John Smith in May 2016, Globex reported on Saturday. "
        "Two months after the expulsion, Britain passed the files to the FBI."
    )
    times = [timex(text, "May 2016", "2016-05"), day(text, "Saturday", "2017-12-30")]
    events = run(nlp, resources, text, times, "2017-12-31")
    assert dated(events, "passed", text) == "2016-07"


def test_an_act_going_on_since_a_dated_act_started_then(nlp, resources):
    text = (
        "Britain has expelled 20 Russian diplomats since Russia's invasion of Ukraine in May 2022."
    )
    events = run(nlp, resources, text, [timex(text, "May 2022", "2022-05")])
    assert dated(events, "expelled", text) == "2022-05"


def test_an_act_since_an_undated_act_keeps_no_date(nlp, resources):
    text = "Britain has expelled 20 Russian diplomats since Russia's invasion of Ukraine."
    assert dated(run(nlp, resources, text), "expelled", text) is None
