"""Resolvers of days and times of day relative to publication: today, Friday, Friday night,
the early hours of Tuesday, 10 p.m., a live blog's "14:32 - ..." entries."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from kg.extract import timenorm as cal
from kg.extract.timecontext import Context
from kg.extract.timenorm import shift_days
from kg.extract.timerules import Resolved, calendar_day, day_value, norm

_DAY_WORDS = {
    "today": 0,
    "tonight": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}
# A weekday given as a limit is still to come, whatever the tense: "postponed until Tuesday",
# "gave them until 9 a.m. Tuesday", "could leave as soon as Friday"; not at the head of a
# sentence ("Until Thursday, they had not called him a suspect" looks back).
_LIMIT_BEFORE = re.compile(r"\b[a-z]+,?\s+(?:until|till|as soon as)\s+$")
_GMT_THEN_DAY = re.compile(r"\s*\(\d{3,4}\s+(?:GMT|UTC)\),?\s+(?:on\s+)?(?P<wd>[A-Z][a-z]+day)\b")
_NEAR = 200  # characters within which a bare time of day takes the day just mentioned


def today(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    word = norm(m["word"])
    day = shift_days(ctx.dct, _DAY_WORDS[word])
    part = m["part"] or ("night" if word in ("tonight", "last night") else None)
    return day_value(day, part, ctx.lex)


def this_part(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if m["mid"]:  # "at midday", "in mid-afternoon": of the publication day
        word = norm(m["mid"])
        part = "noon" if word == "midday" else re.sub(r"^mid[- ]?", "", word)
        day = shift_days(ctx.dct, _DAY_WORDS[m["dword"].lower()]) if m["dword"] else ctx.dct
        return day_value(day, part, ctx.lex)
    return day_value(ctx.dct, m["part"], ctx.lex)


_MONTH_DAY_AFTER = re.compile(
    r",?\s+(?:(?P<a>[A-Z][a-z]+\.?)\s+\d{1,2}\b|\d{1,2}\s+(?P<b>[A-Z][a-z]+))"
)


def early_hours(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    """ "in the early hours of Tuesday": the morning (TIMEX3 has no finer part) of that day;
    bare, of the day the text just spoke of, else of publication."""
    if m["wd"]:
        if not m["wd"][0].isupper() or _restated_as_date(ctx, end):
            return None
        day = _weekday_day(ctx, ctx.lex.weekdays[m["wd"].lower()], "", start, end)
    elif m["dword"]:
        day = shift_days(ctx.dct, _DAY_WORDS[m["dword"].lower()])
    elif re.match(r"\s+of\b", ctx.text[end : end + 4]):
        return None  # "the early hours of March 3": the date is tagged on its own
    else:
        day = _recent_day(ctx, start)
    return day_value(day, "morning", ctx.lex)


def _restated_as_date(ctx: Context, end: int) -> bool:
    """ "the early hours of Sunday, May 12, 2024": the date after the weekday says which
    Sunday; the whole is left to the calendar-date patterns."""
    after = _MONTH_DAY_AFTER.match(ctx.text, end)
    if after is None:
        return False
    return (after["a"] or after["b"]).lower().rstrip(".") in ctx.lex.months


def _recent_day(ctx: Context, start: int) -> date:
    """The day a bare time of day belongs to: the one the text just spoke of, else the
    publication date."""
    near = ctx.ref_day and start - ctx.ref_day_end < _NEAR
    if ctx.ref_day and near and "\n" not in ctx.text[ctx.ref_day_end : start]:
        return ctx.ref_day
    return ctx.dct


def _weekday_day(ctx: Context, weekday: int, rel: str, start: int, end: int) -> date:
    if rel in ("last", "past"):
        return cal.weekday_date(ctx.dct, weekday, -1, inclusive=False)
    if rel in ("next", "coming"):
        return cal.weekday_date(ctx.dct, weekday, 1, inclusive=False)
    if ctx.is_future(start, end) or _LIMIT_BEFORE.search(ctx.before(start, 16)):
        return cal.weekday_date(ctx.dct, weekday, 1, inclusive=True)
    return cal.weekday_date(ctx.dct, weekday, -1, inclusive=True)


def weekday(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if not m["wd"][0].isupper():
        return None
    number = ctx.lex.weekdays[m["wd"].lower()]
    if m["plural"] or m["parts"]:  # "on Fridays", "on Tuesday nights"
        part = ctx.lex.parts_of_day.get(norm(m["part"]), "")
        return "SET", f"XXXX-WXX-{number}" + (f"T{part}" if part else "")
    rel = norm(m["rel"]).split()[-1:] or [""]
    return day_value(_weekday_day(ctx, number, rel[0], start, end), m["part"], ctx.lex)


def clock(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    if m["at"]:
        hour, minute = (12, 0) if m["at"].lower() == "noon" else (24, 0)
    elif m["h24"]:
        hour, minute = int(m["h24"]), int(m["mi24"])
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        if not 1 <= hour <= 12:
            return None
        is_pm = m["ampm"].lower().startswith("p")
        hour = hour % 12 + (12 if is_pm else 0)
    if hour > 24:
        return None
    later = _GMT_THEN_DAY.match(ctx.text, end)  # "10:35 a.m. (0735 GMT) Friday"
    if m["dword"]:
        day = shift_days(ctx.dct, _DAY_WORDS[m["dword"].lower()])
    elif m["wd"]:
        day = _weekday_day(ctx, ctx.lex.weekdays[m["wd"].lower()], "", start, end)
    elif later and later["wd"].lower() in ctx.lex.weekdays:
        day = _weekday_day(ctx, ctx.lex.weekdays[later["wd"].lower()], "", start, end)
    elif m["month"]:
        if (found := calendar_day(m, ctx, start, end)) is None:
            return None
        day = found
    else:
        day = _recent_day(ctx, start)
    return "TIME", f"{day.isoformat()}T{hour:02d}:{minute:02d}"


def entry_clock(m: re.Match[str], ctx: Context, start: int, end: int) -> Resolved | None:
    """ "14:32 - ...": the time of a live blog's entry, on the day of the blog's last date
    header (a date on a line of its own), else of publication."""
    day = ctx.header_day or ctx.dct
    return "TIME", f"{day.isoformat()}T{m['hh']}:{m['mm']}"


RESOLVERS: dict[str, Callable[[re.Match[str], Context, int, int], Resolved | None]] = {
    "today": today,
    "this_part": this_part,
    "early_hours": early_hours,
    "weekday": weekday,
    "clock": clock,
    "entry_clock": entry_clock,
}
