"""The words of ontologies/told-content.yaml and the clause readings the telling typers share
(kg.extract.told_stances, kg.extract.told_verdicts): what a speech verb reports, whether a
clause is asserted, its subjects, the objects of its prepositions.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.misparse import reported_clauses as misparsed_clauses
from kg.extract.reference import EntityIndex, Hit, RoleContext, unique
from kg.extract.subjects import subject_hits
from kg.extract.told_acts import NOT_YET, reported_clauses
from kg.extract.word_files import lower_words, read_word_file, words_on
from kg.settings import DEFAULT_ONTOLOGY_DIR

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

STANCES_FILE = "told-content.yaml"
STANCES_PATH = DEFAULT_ONTOLOGY_DIR / STANCES_FILE
SUBJECTS = ("nsubj", "nsubjpass")
# Who a reported clause calls the speaker: "said it was disappointed", "we are concerned"
SELF = frozenset({"it", "we", "i", "he", "she", "they"})
CALLED = frozenset({"attr", "dobj", "pobj"})


@dataclass(frozen=True)
class StanceWords:
    """The words of ontologies/told-content.yaml, lower-case lemmas."""

    attribution_type: str
    culprit_predicates: frozenset[str]
    culprit_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    causing_verbs: frozenset[str]
    damages: frozenset[str]
    suffering_verbs: frozenset[str]
    origin_verbs: frozenset[str]
    harms: frozenset[str]
    culprit_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    finding_nouns: frozenset[str]
    criticism_type: str
    disapproval: frozenset[str]
    disapproval_nouns: frozenset[str]
    expressing_verbs: frozenset[str]
    link_words: frozenset[str]
    accusation_type: str
    scheme_nouns: frozenset[str]
    wrong_verbs: frozenset[str]
    wrong_nouns: frozenset[str]
    verdicts: frozenset[str]
    friendly_ties: frozenset[str]
    withheld_help: frozenset[str]
    verdict_frames: frozenset[str]
    verdict_links: frozenset[str]
    verdict_manners: frozenset[str]
    breach_nouns: frozenset[str]
    opposition_verbs: frozenset[str]
    not_owned: frozenset[str]
    proxy_nouns: frozenset[str]
    proxy_verbs: frozenset[str]
    proxy_work: frozenset[str]
    hallmark_nouns: frozenset[str]
    breaking_verbs: frozenset[str]
    pledge_nouns: frozenset[str]
    misuse_verbs: frozenset[str]
    deceptive_means: frozenset[str]
    misuse_aims: frozenset[str]
    posing_verbs: frozenset[str]
    danger_nouns: frozenset[str]
    endangering_verbs: frozenset[str]
    refusal_type: str
    not_refusals: frozenset[str]
    expecting_verbs: frozenset[str]
    owed_accounts: frozenset[str]
    investigation_type: str
    discovery_verbs: frozenset[str]


@lru_cache(maxsize=4)
def stance_words(path: Path = STANCES_PATH) -> StanceWords:
    """The words read from ``path``; a ConfigError if the file is missing or malformed."""
    return read_word_file(path, "told-content words", _stances)


def stance_words_of(doc) -> StanceWords:
    """The told-content words of the ontology folder named on ``doc``."""
    return words_on(doc, STANCES_FILE, stance_words)


def _stances(data: dict) -> StanceWords:
    return StanceWords(
        attribution_type=str(data["attribution_type"]),
        culprit_predicates=lower_words(data, "culprit_predicates"),
        culprit_verbs=lower_words(data, "culprit_verbs"),
        harm_verbs=lower_words(data, "harm_verbs"),
        causing_verbs=lower_words(data, "causing_verbs"),
        damages=lower_words(data, "damages"),
        suffering_verbs=lower_words(data, "suffering_verbs"),
        origin_verbs=lower_words(data, "origin_verbs"),
        harms=lower_words(data, "harms"),
        culprit_nouns=lower_words(data, "culprit_nouns"),
        finding_verbs=lower_words(data, "finding_verbs"),
        finding_nouns=lower_words(data, "finding_nouns"),
        criticism_type=str(data["criticism_type"]),
        disapproval=lower_words(data, "disapproval"),
        disapproval_nouns=lower_words(data, "disapproval_nouns"),
        expressing_verbs=lower_words(data, "expressing_verbs"),
        link_words=lower_words(data, "link_words"),
        accusation_type=str(data["accusation_type"]),
        scheme_nouns=lower_words(data, "scheme_nouns"),
        wrong_verbs=lower_words(data, "wrong_verbs"),
        wrong_nouns=lower_words(data, "wrong_nouns"),
        verdicts=lower_words(data, "verdicts"),
        friendly_ties=lower_words(data, "friendly_ties"),
        withheld_help=lower_words(data, "withheld_help"),
        verdict_frames=lower_words(data, "verdict_frames"),
        verdict_links=lower_words(data, "verdict_links"),
        verdict_manners=lower_words(data, "verdict_manners"),
        breach_nouns=lower_words(data, "breach_nouns"),
        opposition_verbs=lower_words(data, "opposition_verbs"),
        not_owned=lower_words(data, "not_owned"),
        proxy_nouns=lower_words(data, "proxy_nouns"),
        proxy_verbs=lower_words(data, "proxy_verbs"),
        proxy_work=lower_words(data, "proxy_work"),
        hallmark_nouns=lower_words(data, "hallmark_nouns"),
        breaking_verbs=lower_words(data, "breaking_verbs"),
        pledge_nouns=lower_words(data, "pledge_nouns"),
        misuse_verbs=lower_words(data, "misuse_verbs"),
        deceptive_means=lower_words(data, "deceptive_means"),
        misuse_aims=lower_words(data, "misuse_aims"),
        posing_verbs=lower_words(data, "posing_verbs"),
        danger_nouns=lower_words(data, "danger_nouns"),
        endangering_verbs=lower_words(data, "endangering_verbs"),
        refusal_type=str(data["refusal_type"]),
        not_refusals=lower_words(data, "not_refusals"),
        expecting_verbs=lower_words(data, "expecting_verbs"),
        owed_accounts=lower_words(data, "owed_accounts"),
        investigation_type=str(data["investigation_type"]),
        discovery_verbs=lower_words(data, "discovery_verbs"),
    )


def asserted(clause) -> bool:
    """No negation and no modal of what is yet to be ("would be responsible")."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_YET for c in clause.children)


