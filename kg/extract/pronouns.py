"""Pronouns the entity stage left unresolved, resolved for the event stage.

A pronoun takes, in order, the subject of the speech verb it is reported by ("China said it
..."; none when that subject is an unnamed common noun: "lawmakers said they ..."); a body's
speaking pronoun opening a sentence after one opened by "according to X" continues X ("According
to the FBI, the hackers got in. They said ...": the FBI, not the hackers; no one if X is
unnamed); a "they" opening a sentence after one whose main subject describes doers ("the
attackers first relied on emails. From 2023 they broke into ...") stands for those doers, or
no one; else the nearest entity of a fitting type earlier in the same sentence, else the
subject of the previous sentence's main verb, else the most recent actor in the previous
sentence, else the most recent entity mention of a fitting type in the previous sentence, else
the story's latest fitting actor, else the latest fitting mention in the preceding ~150 tokens
("he"/"she" -> Official/Person; "it" -> Agency/Country/Organization/Platform; "they" -> bodies),
never the verb's own subject. "its" on an object stands for its owner.
"""

from __future__ import annotations

from typing import Any

from kg.extract.body_kinds import state_groups_of
from kg.extract.reference import (
    ANAPHOR_WINDOW,
    PEOPLE,
    EntityIndex,
    Hit,
    RoleContext,
    definite_description,
    describes_doers,
    earlier_doers,
    np_entities,
)
from kg.extract.shapes import sentence_start

PERSONAL = {
    "he": PEOPLE,
    "she": PEOPLE,
    "him": PEOPLE,
    "her": PEOPLE,
    "it": ("Agency", "Country", "Organization", "Platform"),
    # Plural: a body, or people no single name covers ("the people they recruit" is not the
    # one person quoted saying it).
    "they": ("Agency", "Country", "Organization", "Platform"),
    "them": ("Agency", "Country", "Organization", "Platform"),
}


def _sources_before(verb, index: EntityIndex, context: RoleContext) -> list[Hit] | None:
    """Who the "according to X" opening the previous sentence names (possibly no one), or
    None when it does not open so ("Smith, according to his plea, lied": Smith stays)."""
    doc = verb.doc
    start = sentence_start(doc, verb.i)
    if start == 0:
        return None
    opening = doc[sentence_start(doc, start - 1)]
    if opening.lower_ != "according" or opening.dep_ != "prep":
        return None
    pobjs = [p for to in opening.children for p in to.children if p.dep_ == "pobj"]
    return [
        h for p in pobjs for h in np_entities(p, index) or definite_description(p, index, context)
    ]


def _other_than(speaker, types) -> bool:
    """Whether an unnamed speaker cannot be the person a "he"/"she" of its reported clause
    stands for: several people ("prosecutors said he") or a paper ("the affidavit said she
    admitted ...": the affidavit quotes what she did)."""
    if types != PEOPLE:
        return False
    return (
        speaker.tag_ == "NNS"
        or speaker.lemma_.lower() in state_groups_of(speaker.doc).document_nouns
    )


def _governing_subject(verb):
    subjects = [c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.i]
    return subjects[0] if subjects else None


