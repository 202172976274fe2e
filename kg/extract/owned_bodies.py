"""Bodies written after the state that owns them, read by the entity stage
(``kg.extract.entities``): "Canada's Justice Department", "the Canadian Justice Department",
"Russia's Supreme Court".

News names most state bodies by a generic short name under their state's possessive or
demonym. The gazetteer knows many such short names as one state's body ("Justice Department" is
the US one), and the model reads a bare "Supreme Court"; the state written right before the
name says whose body it is, and the mention holds the state as the annotated sets write it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import body_of_state, country_at, release_countries

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry


def state_written_before(reader: CandidateReader, start: int) -> tuple[GazetteerEntry, int] | None:
    """The Country named right before token ``start`` in the possessive ("Canada's") or by its
    demonym ("the Canadian"), and the index of its first token; None if there is none."""
    doc = reader.doc
    if start > 1 and doc[start - 1].tag_ == "POS":
        at = start - 2
    elif start > 0:
        at = start - 1
    else:
        return None
    state = country_at(reader, at)  # a capital only as an owner: "Moscow's"
    if state is None or reader.gaz_at[at].end != at + 1:
        return None
    return state, reader.gaz_at[at].start


def foreign_state_body(reader: CandidateReader, span: Span, entry: GazetteerEntry) -> bool:
    """ "Canada's Justice Department": a state body's short name the gazetteer gives another
    state is the written state's body: its own entry when the gazetteer lists one under that
    state's name ("Pakistan's Foreign Office"), else a body of that state. True if it was
    added."""
    if entry.type != "Agency" or not entry.country:
        return False
    written = state_written_before(reader, span.start)
    if written is None or written[0].id == entry.country:
        return False
    state, first = written
    known = body_of_state(reader, state, span.text)
    release_countries(reader, first, span.end)  # the state keeps a mention inside the body's
    if known is not None:
        return reader.add(first, span.end, "Agency", gazetteer_id=known.id) is not None
    name = f"{state.demonyms[0] if state.demonyms else state.name} {span.text}"
    return reader.add(first, span.end, "Agency", name=name, country=state.id) is not None


def owner_start(reader: CandidateReader, start: int, country: str | None) -> int:
    """Where a body the model named starts when its state is written before it in the
    possessive ("Russia's Supreme Court"): at the state, which keeps its own mention inside the
    body's; else ``start``."""
    if country is None or start < 2 or reader.doc[start - 1].tag_ != "POS":
        return start
    written = state_written_before(reader, start)
    if written is None or written[0].id != country:
        return start
    for cand in reader.candidates:  # the state's mention stays, its tokens join the body's
        at = reader.tokens.get(id(cand))
        if cand.mention.type == "Country" and at is not None and written[1] <= at[0] < start:
            reader.claimed.difference_update(range(*reader.tokens.pop(id(cand))))
    return written[1]
