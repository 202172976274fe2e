"""The occasion a telling names: "told the same hearing" (dated like the act told on that
occasion before) or "said at a separate briefing" (another occasion, never dated by it); and
"the same day", which is the day of the latest act told before, not of any date mentioned; a
verdict or charge "of the same crime" (the proceeding dated before; moved here from
borrowed_dates.py) and an act "during those protests" (a time told before, not the news day)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.date_relations import inherit_date, told_later
from kg.extract.dating import event_date, usable
from kg.extract.hours_later import dates_the_main_clause
from kg.extract.offset_dates import shifted_day
from kg.extract.time_attachment import timex_span
from kg.types import EventDate, Timex

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


def dated_by_the_same_occasion(doc, drafts: list[Draft], timexes: Sequence[Timex] = ()) -> None:
    """ "He told the same hearing that ...", "accused China at the same briefing": an act on an
    occasion told before takes the date that the latest earlier act of the same actor read in
    the text ("told the House committee on Wednesday"), else that of the latest earlier act
    told with the same verb by someone else ("Wray told the committee on Wednesday ...
    Easterly told the same hearing"), inferred."""
    for i, draft in enumerate(drafts):
        if draft.date.source == "text":
            continue
        verb = doc[draft.match.head]
        if not _on_the_same_occasion(verb):
            continue
        speakers = draft.ids("actor")
        dated = [d for d in reversed(drafts[:i]) if d.date.source == "text"]
        own = (d for d in dated if d.ids("actor") & speakers)
        same_verb = (d for d in dated if doc[d.match.head].lemma_ == verb.lemma_)
        source = next(own, None) or next(same_verb, None)
        if source is not None:
            inherit_date(draft, source)
    dated_by_the_same_day(doc, drafts, timexes)
    _told_just_before_the_same_day(doc, drafts)
    _dated_at_the_time(doc, drafts, timexes)
    _dated_the_day_after(drafts)
    _dated_in_return(doc, drafts)


# How far from the latest dated act a day named on a main clause may be the narrative's.
_NARRATIVE_DAYS = 31
# "the same day", "on that same day", "later that same day" stripped of its preposition
_SAME_DAY = re.compile(r"(?:on |later )?(?:the|that) same day", re.IGNORECASE)


def dated_by_the_same_day(doc, drafts: list[Draft], timexes: Sequence[Timex]) -> None:
    """ "Police detained a man in Dresden on Monday. Prosecutors said he had worked for X since
    2019. The same day, three others were detained": the same day is the day of the latest act
    told before and dated to a day in the text (Monday), or the latest day an earlier sentence
    names on its main clause, even for no act of ours ("The attack began on July 2. Acme
    urged customers the same day to ..."), not the last day any phrase mentions, which may
    date only background ("a report dated March 3", "who was born on May 2", "since May 2")."""
    for i, draft in enumerate(drafts):
        said = (draft.date.text or "").strip()
        if draft.date.source != "text" or not _SAME_DAY.fullmatch(said):
            continue
        if draft.match.nominal and draft.match.light_verb is None:
            continue  # "condemned Iran's cyberattack the same day": the noun names an older act
        told = [
            (d.trigger.start, d.date)
            for d in _dated_in_the_text_before(drafts, i)
            if d.date.precision == "day" and d.date.start != draft.date.start  # other words
        ]
        acts = [act for _, act in told]
        named = [(t.start, event_date(t, None)) for t in _days_named_before(doc, draft, timexes)]
        told += [(start, named_day) for start, named_day in named if _near(named_day, acts)]
        if not told:
            continue
        day = max(told, key=lambda pair: pair[0])[1]
        if day.value != draft.date.value:
            draft.date = replace(
                draft.date, value=day.value, earliest=day.earliest, latest=day.latest
            )


def _days_named_before(doc, draft: Draft, timexes: Sequence[Timex]) -> list[Timex]:
    """The days the sentences before ``draft``'s name on a main clause in words of their own
    (not "the same day" again, not the start of a span: "since May 2")."""
    return [
        t
        for t in timexes
        if t.end <= draft.sentence.start
        and t.precision == "day"
        and usable(t)
        and not _SAME_DAY.fullmatch(t.text.strip())
        and not _DAY_AFTER.fullmatch(t.text.strip())
        and not _since(doc, t)
        and dates_the_main_clause(doc, t)
        and not _reported_under_a_dated_telling(doc, t, timexes)
    ]


def _reported_under_a_dated_telling(doc, timex: Timex, timexes: Sequence[Timex]) -> bool:
    """ "Adobe said on Tuesday that it had become aware on Jan. 2 of an attack": a day inside
    the clause a telling reports, when the telling names its own time, is a time the speaker
    recalls; the narrative stands on the telling's day (Tuesday), which is named too. (An act
    the clause tells with its own day stays a candidate: "said on Wednesday that X was
    suspended on February 17. X went dark on the same day that ...": the act told again.)"""
    span = timex_span(doc, timex)
    if span is None:
        return False
    clause = next((t for t in [span.root, *span.root.ancestors] if t.dep_ == "ccomp"), None)
    if clause is None:
        return False
    telling, reported = clause.head, {t.i for t in clause.subtree}
    for other in timexes:
        other_span = timex_span(doc, other)
        if other_span is None or other_span.root.i in reported:
            continue
        if usable(other) and telling in other_span.root.ancestors:
            return True
    return False


def _near(day: EventDate, acts: list[EventDate]) -> bool:
    """True if a named day lies within ``_NARRATIVE_DAYS`` of the latest act dated before, or
    no act is: a day months before the news ("The attack, on Oct. 28, defaced ...") describes
    background, and "the same day" after it goes back to the news."""
    if not acts or not acts[-1].value or not day.value:
        return True
    try:
        gap = date.fromisoformat(acts[-1].value) - date.fromisoformat(day.value)
    except ValueError:
        return True
    return abs(gap.days) <= _NARRATIVE_DAYS


def _since(doc, timex: Timex) -> bool:
    span = timex_span(doc, timex)
    return span is not None and span.root.head.lower_ == "since"


# "the following day", "on the next day": the day after the act just told
_DAY_AFTER = re.compile(r"(?:on )?the (?:following|next) day", re.IGNORECASE)


def _dated_the_day_after(drafts: list[Draft]) -> None:
    """ "In May, Ottawa expelled a diplomat ... China responded the following day": the day
    after the latest act told before and dated in the text by other words, at that act's
    precision (a month stays that month), not the day after the last day any phrase names."""
    for i, draft in enumerate(drafts):
        said = (draft.date.text or "").strip()
        if draft.date.source == "published" or not _DAY_AFTER.fullmatch(said):
            continue  # its own words, or those of the act it is done by ("responded ... by")
        if draft.match.nominal and draft.match.light_verb is None:
            continue  # an event noun keeps the time stage's reading, as for "the same day"
        dated = [
            d
            for d in _dated_in_the_text_before(drafts, i)
            if d.date.value is not None and d.date.start != draft.date.start
        ]
        if not dated:
            continue
        act = dated[-1].date
        # the day after an act of some day in May is in May
        moved = shifted_day(act, 1) if act.precision == "day" and act.value is not None else act
        if moved.value != draft.date.value:
            draft.date = replace(
                draft.date,
                value=moved.value,
                precision=moved.precision,
                earliest=moved.earliest,
                latest=moved.latest,
            )


def _told_just_before_the_same_day(doc, drafts: list[Draft]) -> None:
    """ "Beijing dismissed the findings. A spokesperson said the same day that ...": the day
    "the same day" names is that of the narrative just told, so an undated act told in the
    simple past in the sentence right before took place that day too, inferred. An act in the
    perfect or present ("had worked for X", "denies the charges") is background, and keeps
    none."""
    same_day = {
        d.sentence_no: d
        for d in drafts
        if d.date.source == "text" and _SAME_DAY.fullmatch((d.date.text or "").strip())
    }
    for draft in drafts:
        after = same_day.get(draft.sentence_no + 1)
        if after is None or draft.date.value is not None or draft.negated:
            continue
        verb = doc[draft.match.verb]
        if told_later(verb):
            continue  # "X said days later": not the day the narrative just told
        if verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
            inherit_date(draft, after)


def _dated_at_the_time(doc, drafts: list[Draft], timexes: Sequence[Timex]) -> None:
    """ "The July attack crippled the portal. A group claimed responsibility at the time": "at
    the time" is the time of the latest act told before it and dated in the text, or of the
    latest day an earlier sentence names on its main clause near it ("The block was ordered
    on April 21 ... X said at the time"), inferred (not "at the time of X", which names its own
    occasion)."""
    for i, draft in enumerate(drafts):
        if draft.date.value is not None or not at_the_time(doc[draft.match.verb]):
            continue
        told = [(d.trigger.start, d.date) for d in _dated_in_the_text_before(drafts, i)]
        acts = [act for _, act in told]
        named = [(t.start, event_date(t, None)) for t in _days_named_before(doc, draft, timexes)]
        told += [(start, named_day) for start, named_day in named if _near(named_day, acts)]
        if told:
            draft.date = replace(max(told, key=lambda pair: pair[0])[1], source="inferred")
            draft.date_from_text = True


def _dated_in_the_text_before(drafts: list[Draft], i: int) -> list[Draft]:
    """The acts listed before ``drafts[i]``, told before its trigger and dated in the text, in
    order: the candidates for the act "the same day", "the following day" or "at the time"
    refers to."""
    start = drafts[i].trigger.start
    return [d for d in drafts[:i] if d.trigger.start < start and d.date.source == "text"]


def at_the_time(verb) -> bool:
    """ "X said at the time": told on the occasion of an act told before, not "at the time of
    X"."""
    told = not any(c.dep_ == "ccomp" for c in verb.children)
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "at":
            continue
        for noun in prep.children:
            words = [c.lower_ for c in noun.children if not (told and _what_is_said(c))]
            if noun.dep_ == "pobj" and noun.lower_ == "time" and words == ["the"]:
                return True
    return False


def _what_is_said(clause) -> bool:
    """ "said at the time that millions would be cut off": with no clause of its own, what the
    verb tells is the "that" clause the parser hangs on "time" as a relative clause."""
    return clause.dep_ in ("relcl", "acl") and any(c.lower_ == "that" for c in clause.children)


def _on_the_same_occasion(verb) -> bool:
    return _occasion_said_to_be(verb, frozenset({"same"}))


def on_another_occasion(verb) -> bool:
    """ "told a later hearing", "said at a separate briefing": another occasion than the one
    told before."""
    return _occasion_said_to_be(verb, _OTHER_OCCASIONS)


_OTHER_OCCASIONS = frozenset({"later", "earlier", "another", "previous", "separate", "different"})


def _occasion_said_to_be(verb, words: frozenset[str]) -> bool:
    nouns = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    nouns += [p for c in verb.children if c.dep_ == "prep" for p in c.children]
    return any(
        n.pos_ == "NOUN" and any(c.lower_ in words for c in n.children if c.dep_ in ("amod", "det"))
        for n in nouns
    )


# "In return, X released Y", "In response, X expelled": an exchange or answer to what was told.
_RETURNS = frozenset({"return", "response", "retaliation", "exchange"})


def _dated_in_return(doc, drafts: list[Draft]) -> None:
    """ "Russia and the West exchanged prisoners on Thursday ... In return, Germany released
    X": an undated act told in the simple past "in return" or "in response", with nothing
    named after it, answers the latest act told before and dated to a day in the text, and
    took place that day, inferred. Not one a telling frames ("In return, they say, he sent
    plans": background of what is said) nor one answering a thing it names ("in return for a
    tool", "in response to a petition")."""
    for i, draft in enumerate(drafts):
        verb = doc[draft.match.verb]
        if draft.date.value is not None or not _in_return(verb):
            continue
        if verb.tag_ != "VBD" or any(c.dep_ in ("aux", "parataxis") for c in verb.children):
            continue
        dated = [d for d in _dated_in_the_text_before(drafts, i) if d.date.precision == "day"]
        if dated:
            inherit_date(draft, dated[-1])


def _in_return(verb) -> bool:
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and noun.lower_ in _RETURNS and not list(noun.children):
                return True
    return False


# Prepositions placing an act inside a stretch of time, and the determiners pointing back to
# one told before: "During those protests", "amid that unrest".
_DURING = frozenset({"during", "amid", "amidst", "throughout"})
_POINTING_BACK = frozenset({"those", "these", "that"})


def during_a_time_told_before(verb) -> bool:
    """ "During those protests, the minister accused X": an act placed inside a happening the
    text told before, pointed back to by "those/these/that", is of that time, not of the
    news day a lede names."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _DURING:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and any(c.lower_ in _POINTING_BACK for c in noun.children):
                return True
    return False


# Adverbs setting an act of the same charge apart in time: "was later convicted of the same".
_APART = frozenset({"later", "earlier", "previously", "subsequently", "afterwards"})


def date_same_charges(doc, drafts: list[Draft], charge_nouns: frozenset[str]) -> None:
    """ "A court on Thursday sentenced X ... His brother was convicted of the same crime": an
    undated verdict, charge or arrest "of/on/with the same crime" is the same proceeding as
    the latest earlier one of its type dated in the text, inferred; "later", "earlier",
    "previously" set it apart."""
    for i, draft in enumerate(drafts):
        verb = doc[draft.match.verb]
        if draft.date.value is not None or not _same_charge(verb, charge_nouns):
            continue
        if any(t.lower_ in _APART for t in verb.children):
            continue
        same_type = [d for d in drafts[:i] if d.type == draft.type and d.date.source == "text"]
        if same_type:
            inherit_date(draft, same_type[-1])


def _same_charge(verb, charge_nouns: frozenset[str]) -> bool:
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            same = any(c.lower_ == "same" for c in noun.children)
            if noun.dep_ == "pobj" and same and noun.lemma_.lower() in charge_nouns:
                return True
    return False
