"""Who reports a triggered event, and which clause a speaker denies: "X said (that) Y ...",
"according to X"; "said it was not involved", "said there was no evidence". The modality of the
event itself (negated, hedged, irrealis) is ``modality.py``'s."""

from __future__ import annotations

from kg.extract.misparse import reported_clauses as misparse_reported
from kg.extract.modality import CLAIM_VERBS, has_negation
from kg.extract.told_acts import reported_clauses as told_reported
from kg.extract.told_words import stance_words_of
from kg.extract.trigger_lexicon import Lexicon

_CLAUSE_UP = ("ccomp", "parataxis", "conj", "advcl")
# Subjects of a reported clause that stand for the speaker or the claim itself.
_CLAIM_SUBJECTS = frozenset({"there", "it", "we", "i", "they", "this", "that"})
# Verbs whose negation is moved up from what they introduce: "I don't think X" means "I think
# not X", an opinion, not a denial.
OPINION_VERBS = frozenset({"think", "believe", "expect", "suppose", "imagine", "feel", "guess"})
# "A spokesman for Acme said the firm had never ...": who speaks for a body it calls by its kind
_BODY_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative", "lawyer"})
# Who heads a body and speaks for it: "X, the head of TikTok India, said the company ..."
_BODY_HEADS = frozenset({"head", "chief", "executive", "director", "president", "chairman", "ceo"})
# A person's name: the model's label, or the gazetteer's types written over it
_PEOPLE = frozenset({"PERSON", "Person", "Official"})
# Objects that deny by themselves: "said he knew nothing about it"
_NONE = frozenset({"nothing", "none"})
_BODY_KINDS = frozenset({"firm", "company", "group", "platform"})
# Who owns what a clause is about, when that is the speaking body: "said its phones did not"
_OWNERS = frozenset({"its", "our"})


def speaker_token(doc, match, speech_lemmas: frozenset[str]):
    """The subject token of the speech verb reporting this trigger, if any."""
    verb = doc[match.verb]
    for child in verb.children:  # "according to X"
        if child.dep_ == "prep" and child.lower_ == "according":
            for to in child.children:
                for pobj in to.children:
                    if pobj.dep_ == "pobj":
                        return pobj
    current = verb
    for _ in range(3):
        if current.dep_ == "relcl":
            return _speaker_of_misread_clause(current, speech_lemmas)
        if current.dep_ not in _CLAUSE_UP or current.head == current:
            return None
        head = current.head
        speech = head.lemma_.lower() in speech_lemmas or head.lemma_.lower() in CLAIM_VERBS
        if current.dep_ in ("ccomp", "parataxis") and speech:
            subject = speech_subject(head)
            if subject is not None:
                return subject
        current = head
    return None


def _speaker_of_misread_clause(clause, speech_lemmas: frozenset[str]):
    """ "said the same day that Beijing would take measures", "told the hearing that the group
    had broken in": a "that" clause the parser hangs on the speech verb's time noun or on who
    is told is what the verb reports."""
    verb = clause.head.head
    if verb.lemma_.lower() not in speech_lemmas:
        return None
    if clause in misparse_reported(verb) or clause in told_reported(verb):
        return speech_subject(verb)
    return None


def speech_subject(verb):
    """Who speaks with ``verb``: its subject nearest before it ("MENLO PARK, California — Meta
    said": the parser may make a dateline a second subject), else, for a verb joined by "and"
    without a subject of its own, that of the verb it joins ("the ministry called the move
    unfriendly and said Moscow would retaliate": the ministry)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if subjects:
        before = [s for s in subjects if s.i < verb.i]
        return before[-1] if before else subjects[0]
    if verb.dep_ == "conj" and verb.head != verb:
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return None


def negated_complement(verb, lexicon: Lexicon) -> bool:
    """True if a speaker denies something about itself or the claim: "said it was not
    involved", "said there was no evidence", "said he had never met him" (said by a person).
    "TASS says he has not admitted guilt" reports someone else's position: False."""
    return denied_clause(verb, lexicon) is not None


