"""Definite nouns: an event noun told again ("the sanctions"), and a plural description that
stands for several entities named together before ("the companies", "the platforms").

News names the parties of a story together ("posts on X and Facebook", "OpenAI and Microsoft
said") and goes on with a plural noun of their kind ("the platforms", "the companies said"):
the plural stands for the latest entities of a fitting kind joined by "and" or commas, within
about two paragraphs (a lede's pair is often named again several paragraphs on), not for the
single latest one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.reference import EntityIndex, Hit

DEFINITE_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
GROUP_WINDOW = 300  # tokens: about two paragraphs


def unowned_definite(noun) -> bool:
    """A noun with a definite or demonstrative article and nothing naming whose it is: "the
    sanctions", "these arrests", not "the FBI's arrest" nor "the arrest of John Smith"."""
    children = list(noun.children)
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in children):
        return False
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in children)


def named_together(
    tok, types: tuple[str, ...], index: EntityIndex, noun: str, exclude: frozenset[str]
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


def _word(hit: Hit, index: EntityIndex):
    span = index.doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _joined(a, b) -> bool:
    """ "X and Facebook", "Google, Meta and X": one is a conjunct of the other."""
    return (a.dep_ == "conj" and a.head.i == b.i) or (b.dep_ == "conj" and b.head.i == a.i)
