"""An act done at an occasion the text names again by a noun: "She pleaded guilty in 2002 and
was sentenced in October of that year. ... At her sentencing she told the court that she had
followed her conscience": the telling was made at the sentencing, told before and dated in the
text, and took place then, not on the news day the lede would lend it. The occasion is a noun
of "at" or "during" on the act's verb (or on the verb it is joined to: "At her sentencing she
told the court ..., and described ..."), made definite by a possessive or "the"/"that"/"this",
whose word shares the stem of an earlier act dated in the text ("sentencing": "sentenced";
"the trial": "tried"), or is a further mention of it (act_offsets.names_act)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.act_offsets import names_act
from kg.extract.date_relations import inherit_date

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

_OCCASION_PREPOSITIONS = frozenset({"at", "during"})
_DEFINITE = frozenset({"the", "that", "this"})


def date_at_occasions_told_before(doc, drafts: list[Draft]) -> None:
    """Undated acts done at an occasion named again take the date of the latest act told in
    an earlier sentence that the occasion's noun names again, if dated in the text,
    inferred."""
    for i, draft in enumerate(drafts):
        if draft.date.value is not None:
            continue
        noun = _occasion_noun(doc[draft.match.verb])
        if noun is None:
            continue
        earlier = [
            d
            for d in drafts[:i]
            if d.sentence_no < draft.sentence_no
            and d.date.source == "text"
            and names_act(noun, doc[d.match.head], d)
        ]
        if earlier:
            inherit_date(draft, earlier[-1])


def _occasion_noun(verb):
    """The definite noun of an "at"/"during" phrase on ``verb`` or on the verbs it is joined
    to, if any."""
    while True:
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in _OCCASION_PREPOSITIONS:
                continue
            for noun in prep.children:
                if noun.dep_ == "pobj" and noun.pos_ == "NOUN" and _definite(noun):
                    return noun
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return None
        verb = verb.head


def _definite(noun) -> bool:
    return any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in _DEFINITE) for c in noun.children
    )
