"""Is a triggered event real, denied, hedged or only hoped for, and who reports it?

- skipped: future or hypothetical ("will sanction", "could hack", "plans to meet", "if they
  arrest") unless announced by its own actor ("Russia said it would expel ..."); infinitives of
  intention or purpose ("a drive to recruit", "how to contact") unless reported ("is said to
  have issued") or carried out ("began to scale back"); imperatives; questions;
- negated: "did not deny", "never met", "no agreement": kept, flagged ``negated``, because an
  analyst wants "X denied meeting Y" and "X did not attack" on record, with the flag;
- hedged: "reportedly", "allegedly", "may have hacked", "is believed to have", "was said to",
  "the alleged hacking";
- attributed_to: the speaker of reported speech ("X said (that) Y ...", "according to X"),
  found in ``speakers.py`` with the clauses a speaker denies.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.extract.alleged_acts import still_alleged
from kg.extract.misparse import name_read_as_modal, reported_clause_joined
from kg.extract.trigger_lexicon import Lexicon
from kg.extract.verb_shapes import caught_in_the_act, in_perfect

_CONDITIONAL_MARKERS = frozenset({"if", "unless", "whether"})
_TOPIC_PREPS = frozenset({"on", "about", "over", "regarding", "concerning"})
# Speech verbs whose complement is only a claim: the embedded event is hedged.
CLAIM_VERBS = frozenset({"allege", "claim", "suspect", "believe", "rumor", "rumour"})
# Prepositions of a move from place to place: "moved to Germany" decides nothing.
_MOTION_PREPS = frozenset({"to", "into", "from", "toward", "towards", "out", "across"})
_FUTURE = frozenset({"will", "would", "'ll", "shall"})
# Predicates under which a clause is doubted, not asserted: "it is unlikely he met them".
_DOUBT_ADJECTIVES = frozenset({"unlikely", "impossible", "doubtful", "untrue", "false"})
# Governing verbs that make a threat of their complement: "vowed to retaliate".
_PROMISE_VERBS = frozenset({"vow", "threaten", "pledge", "promise", "warn", "swear"})
# Subjects by which a speaker announces its own decision: "Russia said it would expel".
_SELF = frozenset({"it", "they", "he", "she", "we"})
# Nouns whose "that" clause is only said ("claims that it shares data"), and verbs rejecting them.
_CLAIM_NOUNS = frozenset(
    {"claim", "accusation", "allegation", "report", "suggestion", "charge", "assertion"}
    | {"speculation", "rumour", "rumor", "insinuation"}
)
_REJECTING_VERBS = frozenset({"reject", "dismiss", "rebut", "refute", "deny", "dispute"})
# Measures a state decides and announces: "Poland will shut the consulate, the minister said".
_DECIDED_MEASURES = frozenset({"Expulsion", "Sanction", "Ban"})


@dataclass(frozen=True)
class Modality:
    skip: bool = False
    negated: bool = False
    hedged: bool = False
    announced_by: int | None = None  # speech verb announcing the actor's own decision


def modality_of(doc, match, lexicon: Lexicon) -> Modality:
    verb = doc[match.verb]
    if match.future:
        # A threat is about the future: "would take all necessary measures", "vowed to
        # retaliate" is the event; "retaliated" or "took measures" is not a threat.
        return Modality(skip=not _announces_future(verb, lexicon))
    announcer = _announcer(verb, lexicon) or _decision_reported_after(verb, match, lexicon)
    if announcer is None and _is_irrealis(verb, lexicon):
        return Modality(skip=True)
    negated = (
        has_negation(verb, lexicon)
        or (match.nominal and any(c.lower_ == "no" for c in doc[match.head].children))
        or _denied(verb, lexicon)
        # "without giving details": the act did not happen
        or (verb.dep_ == "pcomp" and verb.head.lower_ in lexicon.negation_words)
    )
    hedged = _hedged(verb, lexicon) or (
        match.nominal
        and any(
            c.dep_ == "amod" and c.lower_ in lexicon.hedge_adjectives
            for c in doc[match.head].children
        )
    )
    return Modality(negated=negated, hedged=hedged, announced_by=announcer)


def _denied(verb, lexicon: Lexicon) -> bool:
    return denier(verb, lexicon) is not None


def denier(verb, lexicon: Lexicon):
    """The verb denying the act of ``verb``: "denied hacking Acme", "denied that it had hacked
    Acme", "rejected claims that it shares data with Beijing"; else None."""
    claim = verb.head
    if verb.dep_ == "acl" and _content_clause(verb) and claim.lemma_.lower() in _CLAIM_NOUNS:
        rejecting = lexicon.denial_lemmas | _REJECTING_VERBS
        rejected = claim.dep_ in ("dobj", "nsubjpass") and claim.head.lemma_.lower() in rejecting
        return claim.head if rejected and not has_negation(claim.head, lexicon) else None
    # "denied that it carries out hacking" (parsed as a verb), "denied that it hacked X and
    # leaked Y": what the denied clause's verb governs or is joined to
    while verb.dep_ in ("xcomp", "conj") and verb.head.lemma_.lower() not in lexicon.denial_lemmas:
        if verb.head == verb:
            return None
        verb = verb.head
    if verb.dep_ not in ("xcomp", "ccomp") or verb.head == verb:
        return None
    denying = verb.head
    if denying.lemma_.lower() in lexicon.denial_lemmas and not has_negation(denying, lexicon):
        return denying
    return None


