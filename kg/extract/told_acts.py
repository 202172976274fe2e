"""A telling of someone else's hostile act accuses them.

"She told the same hearing that the group had broken into water systems", "the ministry said
Russian hackers had attacked its servers": a plain statement (type Statement; a news outlet's
Report is no accusation) whose reported clause is a past hostile act of a third party, told
with no date of its own, is what the speaker does: accuse that party. The statement takes the
lexicon's ``telling_of_acts`` type and the act's actors as its targets; the act stays an event
(it may be told again, and dated, elsewhere). An act told with its date ("the hackers got in in
late November, Microsoft said") is itself the news; a denied or future act ("said it would
attack", "denied that it hacked"), an act inside a phrase ("nothing illegal about X contacting
Y"), an act whose doers are only said to be tied to someone ("a group tied to the SVR": the
speaker usually names who next) and the speaker's own act (dropped by
``without_redundant_statements``) accuse no one; "Chinese hackers" accuses China.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.phrase_roles import names_an_owner
from kg.extract.reference import Hit, unique
from kg.extract.trigger_lexicon import Lexicon
from kg.types import Span

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

TELLING = "Statement"
_GLOSS = ("accuses", "accuse")
_PAST = frozenset({"VBD", "VBN"})
NOT_YET = frozenset({"will", "would", "shall", "'ll", "can", "could", "to"})


def tellings_as_accusations(doc, drafts: list[Draft], lexicon: Lexicon) -> None:
    """Retype, in place, each plain statement of ``drafts`` (one sentence's) that tells of a
    hostile act of someone else."""
    accusation = lexicon.telling_of_acts_type
    if accusation is None:
        return
    for statement in drafts:
        if statement.type != TELLING or not statement.match.statement or statement.negated:
            continue
        doers = _doers_told(doc, statement, drafts, lexicon.told_act_types)
        if doers:
            statement.type = accusation
            statement.roles["target"] = unique(statement.roles["target"] + doers)
            worded_as(statement, _GLOSS)


def worded_as(statement: Draft, gloss: tuple[str, str]) -> None:
    """Label a retyped telling by its new type's verb (singular, plural): "accuses" what the
    speaker said, with no object word, addressee or recipients of the plain statement."""
    statement.wording = replace(
        statement.wording,
        gloss=gloss[0],
        gloss_plural=gloss[1],
        object_word="",
        addressee=False,
        recipients_shown=False,
    )


def retold(
    statement: Draft, event_type: str, told: list, gloss: tuple[str, str], claim: bool
) -> None:
    """Give the telling the type of what it tells, with each told phrase (a Span of the doc) as
    a further mention; a ``claim`` (what the speaker holds, not an act told) is one telling with
    the speaker's plain statements beside it (folding)."""
    statement.type, statement.claim = event_type, claim
    for phrase in told:
        mention = Span(phrase.text, phrase.idx, phrase.idx + len(phrase))
        if all(m.start != mention.start for m in statement.mentions):
            statement.mentions.append(mention)
    worded_as(statement, gloss)


def _doers_told(doc, statement: Draft, drafts: list[Draft], act_types: frozenset[str]) -> list[Hit]:
    """Actors, other than the speaker, of the undated past hostile acts the statement's
    reported clause asserts."""
    clauses = reported_clauses(doc[statement.match.verb])
    speaker = statement.ids("actor")
    doers: list[Hit] = []
    for act in drafts:
        verb = doc[act.match.verb]
        if act is statement or act.type not in act_types or not _asserts(verb, clauses):
            continue
        if act.negated or act.inherited_actor or act.date.source == "text":
            continue
        named = [h for h in act.roles["actor"] if not _owner_only(doc, h)]
        if named and not act.ids("actor") & speaker:
            doers.extend(named)
    return doers


def _asserts(verb, clauses: list) -> bool:
    """True if ``verb`` is the past-tense main verb of one of ``clauses`` (or joined to it by
    "and"), said to have happened."""
    main = verb.head if verb.dep_ == "conj" else verb
    if not any(main.i == c.i for c in clauses) or verb.tag_ not in _PAST:
        return False
    return not any(c.dep_ == "aux" and c.lower_ in NOT_YET for c in verb.children)


def reported_clauses(verb) -> list:
    """The main verbs of what a speech verb reports: its complement clause, also when the parse
    hangs it on who is told as a relative clause ("told the hearing that the group had broken
    in"), or on where it was said ("said in a statement that ..."), or the clause around a
    parenthetical "she said"."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    told = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    clauses += [r for n in told for r in n.children if r.dep_ == "relcl" and _that_clause(r)]
    # "said in a statement that Russia had attacked ...": the parse may hang the clause on the
    # noun of where or how it was said
    where = [n for p in verb.children if p.dep_ == "prep" for n in p.children if n.dep_ == "pobj"]
    clauses += [
        r for n in where for r in n.children if r.dep_ in ("acl", "relcl") and _that_clause(r)
    ]
    if verb.dep_ in ("parataxis", "ccomp") and verb.head is not verb:
        clauses.append(verb.head)
    return clauses


def _that_clause(clause) -> bool:
    """ "that Russia had broken in" (a subject of its own after "that", which the parse may
    make the object), not "that met on Tuesday" (a true relative clause on who is told)."""
    that = next((c for c in clause.children if c.lower_ == "that"), None)
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return that is not None and subject is not None and subject.i > that.i


def _owner_only(doc, hit: Hit) -> bool:
    span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    return span is not None and names_an_owner(span.root)
