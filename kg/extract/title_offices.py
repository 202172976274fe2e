"""Offices named after the title of the one who heads them ("the Attorney General's Office",
"Israel's Prime Minister's Office", "the President's Office in Kyiv"): government bodies. The
model cuts such a name after the title's first word or reads none, so this step, run before the
model's names, reads the whole as an Agency of the state in the possessive or before it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.owned_bodies import dateline_states_body
from kg.extract.shapes import tokens_lowered
from kg.extract.state_bodies import state_owner

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_TITLE_WORDS = 3  # "Deputy Prime Minister's Office"


def offices_of_titles(reader: CandidateReader) -> None:
    """A capitalised title in the possessive before a capitalised office noun
    (``title_office_nouns``) is that office's name; a known name is the gazetteer step's."""
    doc = reader.doc
    for office in tokens_lowered(doc, reader.lex.title_office_nouns):
        if not doc[office].is_title or office < 2 or doc[office - 1].tag_ != "POS":
            continue
        start = _title_start(reader, office - 1)
        if start is None:
            continue
        start = _name_words_before(reader, start)  # "the Federal Prosecutor's Office"
        if not reader.free(start, office + 1):
            continue
        if reader.in_gazetteer(start, office + 1):
            continue
        country = state_owner(reader, start, office + 1, own_demonym=False)
        # "BERLIN — The Federal Prosecutor's Office": the dateline's state's listed body
        known = None if country else dateline_states_body(reader, start, office + 1)
        reader.add(start, office + 1, "Agency", country=country, gazetteer_id=known)


def _title_start(reader: CandidateReader, end: int) -> int | None:
    """First token of a capitalised title ending right before token ``end``, if one does."""
    for size in range(_TITLE_WORDS, 0, -1):
        start = end - size
        if start < 0 or not all(t.is_title for t in reader.doc[start:end]):
            continue
        if reader.lex.title_at(reader.lowers[start:end]) == size:
            return start
    return None


def _name_words_before(reader: CandidateReader, start: int) -> int:
    """Start of the office's name with the capitalised words before its title ("Federal",
    "National Public"), not a known name (a state, "Israel's") nor a sentence's first word."""
    doc = reader.doc
    while (
        start > 1
        and doc[start - 1].is_title
        and doc[start - 1].pos_ in ("PROPN", "ADJ")
        and start - 1 not in reader.gaz_at
        and not doc[start - 1].is_sent_start
    ):
        start -= 1
    return start
