"""A telling typed by what it tells: who was behind a harm, or who did wrong.

"The FBI said the DarkSide group was responsible", "said it had assessed that the GRU was
almost certainly behind the attack", "said the attack was planned and executed by the GRU",
"said there was hard evidence that Russian forces were behind it": a plain statement whose
reported clause puts a culprit (named, other than the speaker and its state, or an unnamed
actor such as "a state actor") behind a harmful act is an Attribution of that culprit; one tying
someone to a body ("found links between CARR and Sandworm") attributes too; one saying a third
party failed or erred ("TikTok had failed to verify"), or that a case is part of someone's
scheme, accuses them; the speaker's disapproval and verdicts are Criticisms
(``told_verdicts``). The words are data (ontologies/told-content.yaml, ``told_words``). A
clause with no culprit ("said the attack was launched on Monday"), a negated or future one
("said Russia was not behind it", "would be responsible") and the speaker's own acts leave the
Statement as it is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.alleged_acts import charge_of
from kg.extract.reference import EntityIndex, Hit, RoleContext, np_entities, unique
from kg.extract.subjects import subject_hits
from kg.extract.told_acts import NOT_YET, TELLING, retold
from kg.extract.told_misuse import dangers, misusers
from kg.extract.told_proxies import harm_authors, proxies
from kg.extract.told_verdicts import disapproved, disapproves, judged, verdict_word
from kg.extract.told_words import (
    CALLED,
    SELF,
    SUBJECTS,
    StanceWords,
    asserted,
    joined_clauses,
    named_in,
    objects_of,
    stance_words_of,
    states_of,
    subjects_of,
    told_clauses,
)

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

_ATTRIBUTES = ("attributes", "attribute")
_CRITICISES = ("criticises", "criticise")
_ACCUSES = ("accuses", "accuse")
_INVESTIGATES = ("investigates", "investigate")
# Refusing what one should do: "had declined to provide the help"
_REFUSING = frozenset({"decline", "refuse"})
# Verbs that hold ties ("had links to", "there were links between")
_HOLDING = frozenset({"have", "be"})


def stances_of_tellings(doc, drafts: list[Draft], index: EntityIndex, context: RoleContext) -> None:
    """Retype, in place, each plain statement of ``drafts`` (one sentence's) whose reported
    clause attributes a harm, accuses someone of wrong or voices the speaker's disapproval."""
    words = stance_words_of(doc)
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
                act_told = act_told and not objects_of(clause, (), "agent")
                _retype(statement, event_type, targets, clause, gloss, claim=not act_told)
                break


def _stance(
    clause, statement: Draft, words: StanceWords, index, context, an_act: bool
) -> tuple[str, list[Hit], tuple[str, str]] | None:
    """The type, targets and gloss the clause gives the telling, or None. ``an_act``: the
    clause's verb triggers an act of its own (told_acts decides whether it accuses)."""
    speakers = statement.ids("actor") | states_of(statement)
    unhelpful = _unhelpful(clause, words, index, context, speakers)
    if unhelpful:
        return words.accusation_type, unhelpful, _ACCUSES
    if not asserted(clause):
        return None
    culprits = _culprits(clause, statement, words, index, context, an_act)
    if culprits is not None:
        return words.attribution_type, culprits, _ATTRIBUTES
    speakers = statement.ids("actor") | states_of(statement)
    tied = [h for h in _tied_to(clause, words, index) if h.entity.id not in speakers]
    tied = tied or proxies(clause, words, index, context, speakers)
    tied = tied or harm_authors(clause, words, index, speakers)
    if tied:
        return words.attribution_type, tied, _ATTRIBUTES
    accused = _wrongdoers(clause, words, index, context, speakers) or [
        h for h in _evidence_against(clause, words, index) if h.entity.id not in speakers
    ]
    if accused:
        return words.accusation_type, accused, _ACCUSES
    misused = misusers(clause, words, index, context, speakers)
    if misused is None:
        misused = dangers(clause, words, index, context, speakers)
    if misused is not None:
        return words.accusation_type, misused, _ACCUSES
    if _evidence_found(clause, statement, words, index, context):
        return words.investigation_type, [], _INVESTIGATES
    if disapproves(clause, statement, words, index, context):
        return words.criticism_type, disapproved(clause, index, words), _CRITICISES
    verdict_on = judged(clause, words, index, context, speakers)
    if verdict_on is not None:
        return words.criticism_type, verdict_on, _CRITICISES
    return None


def _evidence_found(clause, statement: Draft, words: StanceWords, index, context) -> bool:
    """The speaker's own finding of evidence of a wrong: "said they had identified people
    suspected of helping", "had found a database of passwords harvested by the malware" (an
    object telling a suspicion, or the work of a "by" agent)."""
    if clause.lemma_.lower() not in words.discovery_verbs:
        return False
    subjects = [s for s in subjects_of(clause) if s.dep_ == "nsubj"]
    own = all(s.lower_ in SELF - {"he", "she"} for s in subjects) or all(
        h.entity.id in statement.ids("actor")
        for s in subjects
        for h in subject_hits(s, clause, index, context)
    )
    if not subjects or not own:
        return False
    found = [c for c in clause.children if c.dep_ == "dobj" and not _none(c)]
    return any(_charged(o) or _agents_in(o) for o in found)


def _charged(phrase) -> bool:
    """ "people suspected of helping": the phrase charges someone."""
    return any(charge_of(t) is not None for t in phrase.subtree)


def _agents_in(phrase) -> list:
    """The "by" agents inside ``phrase`` ("passwords harvested by the malware")."""
    return [p for t in phrase.subtree if t.dep_ == "agent" for p in t.children if p.dep_ == "pobj"]


def _none(word) -> bool:
    return word.lower_ in ("nothing", "none") or any(c.lower_ == "no" for c in word.children)


def _unhelpful(clause, words: StanceWords, index, context, speakers: set[str]) -> list[Hit]:
    """A named third party that did not help as it should: "Moscow had not cooperated
    sufficiently with the investigation", "Berlin did not share its evidence", "Apple had
    declined to provide the help" (``withheld_help`` negated, or after decline/refuse); not a
    promise ("would not share") nor the speaker's own."""
    lemma = clause.lemma_.lower()
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if auxes & NOT_YET:
        return []
    negated = any(c.dep_ == "neg" for c in clause.children)
    withheld = negated and lemma in words.withheld_help
    refused = lemma in _REFUSING and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in words.withheld_help for c in clause.children
    )
    if not (withheld or refused):
        return []
    return _other_doers(clause, index, context, speakers)


