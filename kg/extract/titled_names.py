"""Persons named between commas right after a title in the same clause ("a foreign ministry
spokesman in New Delhi, Randhir Jaiswal, said"; "Russia's ambassador to the UN, NAME, said"),
whom the model often misses; read by ``kg.extract.called`` in its walk over the commas."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.shapes import is_name_word, sentence_start

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_TITLE_REACH = 6  # "a foreign ministry spokesman in New Delhi, NAME": words from title to comma


def name_after_title(reader: CandidateReader, comma: int) -> None:
    """ "a foreign ministry spokesman in New Delhi, Randhir Jaiswal, said": two or three name
    words between commas, after a title in the same clause, name the holder (the model
    missed them)."""
    doc = reader.doc
    start = end = comma + 1
    while end < len(doc) and end - start < 3 and is_name_word(doc[end]):
        end += 1
    if end - start < 2 or not named_after_title(reader, start, end):
        return
    if any(i in reader.model_at for i in range(start, end)) or not reader.free(start, end):
        return
    if not reader.in_gazetteer(start, end):
        reader.person(start, end)


def named_after_title(reader: CandidateReader, start: int, end: int) -> bool:
    """Tokens [start, end) are an apposition between commas after a title in the same clause
    ("Russia's ambassador to the UN, NAME, said"); not a list ("visited Lviv, Odesa Oblast,
    and Kharkiv")."""
    doc = reader.doc
    comma = start - 1
    if comma < 1 or doc[comma].text != "," or end >= len(doc) or doc[end].text != ",":
        return False
    if doc[end - 1].dep_ != "appos":
        return False
    before = doc[max(sentence_start(doc, comma), comma - _TITLE_REACH) : comma]
    words = reader.lowers[before.start : before.end]
    return not any(t.text in ",;:" for t in before) and any(
        reader.lex.title_at(words[i:]) for i in range(len(words))
    )
