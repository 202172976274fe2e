"""Persons named between commas right after a title in the same clause ("a foreign ministry
spokesman in New Delhi, Randhir Jaiswal, said"; "Russia's ambassador to the UN, NAME, said"),
whom the model often misses; read by ``kg.extract.called`` in its walk over the commas. And
the body in the title of an official the gazetteer names with it ("CIA Director NAME"), or
names by a post it lists ("foreign ministry spokeswoman NAME")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.held_bodies import held_body
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
_TITLE_WORDS = 3  # longest title read between a body's noun and the name ("deputy chief spokesman")
_FIELD_WORDS = 2  # "foreign", "foreign affairs" before the body's noun


def bodies_in_holders_titles(reader: CandidateReader) -> None:
    """ "Moscow seized on it. Foreign ministry spokeswoman NAME said": a body named by its
    field words and noun alone in the title right before an official the gazetteer knows is the
    body where that official holds a post that day, when one of its names has those words
    (the model leaves a lower-case "ministry" unnamed, so no other step reads it)."""
    lowers = reader.lowers
    for cand in [c for c in reader.candidates if c.mention.type == "Official"]:
        if not cand.mention.gazetteer_id or id(cand) not in reader.tokens:
            continue
        name_start = reader.tokens[id(cand)][0]
        head = _before_title(reader, name_start)
        if head is None or lowers[head] not in _BODY_NOUNS:
            continue
        first = head
        while head - first < _FIELD_WORDS and first > 0 and _field_word(reader, first - 1):
            first -= 1
        if first == head or not reader.free(first, head + 1):
            continue
        body = held_body(reader, cand, lowers[head])
        entry = reader.gazetteer.get(body) if body else None
        field = set(lowers[first:head])
        if entry is not None and any(field <= set(n.lower().split()) for n in entry.names):
            reader.add(first, head + 1, "Agency", gazetteer_id=body)


def _before_title(reader: CandidateReader, name_start: int) -> int | None:
    """The token right before the title that ends at ``name_start``, if a title does."""
    for size in range(_TITLE_WORDS, 0, -1):
        k = name_start - size
        if k > 0 and reader.lex.title_at(reader.lowers[k:name_start]) == size:
            return k - 1
    return None


def _field_word(reader: CandidateReader, i: int) -> bool:
    """A word of a body's field ("foreign", "defence"), not a state's name nor a title's."""
    token = reader.doc[i]
    return (
        token.is_alpha
        and not token.is_stop
        and token.pos_ in ("ADJ", "NOUN", "PROPN")
        and i not in reader.gaz_at
        and token.lower_ not in reader.lex.title_modifiers
    )


# the nouns of a state body's name a title follows ("foreign ministry spokesman")
_BODY_NOUNS = frozenset({"ministry", "department", "office", "embassy", "consulate", "agency"})
