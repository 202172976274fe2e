"""Temporal expressions: find them in text and resolve them against the publication date.

``tag_timexes(text, dct)`` runs the candidate patterns of ``timepatterns.py`` over the text, keeps
the leftmost-longest non-overlapping candidates that resolve, and returns ``Timex`` objects with
TimeML/TIMEX3 values (DESIGN 5.2). Relative expressions are resolved against the publication
date: a bare weekday is the most recent such day on or before it unless the clause speaks of the
future; "Oct. 2" or "in August" is the nearest such date, pulled forward by future tense and back
by past tense; "the quarter", "a year earlier", "that day" follow the last date mentioned.
Pure Python (regular expressions found near anchor words); no language model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path

from kg.errors import InputError
from kg.extract import timeanaphora, timedays, timerelative, timerules
from kg.extract.timecontext import Context
from kg.extract.timenorm import interval_of, is_valid_value
from kg.extract.timepatterns import LEXICON_PATH, build_patterns, load_lexicon, unit_forms
from kg.types import Timex

__all__ = ["interval_of", "parse_dct", "tag_timexes"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ][\d:.+Z-]*)?")


def parse_dct(dct: str | date) -> date:
    """The publication date as a ``date``; ``InputError`` when it is not an ISO date."""
    if isinstance(dct, datetime):
        return dct.date()
    if isinstance(dct, date):
        return dct
    text = str(dct).strip()
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return date.fromisoformat(text[:10])
    except ValueError:
        raise InputError(
            f"invalid publication date {dct!r}", hint="give it as YYYY-MM-DD, e.g. 2024-10-03"
        ) from None


# How far an expression reaches before and after its anchor word ("no more than sixty days",
# "Friday, Oct. 23, 1998", "two years ago").
_LEFT, _RIGHT = 45, 30
_WORD = re.compile(r"[^\W_]+")
_ADJECTIVE_LEAD = re.compile(
    r"(?:the|its|a|an)\s+(?=\S+-(?:quarter|year|week|day|month|hour|minute|earlier|ago)$)",
    re.IGNORECASE,
)
# "ABC's "This Week"", "60 Minutes", "USA Today": a capitalised unit after a word is a title
_TITLE_UNIT = re.compile(
    r"(?<=[\w'\"`]\s)(?:Week|Weeks|Minutes|Hours|Days|Months|Years|Noon|Midnight|Today|Tonight|"
    r"Tomorrow|Morning|Night)\b"
)
_RESOLVERS = {
    **timerules.RESOLVERS,
    **timerelative.RESOLVERS,
    **timedays.RESOLVERS,
    **timeanaphora.RESOLVERS,
}


@lru_cache(maxsize=4)
def build_anchors(path: Path = LEXICON_PATH) -> dict[str, tuple[str, ...]]:
    """Anchor classes of each lower-case anchor word (numerals are the class "digit")."""
    lex = load_lexicon(path)
    holiday_heads = {name.split()[0] for name in [*lex.holidays, *lex.weekday_holidays]}
    # fmt: off
    classes = {
        "month": list(lex.months),
        "weekday": list(lex.weekdays),
        "season": list(lex.seasons),
        "unit": [*unit_forms(lex.units), "weekend", "weekends"],
        "quarter": ["quarter", "quarters", "qtr", "half", "period"],
        "ref": ["now", "nowadays", "soon", "later", "current", "currently", "recently",
                "lately", "past", "future", "present", "presently", "days", "time", "term"],
        "spelled": ["eighteen", "nineteen", "thousand", "twenties", "thirties", "forties",
                    "fifties", "sixties", "seventies", "eighties", "nineties"],
        "day": ["today", "yesterday", "tomorrow", "tonight", "night", "morning", "afternoon",
                "midday", "midafternoon", "midmorning",
                "evening", "noon", "midnight"],
        "set": ["daily", "weekly", "monthly", "annually", "yearly", "hourly", "nightly"],
        "holiday": sorted(holiday_heads),
    }
    # fmt: on
    # quarter, half-year and fiscal-year codes ("Q3", "H1", "FY2024") start with a letter
    codes = ["q1", "q2", "q3", "q4", "h1", "h2", "fy"]
    word_classes: dict[str, tuple[str, ...]] = {code: ("digit",) for code in codes}
    for name, words in classes.items():
        for word in words:
            word_classes[word] = (*word_classes.get(word, ()), name)
    return word_classes


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    priority: int
    name: str
    match: re.Match[str]


def _anchor_windows(text: str, lexicon_path: Path) -> dict[str, list[tuple[int, int]]]:
    """Per anchor class, merged stretches of text around its anchor words."""
    windows: dict[str, list[tuple[int, int]]] = {}
    word_classes = build_anchors(lexicon_path)
    for m in _WORD.finditer(text):
        word = m[0]
        # a word with a digit at either end ("2024", "FY2024", "FY23") anchors the digit patterns
        has_digits = word[0].isdigit() or word[-1].isdigit()
        names = ("digit",) if has_digits else word_classes.get(word.lower())
        if not names:
            continue
        start = max(0, m.start() - _LEFT)
        end = _word_end(text, min(len(text), m.end() + _RIGHT))
        for name in names:
            spans = windows.setdefault(name, [])
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((start, end))
    return windows


def _word_end(text: str, end: int) -> int:
    """Move a window end out of a word, so that no pattern sees a word cut in two."""
    while end < len(text) and text[end].isalnum():
        end += 1
    return end


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _candidates(text: str, lexicon_path: Path) -> list[_Candidate]:
    windows = _anchor_windows(text, lexicon_path)
    found = []
    for priority, (name, pattern, needs) in enumerate(build_patterns(lexicon_path)):
        spans = _merge([span for need in needs for span in windows.get(need, ())])
        for window_start, window_end in spans:
            has_extent = "x" in pattern.groupindex
            for m in pattern.finditer(text, window_start, window_end):
                # a group "x" holds the extent when the pattern also reads context around it
                start, end = m.span("x") if has_extent and m["x"] else m.span()
                if end > start:
                    found.append(_Candidate(start, end, priority, name, m))
    # Leftmost first, then longest, then the pattern listed first.
    found.sort(key=lambda c: (c.start, c.start - c.end, c.priority))
    return found


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding spaces, a trailing comma, and the article of an adjectival compound
    ("the third-quarter results", "its year-earlier profit": TimeBank leaves them out)."""
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    while start < end and text[start].isspace():
        start += 1
    if lead := _ADJECTIVE_LEAD.match(text, start, end):
        start = lead.end()
    return start, end


