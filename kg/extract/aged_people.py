"""A person a lede introduces by age alone and the next sentence names: "A 17-year-old from
Tampa was arrested on Friday ... Graham Ivan Clark faces 30 felony counts", "Police detained a
52-year-old on Monday. Jan Nowak is accused of ...".

News opens on "a 17-year-old", "a 35-year-old man" before giving the name, which comes as the
subject of the next sentence, the person the story is about. Only an indefinite description of
age (an "old" with a counted "year"), in the article's first sentences, and only a person
first named in the very next sentence as the subject of something other than speech (not "...,
State Attorney Andrew Warren told reporters": who tells of the case is not in it).
"""

from __future__ import annotations

import itertools

from kg.extract.reference import PEOPLE, EntityIndex, Hit

_LEDE_SENTENCES = 3  # a headline and dateline may come before the lede's first sentence
_SUBJECTS = ("nsubj", "nsubjpass")


def named_after_age(tok, index: EntityIndex) -> list[Hit]:
    """The person an indefinite age description ``tok`` in the lede stands for, named as the
    subject of the next sentence (see the module's docstring); [] otherwise."""
    if not _indefinite_age(tok):
        return []
    sentences = list(itertools.islice(tok.doc.sents, _LEDE_SENTENCES + 1))
    lede = [i for i, sent in enumerate(sentences[:_LEDE_SENTENCES]) if tok in sent]
    if not lede or lede[0] + 1 >= len(sentences):
        return []
    for word in sentences[lede[0] + 1]:
        if word.dep_ not in _SUBJECTS or word.head.lemma_.lower() in index.report_verbs:
            continue
        hit = index.at(word)
        if hit is not None and hit.entity.type in PEOPLE and _first_named_at(hit):
            return [hit]
    return []


def _indefinite_age(tok) -> bool:
    """ "a 17-year-old", "a 35-year-old man": someone described by age, not yet named."""
    noun = tok.head if tok.dep_ == "amod" and tok.head.pos_ == "NOUN" else tok
    olds = [tok] if tok.lower_ == "old" else [c for c in noun.children if c.lower_ == "old"]
    old = olds[0] if olds else None
    if old is None:
        return False
    years = [c for c in old.children if c.dep_ == "npadvmod" and c.lemma_ == "year"]
    counted = any(c.dep_ == "nummod" for y in years for c in y.children)
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
    return counted and indefinite


def _first_named_at(hit: Hit) -> bool:
    """The mention is the person's first: the sentence introduces them."""
    return min(m.start for m in hit.entity.mentions) == hit.mention.start