def _other_doers(clause, index, context, speakers: set[str]) -> list[Hit]:
    """The named active subjects of ``clause`` (places aside), or none if the speaker is one
    of them: what the speaker says of itself accuses no one."""
    doers = [
        h
        for s in subjects_of(clause)
        if s.dep_ == "nsubj"
        for h in subject_hits(s, clause, index, context)
    ]
    if any(h.entity.id in speakers for h in doers):
        return []
    return [h for h in doers if h.entity.type != "Place"]


def _tied_to(clause, words: StanceWords, index: EntityIndex) -> list[Hit]:
    """Whom the clause ties someone to: "had found links between CARR and Sandworm" (both),
    "found links to individuals associated with the Chinese government", "the documents tie
    Vulkan's work to the FSB", "the company had links to Chinese intelligence". Ties had or
    found, not wished for ("wanted closer ties to China"), and not friendly ones ("strong
    economic ties to Germany": ``friendly_ties``)."""
    lemma = clause.lemma_.lower()
    holders = [clause] if lemma in words.link_words else []
    if lemma in words.finding_verbs | _HOLDING:
        holders += [
            c for c in clause.children if c.dep_ in CALLED and c.lemma_.lower() in words.link_words
        ]
    holders = [
        h
        for h in holders
        if not any(c.lower_ == "no" or c.lower_ in words.friendly_ties for c in h.children)
    ]
    objects = [o for h in holders for o in objects_of(h, ("to", "between"))]
    return named_in(objects, index)


def _evidence_against(clause, words: StanceWords, index: EntityIndex) -> list[Hit]:
    """Whom a finding the clause tells is against: "there was hard evidence against Acme"."""
    findings = [
        c
        for c in clause.children
        if c.dep_ in CALLED
        and c.lemma_.lower() in words.finding_nouns
        and not any(d.lower_ == "no" for d in c.children)
    ]
    return named_in([o for f in findings for o in objects_of(f, ("against",))], index)


def _wrongdoers(clause, words: StanceWords, index, context, speakers: set[str]) -> list[Hit]:
    """Who the clause says did wrong: "TikTok had failed to verify", "India had made a
    fundamental mistake", "China's conduct broke a commitment"; or whom the scheme it is part
    of names ("the case was part of a pattern of state-sponsored Chinese intrusions"). Never
    the speaker or its state."""
    lemma = clause.lemma_.lower()
    objects = {c.lemma_.lower() for c in clause.children if c.dep_ == "dobj"}
    objects |= {o.lemma_.lower() for o in objects_of(clause, ("on",))}  # "reneged on the deal"
    if lemma in words.wrong_verbs or (lemma == "make" and objects & words.wrong_nouns):
        return _other_doers(clause, index, context, speakers)
    if lemma in words.breaking_verbs and objects & words.pledge_nouns:
        return _other_doers(clause, index, context, speakers)  # "broke a commitment"
    if lemma != "be":
        return []
    parts = [c for c in clause.children if c.dep_ == "attr" and c.lemma_.lower() == "part"]
    schemes = [n for p in parts for n in objects_of(p, ("of",))]
    schemes = [n for n in schemes if n.lemma_.lower() in words.scheme_nouns | words.harms]
    named = [h for h in named_in(_scheme_words(schemes), index) if h.entity.id not in speakers]
    return named


