"""A clause placed a measured time before or after the act it modifies: "Poland expelled a
Russian diplomat on Friday, two days after Russia expelled a Polish consul" (Wednesday), "the
ministry said on Saturday ..., a day after RT published a recording" (Friday), "a week before
the vote". The clause's act is dated from its governor's day, shifted by the measure."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.extract.timenorm import add_months, format_day, format_month, interval_of, shift_days
from kg.extract.timepatterns import load_lexicon
from kg.extract.timerules import number_value
from kg.types import EventDate, Timex

# Days a unit of the measure spans; "hours after" stays on the governor's day.
_UNIT_DAYS = {"day": 1, "week": 7, "hour": 0, "minute": 0}
_UNIT_MONTHS = {"month": 1, "year": 12}  # "two months after": a month, not a day
_DIRECTION = {"after": -1, "before": 1}  # "two days after X": X came two days earlier


def offset_days(verb) -> int | None:
    """Days from the governor's date to the date of ``verb``'s clause, read from its measure
    and its "after"/"before" ("two days after Russia expelled": -2); None without both, or
    for a measure in months."""
    offset = measured_offset(verb)
    return offset[0] if offset is not None and offset[1] == "day" else None


def measured_offset(verb) -> tuple[int, str] | None:
    """(amount, "day" or "month") from the governor's date to that of ``verb``'s clause:
    "two days after Russia expelled" (-2, "day"), "two months after police arrested" (-2,
    "month"); None without one "after"/"before" and one measure."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _DIRECTION]
    if len(marks) != 1:
        return None
    measure = _measure(verb, marks[0])
    if measure is None:
        return None
    unit, direction = measure.lemma_.lower(), _DIRECTION[marks[0].lower_]
    if _UNIT_DAYS.get(unit) == 0:
        return 0, "day"  # "hours after", "30 minutes before": the same day
    count = counted(measure)
    if count is None:
        return None
    if unit in _UNIT_DAYS:
        return direction * count * _UNIT_DAYS[unit], "day"
    if unit in _UNIT_MONTHS:
        return direction * count * _UNIT_MONTHS[unit], "month"
    return None


def a_few_days_off(verb) -> bool:
    """ "days after Russia invaded", "hours before the vote": a clause placed an uncounted few
    days or hours from its governor, which lies in the governor's year."""
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _DIRECTION]
    measure = _measure(verb, marks[0]) if len(marks) == 1 else None
    if measure is None or measure.lemma_.lower() not in ("day", "hour"):
        return False
    return not any(c.dep_ in ("nummod", "det") for c in measure.children)


def _measure(verb, mark):
    """The measure of a clause placed after or before its governor, where the parser hangs it:
    on the clause's verb, on its "after" ("eight days after the government disclosed"), or on
    a comparative before it ("less than a month after", whichever of the two it governs)."""
    measures = [c for c in (*verb.children, *mark.children) if c.dep_ == "npadvmod"]
    if not measures and verb.dep_ == "advcl":
        # "The ban came a day after ...": the measure hung on the governor, right before "after"
        measures = [c for c in verb.head.children if c.dep_ == "npadvmod" and _ends_at(c, mark)]
    if not measures and verb.dep_ == "advcl":
        comparatives = [verb.head] if _comparative(verb.head) else []
        comparatives += [c for c in verb.head.children if _comparative(c) and c.i < mark.i]
        measures = [m for c in comparatives for m in c.children if m.dep_ == "npadvmod"]
    return measures[0] if len(measures) == 1 else None


def _ends_at(measure, mark) -> bool:
    return measure.right_edge.i + 1 == mark.i


def _comparative(tok) -> bool:
    return tok.dep_ == "advmod" and tok.tag_ in ("JJR", "RBR")


def measured_governor(verb):
    """The act ``verb``'s measured clause is placed after or before: its head, or the head of
    the comparative the parser hangs it on ("was announced less than a month after ...")."""
    head = verb.head
    return head.head if _comparative(head) else head


def measured_telling(verb):
    """The measured clause telling what ``verb`` says: "The order came a day after Acme said
    it had taken down a network": what Acme said is dated by the saying, as in its own
    sentence; else ``verb``."""
    head = verb.head
    if verb.dep_ == "ccomp" and head.dep_ == "advcl" and measured_offset(head) is not None:
        return head
    return verb


def counted(measure) -> int | None:
    """How many units a measure counts: "a day" 1, "two days" 2, "10 days" 10."""
    numbers = [c for c in measure.children if c.dep_ == "nummod"]
    if not numbers:
        has_article = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in measure.children)
        return 1 if has_article else None
    value = number_value(numbers[0].text, load_lexicon())
    return int(value) if isinstance(value, float) and value.is_integer() else None


def shifted_month(day_value: str, months: int) -> EventDate | None:
    """The month ``months`` away from the month of ``day_value`` (a day or a month: "two months
    after" a verdict of 19 January: November), as an inferred month."""
    try:
        day = date(int(day_value[:4]), int(day_value[5:7]), 1)
    except ValueError:
        return None
    month = add_months(day, months)
    value = format_month(month.year, month.month)
    bounds = interval_of(value)
    if bounds is None:
        return None
    return EventDate(value, None, None, None, "month", bounds[0], bounds[1], source="inferred")


def shifted_day(day_date: EventDate, days: int) -> EventDate:
    """An event's day moved by ``days`` ("the following day": 1), as an inferred day; its
    callers pass only events dated to a day."""
    day = date.fromisoformat((day_date.value or "")[:10])
    value = format_day(shift_days(day, days))
    return replace(day_date, value=value, earliest=value, latest=value, source="inferred")


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
    measure = next((c for c in verb.children if c.dep_ == "npadvmod"), None)
    if measure is None:
        return None  # the measure hangs lower ("Nine days after her arrest, X was detained")
    before = [c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i < measure.i]
    return before[0] if len(before) == 1 else None
