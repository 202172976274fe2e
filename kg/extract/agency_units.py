"""Units of a known agency named through their owner: "the FSB's Center 16", "the Justice
Department's National Security Division", "Global Affairs Canada said its Rapid Response
Mechanism ...", "the PLA's 54th Research Institute". A capitalised name (or one opened by an
ordinal) a government body owns is a part of that body, an Agency of the body's state,
whatever its head noun ("Mechanism", "Operations") and whether or not the model read it (it
often misses a name with a number, "Center 16", or calls it an organisation).

Not a name that only modifies a common noun ("the FBI's Most Wanted list", "the NSA's Prism
program"), a person's ("the NSA's Rob Joyce"), a title ("the FBI's Deputy Director") or a name
the gazetteer knows ("the FBI's Twitter account")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

_POSSESSIVE = frozenset({"'s", "’s"})
_JOINS = frozenset({"of", "for", "and"})  # "Centre for Countering Disinformation"
_MAX_WORDS = 6
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def units_of_agencies(reader: CandidateReader) -> None:
    """Adds the names right after an agency's possessive or after "its" standing for an agency
    that is the subject before it in the sentence, as Agencies of the owner's state."""
    for i, word in enumerate(reader.lowers):
        if word in _POSSESSIVE:
            owner = _agency_ending_at(reader, i)
        elif word == "its":
            owner = _agency_subject_before(reader, i)
        else:
            continue
        if owner is None:
            continue
        end = _unit_name_end(reader, i + 1)
        if end:
            reader.add(i + 1, end, "Agency", from_model=True, country=_country_of(reader, owner))


def _agency_ending_at(reader: CandidateReader, pos: int) -> Candidate | None:
    """The Agency candidate whose name ends right before the possessive at ``pos``."""
    return next(
        (
            c
            for c in reader.candidates
            if c.mention.type == "Agency" and reader.tokens.get(id(c), (0, -1))[1] == pos
        ),
        None,
    )


def _agency_subject_before(reader: CandidateReader, its: int) -> Candidate | None:
    """ "Global Affairs Canada said its ...": the Agency candidate that is the subject of the
    verb governing "its" (or of the verb that verb's clause hangs on)."""
    verb = reader.doc[its].head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    for head in (verb, verb.head):
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i < its:
            found = [
                c
                for c in reader.candidates
                if c.mention.type == "Agency"
                and (span := reader.tokens.get(id(c))) is not None
                and span[0] <= subject.i < span[1]
            ]
            return found[0] if len(found) == 1 else None
    return None


def _unit_name_end(reader: CandidateReader, start: int) -> int:
    """End of a unit's name of capitalised words (and numbers after one) from ``start``; 0 when
    none stands there or it is no unit's (see the module docstring)."""
    doc, words = reader.doc, reader.words
    end = start
    while end < len(doc) and end - start < _MAX_WORDS and _goes_on(words, start, end):
        end += 1
    if end == start or not reader.free(start, end) or reader.in_gazetteer(start, start + 1):
        return 0
    if any(reader.lex.title_at(reader.lowers[i:end]) for i in range(start, end)):
        return 0  # "the FBI's Deputy Director X"
    if end < len(doc) and doc[end].pos_ in ("NOUN", "PROPN") and doc[end].is_lower:
        return 0  # "the FBI's Most Wanted list": a modifier of a common noun
    ent = reader.model_at.get(start)
    if ent is not None and ent.label_ == "PERSON" and not _unit_shaped(reader, start, end):
        return 0  # "the NSA's Rob Joyce"
    return end


def _goes_on(words: list[str], start: int, i: int) -> bool:
    """Word ``i`` goes on a name opened at ``start``: capitalised, a number after a word, or
    "of", "for", "and" before a capitalised word."""
    word = words[i]
    if word[:1].isupper():
        return True
    if i == start:  # "the PLA's 54th Research Institute": an ordinal opens a unit's name
        ordinal = _ORDINAL.fullmatch(word) is not None
        return ordinal and i + 1 < len(words) and words[i + 1].istitle()
    return word.isdigit() or (word in _JOINS and i + 1 < len(words) and words[i + 1].istitle())


def _unit_shaped(reader: CandidateReader, start: int, end: int) -> bool:
    """A name with a number or ending in a body's word ("Center 16", "Cyber Division")."""
    last = reader.lowers[end - 1]
    return (
        any(w.isdigit() for w in reader.words[start:end])
        or last in reader.lex.body_end_words
        or last in reader.lex.state_body_words
    )


def _country_of(reader: CandidateReader, owner: Candidate) -> str | None:
    gaz_id = owner.mention.gazetteer_id
    entry = reader.gazetteer.get(gaz_id) if gaz_id else None
    return entry.country if entry is not None else owner.country
