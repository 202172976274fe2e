"""TIMEX3 values: calendar arithmetic, formatting, validation, and value -> interval.

Pure functions over ``datetime.date``; no text handling here (that is ``timexes.py``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

SEASONS = ("SP", "SU", "FA", "WI")
# First and last (month, day) of each season, meteorological (northern hemisphere). Winter runs
# from December of the given year into February of the next one.
_SEASON_BOUNDS = {"SP": ((3, 1), (5, 31)), "SU": ((6, 1), (8, 31)), "FA": ((9, 1), (11, 30))}
PARTS_OF_DAY = ("MO", "MI", "AF", "EV", "NI", "DT")

_TIME_SUFFIX = r"(?:T(?:\d{2}(?::\d{2}){0,2}|MO|MI|AF|EV|NI|DT))?"
_DATE_VALUE = (
    r"(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?)?"
    r"|(?:\d{4}|XXXX)-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"
    r"|\d{4}-(?:Q[1-4]|QX|H[12]|SP|SU|FA|WI)"
    r"|XXXX-(?:Q[1-4]|SP|SU|FA|WI)"
    r"|\d{2,3}X?"
)
_REF_VALUE = r"PRESENT_REF|PAST_REF|FUTURE_REF"
_NUM = r"(?:\d+(?:\.\d+)?|X)"
_DURATION_VALUE = (
    rf"P(?:(?:{_NUM}(?:Y|M|W|D|Q|DE|CE|C|E|L))+(?:T(?:{_NUM}[HMS])+)?|T(?:{_NUM}[HMS])+)"
)
VALUE_RE = re.compile(rf"(?:(?:{_DATE_VALUE}){_TIME_SUFFIX}|{_REF_VALUE}|{_DURATION_VALUE})")


_TIME_OF_DAY = re.compile(r"T(?:\d{2}(?::\d{2}){0,2}|MO|MI|AF|EV|NI|DT)$")


def is_valid_value(value: str) -> bool:
    """True when ``value`` is a TIMEX3 value this package produces or understands."""
    return VALUE_RE.fullmatch(value) is not None


def add_months(day: date, months: int) -> date:
    """``day`` shifted by whole months, clamped to the end of a shorter month."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def add_years(day: date, years: int) -> date:
    return add_months(day, 12 * years)


def shift_days(day: date, days: int) -> date:
    """``day`` plus ``days``, clamped to the calendar's range instead of overflowing."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def season_of(day: date) -> tuple[int, str]:
    """(year, season code) of a day; January and February belong to the previous year's winter."""
    if day.month in (12, 1, 2):
        return (day.year if day.month == 12 else day.year - 1), "WI"
    return day.year, SEASONS[(day.month - 3) // 3]


def format_day(day: date) -> str:
    return day.isoformat()


def format_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _interval_of_date(value: str) -> tuple[date, date, str] | None:
    """Interval of a calendar value without time-of-day suffix."""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value):
        day = date(int(m[1]), int(m[2]), int(m[3]))
        return day, day, "day"
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", value):
        monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
        if m[3]:
            return monday + timedelta(days=5), monday + timedelta(days=6), "day"
        return monday, monday + timedelta(days=6), "week"
    if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(m[1]), int(m[2])
        return date(year, month, 1), _last_day(year, month), "month"
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
        year, first = int(m[1]), 3 * int(m[2]) - 2
        return date(year, first, 1), _last_day(year, first + 2), "quarter"
    if m := re.fullmatch(r"(\d{4})-H([12])", value):
        year, first = int(m[1]), 6 * int(m[2]) - 5
        return date(year, first, 1), _last_day(year, first + 5), "quarter"
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year = int(m[1])
        if m[2] == "WI":
            return date(year, 12, 1), _last_day(year + 1, 2), "season"
        (m1, d1), (m2, d2) = _SEASON_BOUNDS[m[2]]
        return date(year, m1, d1), date(year, m2, d2), "season"
    if m := re.fullmatch(r"(\d{4})(?:-XX){0,2}", value):
        year = int(m[1])
        return date(year, 1, 1), date(year, 12, 31), "year"
    if m := re.fullmatch(r"(\d{3})", value):
        first = int(m[1]) * 10
        return date(max(first, 1), 1, 1), date(first + 9, 12, 31), "decade"
    if m := re.fullmatch(r"(\d{2})", value):
        first = int(m[1]) * 100
        return date(max(first, 1), 1, 1), date(first + 99, 12, 31), "century"
    return None


def interval_of(value: str) -> tuple[str, str, str] | None:
    """(earliest, latest, precision) ISO dates of the interval a TIMEX3 date value denotes.

    ``2024-10-02T14:30`` -> the day; ``2024-W40`` -> Monday..Sunday; ``2024-Q3`` -> Jul 1..Sep 30;
    ``199`` -> 1990-01-01..1999-12-31. Values with no fixed interval (durations, PAST_REF,
    XXXX-10-02) give None.
    """
    if not isinstance(value, str):
        return None
    base = _TIME_OF_DAY.sub("", value)
    try:
        found = _interval_of_date(base)
    except ValueError:  # 2024-02-31, week 54 ...: not a real calendar value
        return None
    if found is None:
        return None
    earliest, latest, precision = found
    return earliest.isoformat(), latest.isoformat(), precision


