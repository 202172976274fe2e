"""Persons named between commas right after a title in the same clause ("a foreign ministry
spokesman in New Delhi, Randhir Jaiswal, said"; "Russia's ambassador to the UN, NAME, said"),
whom the model often misses; read by ``kg.extract.called`` in its walk over the commas. And
the body in the title of an official the gazetteer names with it ("CIA Director NAME")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.shapes import is_name_word, sentence_start
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

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


def body_in_title(reader: CandidateReader, span: Span) -> None:
    """ "CIA Director John Ratcliffe", "NATO Secretary General Mark Rutte": a gazetteer name of
    an official that opens with a known body's name and a title names that body too (as the
    same words do where the gazetteer lists the person by name alone)."""
    title = next(
        (
            k
            for k in range(span.start + 1, span.end - 1)
            if reader.lex.title_at(reader.lowers[k : span.end])
        ),
        None,
    )
    if title is None:
        return
    words = reader.doc[span.start : title]
    bodies = [e for e in reader.gazetteer.lookup(words.text) if e.type in _TITLE_BODY_TYPES]
    if len(bodies) == 1:
        entry = bodies[0]
        mention = Mention(words.text, words.start_char, words.end_char, entry.type, entry.id)
        reader.candidates.append(Candidate(mention))


_TITLE_BODY_TYPES = frozenset({"Agency", "Organization", "Platform"})
