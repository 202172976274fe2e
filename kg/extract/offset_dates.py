"""A clause placed a measured time before or after the act it modifies: "Poland expelled a
Russian diplomat on Friday, two days after Russia expelled a Polish consul" (Wednesday), "the
ministry said on Saturday ..., a day after RT published a recording" (Friday), "a week before
the vote". The clause's act is dated from its governor's day, shifted by the measure."""

from __future__ import annotations

from datetime import date

from kg.extract.timenorm import format_day, shift_days
from kg.extract.timepatterns import load_lexicon
from kg.extract.timerules import number_value
from kg.types import EventDate, Timex

# Days a unit of the measure spans; "hours after" stays on the governor's day.
_UNIT_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
_DIRECTION = {"after": -1, "before": 1}  # "two days after X": X came two days earlier


def offset_days(verb) -> int | None:
    """Days from the governor's date to the date of ``verb``'s clause, read from its measure
    and its "after"/"before" ("two days after Russia expelled": -2); None without both."""
    orders = [c.lower_ for c in verb.children if c.dep_ == "mark" and c.lower_ in _DIRECTION]
    measures = [c for c in verb.children if c.dep_ == "npadvmod"]
    if len(orders) != 1 or len(measures) != 1:
        return None
    unit = measures[0].lemma_.lower()
    if unit not in _UNIT_DAYS:
        return None
    if _UNIT_DAYS[unit] == 0:
        return 0  # "hours after", "30 minutes before": the same day
    count = _count(measures[0])
    return None if count is None else _DIRECTION[orders[0]] * count * _UNIT_DAYS[unit]


def _count(measure) -> int | None:
    """How many units a measure counts: "a day" 1, "two days" 2, "10 days" 10."""
    numbers = [c for c in measure.children if c.dep_ == "nummod"]
    if not numbers:
        has_article = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in measure.children)
        return 1 if has_article else None
    value = number_value(numbers[0].text, load_lexicon())
    return int(value) if isinstance(value, float) and value.is_integer() else None


def shifted_date(timex: Timex | None, days: int) -> EventDate | None:
    """The governor's day ``timex`` moved by ``days``, as an inferred day; None unless the
    governor is dated to a day."""
    if timex is None or len(timex.value) < 10 or timex.value[4] != "-":
        return None
    try:
        day = date.fromisoformat(timex.value[:10])
    except ValueError:
        return None
    value = format_day(shift_days(day, days))
    return EventDate(
        value, timex.text, timex.start, timex.end, "day", value, value, source="inferred"
    )


def inverted_governor(verb):
    """ "Nigeria on Friday suspended Twitter, two days after the network removed a post": the
    small parser may make the measured clause the sentence's root and the act it is measured
    from a clause of it, told before the measure; that clause is the governor. None unless
    ``verb`` is such a root with exactly one such clause."""
    if verb.dep_ != "ROOT" or offset_days(verb) is None:
        return None
    measure = next(c for c in verb.children if c.dep_ == "npadvmod")
    before = [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < measure.i]
    return before[0] if len(before) == 1 else None