def _content_clause(verb) -> bool:
    """ "claims that it shares data": "that" introduces what the noun says (a relative clause
    has "that" as its subject or object instead)."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _announcer(verb, lexicon: Lexicon) -> int | None:
    """ "Russia said it would expel ...": a decision announced by its own actor counts as taken
    (the announcement is the news); returns the speech verb's index."""
    aux = _aux_lemmas(verb)
    if not aux & _FUTURE or "have" in aux or verb.dep_ != "ccomp":
        return None
    if verb.head.lemma_.lower() not in lexicon.speech_lemmas:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return verb.head.i if subject is not None and subject.lower_ in _SELF else None


def _decision_reported_after(verb, match, lexicon: Lexicon) -> int | None:
    """ "Poland will shut Russia's consulate, the foreign minister said": a measure a state
    decides, told as future in a clause whose speaker follows, is announced (the speech verb's
    index); not a prediction of any other act ("Russia will attack, X said")."""
    if match.type not in _DECIDED_MEASURES or "will" not in _aux_lemmas(verb):
        return None
    if "have" in _aux_lemmas(verb):
        return None
    if verb.dep_ == "ccomp" and verb.head.i > verb.i:
        said = verb.head
        return said.i if said.lemma_.lower() in lexicon.speech_lemmas else None
    if verb.dep_ != "ROOT":
        return None
    return next(
        (
            c.i
            for c in verb.children
            if c.dep_ in ("conj", "parataxis", "ccomp")
            and c.i > verb.i
            and c.lemma_.lower() in lexicon.speech_lemmas
            and any(s.dep_ == "nsubj" for s in c.children)
        ),
        None,
    )


def _announces_future(verb, lexicon: Lexicon) -> bool:
    aux = _aux_lemmas(verb)
    if aux & _FUTURE and "have" not in aux:
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _PROMISE_VERBS


def _aux_lemmas(verb) -> set[str]:
    name = name_read_as_modal(verb)  # "May said on Monday": a name, no modal
    skipped = name.i if name is not None else -1
    auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i != skipped]
    return {c.lemma_.lower() for c in auxiliaries} | {c.lower_ for c in auxiliaries}