def _make_timex(text: str, start: int, end: int, kind: str, value: str) -> Timex | None:
    if not is_valid_value(value):
        return None
    precision = earliest = latest = None
    if kind in ("DATE", "TIME") and (interval := interval_of(value)):
        earliest, latest, precision = interval
    return Timex(start, end, text[start:end], kind, value, precision, earliest, latest)


def tag_timexes(text: str, dct: str | date, lexicon_path: Path = LEXICON_PATH) -> list[Timex]:
    """Temporal expressions of ``text``, resolved against the publication date ``dct``, with
    the word lists of ``lexicon_path`` (a time.yaml: the settings' ontology_dir has one).

    Returns sorted, non-overlapping ``Timex`` objects whose offsets are Python string indices
    into ``text`` (end exclusive). Invalid ``dct`` raises ``InputError``.
    """
    if not isinstance(text, str):
        raise InputError("text to tag must be a string")
    doc = Context(text=text, dct=parse_dct(dct), lexicon_path=lexicon_path)
    timexes: list[Timex] = []
    last_end = 0
    for cand in _candidates(text, lexicon_path):
        if cand.start < last_end or _TITLE_UNIT.search(text, cand.start, cand.end):
            continue
        resolved = _RESOLVERS[cand.name](cand.match, doc, cand.start, cand.end)
        if resolved is None:
            continue
        start, end = _trim(text, cand.start, cand.end)
        timex = _make_timex(text, start, end, *resolved) if end > start else None
        if timex is None:
            continue
        timexes.append(timex)
        doc.remember(cand.name, timex)
        last_end = cand.end
    return timexes
