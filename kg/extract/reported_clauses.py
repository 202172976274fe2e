"""What a trigger reports, by token: the clauses a speech verb governs, the quotations it stands
outside of and the acts an accusation alleges. Their time expressions date what is reported,
never the trigger (dating.py and trigger_dates.py set them aside)."""

from __future__ import annotations

from kg.extract.misparse import declared_as
from kg.extract.time_attachment import opening_modifiers


def clause_tokens(verb) -> frozenset[int]:
    """Tokens of what a speech verb reports: its clausal complements, not what it declares its
    object to be (``misparse.declared_as``, whose time is the declaration's)."""
    declared = declared_as(verb)
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c not in declared]
    tokens: set[int] = set()
    for clause in clauses:
        opening = opening_modifiers(clause)  # "said on Monday it had ...": the telling's
        tokens.update(t.i for t in clause.subtree if t.i not in opening)
    return frozenset(tokens)


def reported_tokens(doc, match) -> frozenset[int]:
    """Tokens whose time expressions belong to what the trigger reports, not to the trigger:
    its clausal complement ("said the phone would ship in June"), any quotation the trigger
    stands outside of ("'We will sue in May,' she said") and the act an accusation alleges
    ("accused of spying in 2019"), also through a clause on the trigger's noun ("unsealed an
    indictment charging him with hacking in 2016": the hacking's year, not the unsealing's)."""
    tokens: set[int] = set()
    for anchor in match.anchors:
        tokens.update(clause_tokens(doc[anchor]))
    head = doc[match.head]
    if match.statement and head.dep_ == "parataxis":
        # "The switch, he said, would happen next year": the speech verb sits inside what it
        # reports, which the parser makes its head.
        own = {t.i for t in head.subtree}
        tokens.update(t.i for t in head.head.subtree if t.i not in own)
    sent = doc[match.head].sent
    tokens.update(alleged_tokens(head))
    for clause in head.children:  # "unsealed an indictment charging him with hacking in 2016"
        if clause.dep_ in ("acl", "relcl"):
            tokens.update(alleged_tokens(clause))
    opened: int | None = None
    for tok in sent:
        if tok.is_quote:
            if opened is None:
                opened = tok.i
            else:
                if not opened < match.head < tok.i:
                    tokens.update(range(opened + 1, tok.i))
                opened = None
    return frozenset(tokens)


def alleged_tokens(verb) -> frozenset[int]:
    """ "accused them of running an operation that began in 2020", "charged with hacking in
    2019": tokens of the act alleged, whose date is not the accusation's."""
    return frozenset(
        t.i
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("of", "with")
        for act in prep.children
        if act.dep_ == "pcomp" and act.tag_ == "VBG"
        for t in act.subtree
    )


def dated_inside_a_reported_clause(doc, verb_index: int, date_start: int | None) -> bool:
    """True if the act of the verb at ``verb_index`` is reported by a telling and dated by
    words of the reported clause starting at ``date_start`` ("said it detected the intrusion
    on January 12"), not by the telling's ("said on Monday it had suspended 936 accounts": the
    parser hangs the telling's day on the clause, ``opening_modifiers``)."""
    verb = doc[verb_index]
    clause = next((t for t in [verb, *verb.ancestors] if t.dep_ == "ccomp"), None)
    if clause is None or date_start is None:
        return False
    word = doc.char_span(date_start, date_start + 1, alignment_mode="expand")
    if word is None or word.start in opening_modifiers(clause):
        return False
    return clause.left_edge.i <= word.start <= clause.right_edge.i
