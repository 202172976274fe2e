"""Whose life an act was aimed at: "an attempt on his life", "a plot against her life". The
life's owner is the target, not a place the phrase names ("an attempt on his life in Georgia":
Georgia is only where); "his"/"her" stands for the person who is the subject of the clause the
act is told in ("Smith had moved to Germany after surviving an attempt on his life")."""

from __future__ import annotations

from kg.extract.reference import EntityIndex, Hit, np_entities

# What belongs to one person alone, so that an act on it is an act on its owner.
_OWN_WORDS = frozenset({"life"})
_PERSONAL_PRONOUNS = frozenset({"his", "her"})
_PERSON_TYPES = frozenset({"Person", "Official"})


def life_owner(noun, index: EntityIndex) -> list[Hit] | None:
    """The target an act "on <whose> life" names: the possessor named, or the person subject
    "his"/"her" stands for ([] if none); None when ``noun`` is no such word."""
    if noun.lemma_.lower() not in _OWN_WORDS:
        return None
    for child in noun.children:
        if child.dep_ != "poss":
            continue
        if child.lower_ not in _PERSONAL_PRONOUNS:
            return np_entities(child, index)
        return _subject_person(noun, index)
    return []


def _subject_person(noun, index: EntityIndex) -> list[Hit]:
    """The person subject of the nearest clause above ``noun`` that has one."""
    for verb in noun.ancestors:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects:
            continue
        hits = [h for h in np_entities(subjects[0], index) if h.entity.type in _PERSON_TYPES]
        if hits or subjects[0].pos_ != "PRON":
            return hits
    return []
