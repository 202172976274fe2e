"""Acts of the news day: "Australia on Tuesday banned the app DeepSeek from government devices.
Stephanie Foster, secretary of Home Affairs, issued a mandatory direction requiring ...": an
undated act told in the simple past right after a lede dated to a day shortly before
publication, before the story turns to another time, is part of the news the lede reports and
took place that day (geo-dev's "date inherited" convention: acts announced together with the
dated lede). Background keeps no date: an act told in the perfect ("has denied", "had
expelled"), one describing a noun ("who was sentenced"), one placed before or after another
("after the operation was stopped"), and every act told once an earlier sentence has moved the
story to another time ("Last month, X was convicted ...")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.act_offsets import placed_from_an_act
from kg.extract.date_relations import compatible, doers_of, inherit_date, told_later
from kg.extract.dating import ordered_in_time

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

# Clauses that describe a noun or hang on another act, whose time is not the news day's.
_DEPENDENT = frozenset({"relcl", "acl", "advcl", "pcomp", "csubj", "amod"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "'d", "having"})
# Sentences after the lede's in which any act is still the lede's news.
_CLOSE = 2


def date_acts_of_the_news_day(doc, drafts: list[Draft], lede: Draft | None) -> None:
    """Undated simple-past acts told after ``lede`` (the first act dated in the text, if dated
    shortly before publication) and before any earlier sentence moves the story to another
    time take the lede's date, inferred."""
    if lede is None:
        return
    moved_at: int | None = None  # the sentence that moved the story to another time
    for draft in drafts:
        if draft.sentence_no <= lede.sentence_no or draft.trigger.start < lede.trigger.start:
            continue
        if moved_at is not None and draft.sentence_no > moved_at:
            return
        if _moves_the_story(doc, draft, lede):
            moved_at = draft.sentence_no
            continue
        if draft.date.value is None and _news_act(doc, draft) and _tied(draft, lede):
            inherit_date(draft, lede)


def _moves_the_story(doc, draft: Draft, lede: Draft) -> bool:
    """An act of a main clause dated in the text to a time the lede's day is not in."""
    if draft.date.source != "text" or compatible(draft.date, lede.date):
        return False
    if draft.match.nominal and draft.match.light_verb is None:
        return False  # "listed over the attempted hacking in April 2018": a noun's own time
    return doc[draft.match.verb].dep_ not in _DEPENDENT


def _news_act(doc, draft: Draft) -> bool:
    """An act told as done, in the simple past ("banned", "was summoned"), in a clause of its
    own; not a noun, negated, told in the perfect, or placed relative to another act."""
    if draft.negated or (draft.match.nominal and draft.match.light_verb is None):
        return False
    if draft.news_of_the_day or draft.match.statement:
        return False  # tellings take the lede's day by their own rule (borrowed_dates)
    verb = doc[draft.match.verb]
    if verb.dep_ in _DEPENDENT or ordered_in_time(verb) or _reported(verb) or told_later(verb):
        return False
    if placed_from_an_act(verb) is not None:
        return False  # "Two months after the meeting, X resigned
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _PERFECT or a.tag_ == "MD" for a in auxiliaries):
        return False
    if auxiliaries:
        return all(a.tag_ == "VBD" for a in auxiliaries) and verb.tag_ == "VBN"
    return verb.tag_ == "VBD"


def _tied(draft: Draft, lede: Draft) -> bool:
    """Told close after the lede (its next two sentences) or done by the lede's doer (or a
    body of its state); never an act of whom the lede acts on ("convicted X ... The ring
    spied on journalists": the crimes are older than the verdict)."""
    doers = doers_of(draft)
    lede_doers = doers_of(lede)
    if doers & lede.ids("target") and not doers & lede_doers:
        return False
    return draft.sentence_no <= lede.sentence_no + _CLOSE or bool(doers & lede_doers)


def _reported(verb) -> bool:
    """Part of what a telling reports ("says the officers stole emails and released them"),
    dated by that telling, not by the news day."""
    while verb.dep_ in ("conj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in ("ccomp", "parataxis")


def date_acts_a_spokesperson_details(doc, drafts: list[Draft]) -> None:
    """ "Moscow rejected the accusations. Kremlin spokesman Peskov told reporters on Thursday
    that Russia categorically denied them": an undated simple-past act followed right after
    by a telling dated to a day by its own words, made by someone speaking for the act's doer
    (the doer itself, or a post held at the doer or its state), is that telling's act in brief
    and took place that day, inferred."""
    tellings: dict[int, Draft] = {}
    for draft in drafts:
        spoken = draft.match.statement or draft.news_of_the_day
        if spoken and draft.date.source == "text" and draft.date.precision == "day":
            tellings.setdefault(draft.sentence_no, draft)
        elif draft.attributed_to is not None and _dated_in_its_sentence(draft):
            # "Peskov told reporters on Thursday that Russia categorically denied them": what
            # a telling reports, dated by the telling's words, is told that day too
            tellings.setdefault(draft.sentence_no, draft)
    for draft in drafts:
        telling = tellings.get(draft.sentence_no + 1)
        if telling is None or draft.date.value is not None or not _news_act(doc, draft):
            continue
        if doers_of(draft) & spoken_for(telling):
            inherit_date(draft, telling)


def date_reports_going_on(drafts: list[Draft]) -> None:
    """ "China's foreign ministry said on Friday that the charges were groundless. Spokeswoman
    Hua said China had lodged a formal protest": an undated act a telling reports (the telling
    folded into it) whose doer, or its state, told something in the sentence right before on a
    day named there goes on with that statement and took place that day, inferred."""
    dated: dict[int, list[Draft]] = {}
    for draft in drafts:
        spoken = draft.match.statement or draft.news_of_the_day or draft.attributed_to
        if spoken and _dated_in_its_sentence(draft):
            dated.setdefault(draft.sentence_no, []).append(draft)
    for draft in drafts:
        if draft.date.value is not None or draft.attributed_to is None or draft.negated:
            continue
        doers = doers_of(draft)
        before = [d for d in dated.get(draft.sentence_no - 1, []) if doers_of(d) & doers]
        if before:
            inherit_date(draft, before[-1])


def spoken_for(telling: Draft) -> set[str]:
    """Whom a telling's speakers speak for: themselves, the bodies their posts are at, and the
    states of those bodies when known."""
    speakers = telling.roles.get("actor", [])
    bodies = {r.organization for h in speakers for r in h.entity.roles if r.organization}
    states = {h.entity.country for h in speakers if h.entity.country}
    return {h.entity.id for h in speakers} | bodies | states


def _dated_in_its_sentence(draft: Draft) -> bool:
    """Dated to a day by an expression of its own sentence (its own or its telling's), not
    by "the same day", which names the day of another act and is read later (occasions.py)."""
    start = draft.date.start
    return (
        draft.date.precision == "day"
        and start is not None
        and draft.sentence.start <= start < draft.sentence.end
        and "same day" not in (draft.date.text or "").lower()
    )
