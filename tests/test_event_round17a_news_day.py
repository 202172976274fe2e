"""Round 17a, acts of the news day: an undated simple-past act told right after a lede dated
shortly before publication, or by the lede's own doer before the story turns to another time,
took place that day; background keeps no date. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run, timex

TUESDAY = "2024-10-08"  # published 2024-10-09
LEDE = "Britain on Tuesday expelled John Smith."
TELLINGS = (
    " Anna Berg said Russia had hacked Acme. Globex said it was shocked."
    " Acme said it was reviewing its systems."
)


@pytest.mark.parametrize(
    ("after", "verb"),
    [
        ("Anna Berg summoned the Russian ambassador.", "summoned"),
        ("Anna Berg declined to say how Smith was identified.", "declined"),
    ],
)
def test_an_act_told_right_after_the_lede_took_place_that_day(nlp, resources, after, verb):
    text = f"{LEDE} {after}"
    events = run(nlp, resources, text, [day(text, "Tuesday", TUESDAY)])
    assert dated(events, verb, text) == TUESDAY


def test_a_later_act_of_the_ledes_doer_took_place_that_day(nlp, resources):
    text = f"{LEDE}{TELLINGS} Britain froze the assets of two Russian firms."
    events = run(nlp, resources, text, [day(text, "Tuesday", TUESDAY)])
    assert dated(events, "froze", text) == TUESDAY


def test_a_later_act_of_another_doer_keeps_no_date(nlp, resources):
    text = f"{LEDE}{TELLINGS} Germany froze the assets of two Russian firms."
    events = run(nlp, resources, text, [day(text, "Tuesday", TUESDAY)])
    assert dated(events, "froze", text) is None


def test_nothing_after_the_story_turns_to_another_time(nlp, resources):
    text = f"{LEDE} Last month, a court convicted Smith of spying. Britain froze his assets."
    times = [day(text, "Tuesday", TUESDAY), timex(text, "Last month", "2024-09")]
    events = run(nlp, resources, text, times)
    assert dated(events, "froze", text) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        (f"{LEDE} Russia has denied the accusations.", "denied"),  # the perfect: background
        # what the one convicted did is older than the verdict
        (
            "A court in London on Tuesday convicted John Smith of spying. "
            "Smith photographed military bases for Russia.",
            "photographed",
        ),
    ],
)
def test_background_acts_keep_no_date(nlp, resources, text, verb):
    events = run(nlp, resources, text, [day(text, "Tuesday", TUESDAY)])
    assert dated(events, verb, text) is None


def test_a_lede_of_older_news_lends_no_day(nlp, resources):
    text = "Britain expelled John Smith in 2019. Anna Berg summoned the Russian ambassador."
    events = run(nlp, resources, text, [timex(text, "2019", "2019")])
    assert dated(events, "summoned", text) is None


def test_a_lede_dated_by_the_telling_it_absorbed_lends_its_day(nlp, resources):
    """ "Russia said on Saturday that it would expel X": the expulsion is the lede, dated by
    its telling's words in its own sentence."""
    text = (
        "Russia said on Saturday that it would expel John Smith. "
        "Anna Berg was summoned to the foreign ministry."
    )
    events = run(nlp, resources, text, [day(text, "Saturday", "2024-10-05")], "2024-10-06")
    assert dated(events, "summoned", text) == "2024-10-05"


def test_the_tellings_after_such_a_lede_keep_no_date(nlp, resources):
    text = (
        "Russia said on Saturday that it would expel John Smith. Globex said it was shocked. "
        "Acme said it was surprised. Anna Berg was summoned to the foreign ministry."
    )
    events = run(nlp, resources, text, [day(text, "Saturday", "2024-10-05")], "2024-10-06")
    assert [dated(events, "said it was", text), dated(events, "summoned", text)] == [None, None]
