"""Places the model takes for persons: a lone word after a place's preposition, a name after
a settlement's kind ("the border town of X")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.name_shapes import described_as_person
from kg.extract.shapes import age_follows, is_name_word

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

# prepositions of where something happens: "detained in X", "a base near X"
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})


def lone_place_name(reader: CandidateReader, start: int, end: int) -> bool:
    """ "detained in Düsseldorf and Bad Homburg", "offices in Düsseldorf": one word the model
    calls a person right after a place's preposition is a place when the article never gives
    that word a first name or a title ("in Krah's office" after "Maximilian Krah" stays his):
    news name a person in full first, so a lone word after "in" is a town the model missed."""
    doc = reader.doc
    if end - start != 1 or start == 0 or doc[start - 1].lower_ not in _PLACE_PREPOSITIONS:
        return False
    if end < len(doc) and doc[end].tag_ == "POS":
        return False  # "in Krah's office": an owner
    if age_follows(doc, end) or described_as_person(reader, end):
        return False  # "confidence in Kovalenko, the chief"
    word = doc[start].text
    return not any(
        token.text == word and token.i != start and _named_as_person(reader, token.i)
        for token in doc
    )


def _named_as_person(reader: CandidateReader, i: int) -> bool:
    """The word at ``i`` is part of a longer person's name or follows a title."""
    doc = reader.doc
    ent = reader.model_at.get(i)
    if ent is not None and ent.label_ == "PERSON" and len(ent) > 1:
        return True
    before = doc[i - 1] if i else None
    return before is not None and (
        is_name_word(before) or bool(reader.lex.title_ending_at([before.lower_]))
    )


def place_of_kind(reader: CandidateReader, start: int) -> bool:
    """ "the border town of Hrubieszow", "the village of Osowa": a name after "of" and a place's
    kind noun is a place, whatever the model called it."""
    if start < 2 or reader.lowers[start - 1] != "of":
        return False
    return reader.lowers[start - 2] in reader.lex.settlement_kinds
