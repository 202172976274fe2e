"""The date of one trigger: its own time expression, else that of the statement reporting or
announcing it, else that of the act it is coordinated with or subordinate to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.date_relations import inherit_date, placed_by_a_clause, told_later
from kg.extract.dating import asserted_past, event_date, joined_clause, ordered_in_time
from kg.extract.dating_words import dating_words_of
from kg.extract.misparse import reported_clause_joined
from kg.extract.offset_dates import (
    a_few_days_off,
    inverted_governor,
    measured_governor,
    measured_offset,
    shifted_date,
    shifted_month,
)
from kg.extract.reported_clauses import alleged_tokens, clause_tokens, reported_tokens
from kg.extract.time_attachment import occasions_of
from kg.extract.verb_shapes import caught_in_the_act, in_perfect
from kg.extract.when_clauses import when_clause_time
from kg.types import EventDate, Timex

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


def trigger_date(
    doc, match, mood, speaker, times, published, sending: frozenset[str] = frozenset()
) -> EventDate:
    """The trigger's own expression, else that of the statement reporting or announcing it,
    else that of the event it is coordinated with or subordinate to; a verb of ``sending``
    takes that of the mission it sends someone on."""
    position = doc[match.head].idx
    verb = doc[match.verb]
    # A finished act is not dated by what it reports or schedules ("declared a dividend
    # payable Dec. 1"): expressions after publication go to other events.
    past = published if asserted_past(verb) or _in_a_past_clause(verb) else None
    shares_time = verb.dep_ in ("conj", "advcl", "xcomp") and not ordered_in_time(verb)
    governor = reported_clause_joined(verb) or verb.head
    if verb.dep_ == "pcomp" and governor.lower_ == "by":
        shares_time, governor = True, governor.head  # "responded on Sunday by expelling"
    elif (caught := caught_in_the_act(governor)) is not None:
        governor = caught.head  # "caught them in April trying to break in"
    elsewhere = reported_tokens(doc, match)
    clause = measured_clause(verb)  # "a day after X forced a jet down and arrested Y": forced
    measured = measured_offset(clause)
    if clause is not verb:  # its time is the measured clause's, not the governor's
        shares_time, governor = False, measured_governor(clause)
    elif governor is verb.head:
        governor = measured_governor(verb)  # "was announced less than a month after ..."
    if (inverted := inverted_governor(verb)) is not None:
        # the parse made the act this one is measured from a clause of it: its time is its own
        governor, elsewhere = inverted, elsewhere | {t.i for t in inverted.subtree}
    elif (
        measured is not None
    ):  # "suspended X on Friday, two days after Y removed": Friday is not Y's
        elsewhere = elsewhere | ({t.i for t in verb.sent} - {t.i for t in clause.subtree})
    if shares_time and governor.i in times.triggers:
        # "accused X on Thursday of hacking since 2015, and imposed sanctions": what the act
        # it is joined to reports or alleges is dated apart from both
        elsewhere |= clause_tokens(governor) | alleged_tokens(governor)
    timex = times.for_trigger(match.anchors, position, elsewhere, past)
    if timex is None and not match.statement:
        timex = times.of_made_participle(verb, position, past)
        if timex is None:  # "laid out the finding in an opinion piece published on Monday"
            timex = times.of_vehicle(
                verb, position, past, dating_words_of(verb.doc).publishing_verbs
            )
    elif timex is None:
        timex = times.of_vehicle(verb, position, past)
    if timex is None and verb.lemma_.lower() in sending:
        timex = times.of_mission(verb, position, past)
    if timex is not None:
        return event_date(timex, published)
    if measured is not None:
        # "expelled X on Friday, two days after Russia expelled Y": the governor's day moved;
        # "came in March, two months after": its month
        own = frozenset(t.i for t in governor.subtree) if inverted is not None else frozenset()
        inside = frozenset(t.i for t in clause.subtree) - own | clause_tokens(governor)
        governing = times.for_trigger((governor.i,), governor.idx, inside, past)
        if (shifted := _moved(governing, *measured)) is not None:
            return shifted
    if a_few_days_off(verb):
        # "handed them over last year, days after Russia invaded Ukraine": that year too
        inside = frozenset(t.i for t in verb.subtree) | clause_tokens(governor)
        governing = times.for_trigger((governor.i,), governor.idx, inside, past)
        if governing is not None and governing.precision == "year":
            return event_date(governing, published, "inferred")
    if (answered := _answered(verb)) is not None:
        # "expelled X in February, and Russia responded by expelling Y": February
        timex = times.governed_by((answered.i,), position, not_after=past)
        if timex is not None:
            return event_date(timex, published, "inferred")
    # "pressed Putin in a phone call on Friday": the occasion's time is the act's
    occasion = times.governed_by(occasions_of(verb, times.triggers), position, not_after=past)
    if occasion is not None:
        return event_date(occasion, published, "inferred")
    if (when := when_clause_time(verb, times, position, past)) is not None:
        # "When X attributed it to Y in December 2017, Y rejected ...": that time too
        return event_date(when, published, "inferred")
    reporter = mood.announced_by
    if reporter is None and speaker is not None and speaker.dep_ == "nsubj":
        reporter = speaker.head.i
    if reporter is not None and not placed_by_a_clause(verb):
        # The date the statement itself takes: "said on Friday", "said in a statement
        # released on Monday" (never one inside what it reports).
        said = doc[reporter]
        not_after = published if asserted_past(said) else None
        timex = times.for_trigger((reporter,), said.idx, clause_tokens(said), not_after)
    if timex is None and shares_time and governor.i in times.triggers and not told_later(verb):
        # "arrested him on Monday and charged him", "published videos on Thursday, urging ..."
        for sharer in _time_sharers(governor, times.triggers):
            timex = times.governed_by((sharer.i,), position, not_after=past)
            if timex is not None:
                break
    return event_date(timex, published, "inferred")


def _moved(governing: Timex | None, amount: int, unit: str) -> EventDate | None:
    """The governor's date moved by a measure in days (from a day) or months (from a month or
    a day); None if the governor is not dated finely enough."""
    if unit == "day":
        return shifted_date(governing, amount)
    if governing is None or len(governing.value) < 7 or governing.value[4] != "-":
        return None
    return shifted_month(governing.value, amount)


def _in_a_past_clause(noun) -> bool:
    """An act noun in a phrase of a verb telling of a finished state or act ("said it was in
    talks with ByteDance and aimed to conclude them by Sept. 15": the talks are no act of
    September 15)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return False
    head = noun.head.head
    return head.pos_ in ("VERB", "AUX") and asserted_past(head)


