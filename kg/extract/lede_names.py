"""A person a lede introduces by description and the next sentence names: "A judge sentenced a
former contractor ... Judge Helen Marsh told Peter Lindqvist, 52," (the description's noun as a
title, or an age after the name).
"""

from __future__ import annotations

import itertools

from kg.extract.reference import PEOPLE, EntityIndex, Hit

_LEDE_SENTENCES = 3  # a headline and dateline may come before the lede's first sentence
_BODY_NOUNS = frozenset({"court", "tribunal", "jury", "government", "parliament", "police"})
# Verbs charging or holding someone a lede may describe before naming them
_HOLDING_VERBS = frozenset(
    {"charge", "accuse", "indict", "suspect", "arrest", "detain", "convict", "sentence", "jail"}
)
_CHARGED_NOUNS = frozenset({"suspect", "accused", "defendant"})  # "the suspect, Jan K.,"
_SUBJECTS = ("nsubj", "nsubjpass")


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
    return _charged_named_next(tok, following, index)


def _charged_named_next(tok, following, index: EntityIndex) -> list[Hit]:
    """ "charged an Arizona woman with ... Christina Chapman, who was arrested on Wednesday, is
    accused of ...", "A man was arrested on Tuesday. The suspect, identified only as Jan K.,
    ...": one person charged or held by description is whom the next sentence's subject names,
    by name when that sentence charges or holds them too, or by a definite noun of the same
    kind ("the man", "the suspect") with the name in apposition or a naming clause."""
    held = tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in _HOLDING_VERBS
    if not held or tok.tag_ != "NN" or any(c.dep_ == "conj" for c in tok.children):
        return []  # "charged two men", "a man and a woman": not one person
    # the sentence's main clause, or the one it reports ("The suspect ... was detained, the
    # prosecutor's office said")
    clauses = [following.root, *(c for c in following.root.children if c.dep_ == "ccomp")]
    for verb in clauses:
        for subject in (c for c in verb.children if c.dep_ in _SUBJECTS):
            hit = index.at(subject)
            if hit is not None and hit.entity.type in PEOPLE and _holds_them(verb, subject):
                return [hit]
            if hit is None and _same_kind(subject, tok):
                return _renamed(subject, index)[:1]
    return []


def _same_kind(noun, described) -> bool:
    """ "the man" after "a man", "the suspect" after anyone charged or held."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return definite and noun.lemma_.lower() in {described.lemma_.lower(), *_CHARGED_NOUNS}


def _renamed(noun, index: EntityIndex) -> list[Hit]:
    """The person a definite noun is named as: "The suspect, Jan K.,", "The suspect,
    identified only as Pawel K.,"."""
    names = [c for c in noun.children if c.dep_ == "appos"]
    names += [p for c in noun.children if c.dep_ == "acl" for p in _named_as(c)]
    return [h for n in names if (h := index.at(n)) is not None and h.entity.type in PEOPLE]


def _holds_them(verb, subject) -> bool:
    """The sentence charges or holds its subject: "X is accused of", "X, who was arrested on
    Wednesday, ..."."""
    verbs = [verb, *(c for c in subject.children if c.dep_ == "relcl")]
    return any(
        v.lemma_.lower() in _HOLDING_VERBS and any(c.dep_ == "auxpass" for c in v.children)
        for v in verbs
    )


def _named_as(clause) -> list:
    """ "identified only as Pawel K.", "named as Jan K.": the name of a naming clause."""
    if clause.lemma_.lower() not in ("identify", "name"):
        return []
    return [p for c in clause.children if c.lower_ == "as" for p in c.children if p.dep_ == "pobj"]


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
