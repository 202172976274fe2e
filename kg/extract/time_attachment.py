"""Which act a time expression belongs to when the parse hangs it where news wording does not
mean it: on a reported clause although it dates the telling ("said on Monday it had
recovered"), or on a noun named in a phrase on another noun or on an act's cause ("in
retaliation for interference in last year's election"); moved out of dating.py, which reads
them."""

from __future__ import annotations

from kg.types import Timex


def timex_span(doc, timex: Timex):
    """The tokens of a time expression (widened to whole tokens), or None if its characters
    fall outside the Doc."""
    return doc.char_span(timex.start, timex.end, alignment_mode="expand")


def teller_of(doc, timex: Timex, governor: int | None) -> int | None:
    """The verb telling the clause ``governor`` heads, when the expression is one of the
    clause's opening modifiers (``opening_modifiers``), else None."""
    if governor is None:
        return None
    clause = doc[governor]
    span = timex_span(doc, timex)
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
    span = timex_span(doc, timex)
    if span is None or span.root.dep_ not in _NOUN_MODIFIERS:
        return False
    noun = span.root.head
    if noun.i in trigger_heads or noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj":
        return False
    holder = noun.head.head  # what the preposition hangs on
    return holder.pos_ in ("NOUN", "PROPN") and holder.i not in trigger_heads


# Prepositions naming what an act is done for or about: "blamed X for the outbreak",
# "accused of the theft", "charged with the murder", "sanctioned over the hack".
_CAUSE_PREPOSITIONS = frozenset({"for", "of", "with", "over"})
# Nouns measuring time, which a time expression on them does not make a cause's own time
# ("jailed for ten years in 2019").
_TIME_NOUNS = frozenset({"year", "month", "week", "day", "hour", "minute", "term", "time"})


# Prepositions of a period right after the cause's noun: "for the outbreak in May 2017".
_WITHIN = frozenset({"in", "during"})


def cause_dated(doc, timex: Timex):
    """ "which the EU blamed for the WannaCry outbreak in May 2017": the noun named as what an
    act is done for or about whose time an expression on it is (the outbreak's), not the
    act's, or None; "hacked Acme during the 2016 election" (a time preposition) and "accused X
    on Monday of ..." (on the verb) still date the act."""
    span = timex_span(doc, timex)
    if span is None:
        return None
    root = span.root
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        noun = root.head.head  # "the outbreak in May 2017"
        if noun.pos_ in ("VERB", "AUX") and root.head.lower_ in _WITHIN:
            # the parser hangs "in May 2017" on the verb right after the cause it follows
            noun = doc[root.head.i - 1]
            if noun.head.head != root.head.head:
                return None
        if _points_back(noun):
            return None  # "blamed X for that heist in April": the blaming's time
    elif root.dep_ in _NOUN_MODIFIERS:
        noun = root.head  # "the 2017 outbreak"
    else:
        return None
    if noun.pos_ != "NOUN" or noun.lemma_.lower() in _TIME_NOUNS:
        return None
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ not in _CAUSE_PREPOSITIONS:
        return None
    return noun if preposition.head.pos_ == "VERB" else None


# Determiners pointing back to a happening told before: "that heist", "these attacks".
_DEMONSTRATIVES = frozenset({"that", "this", "those", "these"})


def _points_back(noun) -> bool:
    """True if a demonstrative names ``noun`` as one told before ("that heist"): it needs no
    time phrase to say which, so a time phrase after it is the act's, not the noun's."""
    return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in noun.children)


# Prepositions naming the occasion an act was done in: "in a phone call", "at a summit".
_OCCASION_PREPOSITIONS = frozenset({"in", "at", "during"})


def occasions_of(verb, triggers: set[int]) -> tuple[int, ...]:
    """ "Biden pressed Putin in a phone call on Friday to act": the happenings (trigger nouns)
    an act was done in, at or during; the time the parser hangs on the occasion is the act's
    too. Not "after/before" an occasion (another time), nor one a noun of the act names ("a
    request for a meeting on Friday")."""
    return tuple(
        noun.i
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in _OCCASION_PREPOSITIONS
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.i in triggers
    )