def _answered(verb):
    """The act a "by" gerund answers when it is how its subject responded to the clause it is
    joined to ("X expelled a diplomat in February, and Russia responded by expelling Y": the
    expelling of February), or None."""
    by = verb.head
    if verb.dep_ != "pcomp" or by.lower_ != "by":
        return None
    response = by.head
    if response.lemma_.lower() not in dating_words_of(verb.doc).response_verbs:
        return None
    if response.dep_ != "conj" or ordered_in_time(response) or told_later(response):
        return None
    return response.head


def _time_sharers(governor, triggers: set[int]) -> list:
    """``governor`` and the acts it shares its time with in turn: "broke off relations on
    Wednesday and ordered the staff out, accusing Tehran of ...": the participle hangs on
    "ordered", which takes Wednesday from "broke". A clause placed before or after its
    governor, or joined with a subject of its own, shares nothing further up."""
    chain = [governor]
    tok = governor
    while tok.dep_ in ("conj", "advcl", "xcomp") and tok.head.i in triggers:
        if ordered_in_time(tok) or joined_clause(tok) or tok.head in chain:
            break
        tok = tok.head
        chain.append(tok)
    return chain


def date_time_sharers(doc, drafts: list[Draft], lenders: dict[int, Draft] | None = None) -> None:
    """Once undated acts have borrowed their dates from other sentences: an act sharing its
    time with a joined or governing act ("The department also blacklisted X, accusing them of
    ...": the accusing shares the blacklisting's day, which "also" lent it) takes that act's
    date, inferred, as it would have taken the act's own expression (``trigger_date``).
    ``lenders`` maps a verb to the event its act is (by default the draft it triggered)."""
    by_verb = lenders if lenders is not None else {d.match.verb: d for d in drafts}
    for draft in drafts:
        verb = doc[draft.match.verb]
        if draft.date.value is not None or draft.negated:
            continue
        if verb.dep_ not in ("conj", "advcl", "xcomp") or ordered_in_time(verb):
            continue
        if _own_subject(verb) or measured_offset(verb) is not None or in_perfect(verb):
            continue  # its own act, one measured from another, or background ("had become")
        if told_later(verb):
            continue  # "and were later killed": after the act it is joined to
        if verb.dep_ == "conj" and not any(c.dep_ == "cc" for c in verb.head.children):
            continue  # no "and" joins them: a clause the parser attached as a conjunct
        governor = by_verb.get(verb.head.i)
        if governor is None or governor is draft or governor.date.value is None:
            continue
        # a day read in this sentence was trigger_date's to share, past clauses of their own
        start = governor.date.start
        if start is None or not draft.sentence.start <= start < draft.sentence.end:
            inherit_date(draft, governor)


def merged_lenders(drafts: list[Draft], merged: list[Draft]) -> dict[int, Draft]:
    """Each draft's verb mapped to the event it was merged into: "India has banned 59 apps,
    saying ..." and a later "announced the ban late on Monday" are one ban, dated, whose day
    the saying shares (``date_time_sharers`` run again on the merged events)."""
    owner = {id(m): event for event in merged for m in [event.trigger, *event.mentions]}
    lenders: dict[int, Draft] = {}
    for draft in drafts:
        event = owner.get(id(draft.trigger))
        if event is not None:
            lenders.setdefault(draft.match.verb, event)
    return lenders


def measured_clause(verb):
    """The clause carrying the measure that places ``verb``'s act: its own, or that of the
    measured clause it is joined to by "and" with no subject of its own ("a day after Belarus
    forced a jet to land and arrested a journalist": the arrest is a day before too)."""
    if measured_offset(verb) is not None or verb.dep_ != "conj" or _own_subject(verb):
        return verb
    if not any(c.dep_ == "cc" for c in verb.head.children):
        return verb
    return verb.head if measured_offset(verb.head) is not None else verb


def _own_subject(verb) -> bool:
    """ "..., while Medvedev wrote that ...": a clause with a subject of its own tells its own
    act, whose time is not the one it hangs on."""
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
