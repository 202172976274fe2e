"""Announcing what the story already told is no new happening.

"Albania broke off relations with Iran on Wednesday ... Prime Minister Edi Rama announced the
decision in a video statement", "Rama made the announcement at a meeting with teachers",
"In announcing the step, Commerce Secretary Wilbur Ross said ...", "The British assessment was
announced by Lord Ahmad": the definite noun ("the decision", "the measure", "the step", "the
announcement") points back to an act told before; the announcing says who made it public and
where, and annotators list neither it nor a "saying" joined to it as a Statement. An
announcement with what it says ("announced on Monday that ...", "announced sanctions on X",
"announced a ban") is news, and one made at an occasion told as an event of its own ("made the
announcement at a meeting with teachers") stays, since the occasion takes its date.
"""

from __future__ import annotations

from typing import Any

# Verbs and nouns of making public: with a definite object and nothing reported, they retell.
ANNOUNCING_VERBS = frozenset({"announce"})
ANNOUNCING_NOUNS = frozenset({"announcement"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OBJECTS = ("dobj", "nsubjpass")
_SAYS = ("ccomp", "acl", "relcl", "xcomp")


def without_retold_announcements(doc, drafts: list[Any]) -> list[Any]:
    """``drafts`` (one sentence's) without the plain statements that announce an act named by a
    definite noun and report nothing of their own."""
    occasions = {d.match.head for d in drafts}
    retold = [
        d for d in drafts if _announces_the_told(doc, d) and not _at_an_occasion(doc, d, occasions)
    ]
    if not retold:
        return drafts
    verbs = [doc[d.match.verb] for d in retold]
    return [d for d in drafts if d not in retold and not _its_words(doc, d, verbs)]


def _its_words(doc, draft: Any, announcing: list) -> bool:
    """A plain telling joined to a retold announcement says what was announced ("announced
    the decision, saying ...", "In announcing the step, Ross said ...")."""
    if draft.type != "Statement" or draft.match.nominal:
        return False
    verb = doc[draft.match.verb]
    return any(
        verb.head == a or a.head == verb or (a.head.dep_ == "prep" and a.head.head == verb)
        for a in announcing
    )


def _announces_the_told(doc, draft: Any) -> bool:
    if draft.type != "Statement":
        return False
    if draft.match.nominal:
        noun = doc[draft.match.head]
        return noun.lemma_.lower() in ANNOUNCING_NOUNS and _definite_bare(noun)
    verb = doc[draft.match.verb]
    if verb.lemma_.lower() not in ANNOUNCING_VERBS or any(c.dep_ == "ccomp" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ in _OBJECTS]
    return bool(objects) and all(_definite_bare(o) for o in objects)


def _definite_bare(noun) -> bool:
    """ "the decision", "the British assessment": a definite common noun saying nothing more
    ("the decision that ...", "the decision to ban X" tell what was decided)."""
    if noun.pos_ != "NOUN" or any(c.dep_ in _SAYS for c in noun.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in noun.children)


def _at_an_occasion(doc, draft: Any, occasions: set[int]) -> bool:
    """ "made the announcement at a meeting with teachers": the occasion is another event of
    the sentence."""
    verb = doc[draft.match.verb]
    return any(o.i in occasions for p in verb.children if p.dep_ == "prep" for o in p.children)
