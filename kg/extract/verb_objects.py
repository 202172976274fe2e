"""What a verb acts on, as named entities: its direct object (an earlier noun for "them", a
pronoun, a definite description, a name next to it), looking through quantifiers ("hundreds of
accounts"), the object of "into"/"against" down a chain of "of" phrases, and the object a verb
shares with the next one ("arrested and charged Smith").
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kg.extract.definite_nouns import aged_description
from kg.extract.lede_names import named_next
from kg.extract.object_words import antecedent_object
from kg.extract.pronouns import (
    belongings_owner,
    object_pronoun,
    possessive_pronoun,
    whom_antecedent,
)
from kg.extract.reference import (
    EntityIndex,
    Hit,
    RoleContext,
    definite_description,
    np_entities,
)

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_THEFT_VERBS = frozenset({"steal", "exfiltrate", "siphon"})
_FACET_PREPS = frozenset({"to", "on", "of", "via", "through"})


def object_hits(tok, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    if tok.lower_ == "whom" and verb.dep_ == "relcl":
        return whom_antecedent(verb, index)
    antecedent = antecedent_object(tok)
    if antecedent is not None:
        # "stole emails from Acme and leaked them": the emails, not the last name before;
        # whose they were, when the emails name no one
        taken_by = antecedent.head
        return through_quantifier(antecedent, index) or (
            prepositional_target(taken_by, taken_by, index, context)
            if taken_by.lemma_.lower() in _THEFT_VERBS
            else []
        )
    if aged_description(tok):  # "accused the 32-year-old of spying for X": a person, not X
        return definite_description(tok, index, context)
    return (
        named_next(tok, index)  # "charged an Arizona woman ... NAME": her, not Arizona
        or through_quantifier(tok, index)
        or object_pronoun(tok, verb, index, context)
        or definite_description(tok, index, context)
        or possessive_pronoun(tok, verb, index, context)
        or belongings_owner(tok, verb, index, context)  # "searched his flat"
        or _facet_owner(tok, index)
        or _author(tok, verb, index)
    )


def _author(noun, verb, index: EntityIndex) -> list[Hit]:
    """Whose words or work a thing acted on is, by the "by" phrase right after the noun:
    "removed a post by President X", "deleted videos by X" (X is who the act befalls); the
    parser may hang that phrase on an active verb with a subject. Not the agent of a
    participle ("posts flagged by the FBI": the parse makes that an agent)."""
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj":
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "by"]
    if any(c.dep_ == "nsubj" for c in verb.children):
        follows = noun.right_edge.i + 1
        preps += [
            c for c in verb.children if c.dep_ == "prep" and c.lower_ == "by" and c.i == follows
        ]
    return [h for prep in preps for pobj in _pobjs(prep) for h in np_entities(pobj, index)]


def _facet_owner(noun, index: EntityIndex) -> list[Hit]:
    """The service a facet noun belongs to: "access to Telegram", "calls on WhatsApp and
    Telegram" (both names of a coordination)."""
    if noun.lemma_.lower() not in index.facet_nouns:
        return []
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in _FACET_PREPS]
    return [h for prep in preps for pobj in _pobjs(prep) for h in np_entities(pobj, index)]


def prepositional_target(verb, head, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "hackers broke into its email accounts", "into the accounts of some of its executives":
    the object of "into"/"against" read as a direct object is (pronouns, descriptions), down
    a chain of "of" phrases; so is whom something was stolen "from" ("had been stolen from
    the email accounts of several of its officials"), and what an act's noun is "on" ("a
    phishing attack on a small number of its employees")."""
    preps = [c for c in (*verb.children, *head.children) if c.dep_ == "prep"]
    theft = verb.lemma_.lower() in _THEFT_VERBS
    for prep in preps:
        # "an attack on a number of its employees": what an act's noun is "on" it befalls
        befalls = prep.lower_ == "on" and prep.head.i == head.i and head.pos_ == "NOUN"
        entered = prep.lower_ in ("into", "against") or (theft and prep.lower_ == "from")
        if not (entered or befalls):
            continue
        found = _first_down_of_phrases(
            _pobjs(prep), lambda noun: object_hits(noun, verb, index, context)
        )
        if found:
            return found
    return []


def passive_owner(noun, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "a trove of its internal emails was dumped online": whose thing a passive subject that
    names no one is, by the possessive pronoun on it or down its "of" phrases; its owner is
    the one the act befell."""
    return _first_down_of_phrases(
        [noun],
        lambda owned: (
            possessive_pronoun(owned, verb, index, context)
            or belongings_owner(owned, verb, index, context)
        ),
    )


def _first_down_of_phrases(nouns: list, find: Callable[[Any], list[Hit]]) -> list[Hit]:
    """What ``find`` names for the first of ``nouns`` or, in turn, of what their "of" phrases
    name ("the accounts of some of its executives")."""
    queue = list(nouns)
    while queue:
        noun = queue.pop(0)
        if hits := find(noun):
            return hits
        queue.extend(_of_objects(noun))
    return []


def _pobjs(prep) -> list:
    return [c for c in prep.children if c.dep_ == "pobj"]


def _of_objects(noun) -> list:
    """What "of" phrases on ``noun`` name: "hundreds of accounts", "accounts of its staff"."""
    return [
        pobj
        for of in noun.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for pobj in _pobjs(of)
    ]


def through_quantifier(tok, index: EntityIndex) -> list[Hit]:
    hits = np_entities(tok, index)
    if hits:
        return hits
    for pobj in _of_objects(tok):
        hits.extend(np_entities(pobj, index))
    return hits


def shared_object(verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "The FBI arrested and charged Smith": a verb with nothing after it but "and" and a
    second verb shares that verb's object."""
    after = [c for c in verb.children if c.i > verb.i]
    if not after or any(c.dep_ not in ("cc", "conj", "punct") for c in after):
        return []
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return []
    for conj in after:
        if conj.dep_ == "conj" and conj.pos_ == "VERB":
            if any(c.dep_ in _SUBJECT_DEPS for c in conj.children):
                return []
            for obj in conj.children:
                if obj.dep_ == "dobj":
                    return through_quantifier(obj, index) or definite_description(
                        obj, index, context
                    )
    return []
