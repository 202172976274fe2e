"""Properties of the temporal tagger on arbitrary text and publication dates.

The tagger runs on every article an analyst ingests, however odd: it must never raise, and what
it returns must always be usable (valid TIMEX3 values, true offsets, proper intervals).
"""

from __future__ import annotations

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.timenorm import interval_of, is_valid_value
from kg.extract.timexes import tag_timexes

# A value of the kinds the DESIGN 5.2 contract lists, written independently of the tagger's own
# validator so that the two check each other.
TIMEX3_VALUE = re.compile(
    r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?(?:T(?:\d{2}(?::\d{2})?|MO|AF|EV|NI|MI))?"
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?(?:T(?:MO|AF|EV|NI))?"
    r"|\d{4}-(?:Q[1-4]|H[12]|SP|SU|FA|WI)"
    r"|\d{2,3}"
    r"|PRESENT_REF|PAST_REF|FUTURE_REF"
    r"|P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|DE|CE))+"
    r"|PT(?:(?:\d+(?:\.\d+)?|X)[HMS])+"
)
TYPES = {"DATE", "TIME", "DURATION", "SET"}

WORDS = [
    "Monday", "Friday", "last", "next", "this", "week", "weeks", "month", "year", "years",
    "ago", "earlier", "later", "the", "quarter", "third", "fourth", "summer", "winter",
    "1990s", "'90s", "2024", "1999", "Oct.", "October", "May", "March", "2", "31", "29",
    "two", "several", "a", "every", "daily", "now", "recent", "today", "yesterday",
    "tomorrow", "night", "morning", "p.m.", "10:30", "a.m.", "noon", ",", ".", "will",
    "said", "in", "on", "of", "-", "Christmas", "Thanksgiving", "nineteen", "ninety-six",
    "year-earlier", "period", "fiscal", "Q3", "12/31/99", "2024-02-30", "century", "20th",
]  # fmt: skip

texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(WORDS), max_size=40).map(" ".join),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=30).map("".join),
)
dcts = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


@settings(max_examples=400, deadline=None)
@given(text=texts, dct=dcts)
def test_tagging_never_raises_and_returns_usable_timexes(text, dct):
    found = tag_timexes(text, dct)
    previous_end = 0
    for timex in found:
        assert 0 <= timex.start < timex.end <= len(text)
        assert timex.start >= previous_end  # sorted and non-overlapping
        previous_end = timex.end
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in TYPES
        assert TIMEX3_VALUE.fullmatch(timex.value), timex.value
        assert is_valid_value(timex.value)
        if timex.earliest is not None:
            assert timex.latest is not None and timex.precision is not None
            assert date.fromisoformat(timex.earliest) <= date.fromisoformat(timex.latest)


@settings(max_examples=300, deadline=None)
@given(value=st.text(max_size=20))
def test_interval_of_never_raises(value):
    interval = interval_of(value)
    if interval is not None:
        earliest, latest, _precision = interval
        assert date.fromisoformat(earliest) <= date.fromisoformat(latest)


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1500, 1, 1), max_value=date(2099, 12, 31)))
def test_a_written_date_resolves_to_itself(day):
    # years are read from 1500 to 2099: four-digit numbers beyond are rarely years in news
    text = f"The order was signed on {day:%B} {day.day}, {day.year}."
    [timex] = tag_timexes(text, date(2024, 10, 3))
    assert timex.value == day.isoformat()
    assert interval_of(timex.value) == (day.isoformat(), day.isoformat(), "day")
