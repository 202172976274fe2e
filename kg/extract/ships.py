"""Navy ships named in news ("the USS Essex", "HMS Queen Elizabeth"): a ship is a unit of its
state's navy, an Agency of that state (as geo-dev's conventions type military units), and the
name without its prefix after it ("photos of the Essex") is the same ship. The prefixes and
their states are data (``ship_prefixes`` in ontologies/entity-patterns.yaml)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.gazetteer import entity_id
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader

_MAX_NAME_WORDS = 3  # "HMS Prince of Wales" reads as "HMS Prince": enough to tell ships apart


def navy_ships(reader: CandidateReader) -> None:
    """Adds each ship named with a navy's prefix as an Agency of the prefix's state, and the
    later "the <name>" as mentions of it."""
    prefixes = reader.lex.ship_prefixes
    for i, word in enumerate(reader.words):
        state = prefixes.get(word)
        if state is None or not reader.free(i, i + 1):
            continue
        end = i + 1
        while end < len(reader.doc) and end - i <= _MAX_NAME_WORDS and _name_word(reader, end):
            end += 1
        if end == i + 1 or reader.lex.title_at(reader.lowers[end - 1 : end]):
            continue  # "the INS said", "the INS Commissioner": another body's acronym
        ship = reader.add(i, end, "Agency", country=entity_id("Country", state))
        if ship is not None:
            _named_again(reader, ship, i + 1, end)


def _name_word(reader: CandidateReader, i: int) -> bool:
    token: Token = reader.doc[i]
    return token.is_title and token.is_alpha and reader.lowers[i] not in reader.lex.agency_words


def _named_again(reader: CandidateReader, ship: Candidate, start: int, end: int) -> None:
    """ "the Essex" after "the USS Essex": the ship's name after "the", anywhere in the article."""
    name = reader.words[start:end]
    size = end - start
    for j in range(1, len(reader.words) - size + 1):
        if reader.words[j : j + size] != name or reader.lowers[j - 1] != "the":
            continue
        if not reader.free(j, j + size):
            continue
        span = reader.doc[j : j + size]
        mention = Mention(span.text, span.start_char, span.end_char, "Agency")
        reader.candidates.append(Candidate(mention, same_as=-1, proper=False))
        reader.defined[span.start_char] = ship
        reader.claimed.update(range(j, j + size))
