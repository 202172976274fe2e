"""How two event dates relate: whether they may denote one happening (``compatible``), whether
a dated telling stands well before an undated one (``long_before``), and which of two says more
(``better``); read when one happening's mentions are joined. Also how an undated event takes
another's date (``inherit_date``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kg.types import EventDate

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

# How far back an undated "X said" may stand for a telling dated in the text ("said on Monday").
_RECENT_DAYS = 31


def compatible(a: EventDate, b: EventDate) -> bool:
    """True if two dates may denote the same happening (unknown bounds are compatible). A date
    inferred from the telling only says the act was over by then: "have arrested two men,
    prosecutors said on Thursday" may be "were detained on Wednesday"."""
    if a.value is None or b.value is None:
        return True
    if None in (a.earliest, a.latest, b.earliest, b.latest):
        return a.value == b.value
    if a.source == "inferred" and b.source == "text":
        return b.earliest <= a.latest  # type: ignore[operator]
    if b.source == "inferred" and a.source == "text":
        return a.earliest <= b.latest  # type: ignore[operator]
    return a.earliest <= b.latest and b.earliest <= a.latest  # type: ignore[operator]


def long_before(dated: EventDate, undated: EventDate) -> bool:
    """True if ``dated`` was read in the text and ends more than a month before the date an
    ``undated`` event stands at, the publication's or one inferred (the lede's news day): "X
    said" with no date is news of the day, so "when X told parliament in September 2023" tells
    of another telling."""
    if dated.source == "published" or dated.latest is None:
        return False
    if undated.source not in ("published", "inferred"):
        return False
    if undated.earliest is None:
        return False
    stands = date.fromisoformat(undated.earliest[:10])
    return dated.latest[:10] < (stands - timedelta(days=_RECENT_DAYS)).isoformat()


def better(a: EventDate, b: EventDate) -> EventDate:
    """The more informative of two compatible dates: a text date over none or an inferred one,
    finer over coarser."""
    if a.value is None:
        return b if b.value is not None else a
    if b.value is None:
        return a
    if {a.source, b.source} == {"text", "inferred"}:
        return a if a.source == "text" else b
    span_a = (a.latest or "") > (a.earliest or "")
    span_b = (b.latest or "") > (b.earliest or "")
    if span_a and span_b and a.source == b.source == "text":
        return b if _days(b) < _days(a) else a  # "last year" ... "in January 2023"
    return b if span_a and not span_b else a


def _days(d: EventDate) -> int:
    try:
        return (date.fromisoformat(d.latest or "") - date.fromisoformat(d.earliest or "")).days
    except ValueError:
        return 1 << 30


def inherit_date(draft: Draft, source: Draft) -> None:
    """``draft`` takes ``source``'s date, as inferred from the text."""
    draft.date = replace(source.date, source="inferred")
    draft.date_from_text = True


def doers_of(draft: Draft) -> set[str]:
    """The actors' ids and the states the state bodies among them belong to (a person's
    country is no doer: "Lasconi also condemned the ruling" is no act of the court's)."""
    actors = draft.roles.get("actor", [])
    states = {h.entity.country for h in actors if h.entity.type == "Agency"}
    return {h.entity.id for h in actors} | {s for s in states if s}


# Adverbs telling that an act came after the one told before it: "were later killed".
_LATER = frozenset({"later", "subsequently", "afterwards", "afterward", "eventually"})
# Measures of a span short enough to stay on the day: "hours later", "minutes later".
_SAME_DAY_SPANS = frozenset({"hour", "minute", "moment"})


def told_later(verb) -> bool:
    """ "opened fire on Dec. 2 and were later killed", "a court later declared", "said days
    later": an act the text places after the one it is told with, which lends it no date
    ("hours later" and "later that day" stay on the day: ``hours_later.py``)."""
    for adverb in [*verb.children, *_opening_adverbs(verb)]:
        if adverb.dep_ != "advmod" or adverb.lemma_.lower() not in _LATER:
            continue
        measures = {c.lemma_.lower() for c in adverb.children}
        after = [t.lower_ for t in adverb.doc[adverb.i + 1 : adverb.i + 3]]
        if measures & _SAME_DAY_SPANS or after == ["that", "day"]:
            continue
        return True
    return False


def _opening_adverbs(verb) -> list:
    """ "said days later that ...": adverbs of the verb the parser hangs on its reported
    clause, standing between the verb and the clause's "that" or subject."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i < verb.i:
            continue
        opening = [c.i for c in clause.children if c.dep_ in ("mark", "nsubj", "nsubjpass")]
        if opening:
            found += [c for c in clause.children if verb.i < c.i < min(opening)]
    return found


# Subordinators placing an act's clause after or before another act it names.
_PLACING = frozenset({"after", "before", "since", "until"})


def placed_by_a_clause(verb) -> bool:
    """ "the men were expelled after the operation was stopped": an act the text places after
    or before another act told in a clause of its own; its time is tied to that act, not to
    the telling that reports it."""
    return any(clause.dep_ == "advcl" and _placing(clause) for clause in verb.children)


def _placing(clause) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in _PLACING for c in clause.children)


def added_act(verb) -> bool:
    """A simple past the verb says is one more act: "also froze", "also ordered"."""
    if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children)
