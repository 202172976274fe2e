"""Resolvers: one per candidate pattern, turning a regex match into (TIMEX3 type, value).

A resolver returns None to reject a candidate (a capitalised "May" that is a verb, a count that is
not a year...). Relative expressions are resolved against the publication date and, for
"earlier"/"later" and the quarters of financial news, against the last date the text mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from kg.extract import timenorm as cal
from kg.extract.timecontext import Context, Resolved
from kg.extract.timenorm import format_month, quarter_of
from kg.extract.timepatterns import Lexicon, pattern_named
from kg.extract.timespelled import said_year, spelled_decade, spelled_year

_MONTH_TRIGGER = re.compile(
    r"(?:\b(?:in|since|by|until|till|during|through|throughout|of|before|after|from|to|on|"
    r"early|late|last|next|this|and|or|between)\s+|mid-)$",
    re.IGNORECASE,
)
AMOUNT_BEFORE = re.compile(
    r"(?:\d|million|billion|thousand|percent|%|times|once|twice|cents?|dollars?)\W{0,3}$",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(
    r"(?:\b(?:the|its|his|her|their|our|in|of|since|by|from|until|during|before|after)|'s)\s+$",
    re.IGNORECASE,
)
# A four-digit number where the year of a date would stand that is no year this tagger reads
# ("March 3, 3050", "March 3050"): the date is left alone rather than given the wrong year.
_ODD_YEAR_AFTER_DAY = re.compile(r",?\s+\d{4}(?!\d)")
_ODD_YEAR_AFTER_MONTH = re.compile(r"\s+(?:[0-3]?\d(?:st|nd|rd|th)?,?\s+)?\d{4}(?!\d)")
_SINCE = re.compile(r"\bsince\b[^.;]*$", re.IGNORECASE)
_ENDED_BEFORE = re.compile(r"\bended\s+$", re.IGNORECASE)
_ENDED_ON = re.compile(r"\s+(?:that\s+)?(?:ended|ending|closed)\s+", re.IGNORECASE)
PLURAL_TRIGGER = re.compile(
    r"\b(?:for|over|within|in|after|took|takes|lasted|spent|nearly|almost|about)\s+$",
    re.IGNORECASE,
)


def number_value(word: str | None, lex: Lexicon) -> float | str | None:
    """Value of a number word or numeral; "X" for vague quantities ("several")."""
    if word is None:
        return None
    w = norm(word.replace(",", ""))
    if w.endswith(" 1/2"):  # "2 1/2 years"
        whole = number_value(w[:-4], lex)
        return whole + 0.5 if isinstance(whole, float) else None
    if w in lex.vague_numbers:
        return "X"
    if w in lex.numbers:
        return lex.numbers[w]
    m = re.fullmatch(r"([a-z]+)[- ]([a-z]+)", w)
    if m and m[1] in lex.numbers and m[2] in lex.numbers:  # "twenty-four"
        return lex.numbers[m[1]] + lex.numbers[m[2]]
    try:
        return float(w)
    except ValueError:
        return None


def _capitalised(m: re.Match[str], group: str) -> bool:
    word = m[group]
    return bool(word) and word[0].isupper()


def _month_number(m: re.Match[str], lex: Lexicon) -> int:
    return lex.months[m["month"].lower().rstrip(".")]


def norm(words: str | None) -> str:
    """Lower case with single spaces: "This  Past" -> "this past"."""
    return re.sub(r"\s+", " ", (words or "").lower())


def day_value(day: date, part: str | None, lex: Lexicon) -> Resolved:
    if part:
        suffix = lex.parts_of_day.get(part.lower(), "")
        return "TIME", f"{day.isoformat()}T{suffix}"
    return "DATE", day.isoformat()


# -- calendar dates ---------------------------------------------------------------------------


def calendar_day(m: re.Match[str], ctx: Context, start: int, end: int) -> date | None:
    """The day of a match with groups month and day (and maybe year, wd, rel); None when the
    month is not capitalised (a verb "may", "march") or the day does not exist."""
    if not _capitalised(m, "month"):
        return None
    month, day = _month_number(m, ctx.lex), int(m["day"])
    if m["year"]:
        return cal.safe_date(int(m["year"]), month, day)
    if _ODD_YEAR_AFTER_DAY.match(ctx.text, m.end()):
        return None
    if weekday := m.groupdict().get("wd"):
        return cal.date_with_weekday(ctx.dct, month, day, ctx.lex.weekdays[weekday.lower()])
    rel = (m.groupdict().get("rel") or "").lower()
    if not rel and (shared := ctx.range_year(m.end())):
        return cal.safe_date(shared, month, day)
    if _ENDED_BEFORE.search(ctx.before(start, 12)):  # "the year ended Jan. 31": a past period
        found = cal.safe_date(ctx.dct.year, month, day)
        return found if found and found <= ctx.dct else cal.safe_date(ctx.dct.year - 1, month, day)
    tense = {"last": "past", "next": "future"}.get(rel) or ctx.date_tense(start, end)
    if _SINCE.search(ctx.before(start, 30)):  # "since the Oct. 23 attack": on or before today
        tense = "since"
    return cal.yearless(ctx.dct, month, day, tense)


def date_md(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    found = calendar_day(m, ctx, start, end)
    return ("DATE", found.isoformat()) if found else None


def week_of(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    """ "the week of March 6": the ISO week of that day."""
    found = calendar_day(m, ctx, start, end)
    return ("DATE", cal.iso_week(found)) if found else None


def numeric_date(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    year = int(m["year"])
    if year < 100:  # two-digit year: the century that puts it nearest the publication date
        year = min((c + year for c in (1900, 2000, 2100)), key=lambda y: abs(y - ctx.dct.year))
    month, day = int(m["month"]), int(m["day"])
    if month > 12 >= day:  # 31/12/2024: written day first, as outside the United States
        month, day = day, month
    found = cal.safe_date(year, month, day)
    if found and m.groupdict().get("hh"):  # the clock of a timestamp, in its own time zone
        return "TIME", f"{found.isoformat()}T{m['hh']}:{m['mm']}"
    return ("DATE", found.isoformat()) if found else None


def month_year(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if not _capitalised(m, "month"):
        return None
    if m["ythat"]:
        referred = ctx.referred_year()
        if referred is None:
            return None  # "June of that year" with no year before it: not placed
        year = referred
    elif m["said"]:
        year = said_year(m["said"], ctx.lex)
    else:
        year = int(m["year"]) if m["year"] else cal.relative_year(ctx.dct, m["yrel"])
    return "DATE", format_month(year, _month_number(m, ctx.lex))


def month(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if not _capitalised(m, "month"):
        return None
    word = m["month"].lower().rstrip(".")
    triggered = (
        m["rel"]
        or m["edge"]
        or _MONTH_TRIGGER.search(ctx.before(m.start()))
        or _month_modifier(m, ctx, word)
    )
    if word in ctx.lex.ambiguous_months and not triggered:
        return None
    if word in ctx.lex.month_abbreviations and not (m["month"].endswith(".") or m["rel"]):
        return None  # "Jan Kavan": a bare month is written in full or with its dot
    after = ctx.text[end : end + 2]
    if not triggered and re.match(r"\s[A-Z]", after):  # "August Wilson"
        return None
    if _ODD_YEAR_AFTER_MONTH.match(ctx.text, m.end()):
        return None
    rel = (m["rel"] or "").lower().split()[-1:] or [""]
    if rel[0] == "that":
        return _that_month(m, ctx, word)
    if not rel[0] and (shared := ctx.range_year(m.end())):
        return "DATE", format_month(shared, ctx.lex.months[word])
    tense = "since" if _SINCE.search(ctx.before(start, 30)) else ctx.date_tense(start, end)
    year = cal.month_year(ctx.dct, ctx.lex.months[word], rel[0], tense)
    return "DATE", format_month(year, ctx.lex.months[word])


def _that_month(m: re.Match[str], ctx: Context, word: str) -> Resolved | None:
    """ "That March, the court ...", "in that June", "blocked the site that March, and": the
    month of the year last mentioned. Only opening a sentence, after a preposition or closing a
    clause: "said that March was the worst month" names this March, and "said that May would
    resign" the prime minister."""
    year = ctx.referred_year()
    if year is None:
        return None
    opening = _THAT_MONTH_BEFORE.search(ctx.before(m.start(), 20))
    if not opening and not _CLAUSE_END.match(ctx.text, m.end()):
        return None
    return "DATE", format_month(year, ctx.lex.months[word])


