"""The occasion a telling names: "told the same hearing" (dated like the act told on that
occasion before) or "said at a separate briefing" (another occasion, never dated by it)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


def dated_by_the_same_occasion(doc, drafts: list[Draft]) -> None:
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
            draft.date = replace(source.date, source="inferred")
            draft.date_from_text = True


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
