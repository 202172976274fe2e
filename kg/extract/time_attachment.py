"""Which act a time expression belongs to when the parse hangs it where news wording does not
mean it: on a reported clause although it dates the telling ("said on Monday it had
recovered"), or on a noun named in a phrase on another noun or on an act's cause ("in
retaliation for interference in last year's election"); moved out of dating.py, which reads
them."""

from __future__ import annotations

from kg.types import Timex


def teller_of(doc, timex: Timex, governor: int | None) -> int | None:
    """The verb telling the clause ``governor`` heads, when the expression is one of the
    clause's opening modifiers (``opening_modifiers``), else None."""
    if governor is None:
        return None
    clause = doc[governor]
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.start not in opening_modifiers(clause):
        return None
    return clause.head.i


def opening_modifiers(clause) -> frozenset[int]:
    """ "The department said on Monday it had recovered ...": tokens of the modifiers a
    reported clause opens with, between the telling verb and the clause's subject with no
    "that" before them. The parser hangs them on the clause, but news wording puts the day of
    the statement there ("said Friday it would", "said late on Wednesday it was"); "said that on
    Monday it had ..." keeps them in the clause."""
    if clause.dep_ != "ccomp" or clause.head.i > clause.i:
        return frozenset()
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(c.dep_ == "mark" for c in clause.children):
        return frozenset()
    start, end = clause.head.i + 1, subjects[0].left_edge.i
    modifiers = [
        c
        for c in clause.children
        if c.dep_ in ("prep", "npadvmod", "advmod") and start <= c.left_edge.i < end
    ]
    tokens = {t.i for c in modifiers for t in c.subtree}
    between = clause.doc[start:end]
    telling = clause.head  # "said late on Monday it": "late" is the telling's own
    if not tokens or any(
        t.i not in tokens and t.head != telling and not t.is_punct for t in between
    ):
        return frozenset()
    return frozenset(tokens)


# How an expression modifies a noun it dates: "last year's election", "the 2016 election".
_NOUN_MODIFIERS = frozenset({"poss", "compound", "nmod", "nummod", "amod"})


def dates_a_nested_noun(doc, timex: Timex, trigger_heads: set[int]) -> bool:
    """ "in retaliation for cyberattacks and interference in last year's election": an
    expression modifying a noun that is no trigger, in a phrase on another noun, names that
    noun's time (the election's), not any act's; one modifying a noun on the verb itself
    ("interfered in the 2016 election") still dates the verb."""
    span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
    if span is None or span.root.dep_ not in _NOUN_MODIFIERS:
        return False
    noun = span.root.head
    if noun.i in trigger_heads or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    holder = noun.head.head  # what the preposition hangs on
    return holder.pos_ in ("NOUN", "PROPN") and holder.i not in trigger_heads
