"""A second name a person goes by: "He entered the country under the name NAME", "she
travelled using the alias NAME", "posing as NAME". Spies, fraudsters and hackers are reported
with their cover names; the name is one more name of the person the clause is about, not a
person of its own. A step of ``kg.extract.entities.CandidateReader``, after the model's names.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.person_descriptions import last_person_before
from kg.extract.shapes import tokens_lowered

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

# "under the name", "using the alias", "by the pseudonym": the noun that gives a cover name
_NAME_NOUNS = ("name", "alias", "pseudonym", "identity")
_GIVING = frozenset({"under", "using", "use", "used", "by", "with", "adopted", "assumed"})
_POSING = ("posing", "pose", "posed", "masquerading")  # "posing as NAME"
_PERSON_TYPES = ("Person", "Official")
_SUBJECT_PRONOUNS = frozenset({"he", "she"})
_ARTICLES = frozenset({"the", "a", "an"})


def cover_names(reader: CandidateReader) -> None:
    """A person's name right after "under the name", "using the alias" or "posing as" is a
    mention of the clause's subject: the person the subject names, or for "he"/"she" the
    person named last before it."""
    doc = reader.doc
    for i in tokens_lowered(doc, _NAME_NOUNS):
        if (
            i >= 2
            and reader.lowers[i - 1] in ("the", "a", "an")
            and reader.lowers[i - 2] in _GIVING
        ):
            _join_cover(reader, i + 1)
    for i in tokens_lowered(doc, _POSING):
        if i + 1 < len(doc) and reader.lowers[i + 1] == "as":
            _join_cover(reader, i + 2)


def _join_cover(reader: CandidateReader, start: int) -> None:
    cover = next(
        (
            c
            for c in reader.candidates
            if c.mention.type in _PERSON_TYPES and reader.tokens.get(id(c), (-1, -1))[0] == start
        ),
        None,
    )
    if cover is None:
        return
    person = _clause_person(reader, reader.doc[start])
    if person is None or person is cover:
        return
    index = reader.candidates.index(cover)
    alias = replace(
        cover, same_as=-1, proper=False, mention=replace(cover.mention, type=person.mention.type)
    )
    reader.candidates[index] = alias
    reader.tokens[id(alias)] = reader.tokens.pop(id(cover))
    reader.defined[alias.mention.start] = person


def _clause_person(reader: CandidateReader, token: Token) -> Candidate | None:
    """The person the clause holding ``token`` is about: its verb's subject when a person's
    name, or the person named last before a "he"/"she" subject."""
    subject = next(
        (
            c
            for verb in token.ancestors
            if verb.pos_ in ("VERB", "AUX")
            for c in verb.children
            if c.dep_ in ("nsubj", "nsubjpass")
        ),
        None,
    )  # "rented the flat using the alias NAME": the subject of the verb "using" hangs on
    if subject is None:
        return None
    if subject.lower_ in _SUBJECT_PRONOUNS:
        return last_person_before(reader, subject.i)
    return next(
        (
            c
            for c in reader.candidates
            if c.mention.type in _PERSON_TYPES
            and c.proper
            and (span := reader.tokens.get(id(c))) is not None
            and span[0] <= subject.i < span[1]
        ),
        None,
    )
