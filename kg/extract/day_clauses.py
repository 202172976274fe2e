"""Days named by what happened on them: "on the night the ban was ordered", "the same day
that Trump and Xi met", "on the morning the embassy was stormed". The time noun's relative
clause tells an act, and the act the noun dates took place when that one did:

- an undated act dated by such a noun takes the date of the act the clause tells: its own
  event if the clause is one, else the latest earlier act dated in the text that the clause
  names again by its verb or its subject ("the ban was ordered": the ordering told before);
- an undated act the clause tells takes the date of the act the noun dates ("The arrest was
  carried out the same day that Trump and Xi met": the arrest dated before), and so does an
  act told in a "where" clause of the place it happened in ("met over dinner in Buenos
  Aires, where they agreed to a truce": the same occasion).

Only a past clause counts ("the day the ban takes effect" is yet to come), and a noun with a
measure before it ("two days before the ban was ordered") is no such day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.date_relations import inherit_date

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

# Nouns of a day or a part of one whose relative clause names the happening it is the day of.
_DAY_NOUNS = frozenset({"day", "night", "morning", "afternoon", "evening"})
# Dependencies through which the act a time noun dates governs a clause that hangs the noun.
_CLAUSE_LINKS = frozenset({"advcl", "xcomp"})


def date_by_day_clauses(doc, drafts: list[Draft]) -> None:
    """Undated acts tied to another by a day named by what happened on it (module docstring)."""
    by_token = {a: d for d in drafts for a in (d.match.verb, *d.match.anchors)}
    for noun in doc:
        clause = _day_clause(noun)
        if clause is None:
            continue
        act = _act_dated_by(noun, by_token)
        told = by_token.get(clause.i)
        if act is not None and act.date.value is None:
            source = told if told is not None and told.date.value else None
            source = source or _named_again(doc, drafts, clause, act)
            if source is not None:
                inherit_date(act, source)
        # "The arrest was carried out the same day that ...": the arrest told before, not a
        # day the noun's own words may have been read as
        dated: Draft | None = None
        if act is not None and act.date.value and not act.refers_back:
            dated = act
        else:
            dated = _named_again(doc, drafts, _governing_verb(noun), act)
        if dated is None:
            continue
        for tok in (clause, *_where_clauses(clause)):
            held = by_token.get(tok.i)
            if held is not None and held is not dated and held.date.value is None:
                inherit_date(held, dated)


def _day_clause(noun):
    """The past relative clause naming what happened on the day ``noun`` says, or None."""
    if noun.lemma_.lower() not in _DAY_NOUNS or noun.pos_ != "NOUN":
        return None
    if any(c.dep_ == "nummod" for c in noun.children):
        return None  # "two days before the vote": a measure, not a day named
    clauses = [c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i]
    verb = _governing_verb(noun)
    if not clauses and verb is not None and noun.dep_ == "pobj":
        # "condemned X on the morning the arrest was made": the small parser may hang the
        # clause right after the noun on the verb as a complement of its own
        clauses = [
            c
            for c in verb.children
            if c.dep_ in ("ccomp", "advcl") and c.left_edge.i == noun.right_edge.i + 1
        ]
    if len(clauses) != 1 or not _past(clauses[0]):
        return None
    return clauses[0]


def _past(verb) -> bool:
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in verb.children
    )


def _governing_verb(noun):
    """The verb the time noun's phrase hangs on: "carried out the same day", "on the night"."""
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") else None


def _act_dated_by(noun, by_token: dict) -> Draft | None:
    """The act the noun dates: the verb its phrase hangs on, or the act that verb's clause
    belongs to ("Addressing the nation on the night ..., Museveni accused")."""
    verb = _governing_verb(noun)
    while verb is not None:
        if verb.i in by_token:
            return by_token[verb.i]
        if verb.dep_ not in _CLAUSE_LINKS:
            return None
        verb = verb.head
    return None


def _named_again(doc, drafts: list[Draft], verb, act: Draft | None) -> Draft | None:
    """The latest act dated in the text before ``verb``'s sentence that ``verb`` names again:
    by its word ("the ban was ordered": an ordering) or by its subject's ("The arrest was
    carried out": an arrest, or an act of type Arrest)."""
    if verb is None:
        return None
    words = {verb.lemma_.lower()}
    words |= {c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    earlier = [
        d
        for d in drafts
        if d is not act
        and d.trigger.start < verb.sent.start_char
        and d.date.source == "text"
        and (doc[d.match.head].lemma_.lower() in words or d.type.lower() in words)
    ]
    return earlier[-1] if earlier else None


def _where_clauses(verb) -> list:
    """Past "where" clauses of a place ``verb``'s phrases name: "met in Buenos Aires, where
    they agreed to a truce"."""
    found = []
    for tok in verb.subtree:
        where = any(c.lower_ == "where" for c in tok.children)
        if tok.dep_ == "relcl" and where and _past(tok) and _phrase_of(tok.head) == verb:
            found.append(tok)
    return found


def _phrase_of(noun):
    """The verb a noun hangs on through prepositional phrases ("over dinner in Buenos Aires")."""
    tok = noun
    while tok.dep_ in ("pobj", "prep") and tok.head != tok:
        tok = tok.head
    return tok