def _month_modifier(m: re.Match[str], ctx: Context, word: str) -> bool:
    """A month naming its happening before a common noun: "the March accession", "the October
    vote". Not "May", whose "the May government" is a prime minister's."""
    return (
        word != "may"
        and bool(re.search(r"\bthe\s+$", ctx.before(m.start(), 5), re.IGNORECASE))
        and bool(re.match(r"\s[a-z]{3,}", ctx.text[m.end() : m.end() + 5]))
    )


def year(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    value = int(m["year"])
    if not m["pre"] and not (1800 <= value <= ctx.dct.year + 30):
        return None
    following = re.match(r"[-–](\d{4})", ctx.text[end : end + 5])
    if following and not value < int(following[1]) <= value + 100:
        return None  # "1990-1234" is a code; "2014-2016" is a range of years
    counted = re.match(r"\s+[a-z]+s\b", ctx.text[end : end + 30])
    if counted and not m["pre"] and not _YEAR_BEFORE.search(ctx.before(m.start())):
        return None  # "1999 voters" is a count; "the 1999 elections" is a year
    return "DATE", f"{value:04d}"


def decade(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    digits = m["dec"].lstrip("'")
    if len(digits) == 2:  # '90s: the latest such decade not after the publication date
        century = ctx.dct.year // 100
        full = century * 100 + int(digits)
        digits = str(full if full <= ctx.dct.year else full - 100)
    return "DATE", digits[:3]


def century(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    words = {"first": 1, "second": 2, "eighteenth": 18, "nineteenth": 19, "twentieth": 20}
    word = m["ord"].lower()
    number = words.get(word) or (21 if word == "twenty-first" else int(re.sub(r"\D", "", word)))
    return ("DATE", f"{number - 1:02d}") if 1 <= number <= 99 else None


def holiday(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    name = norm(m["name"])
    if not m["name"][0].isupper():
        return None
    explicit = int(m["year"]) if m["year"] else None
    found = cal.holiday(ctx.dct, ctx.lex, name, explicit, ctx.tense(start, end))
    return ("DATE", found.isoformat()) if found else None


# -- quarters, halves, seasons ----------------------------------------------------------------


def _quarter_year(m: re.Match[str], ctx: Context, start: int, end: int, q: int) -> int:
    pre = norm(m["pre"])
    if m["year"] or m["lead"]:
        return int(m["year"] or m["lead"])
    if m["yrel"]:
        return cal.relative_year(ctx.dct, m["yrel"])
    if pre in ("this year's", "last year's", "next year's"):
        return ctx.dct.year + {"last year's": -1, "next year's": 1}.get(pre, 0)
    if pre in ("the year-earlier", "the year-ago"):
        base = ctx.last_quarter[0] if ctx.last_quarter else ctx.dct.year
        return base - 1
    return cal.quarter_year(ctx.dct, q, ctx.tense(start, end))


def quarter(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    word = m["ord"].lower()
    pre = (m["pre"] or "").lower()
    if word == "last" and not pre and not m["year"]:  # "last quarter": the previous one
        year, q = cal.previous_quarter(ctx.dct)
        return "DATE", f"{year:04d}-Q{q}"
    number = ctx.lex.ordinals[word]
    if m["half"]:  # "the second half", "the last half", "the first two quarters"
        number = 2 if word in ("last", "final") else number
        if number > 2 or re.match(r"\s+of\b", ctx.text[end : end + 4]):
            return None  # "the first half of the decade" is no half-year
        return "DATE", f"{_quarter_year(m, ctx, start, end, 2 * number - 1):04d}-H{number}"
    return "DATE", f"{_quarter_year(m, ctx, start, end, number):04d}-Q{number}"


def q_code(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    """ "Q3 2023", "H1 2024", "FY2024" (a fiscal year is given as its calendar year, as
    "fiscal 2024" is: where it starts depends on the organisation)."""
    if m["fy"]:
        digits = m["fy"].lstrip("'")
        return "DATE", digits if len(digits) == 4 else f"20{digits}"  # "FY23": this century
    if m["q"]:
        code, number, first_quarter = "Q", int(m["q"]), int(m["q"])
    else:
        code, number = "H", int(m["h"] or m["h2"])
        first_quarter = 2 * number - 1
    year = int(m["year"]) if m["year"] else cal.quarter_year(ctx.dct, first_quarter, None)
    return "DATE", f"{year:04d}-{code}{number}"


def _quarter_ended(ctx: Context, end: int) -> tuple[int, int] | None:
    """The quarter of "the quarter ended Sept. 30": the one holding the middle of the three
    months before that day (fiscal quarters end in any month)."""
    ended = _ENDED_ON.match(ctx.text, end)
    found = ended and pattern_named("date_mdy", ctx.lexicon_path).match(ctx.text, ended.end())
    day = found and calendar_day(found, ctx, found.start(), found.end())
    if not day:
        return None
    middle = cal.shift_days(day, -45)
    return middle.year, quarter_of(middle)


def period(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    reference = ctx.last_quarter or cal.previous_quarter(ctx.dct)
    if "quarter" in m[0].lower() and (ended := _quarter_ended(ctx, end)):
        return "DATE", f"{ended[0]:04d}-Q{ended[1]}"
    if m["back"]:
        return "DATE", f"{reference[0] - 1:04d}-Q{reference[1]}"
    if m["ago"]:
        if m["months"]:
            return "DURATION", "P9M" if m["months"].lower() == "nine" else "P6M"
        return "DATE", f"{reference[0] - 1:04d}-Q{reference[1]}"
    pre = norm(m["pre"])
    if pre in ("this", "the current"):
        return "DATE", f"{ctx.dct.year:04d}-Q{quarter_of(ctx.dct)}"
    if pre == "the latest":  # the last one reported: the last quarter over by publication
        reference = ctx.last_quarter = cal.previous_quarter(ctx.dct)
    if m["lead"]:  # "the 1988 quarter": the quarter under discussion, in that year
        reference = (int(m["lead"]), reference[1])
    elif pre.endswith("year's"):  # "last year's quarter"
        year = ctx.dct.year + {"last year's": -1, "next year's": 1}.get(pre, 0)
        reference = (year, reference[1])
    named = "quarter" in m[0].lower() or m["lead"] or pre.endswith("year's")
    if not named and pre not in ("the latest", "the same"):
        return None  # "the period" alone is not a time
    return "DATE", f"{reference[0]:04d}-Q{reference[1]}"


def season(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    code = ctx.lex.seasons[m["season"].lower()]
    if m["ythat"]:
        referred = ctx.referred_year()
        return None if referred is None else ("DATE", f"{referred:04d}-{code}")
    if m["year"] or m["said"]:
        year = int(m["year"]) if m["year"] else said_year(m["said"], ctx.lex)
        return "DATE", f"{year:04d}-{code}"
    if not (m["rel"] or m["the"] or m["edge"]):
        return None
    if m["the"] and re.match(r"\s+of\b", ctx.text[end : end + 4]):  # "the fall of Rome"
        return None
    rel = (m["rel"] or "").lower().split()[-1:] or [""]
    year = cal.season_year(ctx.dct, code, rel[0], ctx.tense(start, end))
    return "DATE", f"{year:04d}-{code}"


# what may follow a month that closes its clause: a comma, a full stop, the end of the text
_CLAUSE_END = re.compile(r"\s*(?:[,.;:!?)]|$)")
_THAT_MONTH_BEFORE = re.compile(
    r"(?:^|[.!?][\"'”’]?\s+|\n\s*|\b(?:in|by|until|during|since|of|from)\s+)$", re.IGNORECASE
)
RESOLVERS: dict[str, Callable[[re.Match[str], Context, int, int], Resolved | None]] = {
    "date_mdy": date_md,
    "date_dmy": date_md,
    "week_of": week_of,
    "iso_date": numeric_date,
    "us_date": numeric_date,
    "dotted_date": numeric_date,
    "month_year": month_year,
    "month": month,
    "year": year,
    "decade": decade,
    "century": century,
    "quarter": quarter,
    "q_code": q_code,
    "period": period,
    "season": season,
    "holiday": holiday,
    "spelled_year": spelled_year,
    "spelled_decade": spelled_decade,
}