def resolve_pronoun(
    verb,
    types,
    index: EntityIndex,
    context: RoleContext,
    exclude=None,
    subject_of=None,
    plural: bool = False,
) -> list[Hit]:
    """The entity a pronoun of ``verb`` stands for (module docstring); ``exclude``: a verb
    whose own subject it is not (its object); ``subject_of``: the verb it is the subject of,
    whose clause names no one it stands for ("He said that Trump ...": he is not Trump)."""
    if verb.dep_ == "advcl" and (governing := _governing_subject(verb)) is not None:
        # "the hackers targeted X before they broke into Y": they are the governing subject
        hits = np_entities(governing, index) or definite_description(governing, index, context)
        if governing.pos_ == "NOUN":
            return hits  # "the men ... before they": whoever the description stands for
        if any(h.entity.type in types for h in hits):
            return [h for h in hits if h.entity.type in types][:1]
    speech = verb
    while speech.dep_ in ("ccomp", "conj") and speech.head != speech:
        reported = speech.dep_ == "ccomp"
        speech = speech.head
        for child in speech.children:
            if child.dep_ != "nsubj":
                continue
            # "the company said it removed ...": the company is the one it stands for
            if hits := np_entities(child, index) or definite_description(child, index, context):
                fitting = [h for h in hits if h.entity.type in types]
                if fitting:
                    return fitting[:1]
            elif reported and child.pos_ == "NOUN" and not _other_than(child, types):
                # "Lawmakers said they had agreed", "a spokesman said he": the speakers, whom no
                # name covers; not an entity named elsewhere ("prosecutors said he" is not them)
                return []
    # The object of a verb is not its own subject: "the FBI arrested him" is not the FBI.
    own_subject = set()
    if exclude is not None:
        for child in exclude.children:
            if child.dep_ == "nsubj":
                own_subject = {h.entity.id for h in np_entities(child, index)}
    if subject_of is not None:
        clause = index.in_range(subject_of.left_edge.i, subject_of.right_edge.i + 1)
        own_subject |= {h.entity.id for h in clause}
        if subject_of.dep_ == "relcl":
            # "expelling X, whom he described as a spy": he is not X, nor the noun phrase the
            # parse may hang the clause on ("X, Russia's attaché in London, whom he ...")
            noun = subject_of.head
            own_subject |= {h.entity.id for h in np_entities(noun, index)}
            while noun.dep_ in ("pobj", "prep", "appos") and noun.head != noun:
                noun = noun.head
                own_subject |= {h.entity.id for h in np_entities(noun, index)}
    before = [h for h in index.in_range(verb.sent.start, verb.i) if h.mention.end <= verb.idx]
    sources = _sources_before(verb, index, context)
    speaks_on = types != PEOPLE and verb.lemma_.lower() in index.report_verbs
    if sources is not None and speaks_on and not before:
        # "According to the services, the hackers got in. They said ...": the sources speak on
        return [h for h in sources if h.entity.type in types][:1]
    if plural and not before and context.previous_doers is not None:
        # "According to the police, the attackers relied on emails. From 2023 they broke into
        # networks": they are the attackers (whoever did the latest such act, or no one), not
        # the police
        return earlier_doers(context.previous_doers, index, context) or []
    for pool in (before, context.previous_subjects):
        for hit in reversed(pool):
            if hit.entity.type in types and hit.entity.id not in own_subject:
                if pool is before and _only_where(hit, verb.doc):
                    continue
                return [hit]
    # "Poland's foreign minister said ... He warned that Poland would ...": the subject pronoun
    # after an official the previous sentence leaves unnamed (it names no one) is the body he
    # speaks for, even when his clause names it
    unnamed = not any(h.entity.type in PEOPLE for h in context.previous_hits)
    if types == PEOPLE and exclude is None and context.previous_titled and unnamed:
        return context.previous_titled[-1:]
    for pool in (context.previous_actors, context.previous_hits):
        for hit in reversed(pool):
            if hit.entity.type in types and hit.entity.id not in own_subject:
                if pool is context.previous_hits and _only_where(hit, verb.doc):
                    continue
                return [hit]
    # "Jobs opened the show. He demoed a widget. He said ...": the story's subject is still
    # the one meant when the sentences between name nobody of a fitting type; an actor of
    # the story before any body merely mentioned ("Russia recruited people in Estonia. ...
    # 'the people they recruit'").
    for where, hit in reversed(context.recent_actors):
        if verb.i - where > ANAPHOR_WINDOW:
            break
        if hit.entity.type in types and hit.entity.id not in own_subject:
            return [hit]
    start = verb.sent.start
    earlier = index.latest_before(start, types, ANAPHOR_WINDOW, exclude=frozenset(own_subject))
    return [earlier] if earlier is not None and not _only_where(earlier, verb.doc) else []


