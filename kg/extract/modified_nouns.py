"""Names that only modify a noun of their sentence: the possessor of a relational noun ("Smith's
rival" is someone else than Smith) and a platform named on a thing kept there ("37 Facebook
accounts": Facebook is where, not what, was acted on)."""

from __future__ import annotations

from kg.extract.reference import MODIFIER_DEPS, EntityIndex, Hit


def related_only(hit: Hit, sent, index: EntityIndex, relatives: frozenset[str]) -> bool:
    """True if the hit is only the possessor of a relational noun of this sentence: "Smith's
    rival", "some Trump allies", "Smith's fellow Republicans" are other people than Smith."""
    noun = modified_noun(hit, sent, index) if relatives else None
    if noun is None:
        return False
    modifiers = {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}
    words = {noun.lemma_.lower()} | modifiers  # the tagger reads "fellow" as either
    return bool(words & relatives)


def names_platform_of(hit: Hit, sent, index: EntityIndex) -> bool:
    """ "37 Facebook accounts", "YouTube channels": the platform named on a thing kept there."""
    if hit.entity.type != "Platform":
        return False
    noun = modified_noun(hit, sent, index)
    return noun is not None and noun.pos_ == "NOUN" and noun.dep_ != "compound"


def modified_noun(hit: Hit, sent, index: EntityIndex):
    """The unnamed noun of ``sent`` that the hit's mention modifies ("Smith" in "Smith's
    rival", "Facebook" in "Facebook accounts"), or None."""
    if not sent.start_char <= hit.mention.start < sent.end_char:
        return None
    span = sent.doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in MODIFIER_DEPS:
        return None
    noun = span.root.head
    return None if index.at(noun) is not None else noun
