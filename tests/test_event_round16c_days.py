"""Round 16c, the day a phrase refers to: "the same day", "hours later", "at the time", "the
following day", "days after" an act of a year, and tellings dated to different days. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, only, run, timex


def test_the_same_day_is_not_read_from_an_act_dated_by_the_same_words(nlp, resources):
    """The noun "cyberattack" keeps the time stage's reading of "the same day" (an older act);
    the threat after it must not take that reading as the day it refers to."""
    text = (
        "Britain expelled John Smith on Wednesday. Smith was born on 15 July 1980. In a "
        "statement issued the same day, Anna Berg said Britain condemned Russia's cyberattack "
        "and would take action against Russia."
    )
    times = [
        day(text, "Wednesday", "2024-10-02"),
        day(text, "15 July 1980", "1980-07-15"),
        day(text, "the same day", "1980-07-15"),  # the time stage's reading: the last day named
    ]
    events = run(nlp, resources, text, times)
    assert only(events, "Threat").date.value == "2024-10-02"


@pytest.mark.parametrize(
    ("middle", "verb"),
    [
        ("Russia denied the accusations.", "denied"),
        ("The Kremlin rejected the charges.", "rejected"),
        ("Germany backed Britain.", "backed"),
    ],
)
def test_an_act_told_right_before_the_same_day_took_place_that_day(nlp, resources, middle, verb):
    text = (
        f"Britain expelled John Smith on Wednesday. {middle} "
        "Anna Berg said the same day that Britain would act."
    )
    times = [day(text, "Wednesday", "2024-10-02"), day(text, "the same day", "2024-10-02")]
    assert dated(run(nlp, resources, text, times), verb, text) == "2024-10-02"


@pytest.mark.parametrize(
    ("middle", "verb"),
    [
        ("Russia had denied the accusations.", "denied"),  # background, in the perfect
        ("Russia denies the accusations.", "denies"),  # the present
        ("Russia denied the accusations. Acme was founded in Paris.", "denied"),  # not right before
    ],
)
def test_no_same_day_for_background_or_an_act_further_back(nlp, resources, middle, verb):
    text = (
        f"Britain expelled John Smith on Wednesday. {middle} "
        "Anna Berg said the same day that Britain would act."
    )
    times = [day(text, "Wednesday", "2024-10-02"), day(text, "the same day", "2024-10-02")]
    assert dated(run(nlp, resources, text, times), verb, text) is None


@pytest.mark.parametrize(
    "first",
    [
        "On Friday, Anna Berg proposed a new law.",  # no event, but the day it names
        "Anna Berg spoke to reporters on Friday.",
        "Britain expelled Maria Lopez on Friday.",
    ],
)
def test_hours_later_is_the_day_the_sentence_before_names(nlp, resources, first):
    text = f"Britain expelled Smith on Monday. {first} Hours later, Russia expelled John Smith."
    times = [day(text, "Monday", "2024-09-30"), day(text, "Friday", "2024-10-04")]
    assert dated(run(nlp, resources, text, times), "expelled John", text) == "2024-10-04"


def test_hours_later_is_not_the_day_a_description_names(nlp, resources):
    text = (
        "Britain expelled Anna Berg on Monday. Berg, who was born on 3 March 1980, lives in "
        "Paris. Hours later, Russia expelled John Smith."
    )
    times = [day(text, "Monday", "2024-09-30"), day(text, "3 March 1980", "1980-03-03")]
    assert dated(run(nlp, resources, text, times), "expelled John", text) == "2024-09-30"


@pytest.mark.parametrize(
    ("second", "verb"),
    [
        ("Globex claimed responsibility at the time.", "claimed"),
        ("At the time, Anna Berg criticised the decision.", "criticised"),
        ("Globex denied the accusations at the time.", "denied"),
    ],
)
def test_at_the_time_is_the_time_of_the_act_told_before(nlp, resources, second, verb):
    text = f"Russia expelled John Smith in May. {second}"
    times = [timex(text, "May", "2024-05", precision="month")]
    assert dated(run(nlp, resources, text, times), verb, text) == "2024-05"


@pytest.mark.parametrize(
    "second",
    [
        "Globex claimed responsibility at the time of the attack.",  # its own occasion
        "Globex claimed responsibility.",
    ],
)
def test_no_time_borrowed_without_at_the_time(nlp, resources, second):
    text = f"Russia expelled John Smith in May. {second}"
    times = [timex(text, "May", "2024-05", precision="month")]
    assert dated(run(nlp, resources, text, times), "claimed", text) is None


def test_tellings_dated_to_other_days_are_two_statements(nlp, resources):
    """The first telling takes the lede's day (news of the day): a telling dated in the text a
    week before is another one, not that act "over by then"."""
    text = (
        "Britain banned Acme on Monday. Acme said its staff were safe. Acme "
        "said on March 10 that the data was safe."
    )
    times = [day(text, "Monday", "2024-03-18"), day(text, "March 10", "2024-03-10")]
    events = run(nlp, resources, text, times, published="2024-03-19")
    statements = [e for e in events if e.type == "Statement"]
    assert sorted(e.date.value for e in statements) == ["2024-03-10", "2024-03-18"]


def test_a_telling_told_on_without_a_day_of_its_own_stays_one_statement(nlp, resources):
    text = "Acme said on Monday that its staff were safe. Acme said it was closing its office."
    times = [day(text, "Monday", "2024-03-18")]
    events = run(nlp, resources, text, times, published="2024-03-19")
    assert len([e for e in events if e.type == "Statement"]) == 1


@pytest.mark.parametrize(
    ("first", "times_of_first", "second", "expected"),
    [
        (
            "Britain expelled John Smith in May.",
            [("May", "2024-05", "month")],
            "Russia expelled Anna Berg the following day.",
            "2024-05",
        ),
        (
            "Britain expelled John Smith on Monday. Acme was founded on 3 March 1990.",
            [("Monday", "2024-10-07", "day"), ("3 March 1990", "1990-03-03", "day")],
            "Russia expelled Anna Berg the next day.",
            "2024-10-08",
        ),
        (
            "Britain expelled John Smith on Monday.",
            [("Monday", "2024-10-07", "day")],
            "Russia responded the following day by expelling Anna Berg.",
            "2024-10-08",
        ),
    ],
)
def test_the_following_day_is_the_day_after_the_act_told_before(
    nlp, resources, first, times_of_first, second, expected
):
    text = f"{first} {second}"
    times = [timex(text, w, v, precision=p) for w, v, p in times_of_first]
    words = "the following day" if "following" in second else "the next day"
    times.append(day(text, words, "2024-10-09"))  # the time stage's reading: publication's
    events = run(nlp, resources, text, times)
    (russian,) = [e for e in events if e.trigger.start == text.rindex("expell")]
    assert russian.date.value == expected


def test_the_following_day_keeps_its_reading_with_no_act_told_before(nlp, resources):
    text = "Acme was founded in May. Russia expelled Anna Berg the following day."
    times = [
        timex(text, "May", "2024-05", precision="month"),
        day(text, "the following day", "2024-10-09"),
    ]
    assert dated(run(nlp, resources, text, times), "expelled", text) == "2024-10-09"


@pytest.mark.parametrize(
    "text",
    [
        "Britain expelled John Smith last year, days after Russia expelled Anna Berg.",
        "Britain expelled John Smith in 2022, hours after Russia expelled Anna Berg.",
        "Britain expelled John Smith in 2022, days before Russia expelled Anna Berg.",
    ],
)
def test_a_few_days_from_an_act_of_a_year_is_that_year(nlp, resources, text):
    words = "last year" if "last year" in text else "2022"
    events = run(nlp, resources, text, [timex(text, words, "2022", precision="year")])
    assert dated(events, "expelled Anna", text) == "2022"


@pytest.mark.parametrize(
    ("text", "words", "value", "precision"),
    [
        # counted: the measure moves the date, and a year cannot be moved by days
        (
            "Britain expelled John Smith in 2022, two days after Russia expelled Anna Berg.",
            "2022",
            "2022",
            "year",
        ),
        # a month: a few days may cross into the month before
        (
            "Britain expelled John Smith in March, days after Russia expelled Anna Berg.",
            "March",
            "2024-03",
            "month",
        ),
    ],
)
def test_no_year_for_a_counted_measure_or_a_month(nlp, resources, text, words, value, precision):
    events = run(nlp, resources, text, [timex(text, words, value, precision=precision)])
    assert dated(events, "expelled Anna", text) is None
