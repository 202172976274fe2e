"""Acts told "hours later", "minutes later" or "later that day": they happened on the day the
sentence before names, else on the day of the latest act dated to a day before them (moved out
of borrowed_dates.py, which runs it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.date_relations import inherit_date
from kg.extract.dating import event_date
from kg.extract.time_attachment import timex_span

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

# "Hours later, ...", "Minutes later", "Later that day": the same day as the act told before.
_SHORT_SPANS = frozenset({"hour", "minute", "moment"})
_AFTERWARDS = frozenset({"later", "afterwards", "afterward"})
# "earlier in the day", "later that day": the day told before, anywhere in the clause.
_WITHIN_THE_DAY = frozenset({"earlier", "later"})
_OWN_CLAUSES = frozenset({"relcl", "ccomp", "advcl", "conj", "parataxis", "xcomp"})


def date_hours_later(doc, drafts: list[Draft], timexes) -> None:
    """ "Canada on Monday expelled six Indian diplomats ... Hours later, the ministry ordered six
    Canadian diplomats to leave": an undated act in a sentence opened by "hours later",
    "minutes later" or "later that day" happened on the day the sentence before names ("On
    Friday, Lavrov proposed ... Hours later, Putin said": Friday, even when that act is no
    event), else on the day of the latest act dated to a day in an earlier sentence,
    inferred."""
    latest_day: Draft | None = None
    for draft in drafts:
        verb = doc[draft.match.verb]
        undated = draft.date.value is None and _opens_hours_later(verb)
        named = _day_named_before(doc, verb, timexes) if undated else None
        if named is not None:
            draft.date = event_date(named, None, "inferred")
            draft.date_from_text = True
        elif undated and latest_day is not None and latest_day.sentence_no < draft.sentence_no:
            inherit_date(draft, latest_day)
        elif draft.date.source == "text" and draft.date.precision == "day":
            latest_day = draft


def _day_named_before(doc, verb, timexes):
    """The last expression of a day in the sentence before ``verb``'s, or None."""
    start = verb.sent.start
    if start == 0:
        return None
    before = doc[start - 1].sent
    days = [
        t
        for t in timexes
        if before.start_char <= t.start < before.end_char
        and t.type == "DATE"
        and t.precision == "day"
        and dates_the_main_clause(doc, t)
    ]
    return days[-1] if days else None


def dates_the_main_clause(doc, timex) -> bool:
    """True if the expression hangs on its sentence's main clause, not on a noun or a clause
    describing one ("Smith, who was born on 3 March 1980, ...")."""
    span = timex_span(doc, timex)
    if span is None:
        return False
    tok = span.root
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.dep_ in ("relcl", "acl") or (tok.pos_ in ("NOUN", "PROPN") and tok.i not in span):
            return False
    return True


def _opens_hours_later(verb) -> bool:
    words = list(verb.sent)[:4]
    lemmas = [w.lemma_.lower() for w in words]
    if lemmas[:3] == ["later", "that", "day"]:
        return True
    if any(w in _AFTERWARDS for w in lemmas) and any(w in _SHORT_SPANS for w in lemmas):
        return True
    return _within_the_day(verb)


def _within_the_day(verb) -> bool:
    """ "It was taken at a meeting earlier in the day", "was summoned later that day": a phrase
    on ``verb``'s clause placing it earlier or later on the day told before."""
    for tok in verb.sent:
        if tok.lower_ not in _WITHIN_THE_DAY or not _in_the_clause_of(tok, verb):
            continue
        following = [w.lower_ for w in tok.doc[tok.i + 1 : tok.i + 4]]
        if following[:3] == ["in", "the", "day"] or following[:2] == ["that", "day"]:
            return True
    return False


def _in_the_clause_of(tok, verb) -> bool:
    """True if ``tok`` hangs on ``verb`` through phrases, not through a clause of its own
    ("met X, who said she would leave later that day": the leaving's)."""
    while tok.i != verb.i:
        if tok.dep_ in _OWN_CLAUSES or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True