def subjects_of(clause) -> list:
    """The clause's subjects, or those of the clause it is joined to ("the unit, also tracked
    as X, had carried out the attack": the parse joins "carried" to "tracked")."""
    own = [c for c in clause.children if c.dep_ in SUBJECTS]
    if own or clause.dep_ != "conj":
        return own
    return [c for c in clause.head.children if c.dep_ in SUBJECTS]


def states_of(statement: Draft) -> set[str]:
    return {h.entity.country for h in statement.roles["actor"] if h.entity.country}


def joined_clauses(clause) -> list:
    """The clauses joined to ``clause`` by "and" ("said the attack was planned and executed by
    X", "said it had been given little information and was not aware of")."""
    return [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


def objects_of(word, preps: tuple[str, ...], dep: str = "prep") -> list:
    """The objects of ``word``'s prepositions (those of ``preps``; all when empty)."""
    return [
        p
        for prep in word.children
        if prep.dep_ == dep and (not preps or prep.lower_ in preps)
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def subject_parties(subjects: list, clause, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """The entities ``subjects`` of ``clause`` stand for (places aside)."""
    hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    return [h for h in hits if h.entity.type != "Place"]


def named_in(phrases: list, index: EntityIndex) -> list[Hit]:
    """The entities named inside ``phrases`` (places aside)."""
    hits = [index.at(t) for p in phrases for t in p.subtree]
    return unique([h for h in hits if h is not None and h.entity.type != "Place"])


def told_clauses(verb, words: StanceWords) -> list:
    """The clauses a speech verb reports, those joined to them by "and", and what a finding in
    them passes on ("said it had assessed that X was behind": was; "said there was evidence
    that X were behind it": were)."""
    clauses = list(dict.fromkeys(reported_clauses(verb) + misparsed_clauses(verb)))
    clauses += [c for h in clauses for c in joined_clauses(h)]
    found = []
    for clause in clauses:
        found.append(clause)
        if asserted(clause) and clause.lemma_.lower() in words.finding_verbs:
            found += [c for c in clause.children if c.dep_ == "ccomp"]
        for noun in clause.children if asserted(clause) else ():
            if noun.dep_ not in CALLED or any(c.lower_ == "no" for c in noun.children):
                continue  # "said there was no evidence that X was involved"
            if noun.lemma_.lower() in words.finding_nouns:
                found += [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")]
    return found
