"""Round 17a, the day of a telling whose time the parser hangs on what it tells: "The FBI said
on Monday it was reviewing the case" (no "that"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run, timex

MONDAY = "2024-10-07"


@pytest.mark.parametrize(
    "telling",
    [
        "The FBI said on Monday it was reviewing the case.",
        "The FBI said late on Monday it was reviewing the case.",
        "The FBI said Monday it was reviewing the case.",
    ],
)
def test_a_time_between_the_telling_and_its_clause_dates_the_telling(nlp, resources, telling):
    events = run(nlp, resources, telling, [day(telling, "Monday", MONDAY)])
    assert dated(events, "said", telling) == MONDAY


def test_the_telling_so_dated_lends_its_day_to_the_next_telling(nlp, resources):
    """The lede's day reaches the tellings after it once the lede itself is dated."""
    text = (
        "The FBI said on Monday it was reviewing the case. Anna Berg warned that Russia would pay."
    )
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "warned", text) == MONDAY


def test_the_reported_act_keeps_the_day_too(nlp, resources):
    text = "The FBI said on Monday it had arrested John Smith."
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    assert dated(events, "arrested", text) == MONDAY


@pytest.mark.parametrize(
    "telling",
    [
        "The FBI said that on Monday it had reviewed the case.",  # after "that": the clause's
        "Britain said Monday's attack had been carried out by Russia.",  # the subject's own day
    ],
)
def test_a_time_inside_the_told_clause_does_not_date_the_telling(nlp, resources, telling):
    events = run(nlp, resources, telling, [day(telling, "Monday", MONDAY)])
    assert dated(events, "said", telling) is None


LEDE = "Britain on Monday expelled John Smith."


@pytest.mark.parametrize(
    ("middle", "speaker", "expected"),
    [
        # the speaker's own act right before, on a day of its own
        ("On Friday, Anna Berg summoned the Russian ambassador.", "Berg", "2024-10-04"),
        # another speaker: the lede's news day
        ("On Friday, Anna Berg summoned the Russian ambassador.", "Maria Lopez", MONDAY),
        # the speaker's act of another year is background: the lede's news day
        ("In 2019, Anna Berg summoned the Russian ambassador.", "Berg", MONDAY),
    ],
)
def test_a_telling_takes_the_day_of_its_speakers_act_just_before(
    nlp, resources, middle, speaker, expected
):
    text = f"{LEDE} {middle} {speaker} said Russia had hacked Acme."
    times = [day(text, "Monday", MONDAY)]
    times.append(
        day(text, "Friday", "2024-10-04") if "Friday" in text else timex(text, "2019", "2019")
    )
    events = run(nlp, resources, text, times, "2024-10-08")
    assert dated(events, "said", text) == expected
