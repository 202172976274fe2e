"""Definite nouns: an event noun told again ("the sanctions"), and a plural description that
stands for several entities named together before ("the companies", "the platforms").

News names the parties of a story together ("posts on X and Facebook", "OpenAI and Microsoft
said") and goes on with a plural noun of their kind ("the platforms", "the companies said"):
the plural stands for the latest entities of a fitting kind joined by "and" or commas, within
about two paragraphs (a lede's pair is often named again several paragraphs on), not for the
single latest one; "the four men" stands for four people named together before, else for
the people of the latest sentence naming any when it names that many ("Putin had told Biden
... The two leaders agreed"). A counting word with no noun ("Both were charged", "the pair",
"the two") stands for the group of one kind its sentence or the one before joins by "and".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.reference import EntityIndex, Hit

DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
GROUP_WINDOW = 300  # tokens: about two paragraphs
_PEOPLE = ("Person", "Official")
_COUNTS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def unowned_definite(noun) -> bool:
    """A noun with a definite or demonstrative article and nothing naming whose it is: "the
    sanctions", "these arrests", not "the FBI's arrest" nor "the arrest of John Smith"."""
    children = list(noun.children)
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children)


def named_together(
    tok, types: tuple[str, ...], index: EntityIndex, noun: str | None, exclude: frozenset[str]
) -> list[Hit]:
    """The latest two or more entities of ``types`` (that may be called ``noun``) joined by
    "and" or commas before the plural description ``tok``; none of ``exclude``."""
    if tok.tag_ != "NNS":
        return []
    fitting = [
        h
        for h in index.in_range(max(0, tok.i - GROUP_WINDOW), tok.i)
        if h.entity.id not in exclude and index.fits(h, types, noun)
    ]
    groups: list[list[tuple[Hit, object]]] = []
    for hit in fitting:
        word = _word(hit, index)
        if word is None:
            continue
        group = next((g for g in groups if any(_joined(word, w) for _, w in g)), None)
        if group is None:
            groups.append([(hit, word)])
        else:
            group.append((hit, word))
    for group in reversed(groups):
        hits = list({h.entity.id: h for h, _ in group}.values())
        if len(hits) >= 2:
            return hits
    return []


def counted_people(tok, index: EntityIndex) -> list[Hit]:
    """ "Four officers, A, B, C and D, were listed ... The four men were expelled": a counted
    plural description of people stands for as many people named together before it, and
    for no one when the count differs."""
    count = next((_number(c) for c in tok.children if c.dep_ == "nummod"), None)
    if count is None:
        return []
    together = named_together(tok, _PEOPLE, index, None, frozenset())
    if together:
        return together if len(together) == count else []
    return _people_of_sentence_before(tok, count, index)


# Words standing alone for a counted group named before: "Both were charged", "the pair".
_GROUP_WORDS = {"both": 2, "pair": 2, "couple": 2, "duo": 2, "trio": 3}
_BODIES = ("Country", "Agency", "Organization", "Platform")


def counted_stand_in(tok, index: EntityIndex) -> list[Hit] | None:
    """ "Siti Aisyah and Doan Thi Huong were detained ... Both were charged", "the two were
    tried", "the pair", "the trio": a word counting a group with no noun of its own stands for
    the entities of the latest phrase of its sentence or the one before that joins several of
    one kind (people, or bodies) by "and", when it joins as many; else for the people the
    sentence before names, when it names as many. None when ``tok`` is no such word; empty
    when the count differs."""
    count = _stand_in_count(tok)
    if count is None:
        return None
    doc = tok.doc
    start = tok.sent.start
    start = doc[start - 1].sent.start if start > 0 else start  # the group just named
    for j in range(tok.i - 1, start - 1, -1):
        joined = doc[j]
        if joined.pos_ not in ("PROPN", "NOUN") or not _joins(joined):
            continue
        hits = list({h.entity.id: h for h in _np_entities(joined, index)}.values())
        for kind in (_PEOPLE, _BODIES):
            group = [h for h in hits if h.entity.type in kind]
            if len(group) >= 2:
                return group if len(group) == count else []
    people = {h.entity.id: h for h in index.in_range(start, tok.sent.start)}
    named = [h for h in people.values() if h.entity.type in _PEOPLE]
    return named if len(named) == count else []  # "Putin had told Biden ... Both agreed"


def _joins(noun) -> bool:
    """Whether ``noun`` heads a phrase joining others by "and" ("A and B", "A, a diplomat, and
    B"; the parse may hang the conjunct on an apposition), not a part of such a phrase."""
    if noun.dep_ in ("conj", "appos", "compound"):
        return False
    heads = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    return any(c.dep_ == "conj" for head in heads for c in head.children)


def _stand_in_count(tok) -> int | None:
    """2 for "both" standing alone ("Both were charged"; not "both men", "both of them"), 2
    for "the two", "the pair", 3 for "the trio"; None for any other word."""
    if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj"):
        return None
    children = list(tok.children)
    if tok.lower_ == "both":
        return 2 if not any(c.dep_ == "prep" for c in children) else None
    if [c.lower_ for c in children if c.dep_ != "punct"] != ["the"]:
        return None  # "the other two", "the two men": not the bare word
    if tok.pos_ == "NUM":
        return _number(tok)
    return _GROUP_WORDS.get(tok.lower_) if tok.tag_ == "NN" else None


def _np_entities(tok, index: EntityIndex) -> list[Hit]:
    from kg.extract.reference import np_entities  # reference reads this module

    return np_entities(tok, index)


def _people_of_sentence_before(tok, count: int, index: EntityIndex) -> list[Hit]:
    """ "Putin had told Biden ... The two leaders agreed": the people the latest sentence
    naming any names, when it names as many as counted (and no one else)."""
    doc = tok.doc
    end = tok.sent.start
    while end > 0:
        sent = doc[end - 1].sent
        people = {h.entity.id: h for h in index.in_range(sent.start, sent.end)}
        named = [h for h in people.values() if h.entity.type in _PEOPLE]
        if named:
            return named if len(named) == count else []
        if tok.i - sent.start > GROUP_WINDOW:
            return []
        end = sent.start
    return []


def _number(tok) -> int | None:
    word = tok.lower_
    return int(word) if word.isdigit() else _COUNTS.get(word)


def _word(hit: Hit, index: EntityIndex):
    span = index.doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _joined(a, b) -> bool:
    """ "X and Facebook", "Google, Meta and X": one is a conjunct of the other."""
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)


def aged_description(tok) -> bool:
    """ "accused the 32-year-old of ...": a person named again by their age alone."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    years = [c for c in tok.children if c.dep_ == "npadvmod" and c.lemma_ == "year"]
    counted = any(c.dep_ == "nummod" for y in years for c in y.children)
    return tok.lower_ == "old" and definite and counted
