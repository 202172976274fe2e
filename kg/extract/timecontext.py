"""What time resolvers know about a document: its text and publication date, the dates it
mentioned so far, and the tense around an expression (read from nearby words: no parse)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from kg.extract.timepatterns import LEXICON_PATH, YEAR_DIGITS, Lexicon, alternation, load_lexicon
from kg.types import Timex

# (TIMEX3 type, value) of a resolved expression
Resolved = tuple[str, str]

# a full stop before a capital (not "U.S. officials", "Oct. 23"), or a line break
_SENTENCE_END = re.compile(r"[.!?][\"'`]*\s+(?=[\"'`]*[A-Z])|\n")
_GOAL_BEFORE = re.compile(r"\b(?:to|until|till|through|by|effective)\s+$", re.IGNORECASE)
# The end of a range, not a limit: "from 1 to 5 May", "from March through June". The start is a
# bare day or a month; a date moved by a schedule verb is still a goal ("postponed from March
# to June").
_RANGE_END_BEFORE = re.compile(
    r"(?<!postponed )(?<!delayed )(?<!moved )(?<!pushed back )(?<!rescheduled )"
    r"(?<!brought forward )"
    r"\bfrom\s+(?:[0-3]?\d(?:st|nd|rd|th)?|[A-Z][a-z]{2,8}\.?)\s+(?:to|until|till|through)\s+$"
)
# The word right before a date, across "on"/"in": "was killed on May 12", "arrested in April".
_WORD_BEFORE_DATE = re.compile(r"(\w+)\s+(?:(?:early|late)\s+)?(?:on|in)?\s*$")
_OLD_PLAN_BEFORE = re.compile(r"\b(?:previously|originally|had been|as)\s+$", re.IGNORECASE)
# what else a date header's line may hold: "Monday, ", "Updated ", "Live: ", final punctuation
_LINE_OF_ITS_OWN = re.compile(r"[\s\W]*(?:[A-Z][a-z]+:?[\s,]*)?[\s\W]*")
# Precisions from fine to coarse: a reference serves units at least as coarse as its own.
_COARSER = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4}
_BE_BEFORE = re.compile(r"\bbe\s+$", re.IGNORECASE)


@dataclass
class Context:
    """What resolvers know about the document: its text, date, and the dates seen so far."""

    text: str
    dct: date
    lexicon_path: Path = LEXICON_PATH  # the time.yaml to read word lists and tense cues from
    last_quarter: tuple[int, int] | None = None  # (year, quarter) last mentioned
    ref_day: date | None = None  # last day-precision date mentioned
    ref_day_end: int = 0  # where it was mentioned
    ref_date: tuple[date, str] | None = None  # first day and precision of the last date mentioned
    last_value: str = ""  # value of the last timex, whatever its type
    header_day: date | None = None  # last day given on a line of its own (a live blog's date)
    # read from lexicon_path, never given: the word lists and the cues are of one file
    lex: Lexicon = field(init=False)

    def __post_init__(self) -> None:
        self.lex = load_lexicon(self.lexicon_path)

    def remember(self, name: str, timex: Timex) -> None:
        """Note the dates later expressions may refer to ("the quarter", "two days later")."""
        quarter = re.fullmatch(r"(\d{4})-Q([1-4])", timex.value)
        # explicit quarters only, not "the quarter"; and only one begun by publication: a
        # forecast ("losses through the third quarter of 1990") is never the quarter a later
        # "year-ago period" counts back from (a fiscal "fourth quarter ended Sept. 30" may be
        # the current calendar quarter, so the current one still counts)
        if quarter and name in ("quarter", "q_code") and self._begun(quarter):
            self.last_quarter = (int(quarter[1]), int(quarter[2]))
        if timex.type == "DATE" and timex.precision == "day" and timex.earliest:
            self.ref_day = date.fromisoformat(timex.earliest)
            self.ref_day_end = timex.end
            if _LINE_OF_ITS_OWN.fullmatch(self._line_around(timex.start, timex.end)):
                self.header_day = self.ref_day
        if timex.type == "DATE" and timex.earliest and timex.precision:
            self.ref_date = (date.fromisoformat(timex.earliest), timex.precision)
        self.last_value = timex.value

    def _begun(self, quarter: re.Match[str]) -> bool:
        year, number = int(quarter[1]), int(quarter[2])
        return (year, number) <= (self.dct.year, (self.dct.month - 1) // 3 + 1)

    def tense(self, start: int, end: int) -> str | None:
        """ "future", "past" or None: the nearest tense cue in the clause around text[start:end]."""
        text = self.text
        ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 120), start)]
        left = ends[-1] if ends else max(start - 120, 0)
        stop = _SENTENCE_END.search(text, end, end + 80)
        right = stop.start() if stop else min(len(text), end + 60)
        nearest: dict[str, int] = {}
        path = self.lexicon_path
        for pattern, cue in ((future_pattern(path), "future"), (past_pattern(path), "past")):
            cues = [
                m for m in pattern.finditer(text, left, right) if not _not_cue(text, m, cue, path)
            ]
            distances = [start - m.end() for m in cues if m.end() <= start]
            # cues after the expression count less than cues before it (they often belong to
            # the next clause: "will double flights by August, in markets untouched by...")
            distances += [2 * (m.start() - end) + 20 for m in cues if m.start() >= end]
            if distances:
                nearest[cue] = min(distances)
        if not nearest:
            return None
        # A tie is a word that is both ("planned", "scheduled"): those announce the future.
        return min(nearest, key=lambda cue: (nearest[cue], cue != "future"))

    def date_tense(self, start: int, end: int) -> str | None:
        """The tense for a date or month named without a year: "past-goal" when a past verb
        points to it as a limit ("was postponed to January", "loans through March", "named
        chairman, effective Feb. 1"); "past-act" when the date is that of the past act right
        before it ("was killed on May 12", "arrested in April"): that act is over, whatever
        the date's distance from publication."""
        tense = self.tense(start, end)
        if tense != "past":
            return tense
        if _GOAL_BEFORE.search(self.before(start, 12)) and not _RANGE_END_BEFORE.search(
            self.before(start, 60)
        ):
            return "past-goal"
        word = _WORD_BEFORE_DATE.search(self.text, max(0, start - 40), start)
        past = past_pattern(self.lexicon_path)
        cue = word and past.fullmatch(self.text, word.start(1), word.end(1))
        if cue and not _not_cue(self.text, cue, "past", self.lexicon_path):
            return "past-act"
        return tense

    def reference(self, unit: str) -> date | None:
        """The first day of the last date mentioned, if it is at least as precise as ``unit``
        ("day", "part", "weekday", "week", "month", "quarter", "season", "year"): what "that
        day", "the following month", "that year" and "June of that year" point back to."""
        if unit in ("day", "part", "weekday"):
            return self.ref_day
        if self.ref_date is None:
            return None
        first_day, precision = self.ref_date
        return first_day if _COARSER.get(precision, 9) <= _COARSER[unit] else None

    def referred_year(self) -> int | None:
        """The year "that year" and "that March" point back to; None when no date fine enough
        came before."""
        found = self.reference("year")
        return found.year if found else None

    def range_year(self, end: int) -> int | None:
        """The year a range partner after text[:end] gives ("from January to March 2024")."""
        partner = range_year_pattern(self.lexicon_path).match(self.text, end)
        return int(partner["year"]) if partner else None

    def is_future(self, start: int, end: int) -> bool:
        return self.tense(start, end) == "future"

    def _line_around(self, start: int, end: int) -> str:
        """The line holding text[start:end], with the expression itself blanked out."""
        first = self.text.rfind("\n", 0, start) + 1
        last = self.text.find("\n", end)
        last = len(self.text) if last < 0 else last
        return self.text[first:start] + self.text[end:last]

    def before(self, start: int, width: int = 30) -> str:
        return self.text[max(0, start - width) : start]


def _not_cue(text: str, cue: re.Match[str], kind: str, path: Path) -> bool:
    """A cue that does not tell the tense: a past participle after "be" ("will be named"), the
    auxiliary of a future in the past ("were planning to", "was expected to"), or a plan that
    is behind us ("as previously planned", "had been scheduled to expire at midnight Friday")."""
    if kind == "future":
        return bool(_OLD_PLAN_BEFORE.search(text, max(0, cue.start() - 24), cue.start()))
    if _BE_BEFORE.search(text, max(0, cue.start() - 4), cue.start()):
        return True
    is_auxiliary = cue[0].lower() in ("was", "were") and text[cue.end() : cue.end() + 1] == " "
    return is_auxiliary and bool(future_pattern(path).match(text, cue.end() + 1))


# -- tense and range cues (the word lists are in ontologies/time.yaml) ----------------------


@lru_cache(maxsize=4)
def future_pattern(path: Path = LEXICON_PATH) -> re.Pattern[str]:
    """Words that put a nearby bare date in the future ("will meet Friday")."""
    markers = alternation(load_lexicon(path).future_markers)
    # "next to the embassy" is a place, not a time to come
    return re.compile(rf"\b(?:{markers})(?!\w)(?!(?<=next)\s+to\b)", re.IGNORECASE)


@lru_cache(maxsize=4)
def past_pattern(path: Path = LEXICON_PATH) -> re.Pattern[str]:
    """Words that put a nearby bare date in the past: the lexicon's, and verbs in -ed."""
    markers = alternation(load_lexicon(path).past_markers)
    # a lower-case word in -ed ("United", "Ahmed" are names; "need", "hundred" are not verbs)
    verb = r"(?!(?:need|indeed|proceed|succeed|exceed|hundred|speed|seed|feed|breed)\b)"
    return re.compile(rf"\b(?:{markers}|{verb}(?-i:[a-z]\w{{2,}}ed))(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4)
def range_year_pattern(path: Path = LEXICON_PATH) -> re.Pattern[str]:
    """What follows a date without a year whose range partner carries it: "from January to
    March 2024", "Oct. 3 and Oct. 5, 2023", "between May 1 and June 30, 2022", "Nov. 15 to 17,
    2025". Group ``year``."""
    months = alternation(load_lexicon(path).months)
    day = r"[0-3]?\d(?:st|nd|rd|th)?"
    partner = rf"(?:(?:early|mid|late)[-\s]+)?(?:{day}\s+(?:of\s+)?)?(?:{months})\.?(?:\s+{day})?"
    return re.compile(
        rf"\s*(?:[-–—]\s*|(?:to|through|thru|until|till|and|or)\s+)(?:the\s+)?(?:{partner}|{day}),?\s+"
        rf"(?P<year>{YEAR_DIGITS})(?!\d)",
        re.IGNORECASE,
    )
