"""Peers named by their title and one surname ("Lord Ahmad", "Baroness Hodge"), as British news
calls members of the House of Lords: the title is part of the name they go by, and the model
often reads such a name as an organisation or not at all. A step of
``kg.extract.entities.CandidateReader``, run before the model's own names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.shapes import is_name_word, tokens_lowered

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader


def peers(reader: CandidateReader) -> None:
    """A capitalised peer's title, one name word and no further name word is a person's name
    ("Lord Ahmad said"); not a title going on ("the Lord Chancellor", "Lord Justice X") nor a
    longer name ("Lord Howe Island")."""
    doc, lowers = reader.doc, reader.lowers
    for i in tokens_lowered(doc, reader.lex.peer_titles):
        end = i + 2
        if end > len(doc) or not doc[i].is_title or not is_name_word(doc[i + 1]):
            continue
        if end < len(doc) and (is_name_word(doc[end]) or doc[end].text == "-"):
            continue
        if reader.lex.title_at(lowers[i + 1 : end]) or reader.in_gazetteer(i, end):
            continue
        if reader.free(i, end):
            reader.person(i, end)
