"""What a plain statement does by the shape of the clause it reports.

"Jeff Greene said people worried about their calls should use encrypted apps" asks something of
others: an Appeal by the speaker (lexicon ``urging_statement_type``, modals ``urging_modals``;
not "should have known", a reproach, nor a negated "should not be seen as"). "The Treasury said
the government would not tolerate the spread of spyware" warns: a Warning by the speaker
(``intolerance_statement_type``, verbs ``intolerance_verbs``, negated with a modal). "The judge
said people who use VPNs would face daily fines" threatens: a Threat by the speaker
(``penalty_statement_type``, ``penalty_verbs`` with a modal and one of ``penalty_nouns``).
"""

from __future__ import annotations

from typing import Any

from kg.extract.misparse import reported_clauses
from kg.extract.shapes import built_once
from kg.extract.told_words import SELF, objects_of, stance_words_of
from kg.extract.trigger_lexicon import Lexicon


def told_type(verb, lexicon: Lexicon) -> tuple[str, Any] | None:
    """The type a statement verb takes from its reported clause, with that clause's verb (a
    further mention: "should use encrypted apps"), or None to keep its own."""
    for clause in reported_clauses(verb):
        auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        negated = any(c.dep_ == "neg" for c in clause.children)
        modal = bool(auxes & lexicon.modal_auxiliaries)
        intolerant = negated and modal and clause.lemma_.lower() in lexicon.intolerance_verbs
        if intolerant and lexicon.intolerance_statement_type:
            return lexicon.intolerance_statement_type, clause
        if modal and not negated and _a_penalty(clause, lexicon) and lexicon.penalty_statement_type:
            return lexicon.penalty_statement_type, clause
        if not negated and _against_offenders(clause, lexicon) and lexicon.penalty_statement_type:
            return lexicon.penalty_statement_type, clause
        # after the verb: one before may be the writer's ("we should pity X, as Y said")
        urging = auxes & lexicon.urging_modals and not negated and "have" not in auxes
        urging = urging and clause.i > verb.i
        if urging and lexicon.urging_statement_type:
            return lexicon.urging_statement_type, clause
        if not negated and _awaits_an_account(clause) and lexicon.urging_statement_type:
            return lexicon.urging_statement_type, clause
    return None


def _awaits_an_account(clause) -> bool:
    """ "We look to the Chinese government for an explanation", "said we expect answers from
    Moscow": the speaker (a pronoun) expecting an account owed (``owed_accounts``) asks for it;
    not "said Acme expected an answer" (another's wait)."""
    words = stance_words_of(clause.doc)
    if clause.lemma_.lower() not in words.expecting_verbs:
        return False
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    if not subjects or any(s.lower_ not in SELF for s in subjects):
        return False
    owed = [c for c in clause.children if c.dep_ == "dobj"] + objects_of(clause, ("for",))
    return any(o.lemma_.lower() in words.owed_accounts for o in owed)


def _a_penalty(clause, lexicon: Lexicon) -> bool:
    """ "would face daily fines", "could risk prosecution": a penalty the clause's subject
    would undergo."""
    if clause.lemma_.lower() not in lexicon.penalty_verbs:
        return False
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in lexicon.penalty_nouns for o in objects)


def _against_offenders(clause, lexicon: Lexicon) -> bool:
    """ "had directed prosecutors to bring charges against anyone who defied the ban": a
    punishing measure whose object is whoever does something (a generic offender with a
    relative clause)."""
    for tok in clause.subtree:
        if tok.lower_ not in lexicon.generic_offenders:
            continue
        described = tok.lower_ == "whoever" or any(c.dep_ == "relcl" for c in tok.children)
        holder = tok.head.head if tok.dep_ == "pobj" else tok.head
        verb = holder if holder.pos_ in ("VERB", "AUX") else holder.head
        words = {holder.lemma_.lower()} | {
            c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"
        }
        if described and words & lexicon.punishing_words and _still_to_do(verb, lexicon):
            return True
    return False


def _still_to_do(verb, lexicon: Lexicon) -> bool:
    """ "would arrest", "to bring charges": a measure announced or ordered, not one taken."""
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    return bool(auxes & (lexicon.modal_auxiliaries | {"to"}))


def vehicle_nouns(verb, lexicon: Lexicon) -> list:
    """The speech noun a statement was made in: "In a joint statement last month, the FBI
    said ..." (the lexicon's nouns of type Statement); it tells the same statement."""
    nouns = built_once(lexicon, "statement nouns", _statement_nouns)
    return [
        noun
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for noun in prep.children
        if noun.dep_ == "pobj" and noun.lemma_.lower() in nouns
    ]


def _statement_nouns(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(w for r in lexicon.nouns if r.type == "Statement" for w in r.lemmas)
