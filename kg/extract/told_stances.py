"""A telling typed by what it tells: who was behind a harm, or the speaker's disapproval.

"The FBI said the DarkSide group was responsible", "said it had assessed that the GRU was
almost certainly behind the attack", "said the attack was planned and executed by the GRU",
"said there was hard evidence that Russian forces were behind it": a plain statement whose
reported clause puts a culprit (named, other than the speaker and its state, or an unnamed
actor such as "a state actor") behind a harmful act is an Attribution of that culprit. "TikTok
said it was disappointed by the decision", "Beijing was strongly concerned": a plain statement
whose clause tells the speaker's own disapproval is a Criticism. The words are data
(ontologies/told-content.yaml). A clause with no culprit ("said the attack was launched on
Monday"), a negated or future one ("said Russia was not behind it", "would be responsible"),
someone else's feelings ("said the public was concerned") and calm ("said it was grateful")
leave the Statement as it is.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ConfigError
from kg.extract.misparse import reported_clauses as misparsed_clauses
from kg.extract.reference import EntityIndex, Hit, RoleContext, np_entities, unique
from kg.extract.subjects import subject_hits
from kg.extract.told_acts import NOT_YET, TELLING, reported_clauses
from kg.settings import DEFAULT_ONTOLOGY_DIR
from kg.types import Span

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

STANCES_PATH = DEFAULT_ONTOLOGY_DIR / "told-content.yaml"
_SUBJECTS = ("nsubj", "nsubjpass")
# Who a reported clause calls the speaker: "said it was disappointed", "we are concerned"
_SELF = frozenset({"it", "we", "i", "he", "she", "they"})
_CALLED = frozenset({"attr", "dobj", "pobj"})
_ATTRIBUTES = ("attributes", "attribute")
_CRITICISES = ("criticises", "criticise")
_ACCUSES = ("accuses", "accuse")
# What the speaker's disapproval is of: "disappointed by", "concerned about", "dismayed at"
_DISAPPROVED = ("by", "about", "over", "at", "with")


@dataclass(frozen=True)
class StanceWords:
    """The words of ontologies/told-content.yaml, lower-case lemmas."""

    attribution_type: str
    culprit_predicates: frozenset[str]
    culprit_verbs: frozenset[str]
    harm_verbs: frozenset[str]
    harms: frozenset[str]
    culprit_nouns: frozenset[str]
    finding_verbs: frozenset[str]
    finding_nouns: frozenset[str]
    criticism_type: str
    disapproval: frozenset[str]
    link_words: frozenset[str]
    accusation_type: str
    scheme_nouns: frozenset[str]
    wrong_verbs: frozenset[str]
    wrong_nouns: frozenset[str]


@lru_cache(maxsize=4)
def stance_words(path: Path = STANCES_PATH) -> StanceWords:
    """The words read from ``path``; a ConfigError if the file is missing or malformed."""
    import yaml

    from kg.yamlio import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))

        def words(key: str) -> frozenset[str]:
            return frozenset(str(w).lower() for w in data[key])

        return StanceWords(
            attribution_type=str(data["attribution_type"]),
            culprit_predicates=words("culprit_predicates"),
            culprit_verbs=words("culprit_verbs"),
            harm_verbs=words("harm_verbs"),
            harms=words("harms"),
            culprit_nouns=words("culprit_nouns"),
            finding_verbs=words("finding_verbs"),
            finding_nouns=words("finding_nouns"),
            criticism_type=str(data["criticism_type"]),
            disapproval=words("disapproval"),
            link_words=words("link_words"),
            accusation_type=str(data["accusation_type"]),
            scheme_nouns=words("scheme_nouns"),
            wrong_verbs=words("wrong_verbs"),
            wrong_nouns=words("wrong_nouns"),
        )
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"cannot read the told-content words {path}: {exc}",
            hint="restore ontologies/told-content.yaml from the repository",
        ) from None


def stances_of_tellings(doc, drafts: list[Draft], index: EntityIndex, context: RoleContext) -> None:
    """Retype, in place, each plain statement of ``drafts`` (one sentence's) whose reported
    clause attributes a harm, accuses someone of wrong or voices the speaker's disapproval."""
    words = stance_words()
    taken = {d.match.verb for d in drafts if not d.match.statement}
    for statement in drafts:
        if statement.type != TELLING or not statement.match.statement or statement.negated:
            continue
        for clause in told_clauses(doc[statement.match.verb], words):
            stance = _stance(clause, statement, words, index, context, clause.i in taken)
            if stance is not None:
                event_type, targets, gloss = stance
                # "the hackers had targeted water plants": an act told, as told_acts tells it
                act_told = clause.lemma_.lower() in words.harm_verbs and event_type == (
                    words.attribution_type
                )
                act_told = act_told and not _objects_of(clause, (), "agent")
                _retype(statement, event_type, targets, clause, gloss, claim=not act_told)
                break


def _stance(
    clause, statement: Draft, words: StanceWords, index, context, an_act: bool
) -> tuple[str, list[Hit], tuple[str, str]] | None:
    """The type, targets and gloss the clause gives the telling, or None. ``an_act``: the
    clause's verb triggers an act of its own (told_acts decides whether it accuses)."""
    if not _asserted(clause):
        return None
    culprits = _culprits(clause, statement, words, index, context, an_act)
    if culprits is not None:
        return words.attribution_type, culprits, _ATTRIBUTES
    speakers = statement.ids("actor") | _states(statement)
    tied = [h for h in _tied_to(clause, words, index) if h.entity.id not in speakers]
    if tied:
        return words.attribution_type, tied, _ATTRIBUTES
    accused = _wrongdoers(clause, words, index, context, speakers) or [
        h for h in _evidence_against(clause, words, index) if h.entity.id not in speakers
    ]
    if accused:
        return words.accusation_type, accused, _ACCUSES
    if _disapproves(clause, statement, words, index, context):
        return words.criticism_type, _disapproved(clause, index), _CRITICISES
    return None


def _tied_to(clause, words: StanceWords, index: EntityIndex) -> list[Hit]:
    """Whom the clause ties someone to: "had found links between CARR and Sandworm" (both),
    "found links to individuals associated with the Chinese government", "the documents tie
    Vulkan's work to the FSB"."""
    holders = [clause] if clause.lemma_.lower() in words.link_words else []
    holders += [
        c for c in clause.children if c.dep_ in _CALLED and c.lemma_.lower() in words.link_words
    ]
    holders = [h for h in holders if not any(c.lower_ == "no" for c in h.children)]
    objects = [o for h in holders for o in _objects_of(h, ("to", "between", "with"))]
    return _named_in(objects, index)


def _evidence_against(clause, words: StanceWords, index: EntityIndex) -> list[Hit]:
    """Whom a finding the clause tells is against: "there was hard evidence against Acme"."""
    findings = [
        c
        for c in clause.children
        if c.dep_ in _CALLED
        and c.lemma_.lower() in words.finding_nouns
        and not any(d.lower_ == "no" for d in c.children)
    ]
    return _named_in([o for f in findings for o in _objects_of(f, ("against",))], index)


def _wrongdoers(clause, words: StanceWords, index, context, speakers: set[str]) -> list[Hit]:
    """Who the clause says did wrong: "TikTok had failed to verify", "India had made a
    fundamental mistake"; or whom the scheme it is part of names ("the case was part of a
    pattern of state-sponsored Chinese intrusions"). Never the speaker or its state."""
    lemma = clause.lemma_.lower()
    objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
    if lemma in words.wrong_verbs or (lemma == "make" and objects & words.wrong_nouns):
        doers = [
            h
            for s in _subjects(clause)
            if s.dep_ == "nsubj"
            for h in subject_hits(s, clause, index, context)
        ]
        if any(h.entity.id in speakers for h in doers):
            return []
        return [h for h in doers if h.entity.type != "Place"]
    if lemma != "be":
        return []
    parts = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "part"]
    schemes = [n for p in parts for n in _objects_of(p, ("of",))]
    schemes = [n for n in schemes if n.lemma_.lower() in words.scheme_nouns | words.harms]
    named = [h for h in _named_in(_scheme_words(schemes), index) if h.entity.id not in speakers]
    return named


