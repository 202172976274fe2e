"""A telling that someone is pursuing a hostile aim accuses them.

"Russia's military intelligence is waging a sustained campaign to create mayhem, the head of
MI5 said", "saying the outlet was at the centre of a Russian-financed effort to sway European
politics", "said Russia had shown the intent to exploit Russian firms": a plain statement whose
reported clause, in the present or past (not "would", "could", not negated), has a named
subject other than the speaker and tells of an aim the lexicon lists as hostile
(``hostile_aims``: "undermine", "sway", "mayhem", ...) or says it "was behind" something is an
Accusation (the lexicon's ``telling_of_acts`` type) of that subject; the clause's verb is a
further mention of it. The speaker's own aims ("Britain said its forces
were working to disrupt ...") and an unnamed subject ("said the measures aim to deter
interference") accuse no one.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.alleged_acts import charge_of
from kg.extract.reference import EntityIndex, Hit, RoleContext, unique
from kg.extract.subjects import subject_hits
from kg.extract.told_acts import NOT_YET, TELLING, reported_clauses
from kg.extract.told_identities import hostile_identity
from kg.extract.told_refusals import refusals_and_denials
from kg.extract.told_stances import stances_of_tellings
from kg.extract.trigger_lexicon import Lexicon
from kg.types import Span

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

_NOT_ACCUSED = frozenset({"Place"})
_CAPABLE = frozenset({"could", "can", "may", "might"})  # "said Moscow could use X to spy"
# Nouns whose content is a claim, not the speaker's own assertion.
_CLAIMS = frozenset({"allegation", "claim", "accusation", "suggestion", "rumour", "rumor"})


def claims_as_accusations(
    doc, drafts: list[Draft], lexicon: Lexicon, index: EntityIndex, context: RoleContext
) -> None:
    """Retype, in place, each plain statement of ``drafts`` (one sentence's) that tells of a
    named third party's hostile aim; then type those that attribute a harm or voice the
    speaker's disapproval (``told_stances``), and those where the speaker denies or refuses
    (``told_refusals``: a denied act is folded into its denial, leaving ``drafts``)."""
    _aims_as_accusations(doc, drafts, lexicon, index, context)
    stances_of_tellings(doc, drafts, index, context)
    refusals_and_denials(doc, drafts, lexicon, index, context)


def _aims_as_accusations(
    doc, drafts: list[Draft], lexicon: Lexicon, index: EntityIndex, context: RoleContext
) -> None:
    accusation = lexicon.telling_of_acts_type
    if accusation is None or not lexicon.hostile_aims:
        return
    for statement in drafts:
        if statement.type != TELLING or not statement.match.statement or statement.negated:
            continue
        clauses = [
            (clause, hits)
            for clause in reported_clauses(doc[statement.match.verb])
            if _tells_a_hostile_aim(clause, lexicon)
            and (hits := _third_party_subjects(clause, statement, index, context)) is not None
        ]
        if clauses:
            statement.type, statement.claim = accusation, True
            accused = [hit for _, hits in clauses for hit in hits]
            statement.roles["target"] = unique(statement.roles["target"] + accused)
            # the clause tells the accusation too: "Russia had shown ...", "was behind ...", and
            # so does the verb of the aim inside it ("the arrests showed how Beijing was working
            # to undermine democracy": working)
            told = [c for c, _ in clauses]
            told += [v for c in told for v in _aim_verbs(c, lexicon) if v not in told]
            statement.mentions += [Span(c.text, c.idx, c.idx + len(c)) for c in told]
            statement.wording = replace(
                statement.wording,
                gloss="accuses",
                gloss_plural="accuse",
                object_word="",
                addressee=False,
                recipients_shown=False,
            )


def _tells_a_hostile_aim(clause, lexicon: Lexicon) -> bool:
    """The clause is asserted (no negation, no modal but one of what someone could do: "said
    Moscow could use the company to spy on Americans") and a word of its own, not of what
    someone in it says or believes, names a hostile aim ("had shown that it had the intent to
    exploit": shown, not said), or it says who someone is (told_identities) or what they are
    charged with ("said X had been arrested on suspicion of working for Y")."""
    auxes = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    if any(c.dep_ == "neg" for c in clause.children) or auxes & (NOT_YET - _CAPABLE):
        return False
    if clause.lemma_ == "be" and any(c.lower_ == "behind" for c in clause.children):
        return True  # "said Russia was behind the attack"
    if not auxes & _CAPABLE and hostile_identity(clause, lexicon):
        return True  # "saying they were intelligence officers"
    if not auxes & _CAPABLE and tells_a_charge(clause):
        return True  # "said X had been arrested on suspicion of working for Y"
    told = lexicon.speech_lemmas | lexicon.hedge_governors
    return any(
        tok.lemma_.lower() in lexicon.hostile_aims and not _negated(tok)
        for tok in _own_words(clause, told)
    )


def _aim_verbs(clause, lexicon: Lexicon) -> list:
    """The verbs, below the clause's head, of the clauses naming its hostile aims: "the arrests
    showed how relentlessly Beijing was working to undermine democracy": working."""
    told = lexicon.speech_lemmas | lexicon.hedge_governors
    verbs = []
    for tok in _own_words(clause, told):
        if tok.lemma_.lower() not in lexicon.hostile_aims or _negated(tok):
            continue
        verb = tok
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
            verb = verb.head
        while verb.dep_ in ("xcomp", "acl") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "working to undermine": the verb that does the aiming
        if verb != clause and verb not in verbs and verb.pos_ in ("VERB", "AUX"):
            verbs.append(verb)
    return verbs


def _own_words(clause, told: frozenset[str]) -> list:
    """The clause's words, without those of a clause someone in it tells or believes ("X said
    Y believes ...") and of what a claim noun says ("there was nothing to allegations that Y
    tried to sway the vote")."""
    inner = [
        c
        for word in clause.subtree
        if word.lemma_.lower() in told
        for c in word.children
        if c.dep_ == "ccomp"
    ]
    inner += [c for word in clause.subtree if word.lemma_.lower() in _CLAIMS for c in word.children]
    skipped = {t.i for c in inner for t in c.subtree}
    return [t for t in clause.subtree if t.i not in skipped]


def _negated(tok) -> bool:
    return any(c.dep_ == "neg" for c in tok.children)


def tells_a_charge(clause) -> bool:
    """ "said X had been arrested on suspicion of working for Y": the clause charges someone."""
    return any(charge_of(t) is not None for t in clause.subtree)


def _third_party_subjects(
    clause, statement: Draft, index: EntityIndex, context: RoleContext
) -> list[Hit] | None:
    """Who the clause's subject names, or None when it is the speaker (or its state), no one
    ("it was clear that", "there was") or a pronoun naming no one; an unnamed noun ("said the
    sailors had betrayed the public trust") accuses, naming no target."""
    speakers = statement.ids("actor")
    # "it was clear that ...": the "it" of a copula stands for no one
    subjects = [
        c
        for c in clause.children
        if c.dep_ in ("nsubj", "nsubjpass") and not (c.lower_ == "it" and clause.lemma_ == "be")
    ]
    hits = [h for s in subjects for h in subject_hits(s, clause, index, context)]
    states = {h.entity.country for h in statement.roles["actor"]} - {None}
    if any(h.entity.id in speakers | states for h in hits):
        return None  # the speaker's own aims, or its state's
    named = [h for h in hits if h.entity.type not in _NOT_ACCUSED]
    # a doer, not what was done to ("said genuine documents had been mixed with fake ones"),
    # unless it is who is charged ("said a man had been arrested on suspicion of spying")
    doers = ("nsubj", "nsubjpass") if tells_a_charge(clause) else ("nsubj",)
    unnamed_noun = any(s.pos_ in ("NOUN", "PROPN") and s.dep_ in doers for s in subjects)
    return named if named or unnamed_noun else None
