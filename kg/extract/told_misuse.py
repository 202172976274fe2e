"""A telling that a third party misused something, or poses a danger, accuses it.

"The company said the network had used fake and duplicate accounts", "said the ministry relied
on criminal contract hackers": a third party working with deceptive means (``deceptive_means``
modifying what it used, in ontologies/told-content.yaml) is accused. "Said the tool had been
used to target American officials", "the app was used by the organisers of a bombing": a thing
used for a harm (``misuse_aims``) or by a culprit is an accusation of the user, else of the
thing used. The speaker's own use, "used encryption" and "used by millions of people" accuse no
one. "Said the group had posed a serious threat", "saying the apps threaten the country's
sovereignty": a named or described third party posing a danger (``posing_verbs`` with one of
``danger_nouns``, ``endangering_verbs``) is accused (``dangers``); "posed no threat", a deed as
the subject ("releasing secrets threatened lives") and the speaker's own are not. Read by
kg.extract.told_stances.
"""

from __future__ import annotations

from kg.extract.reference import EntityIndex, Hit, RoleContext
from kg.extract.told_words import (
    StanceWords,
    named_in,
    objects_of,
    subject_parties,
    subjects_of,
)


def misusers(
    clause, words: StanceWords, index: EntityIndex, context: RoleContext, speakers: set[str]
) -> list[Hit] | None:
    """Whom the clause accuses of misuse (an empty list for an unnamed user such as "the
    network"), or None when it tells none, or the speaker's own."""
    if clause.lemma_.lower() not in words.misuse_verbs:
        return None
    subjects = subjects_of(clause)
    passive = any(s.dep_ == "nsubjpass" for s in subjects)
    if passive:
        users = objects_of(clause, (), "agent")
        if not (_for_a_harm(clause, words) or any(_a_culprit(u, words) for u in users)):
            return None
        hits = named_in(users, index) or subject_parties(subjects, clause, index, context)
    else:
        if not _deceptive_means(clause, words):
            return None
        hits = subject_parties(subjects, clause, index, context)
        if not hits and not any(s.pos_ in ("NOUN", "PROPN") for s in subjects):
            return None  # "said they had used fake accounts": no one named or described
    if any(h.entity.id in speakers for h in hits):
        return None
    return hits


def _deceptive_means(clause, words: StanceWords) -> bool:
    """What the clause's verb works with is deceptive: "used fake accounts", "relied on
    criminal contract hackers", "ran front companies"."""
    means = [c for c in clause.children if c.dep_ == "dobj"] + objects_of(clause, ("on",))
    return any(
        m.lower_ in words.deceptive_means
        for mean in means
        for m in mean.children
        if m.dep_ in ("amod", "compound", "conj")
    ) or any(
        c.lower_ in words.deceptive_means
        for mean in means
        for mod in mean.children
        if mod.dep_ == "amod"
        for c in mod.children
        if c.dep_ == "conj"
    )


def _for_a_harm(clause, words: StanceWords) -> bool:
    """ "was used to target officials", "was used for espionage"."""
    aims = [c for c in clause.children if c.dep_ in ("xcomp", "advcl")]
    if any(a.lemma_.lower() in words.misuse_aims | words.harm_verbs for a in aims):
        return True
    return any(o.lemma_.lower() in words.harms for o in objects_of(clause, ("for", "in")))


def _a_culprit(user, words: StanceWords) -> bool:
    """ "the organisers of a deadly bombing", "hackers": a user who does harm."""
    if user.lemma_.lower() in words.culprit_nouns:
        return True
    return any(o.lemma_.lower() in words.harms for o in objects_of(user, ("of",)))


def dangers(
    clause, words: StanceWords, index: EntityIndex, context: RoleContext, speakers: set[str]
) -> list[Hit] | None:
    """Whom the clause says poses a danger (an empty list for "the group"), or None."""
    lemma = clause.lemma_.lower()
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    posing = lemma in words.posing_verbs and any(
        o.lemma_.lower() in words.danger_nouns and not any(d.lower_ == "no" for d in o.children)
        for o in objects
    )
    endangering = lemma in words.endangering_verbs and any(
        c.dep_ in ("dobj", "xcomp") for c in clause.children
    )
    if not (posing or endangering) or any(c.dep_ == "auxpass" for c in clause.children):
        return None
    subjects = [s for s in subjects_of(clause) if s.dep_ == "nsubj"]
    if not subjects or any(s.pos_ not in ("NOUN", "PROPN", "PRON") for s in subjects):
        return None  # "releasing classified material threatened lives": a deed, no party
    hits = subject_parties(subjects, clause, index, context)
    if any(h.entity.id in speakers for h in hits) or any(s.lower_ in ("we", "i") for s in subjects):
        return None
    return hits
