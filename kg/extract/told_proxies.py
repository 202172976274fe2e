"""Whom a telling attributes a harm to through someone acting for them, or through a finding.

"Britain said APT10 had acted on behalf of the MSS", "said the group worked at the direction of
Russian intelligence", "said the network was backed by the Chinese state": a doer acting for a
state body (``proxy_nouns``, ``proxy_verbs``, ``proxy_work`` in ontologies/told-content.yaml)
is attributed with the body. The doer is a named group or an unnamed culprit ("the hackers");
the body an agency or a state, neither the speaker nor its state; "the project was funded by
Britain" names no doer of harm, and a person working for an agency says who they are
(``told_identities``). "Said the attack was clear evidence of a deliberate campaign by Russia",
"bore the hallmarks of a Russian operation": a finding whose "of" names a harm with its doer
attributes the harm to that doer (``harm_authors``). Read by kg.extract.told_stances.
"""

from __future__ import annotations

from kg.extract.reference import EntityIndex, Hit, RoleContext, unique
from kg.extract.told_words import (
    CALLED,
    StanceWords,
    named_in,
    objects_of,
    subject_parties,
    subjects_of,
)

# Who can be acted for: a state or one of its bodies
_STATE_TYPES = frozenset({"Agency", "Country"})
# Who can act for it: a group (a person's employer says who they are, not what they did)
_DOER_TYPES = frozenset({"Organization", "Agency"})
# Prepositions before a proxy noun: "on behalf of", "at the behest of", "under the control of"
_PROXY_PREPS = ("on", "at", "under", "upon")


def proxies(
    clause, words: StanceWords, index: EntityIndex, context: RoleContext, speakers: set[str]
) -> list[Hit]:
    """The doer and the state body the clause says it acts for, or none."""
    bodies = [h for h in _bodies_acted_for(clause, words, index) if h.entity.type in _STATE_TYPES]
    if not bodies or any(h.entity.id in speakers for h in bodies):
        return []
    doers = subject_parties(subjects_of(clause), clause, index, context)
    if any(h.entity.id in speakers for h in doers):
        return []
    if doers and not all(h.entity.type in _DOER_TYPES for h in doers):
        return []
    if not doers and not any(_culprit_noun(s, words) for s in subjects_of(clause)):
        return []
    return unique(doers + bodies)


def _bodies_acted_for(clause, words: StanceWords, index: EntityIndex) -> list[Hit]:
    """Whom the clause says its subject acts for: "on behalf of X", "at the direction of X",
    "was backed by X", "worked for X"."""
    proxied = [
        o
        for n in objects_of(clause, _PROXY_PREPS)
        if n.lemma_.lower() in words.proxy_nouns
        for o in objects_of(n, ("of",))
    ]
    if clause.lemma_.lower() in words.proxy_verbs:
        proxied += objects_of(clause, (), "agent")  # "was backed by the Chinese state"
    if clause.lemma_.lower() in words.proxy_work:
        proxied += objects_of(clause, ("for",))  # "works for the government of China"
    return named_in(proxied, index)


def _culprit_noun(subject, words: StanceWords) -> bool:
    return subject.lemma_.lower() in words.culprit_nouns | words.harms - {"it", "this", "that"}


def harm_authors(clause, words: StanceWords, index: EntityIndex, speakers: set[str]) -> list[Hit]:
    """Who does the harm a finding in the clause is "of": "was clear evidence of a deliberate
    campaign by Russia" (its "by"), "bore the hallmarks of a Russian operation" (its
    modifiers); never the speaker or its state, nor a finding denied ("no evidence of")."""
    findings = [
        c
        for c in clause.children
        if c.dep_ in CALLED
        and c.lemma_.lower() in words.finding_nouns | words.hallmark_nouns
        and not any(d.lower_ == "no" for d in c.children)
    ]
    harms = [
        h
        for f in findings
        for h in objects_of(f, ("of",))
        if h.lemma_.lower() in words.harms | words.scheme_nouns
    ]
    authors = [o for h in harms for o in objects_of(h, ("by",))]
    authors += [c for h in harms for c in h.children if c.dep_ in ("amod", "compound", "poss")]
    hits = named_in(authors, index)
    if any(h.entity.id in speakers for h in hits):
        return []
    return hits
