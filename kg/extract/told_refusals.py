"""What a speaker says it, or its state, did not do or will not do: a Denial or a Refusal.

"Cuba had never carried out attacks against diplomats, the foreign minister said", "the Kremlin
said Russia had received no requests": a plain statement whose reported clause, negated, has as
subject the speaker or the state it speaks for denies (``speakers.denied_clause`` reads the
pronouns, "its phones" and "the company" before the entities are known; this reads the names).
The act the clause denies is what the denial is about: it becomes a further mention of the
denial, as in ``denied_acts``. "Putin said Russia would not send anyone home", "said the company
would not give in", "wrote that the United States would no longer deal with the ambassador": a
negated will of the speaker's own is a Refusal. What it will not allow, let or tolerate is a
policy or a warning (``told_types``), what it would not hesitate to do a threat; a passive or a
copula ("would not be affected") and a clause of a third party ("said Acme would not pay") stay
Statements.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.reference import EntityIndex, RoleContext, unique
from kg.extract.speakers import OPINION_VERBS, denies, speaks_for_itself
from kg.extract.subjects import subject_hits
from kg.extract.told_acts import NOT_YET, TELLING, retold
from kg.extract.told_words import (
    SELF,
    StanceWords,
    joined_clauses,
    stance_words_of,
    states_of,
    subjects_of,
    told_clauses,
)
from kg.extract.trigger_lexicon import Lexicon

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

_WILL = frozenset({"will", "would", "'ll", "shall", "wo"})
_PEOPLE = frozenset({"Person", "Official"})
_DENIES = ("denies", "deny")
_REFUSES = ("refuses", "refuse")


def refusals_and_denials(
    doc, drafts: list[Draft], lexicon: Lexicon, index: EntityIndex, context: RoleContext
) -> None:
    """Retype, in place, each plain statement of ``drafts`` (one sentence's) that says the
    speaker or its state did not or will not do something; a denied act among ``drafts`` is
    folded into its denial (removed from the list)."""
    words = stance_words_of(doc)
    denial = lexicon.negated_statement_type
    for statement in list(drafts):
        if statement.type != TELLING or not statement.match.statement or statement.negated:
            continue
        verb = doc[statement.match.verb]
        for clause in told_clauses(verb, words):
            negated = denies(clause, lexicon) or _no_longer(clause)
            if not negated or not _the_speakers(clause, verb, statement, words, index, context):
                continue
            if _will(clause) and _refused(clause, words):
                retold(statement, words.refusal_type, [clause], _REFUSES, claim=True)
                break
            modal = any(c.dep_ == "aux" and c.lower_ in NOT_YET for c in clause.children)
            if (
                not modal
                and denial
                and not _no_longer(clause)
                and clause.lemma_.lower() not in OPINION_VERBS
            ):
                retold(statement, denial, [clause], _DENIES, claim=True)
                _fold_denied_acts(drafts, statement, clause)
                break


def _will(clause) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in _WILL for c in clause.children)


def _no_longer(clause) -> bool:
    """ "would no longer deal with the ambassador": the parse negates "longer", not the verb."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(n.dep_ == "neg" for n in c.children)
        for c in clause.children
    )


def _refused(clause, words: StanceWords) -> bool:
    """An active deed the speaker will not do ("would not send anyone home", "would not give
    in"), not a policy ("would not allow"), a threat ("would not hesitate") nor a state ("would
    not be affected")."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children):
        return False
    return clause.pos_ == "VERB" and clause.lemma_.lower() not in words.not_refusals


def _the_speakers(clause, verb, statement: Draft, words: StanceWords, index, context) -> bool:
    """The clause's subject is the speaker: a pronoun for it, what it owns or its kind
    ("the company"), or a name of the speaker, of the state it speaks for or of a body an
    official speaking holds a post in."""
    subjects = [s for s in subjects_of(clause) if s.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or any(s.lemma_.lower() in words.not_owned for s in subjects):
        return False  # "said its rivals had not paid": those against it
    # "he" and "she" stand for a person speaking, not for a body ("the agency says he has not")
    selves = SELF - {"he", "she"} if not _a_person(statement) else SELF
    if all(s.lower_ in selves for s in subjects) or speaks_for_itself(verb, subjects[0]):
        return True
    # "Putin said Russia would not ...": the bodies a speaking official holds posts in
    posts = {r.organization for h in statement.roles["actor"] for r in h.entity.roles}
    speakers = statement.ids("actor") | states_of(statement) | (posts - {None})
    hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    return bool(hits) and all(h.entity.id in speakers for h in hits)


def _a_person(statement: Draft) -> bool:
    return any(h.entity.type in _PEOPLE for h in statement.roles["actor"])


def _fold_denied_acts(drafts: list[Draft], denial: Draft, clause) -> None:
    """The negated acts the denied clause tells ("had never carried out attacks") become
    further mentions of the denial; whom they were done to, its targets."""
    verbs = {clause.i} | {c.i for c in joined_clauses(clause)}
    for act in [d for d in drafts if not d.match.statement and d.negated]:
        if act.match.verb in verbs:
            denial.mentions.append(act.trigger)
            denial.roles["target"] = unique(denial.roles["target"] + act.roles["target"])
            drafts.remove(act)
