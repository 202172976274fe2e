"""Shorthands of the time-expression tests: the one expression of a text, or every expression's
(text, value), tagged against a publication date (Thursday 2024-10-03 unless given)."""

from __future__ import annotations

from datetime import date

from kg.extract.timexes import tag_timexes
from kg.types import Timex

DCT = "2024-10-03"


def only(text: str, dct: str | date = DCT) -> Timex:
    found = tag_timexes(text, dct)
    assert len(found) == 1, found
    return found[0]


def values(text: str, dct: str | date = DCT) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in tag_timexes(text, dct)]
