"""A person a lede introduces by description and the next sentence names: "A judge sentenced a
former contractor ... Judge Helen Marsh told Peter Lindqvist, 52," (the description's noun as a
title, or an age after the name).
"""

from __future__ import annotations

import itertools

from kg.extract.reference import PEOPLE, EntityIndex, Hit

_LEDE_SENTENCES = 3  # a headline and dateline may come before the lede's first sentence
_BODY_NOUNS = frozenset({"court", "tribunal", "jury", "government", "parliament", "police"})


def named_next(tok, index: EntityIndex) -> list[Hit]:
    """ "A judge sentenced a former contractor ... Judge Helen Marsh told Peter Lindqvist, 52,":
    a lede introduces people by description and the next sentence names them, by the
    description's noun as a title or with their age. Only the article's first sentences."""
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
    if tok.pos_ != "NOUN" or not indefinite or not _may_be_a_person(tok, index):
        return []
    sentences = list(itertools.islice(tok.doc.sents, _LEDE_SENTENCES + 1))
    lede = [i for i, sent in enumerate(sentences[:_LEDE_SENTENCES]) if tok in sent]
    if not lede or lede[0] + 1 >= len(sentences):
        return []
    following = sentences[lede[0] + 1]
    for start, end in _people_named_in(following, index):
        hit = index.at(tok.doc[start])
        before, after = tok.doc[start - 1], tok.doc[end : end + 2]
        titled = before.lower_ == tok.lower_
        aged = len(after) == 2 and after[0].text == "," and after[1].like_num
        # the name is who its clause is about, not an apposition ("Her lawyer, NAME, 44,")
        own = tok.doc[end - 1].dep_ in ("nsubj", "nsubjpass", "dobj")
        if hit is not None and own and (titled or aged) and hit.mention.start >= tok.sent.end_char:
            return [hit]
    return []


def _may_be_a_person(tok, index: EntityIndex) -> bool:
    """ "a court" is a body (``anaphoric_nouns`` without a people type, or ``_BODY_NOUNS``):
    the person named next with an age is not the court that sentenced him."""
    lemma = tok.lemma_.lower()
    types = index.anaphors.get(lemma)
    return lemma not in _BODY_NOUNS if types is None else any(t in PEOPLE for t in types)


def _people_named_in(sent, index: EntityIndex) -> list[tuple[int, int]]:
    """(first token, end token) of each mention of a person in ``sent``."""
    spans: list[tuple[int, int]] = []
    for tok in sent:
        hit = index.at(tok)
        if hit is None or hit.entity.type not in PEOPLE:
            continue
        if spans and spans[-1][1] == tok.i and index.at(tok.doc[tok.i - 1]) == hit:
            spans[-1] = (spans[-1][0], tok.i + 1)
        else:
            spans.append((tok.i, tok.i + 1))
    return spans
