"""Acts placed a measured time from an act named again by a noun: "Three days after the
break-in, the FBI said ...", "Two months after the meeting, Smith resigned", "blamed Russia
within days of the attack", "Within days, the gang said ...". The act is dated from the day of
the act the noun names again (the latest earlier act told with the noun's word, else the latest
dated to a day in an earlier sentence): moved by the measure after or before it, or within a
few days or weeks of it, which names that act's month. Such an act is never a telling of the
news day: the phrase places it at another time (``placed_from_an_act``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.extract.dating import event_date, usable
from kg.extract.hours_later import dates_the_main_clause
from kg.extract.offset_dates import counted, shifted_day, shifted_month
from kg.types import EventDate, Timex

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

_DAYS = {"day": 1, "week": 7}
_SAME_DAY = frozenset({"hour", "minute"})
_MONTHS = {"month": 1, "year": 12}
_UNITS = frozenset(_DAYS) | _SAME_DAY | frozenset(_MONTHS)
_DIRECTION = {"after": 1, "before": -1}
# Letters a noun shares with the verb of the act it names again: "meeting", "meet".
_STEM = 4
# Determiners of a noun naming an act told before: "the break-in", "that meeting".
_DEFINITE = frozenset({"the", "this", "that"})


@dataclass(frozen=True)
class Placement:
    """Where a phrase places an act from another: ``days`` or ``months`` away (after: more),
    or ``within`` a few units of it; ``noun`` names the other act, if the phrase names it."""

    noun: object | None
    days: int | None = None
    months: int | None = None
    within: bool = False
    told_before: bool = True  # False: "after a vote", no act told before to date it from


def placed_from_an_act(verb) -> Placement | None:
    """The placement a preposition on ``verb`` gives ("three days after the break-in",
    "within days of the attack", "within days"), or None."""
    for prep in verb.children:
        word = prep.lower_
        if prep.dep_ != "prep" or word not in (*_DIRECTION, "within"):
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        if word == "within":
            unit = objects[0]
            if unit.lemma_.lower() not in _UNITS:
                continue
            of = [n for p in unit.children if p.lower_ == "of" for n in p.children]
            noun = _named_act(of[0]) if of else None
            if of and noun is None:
                continue  # "within days of a vote": no act told before
            if unit.lemma_.lower() in _SAME_DAY:
                return Placement(noun, days=0)  # "within hours of the attack": that day
            return Placement(noun, within=True)
        placement = _measured(prep, objects[0], _DIRECTION[word])
        if placement is not None:
            return placement
    return None


def _placement_told(verb) -> Placement | None:
    """The placement of ``verb``, else that of the telling that reports it ("Within days,
    DarkSide said it had lost access and was shutting down": the shutting down is told then)."""
    tok = verb
    for _ in range(3):
        placement = placed_from_an_act(tok)
        if placement is not None or tok.dep_ not in ("ccomp", "conj") or tok.head == tok:
            return placement
        tok = tok.head
    return None


def _measured(prep, noun, direction: int) -> Placement | None:
    measures = [c for c in prep.children if c.dep_ == "npadvmod"]
    if len(measures) != 1:
        return None
    if _named_act(noun) is None:
        return Placement(None, told_before=False)
    unit = measures[0].lemma_.lower()
    if unit in _SAME_DAY:
        return Placement(noun, days=0)
    count = counted(measures[0])
    if count is None or unit not in _UNITS:
        return None
    if unit in _DAYS:
        return Placement(noun, days=direction * count * _DAYS[unit])
    return Placement(noun, months=direction * count * _MONTHS[unit])


def _named_act(noun):
    """A definite common noun ("the break-in", "the attack") or one a possessive pronoun
    points back with ("her arrest", "their expulsion": whose act was told before), or None."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _UNITS:
        return None
    determiners = {c.lower_ for c in noun.children if c.dep_ == "det"}
    pronouns = [c for c in noun.children if c.dep_ == "poss" and c.tag_ == "PRP$"]
    return noun if determiners & _DEFINITE or pronouns else None


def date_placed_from_acts(
    doc, drafts: list[Draft], published: str | None, timexes: Sequence[Timex] = ()
) -> None:
    """Undated acts placed a measured time from an act named again take that act's day moved
    by the measure, inferred; "within" names the act's month. An act the measure moves past
    ``published`` is not the one the phrase names: the one before it is tried."""
    for i, draft in enumerate(drafts):
        if draft.date.value is not None:
            continue
        placement = _placement_told(doc[draft.match.verb])
        if placement is None or not placement.told_before:
            continue
        for source in reversed(_references(doc, drafts[:i], draft, placement, timexes)):
            moved = _moved(source, placement)
            if moved is None or (published is not None and (moved.earliest or "") > published):
                continue  # moved past publication: not the act the phrase names
            draft.date = replace(moved, text=source.text, start=source.start, end=source.end)
            draft.date_from_text = True
            break


def _references(
    doc, earlier: list[Draft], draft: Draft, placement: Placement, timexes: Sequence[Timex]
) -> list[EventDate]:
    """The dates of the acts the noun may name again, in order, to a day (or a month, for a
    measure in months or "within"): the earlier acts it is a further mention of or told with
    its word, else (or with no noun: "within days") the times told in earlier sentences, on
    an act or on any main clause ("shut its line on May 7 after hackers broke into it ...
    Colonial paid the hackers within hours of the attack": the break-in is no event, its day
    is named); the latest one the measure does not move past publication is taken."""
    # a measure in days needs a day to move; one in months or "within" a month will do
    precisions = ("day",) if placement.days else ("day", "month")
    noun = placement.noun
    days = [
        d
        for d in earlier
        if d.sentence_no < draft.sentence_no
        and d.date.source != "published"
        and d.date.precision in precisions
    ]
    named = [d for d in days if names_act(noun, doc[d.match.head], d)] if noun is not None else []
    if named:
        return [d.date for d in named]
    # else a time told in the text (one lent the news day is no act named again)
    told = [(d.trigger.start, d.date) for d in days if d.date.source == "text"]
    told += [(t.start, event_date(t, None)) for t in _main_clause_times(doc, draft, timexes)]
    told.sort(key=lambda pair: pair[0])
    return [date for _, date in told if date.precision in precisions]


def _main_clause_times(doc, draft: Draft, timexes: Sequence[Timex]) -> list[Timex]:
    """The usable expressions of the sentences before ``draft``'s that date a main clause."""
    return [
        t
        for t in timexes
        if t.end <= draft.sentence.start and usable(t) and dates_the_main_clause(doc, t)
    ]


def names_act(noun, head, draft: Draft) -> bool:
    """True if ``noun`` is a further mention of ``draft`` or shares its word's stem ("the
    meeting": "met"; "the break-in": "broke")."""
    if any(m.start <= noun.idx < m.end for m in draft.mentions):
        return True
    words = [noun.lemma_.lower()] + [
        c.lemma_.lower() for c in noun.children if c.dep_ == "compound"
    ]
    stem = head.lemma_.lower()[:_STEM]
    return len(stem) == _STEM and any(w.startswith(stem) for w in words)


def _moved(day: EventDate, placement: Placement) -> EventDate | None:
    if day.value is None:
        return None
    if placement.within:
        return shifted_month(day.value, 0)
    if placement.months is not None:
        return shifted_month(day.value, placement.months)
    return shifted_day(day, placement.days or 0)


def date_acts_since_acts(doc, drafts: list[Draft]) -> None:
    """ "had been expelled from European countries since Russia's invasion of Ukraine in
    February 2022", "the threats Moscow has made since it launched its invasion last month":
    an undated act going on "since" an act of the same sentence dated in the text, named by a
    noun or told in a clause, started then, and is dated like "since 2022" (the start),
    inferred. For an act named by a noun, the "since" may hang on the clause describing it
    ("the threats Moscow has made since ...")."""
    by_anchor = {a: d for d in drafts if d.date.source == "text" for a in d.match.anchors}
    for draft in drafts:
        if draft.date.value is not None:
            continue
        started = [
            by_anchor[i]
            for verb in _act_words(doc, draft)
            for i in _since_acts(verb)
            if i in by_anchor and by_anchor[i] is not draft
        ]
        if started:
            draft.date = replace(started[0].date, source="inferred")
            draft.date_from_text = True


def _act_words(doc, draft: Draft) -> list:
    """The act's verb, and for an act named by a noun the clauses describing it."""
    verb = doc[draft.match.verb]
    words = [verb]
    if draft.match.nominal:
        words += [c for c in doc[draft.match.head].children if c.dep_ == "relcl"]
    return words


def _since_acts(verb) -> list[int]:
    """Token indexes naming what the act goes on since: the noun of a "since" phrase ("since
    the invasion") and the verb of a "since" clause ("since Russia invaded Ukraine")."""
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "since":
            found += [n.i for n in child.children if n.dep_ == "pobj"]
        elif child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in child.children
        ):
            found.append(child.i)
    return found
