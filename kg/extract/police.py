"""A state's police, read by the entity stage (``kg.extract.entities``): "the Dutch police",
"Norway's police" (the state's national police force the gazetteer lists), and "The police" or
a bare "Police" named again (the force named before, the force of the state after "in", else
of the dateline's state), "its police" (the force of the state "its" stands for)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from kg.extract.body_names import body_around
from kg.extract.countries import (
    country_at,
    dateline_country,
    known_body,
    release_countries,
)
from kg.extract.described_bodies import subject_state
from kg.extract.shapes import tokens_lowered
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_POLICE = ("police",)


def police_of_states(reader: CandidateReader) -> None:
    """ "the Dutch police", "Norway's police", "the Czech national police": a state's police is
    its national police force the gazetteer lists ("Dutch police" is one of its names); a
    state whose police is no one force has none listed, and "German police" stays the state
    acting (as the samples' gold reads it). Not "police" before the noun it describes ("the
    Chinese police station", "Russian police officers")."""
    doc = reader.doc
    for i in tokens_lowered(doc, _POLICE):
        if not reader.free(i, i + 1) or _describes_noun(doc, i):
            continue
        built = body_around(doc, i, partial(country_at, reader), reader.lex)
        if built is None:
            continue
        start, end, _, country = built
        # "the Czech national police in Brno": the city keeps its own mention
        end = next((j for j in range(i + 1, end) if reader.lowers[j] == "in"), end)
        own = [t.text for t in doc[start:end] if country_at(reader, t.i) is None]
        known = known_body(reader, own, country) or _national_police(reader, country)
        if known is not None:
            release_countries(reader, start, end)
            reader.add(start, end, "Agency", gazetteer_id=known)


def police_named_again(reader: CandidateReader) -> None:
    """ "The police said", "Police also detained": police named with no state are the police
    force the article named before ("the Dutch police ... The police"; one only); with none,
    the national police of the state after "in" ("Police in Norway"), else of the state whose
    capital the story is datelined in ("OSLO ... Police also detained"). Not a name's last
    word ("the Leipzig police", "Metropolitan Police")."""
    doc, lowers = reader.doc, reader.lowers
    for i in tokens_lowered(doc, _POLICE):
        if i and lowers[i - 1] == "its":
            _its_police(reader, i)
            continue
        start = i - 1 if i and lowers[i - 1] == "the" else i
        before = doc[start - 1] if start else None
        if not reader.free(start, i + 1) or _describes_noun(doc, i):
            continue
        if before is not None and before.is_title and not before.is_sent_start:
            continue
        forces = _forces_named(reader, doc[start].idx)
        if len(forces) == 1:
            span = doc[start : i + 1]
            mention = Mention(span.text, span.start_char, span.end_char, "Agency")
            reader.candidates.append(Candidate(mention, same_as=-1, proper=False))
            reader.defined[span.start_char] = forces[0]
            reader.claimed.update(range(start, i + 1))
        if forces:
            continue
        state = country_at(reader, i + 2) if lowers[i + 1 : i + 2] == ["in"] else None
        state = state or dateline_country(reader)
        known = _national_police(reader, state.id) if state is not None else None
        if known is not None:
            reader.add(start, i + 1, "Agency", gazetteer_id=known)


def _its_police(reader: CandidateReader, i: int) -> None:
    """ "The Netherlands said its police had been hacked": the national police of the state
    "its" stands for (the subject of the clause above it or of the sentence before)."""
    if not reader.free(i - 1, i + 1) or _describes_noun(reader.doc, i):
        return
    state = subject_state(reader, reader.doc[i - 1])
    known = _national_police(reader, state.id) if state is not None else None
    if known is not None:
        reader.add(i - 1, i + 1, "Agency", gazetteer_id=known)


def _describes_noun(doc, i: int) -> bool:
    """ "police station", "police officers": the word modifies the noun after it."""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN") and after.is_lower


def _forces_named(reader: CandidateReader, offset: int) -> list[Candidate]:
    """One mention of each police force named before ``offset`` ("the Dutch police",
    "Metropolitan Police"; not the "Swedish Security Police", a security service)."""
    forces: dict[str, Candidate] = {}
    for cand in reader.candidates:
        mention = cand.mention
        name = (cand.name or mention.text).lower()
        named_before = mention.type == "Agency" and mention.end <= offset and not cand.anaphor
        if named_before and name.endswith("police") and "security" not in name:
            forces.setdefault(mention.gazetteer_id or name, cand)
    return list(forces.values())


def _national_police(reader: CandidateReader, country: str) -> str | None:
    """The gazetteer id of the state's national police, listed as "<demonym> police"."""
    state = reader.gazetteer.get(country)
    if state is None or not state.demonyms:
        return None
    found = [
        e
        for e in reader.gazetteer.lookup(f"{state.demonyms[0]} police")
        if e.type == "Agency" and e.country == country
    ]
    return found[0].id if len(found) == 1 else None
