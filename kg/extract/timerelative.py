"""Resolvers of deictic and quantified expressions: last week, three years ago, two weeks,
every day, "now" (calendar dates are in ``timerules.py``, days and times of day in
``timedays.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from kg.extract import timenorm as cal
from kg.extract.timecontext import Context
from kg.extract.timenorm import add_months, add_years, format_month, iso_week, shift_days
from kg.extract.timerules import (
    AMOUNT_BEFORE,
    PLURAL_TRIGGER,
    Resolved,
    norm,
    number_value,
)

_REFS = {
    "now": "PRESENT_REF",
    "right now": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "current": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "the time being": "PRESENT_REF",
    "recently": "PAST_REF",
    "more recently": "PAST_REF",
    "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF",
    "the near future": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF",
    "the immediate future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
    "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF",
    "lately": "PAST_REF",
    "the past": "PAST_REF",
    "the future": "FUTURE_REF",
}
_SET_ADVERBS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
}
# a count of things just before "a week": "700 seats", "four flights", "hundreds of interviews"
_COUNTED_BEFORE = re.compile(
    r"(?:\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|"
    r"several|many))\S*(?:\s+of)?\s+(?:[a-z-]+\s+)?[a-z]+s\s+$",
    re.IGNORECASE,
)
_ENDED = re.compile(r"\s+(?:ended|ending|that\s+ended|to)\b", re.IGNORECASE)
_MONTHS_SPAN = {"P6M", "P9M"}
# "the latest fiscal year": the last one completed, as "the latest quarter"
_BEFORE_AFTER = re.compile(
    r"\s+(?:before|after|earlier|later|following|preceding)\b", re.IGNORECASE
)
_BACK = {"last", "previous", "the previous", "the last", "this past", "past", "the past"}
_BACK |= {"the latest", "the latest fiscal"}
_FORWARD = {"next", "coming", "the coming", "the following", "this coming"}


def _unit_code(unit: str, lex) -> tuple[str, bool]:
    """("Y", False) for "years"; ("H", True) for "hours" (a time-of-day unit)."""
    word = unit.lower()
    singular = word[:-3] + "y" if word.endswith("ies") else word.rstrip("s")
    return lex.units[singular]


def _duration_value(number: float | str, code: str, is_time: bool) -> str:
    """TIMEX3 duration of ``number`` units (``"X"``: an unspecified number)."""
    if isinstance(number, str):
        return {"DE": "PXY", "CE": "PXCE"}.get(code, f"P{'T' if is_time else ''}X{code}")
    if code == "DE":
        return f"P{_fmt(number * 10)}Y"  # in years, as TimeBank
    if code == "CE":
        return f"P{_fmt(number * 100)}Y"
    amount = _fmt(number)
    if number % 1 == 0.5 and (half := _HALF.get((code, is_time))):
        amount, code = _fmt(number - 0.5), f"{code}{half}"
    return f"PT{amount}{code}" if is_time else f"P{amount}{code}"


# Half of a unit in the next smaller one: "2 1/2 years" is P2Y6M, "5 1/2 hours" PT5H30M
_HALF = {("Y", False): "6M", ("M", False): "15D", ("D", False): "T12H", ("H", True): "30M"}
_HALF[("M", True)] = "30S"


def _fmt(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:.1f}".rstrip("0")


def _shift(day: date, code: str, steps: int) -> tuple[date, str] | None:
    """``day`` moved by ``steps`` units, and the precision the unit implies."""
    if code == "Y":
        return add_years(day, steps), "year"
    if code == "M":
        return add_months(day, steps), "month"
    if code == "Q":
        return add_months(day, 3 * steps), "quarter"
    if code == "W":
        return shift_days(day, 7 * steps), "week"
    if code == "D":
        return shift_days(day, steps), "day"
    if code == "DE":  # "a decade ago" is about ten years back, not the whole 1980s
        return add_years(day, 10 * steps), "year"
    return None


def _at_precision(day: date, precision: str) -> str:
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return format_month(day.year, day.month)
    if precision == "quarter":
        return f"{day.year:04d}-Q{cal.quarter_of(day)}"
    if precision == "week":
        return iso_week(day)
    return day.isoformat()


def relative(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    rel, unit = norm(m["rel"]), m["unit"].lower()
    edge = norm(m["pre"]) in ("the end of", "the start of", "the beginning of", "the middle of")
    if rel == "the same" or (rel == "the" and unit in ("decade", "century") and not edge):
        return None  # "the decade since the war" is no date; "by the end of the decade" is
    if rel == "the" and _BEFORE_AFTER.match(ctx.text, end):
        return None  # "the week before the vote" is counted from the vote, not from today
    if rel == "the" and unit == "year" and re.match(r"\s+\d{4}(?!\d)", ctx.text[end : end + 6]):
        return None  # "the year 3050": a year this tagger does not read, not this year
    if rel in ("the past", "the last") and unit == "year":
        return "DATE", f"{ctx.dct.year - 1:04d}"  # TimeBank: "over the past year" is last year
    if rel in ("the past", "past", "the last") and unit != "weekend":
        return "DURATION", _duration_value(1, *ctx.lex.units[unit])
    if rel in ("the", "the fiscal") and _ENDED.match(ctx.text, end):
        return "DURATION", _duration_value(1, *ctx.lex.units[unit])  # "the year ended March 31"
    if unit == "weekend":
        return "DATE", _weekend(ctx, rel, start, end)
    steps = -1 if rel in _BACK else 1 if rel in _FORWARD else 0
    if unit == "century":
        return "DATE", f"{ctx.dct.year // 100 + steps:02d}"
    if unit == "decade":
        return "DATE", f"{ctx.dct.year // 10 + steps:03d}"
    code = ctx.lex.units[unit][0]
    shifted = _shift(ctx.dct, code, steps)
    return ("DATE", _at_precision(*shifted)) if shifted else None


def _weekend(ctx: Context, rel: str, start: int, end: int) -> str:
    if rel in _BACK:
        saturday = cal.weekday_date(shift_days(ctx.dct, -1), 6, -1, inclusive=True)
    elif rel in _FORWARD or ctx.is_future(start, end):
        saturday = cal.weekday_date(ctx.dct, 6, 1, inclusive=True)
    else:
        saturday = cal.weekday_date(ctx.dct, 6, -1, inclusive=True)
    return f"{iso_week(saturday)}-WE"


def year_end(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    code = ctx.lex.units[m["unit"].lower()][0]
    shifted = _shift(ctx.dct, code, 0)
    return ("DATE", _at_precision(*shifted)) if shifted else None


def ago(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    number = number_value(m["num"], ctx.lex)
    code, is_time = _unit_code(m["unit"], ctx.lex)
    direction = norm(m["dir"])
    sign = -1 if direction in ("ago", "earlier") else 1
    if number is None:
        return None
    if is_time:  # "posted 2 hours ago": the publication day (its hour is not known)
        hours_back = code == "H" and sign < 0 and number != "X" and float(number) <= 12
        return ("DATE", ctx.dct.isoformat()) if hours_back and direction == "ago" else None
    if number == "X":
        if direction in ("earlier", "later"):
            return None  # "a few days later": no date to give; the duration is tagged instead
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF"
    if not float(number).is_integer():
        return None
    steps = sign * int(number)
    # "a year earlier" compares with the period just spoken of: the quarter of an earnings
    # report, but the year when that period was "the nine months"
    if ctx.last_quarter and code == "Y" and direction != "from now":
        year, q = ctx.last_quarter
        if ctx.last_value in _MONTHS_SPAN:
            return "DATE", f"{year + steps:04d}"
        return "DATE", f"{year + steps:04d}-Q{q}"
    anchor = _last_date(ctx, code) if direction in ("earlier", "later") else ctx.dct
    shifted = _shift(anchor, code, steps)
    return ("DATE", _at_precision(*shifted)) if shifted else None


# the coarsest precision a date may have to anchor "N <unit>s later/earlier"
_ANCHOR_PRECISIONS = {
    "Y": ("year", "quarter", "month", "week", "day"),
    "DE": ("year", "quarter", "month", "week", "day"),
    "Q": ("quarter", "month", "week", "day"),
    "M": ("month", "week", "day"),
    "W": ("week", "day"),
    "D": ("day",),
}


def _last_date(ctx: Context, code: str) -> date:
    """What "two years later" counts from: the last date mentioned when it is fine enough for
    the unit ("in 2018 ... two years later" is 2020, even after an earlier "on Monday"), else
    the last day mentioned, else the publication date."""
    if ctx.ref_date and ctx.ref_date[1] in _ANCHOR_PRECISIONS.get(code, ("day",)):
        return ctx.ref_date[0]
    return ctx.ref_day or (ctx.ref_date[0] if ctx.ref_date else ctx.dct)


def duration(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if norm(m["adj"]) == "-old" or re.match(r"\s+old\b", ctx.text[end : end + 5]):
        return None  # "the 6-year-old", "52 years old": ages, not times
    number = number_value(m["num"], ctx.lex)
    code, is_time = _unit_code(m["unit"], ctx.lex)
    word = norm(m["num"])
    if number is None or (word in ("a", "an") and code == "S"):
        return None
    if word in ("a", "an") and m["unit"].lower().endswith("s"):
        return None  # "a decades-long feud": the article belongs to the noun
    fraction = "-" in m[0] or re.match(r"\s+of\b", ctx.text[end : end + 4])
    if code == "Q" and number != "X" and fraction:
        return None  # "three-quarters of", "a quarter of": fractions ("several quarters of" is not)
    if m["num2"]:
        number = "X"
    elif m["half"] and isinstance(number, float):  # "a minute and a half"
        number += 0.5
    plain_a = word in ("a", "an") and not m["det"] and not m["mod"]
    before = ctx.before(m.start())
    # a rate: "$5 million a year", "four flights a week" (a SET, not a stretch of time)
    if plain_a and (AMOUNT_BEFORE.search(before) or _COUNTED_BEFORE.search(before)):
        return "SET", _duration_value(1, code, is_time)
    return "DURATION", _duration_value(number, code, is_time)


def plural_units(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if m["long"]:  # "a decades-long feud", "a day-long meeting"
        plural = m["long"].lower().endswith("s")
        code, is_time = _unit_code(m["long"], ctx.lex)
        return "DURATION", _duration_value("X" if plural else 1, code, is_time)
    det = norm(m["det"])
    code, is_time = _unit_code(m["unit"], ctx.lex)
    if det == "the early" and is_time:
        return None  # "the early hours of March 3" is a time of day, not a span of hours
    if det == "recent":  # "in recent weeks": some weeks up to now, like "the past few weeks"
        return "DURATION", _duration_value("X", code, is_time)
    # "months of talks" (but "three-quarters of" is a fraction)
    counted = code != "Q" and re.match(r"\s+of\b", ctx.text[end : end + 4])
    if not (det or m["the"] or counted or PLURAL_TRIGGER.search(ctx.before(m.start()))):
        return None
    return "DURATION", _duration_value("X", code, is_time)


def ref(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    word = norm(m["word"])
    if word == "now" and ctx.text.startswith("Now,", start) and _opens_sentence(ctx, start):
        return None  # "Now, he says, ...": a turn in the argument, not a time
    return "DATE", _REFS[word]


def _opens_sentence(ctx: Context, start: int) -> bool:
    return re.search(r"(?:^|[.!?\"'`]\s+|\n)\s*$", ctx.before(start, 4)) is not None


def every(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if m["adv"]:
        return "SET", _SET_ADVERBS[m["adv"].lower()]
    if m["wd"]:
        return "SET", f"XXXX-WXX-{ctx.lex.weekdays[m['wd'].lower()]}"
    if m["month"]:  # "each July"
        if not m["month"][0].isupper():
            return None
        return "SET", f"XXXX-{ctx.lex.months[m['month'].lower().rstrip('.')]:02d}"
    number = number_value(m["num"], ctx.lex) if m["num"] else 1
    if number is None or number == "X":
        return None
    if re.search(r"\bother\b", m[0], re.IGNORECASE):  # "every other week"
        number *= 2
    return "SET", _duration_value(number, *_unit_code(m["unit"], ctx.lex))


RESOLVERS: dict[str, Callable[[re.Match[str], Context, int, int], Resolved | None]] = {
    "relative": relative,
    "year_end": year_end,
    "ago": ago,
    "duration": duration,
    "plural_units": plural_units,
    "ref": ref,
    "set": every,
}
