"""Resolvers of dates that point back to a date the text mentioned: "that day", "the next
morning", "later that year", "the previous Friday", the "25" of "April 24 and 25", the "2" of
"2 and 9 November", "on the 5th"."""

from __future__ import annotations

import re

from kg.extract import timenorm as cal
from kg.extract.timecontext import Context
from kg.extract.timenorm import format_month, iso_week, shift_days
from kg.extract.timerules import Resolved, calendar_day, day_value, norm

_STEP = {
    "the next": 1,
    "the following": 1,
    "the previous": -1,
    "the preceding": -1,
    "the prior": -1,
}


def anaphor(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if m["unit_by"]:
        step = -1 if m["by"].lower() in ("before", "earlier") else 1
        return _shifted(ctx, m["unit_by"].lower(), step, None)
    det = norm(m["det"])
    step = _STEP.get(det, 0)
    if m["wd"]:
        if not step or not m["wd"][0].isupper():
            return None
        around = ctx.reference("weekday") or ctx.dct
        weekday = ctx.lex.weekdays[m["wd"].lower()]
        return "DATE", cal.weekday_date(around, weekday, step, inclusive=False).isoformat()
    return _shifted(ctx, m["unit"].lower() if m["unit"] else "part", step, m["part"])


def _shifted(ctx: Context, unit: str, step: int, part: str | None) -> Resolved | None:
    """The day, week, month or year ``step`` units from the last date mentioned."""
    anchor = ctx.reference(unit)
    if anchor is None:
        return None  # nothing to refer back to: the expression cannot be placed
    if unit in ("day", "part"):
        return day_value(shift_days(anchor, step), part, ctx.lex)
    if unit == "week":
        return "DATE", iso_week(shift_days(anchor, 7 * step))
    if unit == "month":
        shifted = cal.add_months(anchor, step)
        return "DATE", format_month(shifted.year, shifted.month)
    return "DATE", f"{anchor.year + step:04d}"


def second_day(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    """ "April 24 and 25", "Nov. 15-16": the second day is in the month (and year) of the first."""
    first = calendar_day(m, ctx, m.start(), m.end())
    if first is None:
        return None
    found = cal.safe_date(first.year, first.month, int(m["day2"]))
    return ("DATE", found.isoformat()) if found and found > first else None


def first_day(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    """ "between 2 and 9 November": the first day is in the month (and year) of the second."""
    second = calendar_day(m, ctx, m.start("day"), m.end())
    if second is None:
        return None
    found = cal.safe_date(second.year, second.month, int(m["day1"]))
    return ("DATE", found.isoformat()) if found and found < second else None


def day_of_month(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    """ "on the 5th": that day of the month the text last named (nothing when none was)."""
    if ctx.ref_date is None or ctx.ref_date[1] not in ("day", "month"):
        return None
    month = ctx.ref_date[0]
    found = cal.safe_date(month.year, month.month, int(m["dom"]))
    return ("DATE", found.isoformat()) if found else None


RESOLVERS = {
    "anaphor": anaphor,
    "second_day": second_day,
    "first_day": first_day,
    "day_of_month": day_of_month,
}