def _scheme_words(nouns: list) -> list:
    """The words saying whose a scheme is: its modifiers, and those of what it is "of" or "by"
    ("a pattern of state-sponsored Chinese intrusions": Chinese), not whom it aims at ("aimed
    at Americans' personal data")."""
    found = []
    for noun in nouns:
        found += [c for c in noun.children if c.dep_ in ("amod", "compound", "poss")]
        found += _scheme_words(objects_of(noun, ("of", "by")))
    return found


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
    speakers = statement.ids("actor") | states_of(statement)
    for culprit in _culprit_tokens(clause, words, an_act):
        hits = (
            subject_hits(culprit, clause, index, context)
            if culprit.dep_ in SUBJECTS
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
    subjects = subjects_of(clause)
    if lemma == "be":
        for part in clause.children:
            if part.lemma_.lower() not in words.culprit_predicates:
                continue
            if part.dep_ == "acomp" and _harmful_objects(part, words):
                return subjects  # "X was responsible (for the hack)"
            if part.dep_ in ("prep", "xcomp"):
                return subjects  # "X was behind the attack", "X was to blame"
            if part.dep_ == "attr":
                return objects_of(part, ("of",))  # "was the work of X"
        return []
    if lemma in words.culprit_predicates and _harmful_objects(clause, words, required=True):
        return subjects  # "X were involved in the explosions"
    # "was planned and executed by the GRU": the agent of either verb
    agents = [
        p for verb in (clause, *joined_clauses(clause)) for p in objects_of(verb, (), "agent")
    ]
    if lemma in words.culprit_verbs and _done(clause, words.harms):
        return agents or [s for s in subjects if s.dep_ == "nsubj"]
    if lemma in words.harm_verbs and agents:
        return agents  # "had been targeted by the Russian government"
    if lemma in words.causing_verbs and _done(clause, words.damages):
        return agents or [s for s in subjects if s.dep_ == "nsubj"]  # "had caused damage"
    if lemma in words.suffering_verbs:
        # "had been hit by a sophisticated attack originating from China": the harm's words
        # ("by a wave of intrusions coming from Iran": what a quantity is of)
        agents += [o for a in agents for o in objects_of(a, ("of",))]
        harms = [a for a in agents if a.lemma_.lower() in words.harms]
        return harms + [o for h in harms for o in _origins(h, words)]
    if lemma in words.harm_verbs and not an_act:
        return [s for s in subjects if s.dep_ == "nsubj"]  # "a hacking group had targeted"
    return []


def _origins(harm, words: StanceWords) -> list:
    """Where ``harm`` comes from: "an attack from China", "an attack originating from China",
    "traced to Iran" (``origin_verbs``)."""
    sources = [harm] + [
        c for c in harm.children if c.dep_ == "acl" and c.lemma_.lower() in words.origin_verbs
    ]
    return [
        o
        for s in sources
        for o in objects_of(s, ("from", "in", "to") if s is not harm else ("from",))
    ]


def _done(verb, harms: frozenset[str]) -> bool:
    """What ``verb`` does is one of ``harms``: its object, or its subject in the passive ("the
    attack was carried out", "damage caused")."""
    done = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(d.lemma_.lower() in harms for d in done)


def _harmful_objects(word, words: StanceWords, required: bool = False) -> bool:
    """What ``word`` is "for" or "in" is a harm ("responsible for the hack", "involved in the
    explosions"), or (unless ``required``) it names none ("was responsible")."""
    objects = objects_of(word, ("for", "in"))
    # "responsible for protecting the data": a duty, a gerund naming no harm
    duties = [
        g
        for prep in word.children
        if prep.dep_ == "prep" and prep.lower_ in ("for", "in")
        for g in prep.children
        if g.dep_ == "pcomp"
    ]
    if duties:
        return False
    if not objects:
        return not required
    return any(o.lemma_.lower() in words.harms or o.lower_ in words.harms for o in objects)


def _retype(
    statement: Draft,
    event_type: str,
    targets: list[Hit],
    clause,
    gloss: tuple[str, str],
    claim: bool = True,
) -> None:
    """Give the telling its type and the targets read from what it tells; a Criticism's
    verdict word is a further mention beside the clause (``told_acts.retold``)."""
    statement.roles["target"] = unique(statement.roles["target"] + targets)
    words = stance_words_of(clause.doc)
    verdict = verdict_word(clause, words) if event_type == words.criticism_type else None
    retold(statement, event_type, [t for t in (clause, verdict) if t is not None], gloss, claim)