def _scheme_words(nouns: list) -> list:
    """The words saying whose a scheme is: its modifiers, and those of what it is "of" or "by"
    ("a pattern of state-sponsored Chinese intrusions": Chinese), not whom it aims at ("aimed
    at Americans' personal data")."""
    found = []
    for noun in nouns:
        found += [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
        found += _scheme_words(_objects_of(noun, ("of", "by")))
    return found


def _named_in(phrases: list, index: EntityIndex) -> list[Hit]:
    """The entities named inside ``phrases`` (places aside)."""
    hits = [index.at(t) for p in phrases for t in p.subtree]
    return unique([h for h in hits if h is not None and h.entity.type != "Place"])


def told_clauses(verb, words: StanceWords) -> list:
    """The clauses a speech verb reports, those joined to them by "and", and what a finding in
    them passes on ("said it had assessed that X was behind": was; "said there was evidence
    that X were behind it": were)."""
    clauses = list(dict.fromkeys(reported_clauses(verb) + misparsed_clauses(verb)))
    clauses += [c for h in clauses for c in _joined(h)]
    found = []
    for clause in clauses:
        found.append(clause)
        if _asserted(clause) and clause.lemma_.lower() in words.finding_verbs:
            found += [c for c in clause.children if c.dep_ == "ccomp"]
        for noun in clause.children if _asserted(clause) else ():
            if noun.dep_ not in _CALLED or any(c.lower_ == "no" for c in noun.children):
                continue  # "said there was no evidence that X was involved"
            if noun.lemma_.lower() in words.finding_nouns:
                found += [c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")]
    return found


def _asserted(clause) -> bool:
    """No negation and no modal of what is yet to be ("would be responsible")."""
    if any(c.dep_ == "neg" for c in clause.children):
        return False
    return not any(c.dep_ in ("aux", "auxpass") and c.lower_ in NOT_YET for c in clause.children)


def _culprits(
    clause,
    statement: Draft,
    words: StanceWords,
    index: EntityIndex,
    context: RoleContext,
    an_act: bool = False,
) -> list[Hit] | None:
    """Who the clause puts behind a harm (an empty list for an unnamed culprit such as "a
    state actor"), or None when it puts no one, or the speaker or its state."""
    speakers = statement.ids("actor") | _states(statement)
    for culprit in _culprit_tokens(clause, words, an_act):
        hits = (
            subject_hits(culprit, clause, index, context)
            if culprit.dep_ in _SUBJECTS
            else np_entities(culprit, index)
        )
        hits = [h for h in hits if h.entity.type != "Place"]
        if any(h.entity.id in speakers for h in hits):
            return None  # the speaker's own act, or its state's
        if hits:
            return hits
        if culprit.lemma_.lower() in words.culprit_nouns:
            return []
    return None


def _culprit_tokens(clause, words: StanceWords, an_act: bool = False) -> list:
    """The words naming who the clause puts behind a harm: the subject of "was responsible",
    "was behind the attack", "were involved in the explosions", "had carried out the attack",
    "had targeted researchers" (unless that verb is an act's own trigger: ``an_act``); the "of"
    of "was the work of X"; the agent of "was executed by X"."""
    lemma = clause.lemma_.lower()
    subjects = _subjects(clause)
    if lemma == "be":
        for part in clause.children:
            if part.lemma_.lower() not in words.culprit_predicates:
                continue
            if part.dep_ == "acomp" and _harmful_objects(part, words):
                return subjects  # "X was responsible (for the hack)"
            if part.dep_ in ("prep", "xcomp"):
                return subjects  # "X was behind the attack", "X was to blame"
            if part.dep_ == "attr":
                return _objects_of(part, ("of",))  # "was the work of X"
        return []
    if lemma in words.culprit_predicates and _harmful_objects(clause, words, required=True):
        return subjects  # "X were involved in the explosions"
    # "was planned and executed by the GRU": the agent of either verb
    agents = [p for verb in (clause, *_joined(clause)) for p in _objects_of(verb, (), "agent")]
    if lemma in words.culprit_verbs:
        done = [c for c in clause.children if c.dep_ in ("dobj", "nsubjpass")]
        if any(d.lemma_.lower() in words.harms for d in done):
            return agents or [s for s in subjects if s.dep_ == "nsubj"]
    if lemma in words.harm_verbs and agents:
        return agents  # "had been targeted by the Russian government"
    if lemma in words.harm_verbs and not an_act:
        return [s for s in subjects if s.dep_ == "nsubj"]  # "a hacking group had targeted"
    return []


def _subjects(clause) -> list:
    """The clause's subjects, or those of the clause it is joined to ("the unit, also tracked
    as X, had carried out the attack": the parse joins "carried" to "tracked")."""
    own = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if own or clause.dep_ != "conj":
        return own
    return [c for c in clause.head.children if c.dep_ in _SUBJECTS]


def _harmful_objects(word, words: StanceWords, required: bool = False) -> bool:
    """What ``word`` is "for" or "in" is a harm ("responsible for the hack", "involved in the
    explosions"), or (unless ``required``) it names none ("was responsible")."""
    objects = _objects_of(word, ("for", "in"))
    if not objects:
        return not required
    return any(o.lemma_.lower() in words.harms or o.lower_ in words.harms for o in objects)


def _disapproves(
    clause, statement: Draft, words: StanceWords, index: EntityIndex, context: RoleContext
) -> bool:
    """The clause tells the speaker's own disapproval: "it was disappointed by", "Beijing was
    strongly concerned" (the speaker, a pronoun for it, or its state)."""
    if not _asserted(clause):
        return False
    feeling = [c for c in clause.children if c.dep_ == "acomp"]
    feeling = feeling if clause.lemma_ == "be" else [clause]
    if not any(f.lower_ in words.disapproval for f in feeling):
        return False
    subjects = [c for c in clause.children if c.dep_ in _SUBJECTS]
    if any(s.lower_ in _SELF for s in subjects):
        return True
    speakers = statement.ids("actor") | _states(statement)
    hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    return bool(hits) and all(h.entity.id in speakers for h in hits)


def _disapproved(clause, index: EntityIndex) -> list[Hit]:
    """Whom what the speaker disapproves of names: "disappointed by the Commission's
    decision": the Commission."""
    feelings = [c for c in clause.children if c.dep_ == "acomp"] + [clause]
    objects = [
        o for f in feelings for dep in ("prep", "agent") for o in _objects_of(f, _DISAPPROVED, dep)
    ]
    hits = [index.at(t) for o in objects for t in o.subtree]
    return unique([h for h in hits if h is not None])


def _states(statement: Draft) -> set[str]:
    return {h.entity.country for h in statement.roles["actor"] if h.entity.country}


def _joined(clause) -> list:
    """The clauses joined to ``clause`` by "and" ("said the attack was planned and executed by
    X", "said it had been given little information and was not aware of")."""
    return [c for c in clause.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")]


def _objects_of(word, preps: tuple[str, ...], dep: str = "prep") -> list:
    """The objects of ``word``'s prepositions (those of ``preps``; all when empty)."""
    return [
        p
        for prep in word.children
        if prep.dep_ == dep and (not preps or prep.lower_ in preps)
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _retype(
    statement: Draft,
    event_type: str,
    targets: list[Hit],
    clause,
    gloss: tuple[str, str],
    claim: bool = True,
) -> None:
    """Give the telling its type; a ``claim`` (what the speaker holds, not an act told) is one
    telling with the speaker's plain statements beside it (folding)."""
    statement.type, statement.claim = event_type, claim
    statement.roles["target"] = unique(statement.roles["target"] + targets)
    mention = Span(clause.text, clause.idx, clause.idx + len(clause))
    if all(m.start != mention.start for m in statement.mentions):
        statement.mentions.append(mention)
    statement.wording = replace(
        statement.wording,
        gloss=gloss[0],
        gloss_plural=gloss[1],
        object_word="",
        addressee=False,
        recipients_shown=False,
    )
