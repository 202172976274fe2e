"""bench/score_tbaq.py's notation-blind value line: only differences in how TIMEX3 writes the
same period are forgiven, never a different period."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from score_tbaq import same_notation


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("1989-XX", "1989"),
        ("1994-XX-XX", "1994"),
        ("198X", "198"),
        ("19XX", "19"),
        ("2000-W8", "2000-W08"),
        ("2000-W8-WE", "2000-W08-WE"),
        ("1989-11-06T17", "1989-11-06T17:00"),
    ],
)
def test_two_notations_of_one_period_are_the_same(one, other):
    assert same_notation(one) == same_notation(other)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("1989-10", "1989"),
        ("1989-Q3", "1989"),
        ("2000-W18", "2000-W08"),
        ("1989-11-06T17:30", "1989-11-06T17:00"),
        ("199", "19"),
        ("P1W", "2000-W08"),
    ],
)
def test_different_periods_stay_different(one, other):
    assert same_notation(one) != same_notation(other)