def _is_irrealis(verb, lexicon: Lexicon) -> bool:
    if (
        verb.dep_ == "conj"
        and not _has_subject(verb)
        and not _aux_lemmas(verb)
        and reported_clause_joined(verb) is None  # "would not tolerate X and summoned Y"
    ):
        # "will arrest and charge him", "plans to meet X and sign a deal": a coordinated verb
        # without its own subject or auxiliary shares those of the verb it is joined to.
        return _is_irrealis(verb.head, lexicon)
    if verb.dep_ == "xcomp" and verb.head.dep_ == "xcomp" and _is_irrealis(verb.head, lexicon):
        return True  # "urged Washington to stop spreading lies": what the urged verb governs
    if verb.tag_ == "VB" and verb.dep_ == "ROOT" and not _has_subject(verb):
        return True  # an imperative: "Tell the agency ...", "Sanction them!"
    aux = _aux_lemmas(verb)
    if aux & lexicon.modal_auxiliaries and "have" not in aux:
        return not _brought_about_by_a_decision(verb, aux, lexicon)
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKERS for c in verb.children):
        return True
    if _abstained(verb, lexicon) or _topic_only(verb, lexicon) or _planned(verb, lexicon):
        return True
    if _still_to_come(verb):
        return True
    if verb.dep_ == "ccomp" and _supposed(verb.head):
        return True
    irrealis = lexicon.irrealis_governors
    if "to" in aux:
        # An infinitive is an intention ("a drive to recruit", "plans to meet", "how to
        # contact") unless it is reported ("is said to have") or carried out ("began to").
        governor = verb.head.lemma_.lower()
        if _ranked(verb, lexicon) or _decided(verb, lexicon) or _attempted(verb, lexicon):
            return False
        if verb.dep_ == "xcomp" and still_alleged(verb.head) and governor not in irrealis:
            # "charged with offering to work for X", "accused of conspiring to hand secrets
            # to X": what the charged act set out to do is the act alleged ("accused of
            # planning to attack" is still a plan; see still_alleged for verdicts)
            return False
        if governor in lexicon.prospect_governors and "have" not in aux:
            return True  # "is expected to expel": still to come ("expected to have" is hedged)
        return not (
            verb.dep_ == "xcomp"
            and (
                governor in lexicon.hedge_governors
                or governor in lexicon.realis_governors
                or (governor in lexicon.attempt_governors and _attempt_done(verb.head))
            )
        )
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in lexicon.irrealis_governors


def _brought_about_by_a_decision(verb, aux: set[str], lexicon: Lexicon) -> bool:
    """ "A court order will keep him in custody": what a decision already made will do is
    that decision's act, not a prospect (only with "will": "would" stays a hypothesis)."""
    if aux != {"will"}:
        return False
    return any(
        c.dep_ == "nsubj" and c.lemma_.lower() in lexicon.decision_subjects for c in verb.children
    )


def _attempt_done(attempt) -> bool:
    """ "tried to plant", "had attempted to", "caught four officers trying to break in": an
    attempt told as done, or caught in the act."""
    return _told_as_past(attempt) or caught_in_the_act(attempt) is not None


def _told_as_past(verb) -> bool:
    """ "tried", "had tried", "has attempted": told as done, not "will try", "is trying"."""
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and in_perfect(verb))


def _decided(verb, lexicon: Lexicon) -> bool:
    """ "decided on Monday to ban the app", "has voted to expel": a decision told as taken
    (not "will decide to", "did not decide to") makes the act decided an event; the parser
    reads some as a clause of purpose ("voted on Tuesday to expel")."""
    if verb.dep_ not in ("xcomp", "advcl"):
        return False
    governor = verb.head
    if any(_moves_something(c) for c in governor.children):
        return False  # "moved to Germany to spy", "moved troops to the border to attack"
    lemma = governor.lemma_.lower()
    if lemma not in lexicon.decision_governors or has_negation(governor, lexicon):
        return False
    # "if Beijing ever chose to attack", "may decide to": the decision itself is not taken
    return _told_as_past(governor) and not _is_irrealis(governor, lexicon)


