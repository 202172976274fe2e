"""Acts joined by "and" in one clause: two things done, even of one type.

"Beijing suspended beef imports and imposed tariffs on barley" tells two measures; "arrested and
detained X" (one object shared) or "hacked Acme and stole its files" (a pronoun or no object of
its own) may tell one, and so does a naming verb saying what the thing is ("denied any
involvement and called the charges baseless": one denial). Folding
(``folding.merged_mentions``) keeps coordinated verbs apart when each names a different thing
it acts on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

_OBJECT_DEPS = ("dobj",)


def joined_acts_apart(doc, a: Draft, b: Draft) -> bool:
    """True if ``a`` and ``b`` are verbs (or light verbs) joined by "and" in one sentence, each
    acting on a noun of its own, and the nouns differ."""
    if a.sentence_no != b.sentence_no:
        return False
    first, second = sorted((doc[a.match.verb], doc[b.match.verb]), key=lambda t: t.i)
    if second.dep_ != "conj" or second.head.i != first.i:
        return False
    if _names_what_it_is(first) or _names_what_it_is(second):
        return False
    objects = [_own_object(first), _own_object(second)]
    if any(o is None for o in objects):
        return False
    return objects[0].lemma_.lower() != objects[1].lemma_.lower()


def _names_what_it_is(verb) -> bool:
    """ "called the charges baseless", "described the move as a provocation"."""
    return any(
        c.dep_ in ("oprd", "ccomp") or (c.dep_ == "prep" and c.lower_ == "as")
        for c in verb.children
    )


def _own_object(verb):
    """The noun ``verb`` itself takes as object (not a pronoun), or None."""
    for child in verb.children:
        if child.dep_ in _OBJECT_DEPS and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None
