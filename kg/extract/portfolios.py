"""Titles with a portfolio after "for" ("Under Secretary for Terrorism and Financial
Intelligence NAME", "Secretary of State for Defence NAME", "Minister for Justice NAME"): the
whole is the person's title. ``roles`` reads it as the role; ``portfolio_holders``, a step of
``kg.extract.entities.CandidateReader`` run before the model's names, keeps the portfolio's
capitalised words from being read as a body ("State for European Affairs") and reads the name
after it where the model found none."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.shapes import is_name_word, tokens_lowered

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.entity_lexicon import Lexicon
    from kg.extract.entities import CandidateReader

_PORTFOLIO_WORDS = 6  # "for Terrorism and Financial Intelligence" before the name
_PORTFOLIO_JOINS = frozenset({"and", "&", "of", "the"})
_NAME_WORDS = 2  # a name the model missed after a portfolio: its last two capitalised words


def portfolio_start(doc: Doc, name_start: int, lexicon: Lexicon) -> int | None:
    """First token of a capitalised title with its portfolio after "for" right before a name:
    "Under Secretary for Terrorism and Financial Intelligence NAME", "Secretary of State for
    Defence NAME"; None if the words before the name are no such title."""
    i = name_start - 1
    while i > 0 and name_start - i <= _PORTFOLIO_WORDS and _portfolio_word(doc[i]):
        i -= 1
    if i >= name_start - 1 or i < 1 or doc[i].lower_ != "for" or not doc[i + 1].is_title:
        return None
    lo = max(0, i - 6)
    words = [t.lower_ for t in doc[lo:i]]
    size = lexicon.title_ending_at(words)
    if not size or not doc[i - 1].is_title:
        return None  # "a minister for ..." in lower case is a description, not a title
    start = i - size - lexicon.title_ending_at(words[:-size])
    while start > 0 and doc[start - 1].lower_.rstrip("-") in lexicon.title_modifiers:
        start -= 1
    return start


def _portfolio_word(token: Token) -> bool:
    """A word of a portfolio's name ("Terrorism and Financial Intelligence", "the Arts")."""
    return token.is_title or (token.is_lower and token.lower_ in _PORTFOLIO_JOINS)


def portfolio_holders(reader: CandidateReader) -> None:
    """The title and portfolio before a person's name are claimed (no body of their own); the
    name is read as a person's where no step read it: the model's person or known name inside
    the capitalised run after "for", else the run's last two name words."""
    doc = reader.doc
    for i in tokens_lowered(doc, ("for",)):
        end = i + 1
        while (
            end < len(doc)
            and end - i <= _PORTFOLIO_WORDS + _NAME_WORDS
            and _portfolio_word(doc[end])
        ):
            end += 1
        name_start = _name_start(reader, i + 2, end)
        if name_start is None:
            continue
        start = portfolio_start(doc, name_start, reader.lex)
        if start is None:
            continue
        reader.claimed.update(range(start, name_start))
        name_end = _name_end(reader, name_start, end)
        if reader.free(name_start, name_end) and not reader.in_gazetteer(name_start, name_end):
            reader.person(name_start, name_end)


def _name_start(reader: CandidateReader, first: int, end: int) -> int | None:
    """Where the name begins in the capitalised run [first - 1, end) after "for"."""
    for k in range(first, end):
        model = reader.model_at.get(k)
        if (model is not None and model.label_ == "PERSON" and model.start == k) or (
            k in reader.gaz_at and reader.gaz_at[k].start == k and _a_person(reader, k)
        ):
            return k
    start = end - _NAME_WORDS
    if start >= first and all(is_name_word(t) for t in reader.doc[start:end]):
        return start
    return None


def _name_end(reader: CandidateReader, start: int, end: int) -> int:
    model = reader.model_at.get(start)
    return model.end if model is not None and model.start == start else end


def _a_person(reader: CandidateReader, k: int) -> bool:
    entry = reader.gazetteer.get(reader.gaz_at[k].id_)
    return entry is not None and entry.type in ("Official", "Person")