def denied_clause(verb, lexicon: Lexicon):
    """The head of the clause a speaker denies ("said the firm had never handed ...":
    handed), or None (``negated_complement``)."""
    words = stance_words_of(verb.doc)
    for clause, subject_of in _complements(verb):
        if not _speaker_is_subject(verb, subject_of, words.not_owned):
            continue
        if clause.lemma_.lower() in OPINION_VERBS:
            continue  # "I don't think he understands": an opinion about someone, no denial
        if any(c.dep_ == "aux" and c.lower_ in lexicon.modal_auxiliaries for c in clause.children):
            continue  # "we will not tolerate it": a warning or a promise, no denial
        if denies(clause, lexicon):
            return clause
    return None


def denies(clause, lexicon: Lexicon) -> bool:
    """The clause is negated ("had not", "had never"), or says there was none of something
    ("said there was no evidence", "said he knew nothing about it"; not "there was nothing
    illegal about X doing Y", a defence of someone else)."""
    if has_negation(clause, lexicon):
        return True
    return any(
        (child.dep_ == "dobj" and child.lower_ in _NONE)
        or any(c.dep_ == "det" and c.lower_ == "no" for c in child.children)
        for child in clause.children
        if child.dep_ in ("attr", "dobj", "nsubj")
    )


def _complements(verb) -> list[tuple]:
    """Each clause ``verb`` reports, with the clause whose subject is its own: a clause joined
    by "and" without a subject shares that of the clause it joins ("said it had been given
    little information and was not aware of any wrongdoing")."""
    found = []
    # "told reporters that he knew nothing": the parse may hang the clause on who is told
    for clause in told_reported(verb):
        if clause is verb.head:
            continue  # "..., she said": the clause around
        found.append((clause, clause))
        for joined in clause.children:
            if joined.dep_ == "conj" and joined.pos_ in ("VERB", "AUX"):
                own = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in joined.children)
                found.append((joined, joined if own else clause))
    return found


def _speaker_is_subject(verb, clause, not_owned: frozenset[str] = frozenset()) -> bool:
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subject is None or subject.lower_ in _CLAIM_SUBJECTS:
        return True
    if _owned(subject, not_owned):
        return True  # "Xiaomi said its phones did not censor messages"
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if speaker is not None and _speaks_for_its_kind(speaker, subject):
        return True
    if speaker is None or subject.lower_ not in ("he", "she"):
        return False
    return speaker.ent_type_ in _PEOPLE or speaker.lower_ in ("he", "she")


def speaks_for_itself(verb, subject) -> bool:
    """``subject`` of what ``verb`` reports is the speaker's own ("its phones") or its kind
    spoken of by its spokesperson or head ("the company")."""
    if _owned(subject, stance_words_of(verb.doc).not_owned):
        return True
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return speaker is not None and _speaks_for_its_kind(speaker, subject)


def _owned(subject, not_owned: frozenset[str]) -> bool:
    """ "its phones", "our app": what the speaker owns, not who stands against it ("its
    rivals": ``not_owned``)."""
    mine = any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in subject.children)
    return mine and subject.lemma_.lower() not in not_owned


def _speaks_for_its_kind(speaker, subject) -> bool:
    """ "A company spokesman said the firm had never ...": a body's spokesperson speaking of
    "the firm", "the company" speaks of its own body, and so does "a ministry spokesman" of
    "the ministry"."""
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subject.children):
        return False
    # "Nikhil Gandhi, the head of TikTok India, said the company had not shared ...": the
    # speaker's role in apposition
    roles = [speaker] + [c for c in speaker.children if c.dep_ == "appos"]
    roles = [r for r in roles if r.lemma_.lower() in _BODY_SPEAKERS | _BODY_HEADS]
    kinds = {c.lemma_.lower() for r in roles for c in r.children if c.dep_ == "compound"}
    return bool(roles) and subject.lemma_.lower() in _BODY_KINDS | kinds
