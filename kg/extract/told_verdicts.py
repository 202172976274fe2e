"""A telling that voices the speaker's disapproval or passes a verdict criticises.

"TikTok said it was disappointed by the decision", "Beijing was strongly concerned": the
speaker's own disapproval (the speaker, a pronoun for it, or its state, with a word of
``disapproval``) is a Criticism of what it is "by"/"about"/"over". "Said the move was
unacceptable", "said any reference to Putin was a shocking and unforgivable breach": a verdict
(``verdicts``) passed on something is a Criticism too, as "called the move unacceptable" is.
Someone else's worry, calm ("said it was grateful"), a negated verdict and "nothing illegal
about X doing Y" are not. Read by kg.extract.told_stances.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.reference import EntityIndex, Hit, RoleContext, unique
from kg.extract.subjects import subject_hits
from kg.extract.told_words import (
    SELF,
    SUBJECTS,
    StanceWords,
    asserted,
    objects_of,
    states_of,
    subjects_of,
)

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

# What the speaker's disapproval is of: "disappointed by", "concerned about", "dismayed at"
_DISAPPROVED = ("by", "about", "over", "at", "with")


def judged(clause, words: StanceWords, index, context, speakers: set[str]) -> list[Hit] | None:
    """Whom the clause's verdict is passed on ("said the move was unacceptable", "the charges
    were fabricated", "was a shocking and unforgivable breach"): the entities its subject
    names (none for "the move"); None when it passes no verdict or judges the speaker."""
    if verdict_word(clause, words) is None:
        return None
    subjects = subjects_of(clause)
    if any(s.lower_ in ("we", "i") for s in subjects):
        return None
    hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    if any(h.entity.id in speakers for h in hits):
        return None
    return [h for h in hits if h.entity.type != "Place"]


def verdict_word(clause, words: StanceWords):
    """The word of the clause that passes a verdict: its predicate ("was unacceptable", "were
    fabricated") or a modifier of its predicate noun ("a shocking breach"), else None."""
    if clause.lower_ in words.verdicts and clause.tag_ == "VBN":
        return clause  # "the charges were fabricated"
    if clause.lemma_ != "be":
        return None
    for part in clause.children:
        if part.dep_ not in ("acomp", "attr") or _none(part):
            continue  # "there was nothing illegal about X doing Y": no verdict passed
        if part.lower_ in words.verdicts or part.lemma_.lower() in words.verdicts:
            return part
        for mod in part.children:
            if mod.dep_ in ("amod", "conj") and mod.lower_ in words.verdicts:
                return mod
    return None


def disapproves(
    clause, statement: Draft, words: StanceWords, index: EntityIndex, context: RoleContext
) -> bool:
    """The clause tells the speaker's own disapproval: "it was disappointed by", "Beijing was
    strongly concerned" (the speaker, a pronoun for it, or its state)."""
    if not asserted(clause):
        return False
    feeling = [c for c in clause.children if c.dep_ == "acomp"]
    feeling = feeling if clause.lemma_ == "be" else [clause]
    if not any(f.lower_ in words.disapproval for f in feeling):
        return False
    subjects = [c for c in clause.children if c.dep_ in SUBJECTS]
    if any(s.lower_ in SELF for s in subjects):
        return True
    speakers = statement.ids("actor") | states_of(statement)
    hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    return bool(hits) and all(h.entity.id in speakers for h in hits)


def disapproved(clause, index: EntityIndex) -> list[Hit]:
    """Whom what the speaker disapproves of names: "disappointed by the Commission's
    decision": the Commission."""
    feelings = [c for c in clause.children if c.dep_ == "acomp"] + [clause]
    objects = [
        o for f in feelings for dep in ("prep", "agent") for o in objects_of(f, _DISAPPROVED, dep)
    ]
    hits = [index.at(t) for o in objects for t in o.subtree]
    return unique([h for h in hits if h is not None])


def _none(word) -> bool:
    """ "nothing illegal", "no crime": a verdict denied."""
    return word.lower_ in ("nothing", "none") or any(c.lower_ == "no" for c in word.children)