def object_pronoun(tok, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "charged him with ...": an object pronoun the entity stage left unresolved."""
    if tok.pos_ != "PRON" or tok.lower_ not in PERSONAL:
        return []
    return resolve_pronoun(verb, PERSONAL[tok.lower_], index, context, exclude=verb)


# "its" only: "their jobs", "his son" are mostly people's own, or other people.
_POSSESSIVE_PRONOUNS = {"its": "it"}
_VENUE_PREPS = frozenset({"on", "via", "through", "across", "over"})


def possessive_pronoun(noun, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "Acme said hackers had hacked its servers": the owner a possessive pronoun on the
    object stands for (never the verb's own subject: "Britain recalled its envoy")."""
    for child in noun.children:
        word = _POSSESSIVE_PRONOUNS.get(child.lower_) if child.dep_ == "poss" else None
        if word is not None:
            return resolve_pronoun(verb, PERSONAL[word], index, context, exclude=verb)
    return []


# A person's possessive pronouns: "his home", "her phone".
_PERSONS_POSSESSIVES = frozenset({"his", "her"})


def belongings_owner(noun, verb, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "His flat and his office were searched", "police surrounded her house": whose belonging
    (``belongings`` of state-groups.yaml) an act befalls, by the person's possessive pronoun on
    it (never the verb's own subject). A person of theirs is someone else ("his lawyer was
    arrested"), so other nouns name no one."""
    if noun.lemma_.lower() not in state_groups_of(noun.doc).belongings:
        return []
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ in _PERSONS_POSSESSIVES:
            return resolve_pronoun(verb, PEOPLE, index, context, exclude=verb)
    return []


def _only_where(hit: Hit, doc) -> bool:
    """ "were using fake recruiters on LinkedIn. 'They offer jobs'": a platform named only as
    where others act is not who a later pronoun stands for."""
    if hit.entity.type != "Platform":
        return False
    span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    word = span.root if span is not None else None
    return word is not None and word.dep_ == "pobj" and word.head.lower_ in _VENUE_PREPS


def whom_antecedent(clause, index: EntityIndex) -> list[Hit]:
    """Who "whom" in a relative ``clause`` stands for: the person of the phrase the clause hangs
    on, climbing through an apposition the parse may attach it to ("X, Russia's attaché in
    London, whom ...")."""
    noun = clause.head
    while True:
        people = [h for h in np_entities(noun, index) if h.entity.type in PEOPLE]
        if people or noun.dep_ not in ("pobj", "prep", "appos") or noun.head == noun:
            return people
        noun = noun.head


# Posts whose unnamed holder speaks for the body named with them: "Poland's foreign minister".
_POSTS = frozenset(
    {"minister", "president", "premier", "chancellor", "secretary", "ambassador", "envoy"}
    | {"spokesman", "spokeswoman", "spokesperson", "official", "director", "chief", "head"}
    | {"commander", "prosecutor", "leader", "diplomat"}
)


_BODIES = frozenset({"Agency", "Country", "Organization"})


def main_subject_tokens(sent) -> list:
    """The subjects, active or passive, of a sentence's main verb (one walk of the sentence,
    shared by what pronouns of the next sentence may continue)."""
    return [tok for tok in sent if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT"]


def main_doers(subjects: list, index: EntityIndex) -> Any:
    """The active subject of a sentence's main verb (among ``subjects``) when it names doers by
    what they do and no one by name ("the attackers first relied on emails"), else None."""
    plural = (tok for tok in subjects if tok.dep_ == "nsubj" and tok.tag_ == "NNS")
    return next((tok for tok in plural if describes_doers(tok, index)), None)


def main_subjects(subjects: list, index: EntityIndex) -> list[Hit]:
    """Entities of the subject of a sentence's main verb ("The group has been linked to ...":
    the group), which a pronoun opening the next sentence most likely continues."""
    return [hit for tok in subjects for hit in np_entities(tok, index)]


def titled_subjects(subjects: list, index: EntityIndex) -> list[Hit]:
    """Bodies named with one unnamed official who is the subject of a sentence's main verb
    (among its main ``subjects``: "Poland's foreign minister said ...", "a Kremlin spokesman
    said ..."): whom "he" or "she" opening the next sentence speaks for."""
    return [
        hit
        for tok in subjects
        if tok.dep_ == "nsubj"
        and tok.tag_ == "NN"  # one person: "Prosecutors said ... He had" is someone else
        and tok.lemma_.lower() in _POSTS
        for hit in np_entities(tok, index)
        if hit.entity.type in _BODIES
    ]
