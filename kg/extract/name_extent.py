"""Where a person's name ends: over name particles ("bin", "del", "Le") and over a person the
model cut in two. Read by the roles reader (kg/extract/roles.py) before it looks for a title."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.entity_lexicon import Lexicon


def name_goes_on(doc: Doc, end: int, lexicon: Lexicon) -> int:
    """The end of a name that goes on over particles to a capitalised word: the model's
    "Mohammed bin Abdulrahman" then "Al Thani" are one name, and so are its "Marine Le" and
    "Pen" (a name does not end on a particle that opens a surname) and two persons of the
    model's with nothing between them."""
    i = end
    while i < len(doc) and doc[i].text in lexicon.name_particles:
        i += 1
    if i == end and _person_opens(doc, end):  # "Maria del Carmen" + "Ruiz Ortega"
        i += 1
        while i < len(doc) and doc[i].ent_iob_ == "I":
            i += 1
        return i
    opened = doc[end - 1].text in lexicon.surname_openers
    if (i == end and not opened) or i >= len(doc) or not _surname_word(doc[i], opened):
        return end
    while i < len(doc) and _surname_word(doc[i], opened and i == end):
        i += 1
    return i


def _person_opens(doc: Doc, end: int) -> bool:
    """The model's next person starts right after this one's last word: one name it cut in
    two (a Spanish name's two given names and two surnames)."""
    return (
        0 < end < len(doc)
        and doc[end].ent_iob_ == "B"
        and doc[end].ent_type_ == "PERSON"
        and doc[end - 1].ent_type_ == "PERSON"
    )


def _surname_word(token: Token, opened: bool) -> bool:
    """A capitalised name word; after an opening particle any capitalised word ("Le Pen",
    which the tagger may read as the noun "pen")."""
    return token.is_title and (token.pos_ == "PROPN" or (opened and token.is_alpha))
