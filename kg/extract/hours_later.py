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
    return any(w in _AFTERWARDS for w in lemmas) and any(w in _SHORT_SPANS for w in lemmas)
