"""Places the model takes for persons: a lone word after a place's preposition, a name after
a settlement's kind ("the border town of X"); and places that act as their local government
("Fulton County said")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.name_shapes import described_as_person
from kg.extract.shapes import age_follows, is_name_word

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

# prepositions of where something happens: "detained in X", "a base near X"
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside"})
# last words of the names of places that are also the name of their own government
_LOCAL_GOVERNMENT_WORDS = frozenset({"county", "municipality", "borough", "prefecture"})
# nouns a local government stands in apposition to ("his employer, X County")
_EMPLOYER_NOUNS = frozenset({"employer", "employers", "client", "customer", "victim"})


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


def local_government(reader: CandidateReader, start: int, end: int) -> bool:
    """ "Fulton County said", "Los Angeles County sued", "his employer, San Bernardino County":
    a county's (borough's, municipality's) name that acts, as a clause's subject, or employs is
    its local government, an Agency; "lives in Orange County" is a place."""
    if reader.lowers[end - 1] not in _LOCAL_GOVERNMENT_WORDS or end - start < 2:
        return False
    root = reader.doc[end - 1]
    while root.head.i != root.i and start <= root.head.i < end:
        root = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ in ("VERB", "AUX"):
        return True
    return root.dep_ == "appos" and root.head.lower_ in _EMPLOYER_NOUNS