# -- choosing the year or day a relative expression means --------------------------------------


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def relative_year(dct: date, rel: str) -> int:
    """Year of "this/last/next year"."""
    return dct.year + {"last": -1, "next": 1}.get(rel.lower(), 0)


def weekday_date(dct: date, weekday: int, direction: int, inclusive: bool) -> date:
    """The given ISO weekday nearest ``dct`` going back (-1) or forward (+1)."""
    offset = (dct.isoweekday() - weekday) % 7 if direction < 0 else (weekday - dct.isoweekday()) % 7
    if offset == 0 and not inclusive:
        offset = 7
    return shift_days(dct, direction * offset)


def _prefer_after(back: int, ahead: int, tense: str | None) -> bool:
    """Between the last occurrence ``back`` units ago and the next one ``ahead`` units on: the
    next one in the future tense, else the nearer one. The past tense divides the pull of the
    future by 3, and by 2 where a past verb points to the date as a limit ("past-goal": news
    speaks of coming deadlines in the past tense, "was extended to Nov. 16"). The factors were
    set on TBAQ: forcing the past outright loses 13 values there (payment and deadline dates)."""
    if tense == "future":
        return True
    if tense in ("since", "past-act"):  # "since March": a time already begun
        return False
    return ahead * {"past": 3, "past-goal": 2}.get(tense or "", 1) < back


def yearless(dct: date, month: int, day: int, tense: str | None) -> date | None:
    """ "Oct. 2" -> the occurrence nearest ``dct`` (see ``_prefer_after``)."""
    before = next(
        (d for y in (dct.year, dct.year - 1) if (d := safe_date(y, month, day)) and d <= dct), None
    )
    after = next(
        (d for y in (dct.year, dct.year + 1) if (d := safe_date(y, month, day)) and d >= dct), None
    )
    if before is None or after is None:
        return before or after
    back, ahead = (dct - before).days, (after - dct).days
    if back <= 14:  # a day of the last fortnight, even in a future clause ("repatriate by Jan. 14")
        return before
    return after if _prefer_after(back, ahead, tense) else before


def date_with_weekday(dct: date, month: int, day: int, weekday: int) -> date | None:
    """ "Friday, Oct. 23": the year near ``dct`` in which that day is that weekday."""
    for year in (dct.year, dct.year - 1, dct.year + 1):
        found = safe_date(year, month, day)
        if found and found.isoweekday() == weekday:
            return found
    return yearless(dct, month, day, "past")


def _cycle_year(year: int, order: int, size: int, rel: str, tense: str | None) -> int:
    """Year of a month or season ``order`` steps from the current one (of ``size`` per year):
    "last" -> the latest one before the current, "next" -> the one after, else the nearest."""
    if rel in ("last", "past"):
        return year if order < 0 else year - 1
    if rel in ("next", "coming"):
        return year if order > 0 else year + 1
    if order == 0:
        return year
    ahead, back = order % size, (-order) % size
    # In the past tense only the very next month or season may be meant ("in January, X
    # arrested Y", said in November, is last January), unless the past verb points to it as a
    # limit ("was postponed to January", "loans through January": tense "past-goal").
    if tense == "past-act" or (tense == "past" and ahead > 1):
        return year if order < 0 else year - 1
    if _prefer_after(back, ahead, tense):
        return year if order > 0 else year + 1
    return year if order < 0 else year - 1


def month_year(dct: date, month: int, rel: str, tense: str | None) -> int:
    """Year of a month named without one: "last March", "next May", "in August"."""
    if rel == "this":
        return dct.year
    if rel == "last" and dct.month - month == 1:
        return dct.year - 1  # said in March, "last February" is a year back ("last month" is not)
    return _cycle_year(dct.year, month - dct.month, 12, rel, tense)


def previous_quarter(dct: date) -> tuple[int, int]:
    q = quarter_of(dct) - 1
    return (dct.year, q) if q else (dct.year - 1, 4)


def quarter_year(dct: date, q: int, tense: str | None) -> int:
    """Year of "the third quarter": this year's unless it is still to come (then last year's),
    or the sentence speaks of the future."""
    return dct.year if q <= quarter_of(dct) or tense == "future" else dct.year - 1


def season_year(dct: date, code: str, rel: str, tense: str | None) -> int:
    """Year of "last summer", "this winter", "the spring" relative to ``dct``."""
    year, current = season_of(dct)
    return _cycle_year(year, SEASONS.index(code) - SEASONS.index(current), 4, rel, tense)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (n = -1: last) ISO weekday of a month: Thanksgiving is (11, 4, 4)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = _last_day(year, month)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def holiday(dct: date, lex, name: str, year: int | None, tense: str | None) -> date | None:
    """Date of a named holiday in ``year``, or the nearest one by tense."""

    def in_year(y: int) -> date | None:
        if name in lex.holidays:
            return safe_date(y, *lex.holidays[name])
        return nth_weekday(y, *lex.weekday_holidays[name])

    if year is not None:
        return in_year(year)
    this_year = in_year(dct.year)
    if this_year is None:
        return None
    if tense == "future":
        return this_year if this_year >= dct else in_year(dct.year + 1)
    return this_year if this_year <= dct else in_year(dct.year - 1)
