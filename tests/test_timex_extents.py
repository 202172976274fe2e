"""Time expressions: which words are tagged and with what extent. An analyst reads the
timeline's evidence by these offsets, so titles, counts and fractions must not become dates, and
an extent keeps its modifier ("Later yesterday", "around Nov. 1").

Expected values were worked out by hand from a calendar, not produced by the tagger.
Publication date of most cases: Thursday 2024-10-03.
"""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from timex_helpers import DCT, only, values

from kg.errors import InputError
from kg.extract.timenorm import is_valid_value
from kg.extract.timexes import tag_timexes


@pytest.mark.parametrize(
    "text",
    [
        'The minister told ABC\'s "This Week" the talks failed.',
        "He said so on CBS's 60 Minutes.",
        "The poster showed a still from High Noon.",
        "The senator told USA Today the bill was dead.",
    ],
)
def test_capitalised_units_inside_titles_are_not_times(text):
    assert tag_timexes(text, DCT) == []


def test_extents_follow_timebank_conventions():
    text = "Its third-quarter profit beat the year-ago level; in the days before, shares fell."
    assert values(text) == [("third-quarter", "2024-Q3"), ("year-ago", "2023-Q3"), ("days", "PXD")]


@pytest.mark.parametrize(
    "text",
    [
        "May I ask a question?",
        "They will march on the capital.",
        "He paid $2000 for the phone.",
        "The 6-year-old boy was returned.",
        "About three-quarters of the accounts were fake.",
        "Turnout was 1999 voters.",
        "Call 1990-1234 for details.",
    ],
)
def test_words_that_only_look_like_times_are_not_tagged(text):
    assert [t.text for t in tag_timexes(text, DCT)] == []


def test_offsets_are_string_indices_and_spans_do_not_overlap():
    text = "Ünïcödé café — on Wednesday, Oct. 2, 2024 and earlier this week, then last year."
    found = tag_timexes(text, DCT)
    assert [t.text for t in found] == ["Wednesday, Oct. 2, 2024", "earlier this week", "last year"]
    for timex in found:
        assert text[timex.start : timex.end] == timex.text
    assert all(a.end <= b.start for a, b in itertools.pairwise(found))


def test_accepts_a_date_object_and_rejects_a_bad_date():
    assert only("Arrested yesterday.", date(2024, 3, 1)).value == "2024-02-29"
    with pytest.raises(InputError, match="publication date"):
        tag_timexes("yesterday", "03/10/2024")


def test_every_value_produced_is_valid_timex3():
    text = "From 2014 to 2016, every week, in the 1990s, last spring, the past two months, now."
    found = tag_timexes(text, DCT)
    assert [t.value for t in found] == [
        "2014",
        "2016",
        "P1W",
        "199",
        "2024-SP",
        "P2M",
        "PRESENT_REF",
    ]
    assert all(is_valid_value(t.value) for t in found)


@pytest.mark.parametrize(
    ("text", "extent", "value"),
    [
        ("Later yesterday the ministry denied it.", "Later yesterday", "2024-10-02"),
        ("Earlier Monday, police raided the office.", "Earlier Monday", "2024-09-30"),
        ("The talks resume later this afternoon.", "later this afternoon", "2024-10-03TAF"),
        ("The deal closes around Nov. 1.", "around Nov. 1", "2024-11-01"),
        ("Prices fell earlier in the year.", "earlier in the year", "2024"),
        ("The risk is high right now.", "right now", "PRESENT_REF"),
        ("More recently, the group moved abroad.", "More recently", "PAST_REF"),
        ("The post-1959 exodus split families.", "post-1959", "1959"),
    ],
)
def test_extent_includes_the_modifier(text, extent, value):
    timex = only(text)
    assert (timex.text, timex.value) == (extent, value)


def test_fractions_are_not_quarters():
    assert tag_timexes("Iraq imports about three-quarters of its food.", DCT) == []


@pytest.mark.parametrize(
    "text",
    ["The airline runs four flights a week to Lagos.", "The new route adds 700 seats a week."],
)
def test_a_unit_after_a_count_of_things_is_a_rate(text):
    timex = only(text)
    assert (timex.text, timex.type, timex.value) == ("a week", "SET", "P1W")
