"""Names after a place's "-based" ("Miami-based Kaseya", "the Berlin-based Helsing"): only a
body is described by where it is based right before its name (a person is "a Miami-based
lawyer, NAME"), so the name is an organisation's, typed by its words, even where the model
reads a person or nothing. A step of ``kg.extract.entities.CandidateReader``, run before the
model's own names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.shapes import is_name_word, tokens_lowered

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_NAME_WORDS = 4  # longest name read after "-based" when the model found none
# words that carry a name on past where the capitalised words stop ("Centre for X"): a name the
# model did not read may go on over them, so none is guessed
_NAME_GOES_ON = frozenset({"of", "for", "on", "and", "&", "-"})


def names_after_base(reader: CandidateReader) -> None:
    """ "Miami-based Kaseya sells": the capitalised name right after "<place>-based" (or
    "-headquartered", ``base_words``) is a body's: the model's name there, whatever it called
    it (a person; an organisation its own step would drop before "builds drones"), else the
    run of name words the model left unread."""
    doc = reader.doc
    for i in tokens_lowered(doc, reader.lex.base_words):
        start = i + 1
        if i < 2 or doc[i - 1].text != "-" or start >= len(doc) or not is_name_word(doc[start]):
            continue
        model = reader.model_at.get(start)
        if model is not None:
            if model.start == start:
                _read_body(reader, start, model.end)  # the model's name, whatever its label
            continue
        end = start
        while end < len(doc) and end - start < _NAME_WORDS and is_name_word(doc[end]):
            end += 1
        if end < len(doc) and reader.lowers[end] in _NAME_GOES_ON:
            continue
        _read_body(reader, start, end)


def _read_body(reader: CandidateReader, start: int, end: int) -> None:
    """The body's name typed by its words; an organisation is a firm, so the article's other
    mentions of the name are too (``name_runs.firms_named_alike``: "Kaseya urged customers")."""
    if not reader.free(start, end) or reader.in_gazetteer(start, end):
        return
    before = len(reader.candidates)
    reader.organisation(start, end)
    if len(reader.candidates) > before and reader.candidates[-1].mention.type == "Organization":
        cand = reader.candidates[-1]
        reader.candidates[-1] = firm = replace(cand, firm=True)
        reader.tokens[id(firm)] = reader.tokens.pop(id(cand))