def _attempted(verb, lexicon: Lexicon) -> bool:
    """ "the attempt to kill the former spy", "made an attempt to hack", "Germany's decision to
    expel two diplomats": what an attempt, scheme or decision set out to do is its act, unless
    the attempt is itself still to come ("will make an attempt to")."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in lexicon.undertaking_nouns:
        return False
    holder = noun.head if noun.dep_ in ("dobj", "nsubj", "nsubjpass") else None
    if holder is None:
        return True
    # "a decision to ban X is expected", "plans a move to ban X": not taken yet ("the attempt
    # failed" was made)
    lemma = holder.lemma_.lower()
    planned = noun.dep_ == "dobj" and lemma in lexicon.irrealis_governors
    awaited = planned or lemma in lexicon.prospect_governors
    return not awaited and not _is_irrealis(holder, lexicon)


def _moves_something(child) -> bool:
    return child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ in _MOTION_PREPS)


def _still_to_come(verb) -> bool:
    """ "backed the bill on Tuesday, just before Smith visits Beijing": a present tense in a
    "before/until" clause of a past act speaks of what is still to come."""
    if verb.tag_ not in ("VBZ", "VBP") or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("before", "until", "till") for c in verb.children):
        return False
    return verb.head.tag_ in ("VBD", "VBN")


def _supposed(governor) -> bool:
    """ "It's unlikely he met them", "if you think that X hired spies": what a clause of
    doubt or of a supposition says is not asserted."""
    if any(c.dep_ == "acomp" and c.lower_ in _DOUBT_ADJECTIVES for c in governor.children):
        return True
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKERS for c in governor.children)


def _ranked(verb, lexicon: Lexicon) -> bool:
    """ "Smith is the fourth American to be detained there", "the first to be charged": an
    infinitive on a ranked noun tells what happened, unless that clause is itself to come."""
    if verb.dep_ not in ("relcl", "acl"):
        return False
    noun = verb.head
    words = {noun.lower_} | {c.lower_ for c in noun.children if c.dep_ in ("amod", "advmod")}
    if not words & lexicon.rank_words:
        return False
    return not _aux_lemmas(noun.head) & (lexicon.modal_auxiliaries | _FUTURE)


def _topic_only(verb, lexicon: Lexicon) -> bool:
    """ "held talks on sanctioning Iran", "a debate over new sanctions", "discussed expelling
    diplomats": what talks are about or what is discussed is an open question, not a happening."""
    if verb.dep_ in ("pobj", "pcomp") and verb.head.lower_ in _TOPIC_PREPS:
        governor = verb.head.head
    elif verb.dep_ in ("dobj", "xcomp") and verb.head.pos_ == "VERB":
        governor = verb.head
    else:
        return False
    return governor.lemma_.lower() in lexicon.topic_governors


def _planned(noun, lexicon: Lexicon) -> bool:
    """ "plotting attacks", "planned an invasion", "urged sanctions": an event noun that a verb
    of intention takes as its object has not happened."""
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "dobj"
        and noun.head.lemma_.lower() in lexicon.irrealis_governors
    )


def _abstained(verb, lexicon: Lexicon) -> bool:
    """ "refrained from imposing", "held off on imposing", "avoided naming", "barred X from
    selling": a gerund that its governor (with its particle or adverb) says was not done."""
    if verb.tag_ != "VBG":
        return False
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":
        if governor.lower_ == "from" and governor.head.lemma_.lower() in lexicon.barring_governors:
            return True  # "barred the firm from selling": what it is barred from is not done
        governor = governor.head
    elif verb.dep_ != "xcomp":
        return False
    if governor.dep_ in ("advmod", "prt"):
        # "stopped short of expelling": the preposition hangs on the adverb.
        return f"{governor.head.lemma_.lower()} {governor.lower_}" in lexicon.abstention_governors
    lemma = governor.lemma_.lower()
    extras = {c.lower_ for c in governor.children if c.dep_ in ("prt", "advmod")}
    return lemma in lexicon.abstention_governors or any(
        f"{lemma} {extra}" in lexicon.abstention_governors for extra in extras
    )


def _has_subject(verb) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def has_negation(verb, lexicon: Lexicon) -> bool:
    return any(
        c.dep_ == "neg" or (c.dep_ in ("advmod", "det") and c.lower_ in lexicon.negation_words)
        for c in verb.children
    )


def _hedged(verb, lexicon: Lexicon) -> bool:
    current = verb
    for _ in range(3):
        children = list(current.children)
        if any(c.lower_ in lexicon.hedge_adverbs for c in children if c.dep_ == "advmod"):
            return True
        aux = _aux_lemmas(current)
        if aux & lexicon.modal_auxiliaries and "have" in aux:
            return True  # "may have hacked"
        head = current.head
        if head is current or current.dep_ not in ("xcomp", "ccomp"):
            return False
        lemma = head.lemma_.lower()
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
        expletive = any(c.dep_ == "expl" for c in head.children)
        if lemma in lexicon.hedge_governors and (passive or expletive or current.dep_ == "xcomp"):
            return True  # "is believed to have", "it was reported that"
        if lemma in CLAIM_VERBS:
            return True
        current = head
    return False
