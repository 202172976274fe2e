"""Years and decades written in words: "nineteen ninety-seven", "two thousand and one", "the
nineties"; split from timerules.py, whose month and season rules read a said year too."""

from __future__ import annotations

import re

from kg.extract.timecontext import Context, Resolved
from kg.extract.timepatterns import Lexicon

_YEAR_CONTEXT = re.compile(r"\b(?:year|in|since|by|until|of|before|after)\s+$", re.IGNORECASE)


def _spelled(words: str, lex: Lexicon) -> int:
    """Value of "ninety-six", "seventeen", "nine" (the words the spelled patterns allow)."""
    return int(sum(lex.numbers.get(p, 0) for p in re.split(r"[-\s]+", words.lower())))


def said_year(words: str, lex: Lexicon) -> int:
    """ "nineteen ninety-seven" -> 1997."""
    century, rest = re.split(r"[-\s]+", words.strip(), maxsplit=1)
    return _spelled(century, lex) * 100 + _spelled(rest, lex)


def spelled_year(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if m["millennium"]:
        if not (m["small"] or m["the"] or _YEAR_CONTEXT.search(ctx.before(m.start()))):
            return None  # "two thousand people"
        small = _spelled(m["small"], ctx.lex) if m["small"] else 0
        return "DATE", f"{2000 + small:04d}"
    century = _spelled(m["century"], ctx.lex)
    return "DATE", f"{century * 100 + _spelled(m['rest'], ctx.lex):04d}"


def spelled_decade(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    tens = _spelled(m["tens"][:-3] + "y", ctx.lex) // 10  # "nineties" -> 9
    if m["century"]:
        return "DATE", f"{_spelled(m['century'], ctx.lex)}{tens}"
    century = ctx.dct.year // 100  # the latest such decade begun by the publication date
    first = century * 100 + tens * 10
    return "DATE", f"{(first if first <= ctx.dct.year else first - 100) // 10:03d}"
