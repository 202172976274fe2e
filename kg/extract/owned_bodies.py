"""Bodies written after the state that owns them, read by the entity stage
(``kg.extract.entities``): "Canada's Justice Department", "the Canadian Justice Department",
"Russia's Supreme Court", and local courts named by their place ("Moscow's Tagansky district
court").

News names most state bodies by a generic short name under their state's possessive or
demonym. The gazetteer knows many such short names as one state's body ("Justice Department" is
the US one), and the model reads a bare "Supreme Court"; the state written right before the
name says whose body it is, and the mention holds the state as the annotated sets write it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import (
    body_of_state,
    country_at,
    dateline_country,
    release_countries,
    state_named_last,
)
from kg.extract.later_mentions import known_as_entry
from kg.extract.name_runs import owned_by_state
from kg.extract.shapes import tokens_lowered
from kg.extract.state_bodies import state_owner
from kg.resolve import Candidate
from kg.types import Mention

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


def model_body(reader: CandidateReader, start: int, end: int) -> None:
    """A body's name the model found, typed Agency by its words: its gazetteer entry when the
    state before it has one so named ("Poland's Internal Security Agency"; "the Latvian Security
    Service, known as VDD"), else a body of that state whose mention holds the state's
    possessive ("Moldova's Audiovisual Council", named "Audiovisual Council"), else the body of
    the dateline's state so named."""
    if start > 0 and reader.doc[start - 1].ent_type_ == "ORDINAL":
        start -= 1  # "18th Center of Information Security"
    known = owned_by_state(reader, start, end) or known_as_entry(reader, end, "Agency")
    country = None if known else state_owner(reader, start, end)
    if known is None and country is None:
        known = dateline_states_body(reader, start, end)
    first = _owner_start(reader, start, country)
    reader.add(
        first,
        end,
        "Agency",
        from_model=known is None,
        gazetteer_id=known,
        country=country,
        name=reader.doc[start:end].text if first < start else None,
    )


def dateline_states_body(reader: CandidateReader, start: int, end: int) -> str | None:
    """ "BERLIN — ... The Federal Prosecutor's Office said": a body's name that names no state,
    in a story datelined in a state, is that state's body the gazetteer lists under the state's
    demonym or possessive ("German Federal Prosecutor's Office"); one owned by "the country's"
    is the state named last's ("In Ukraine, ... the country's National Police")."""
    state = state_named_last(reader, start) or dateline_country(reader)
    entry = body_of_state(reader, state, reader.doc[start:end].text) if state else None
    return entry.id if entry is not None else None


def lower_case_bodies(reader: CandidateReader) -> None:
    """State bodies written in lower case after their state or place: local courts and the
    ``state_body_compounds`` ("Kenya's central bank")."""
    local_courts(reader)
    for words in reader.lex.state_body_compounds:
        for i in tokens_lowered(reader.doc, words[-1:]):
            _compound_body(reader, i + 1 - len(words), i + 1, words)


def _compound_body(reader: CandidateReader, start: int, end: int, words: tuple[str, ...]) -> None:
    """ "Kenya's central bank": the state's body listed as such in the gazetteer, else a body of
    that state named by its demonym and the words."""
    if start < 1 or tuple(reader.lowers[start:end]) != words or not reader.free(start, end):
        return
    if not all(t.is_lower for t in reader.doc[start:end]):
        return  # "Central Bank of Kenya": a name the model or the gazetteer reads
    written = state_written_before(reader, start)
    if written is None:
        return
    state, first = written
    text = " ".join(words)
    known = body_of_state(reader, state, text)
    _state_inside(reader, first, start, state)
    if known is not None:
        reader.add(first, end, "Agency", gazetteer_id=known.id)
    else:
        name = f"{state.demonyms[0] if state.demonyms else state.name} {text.title()}"
        reader.add(first, end, "Agency", name=name, country=state.id)


def local_courts(reader: CandidateReader) -> None:
    """ "Moscow's Tagansky district court", "the Meshchansky district court": a name before a
    court's lower-case level (``local_court_levels``) and "court" is a local court, a body of
    the state written before it, else of the dateline's state. Not "a Moscow district court":
    a capital's name names no court."""
    doc, lex = reader.doc, reader.lex
    for i in tokens_lowered(doc, ("court",)):
        level = i - 1
        if level < 1 or not doc[i].is_lower or reader.lowers[level] not in lex.local_court_levels:
            continue
        name_start = level
        while name_start > 0 and level - name_start < 3 and _place_word(reader, name_start - 1):
            name_start -= 1
        if name_start == level or not reader.free(name_start, i + 1):
            continue
        written = state_written_before(reader, name_start)
        state = written[0] if written else dateline_country(reader)
        first = _owner_start(reader, name_start, state.id if state else None)
        name = f"{doc[name_start:level].text} {doc[level].text.title()} Court"
        reader.add(first, i + 1, "Agency", name=name, country=state.id if state else None)


def _place_word(reader: CandidateReader, i: int) -> bool:
    """A capitalised word of a place's own name: no state's, capital's or demonym's."""
    token = reader.doc[i]
    return (
        token.is_title and token.is_alpha and not token.is_stop and country_at(reader, i) is None
    ) and (i not in reader.gaz_at)


def _owner_start(reader: CandidateReader, start: int, country: str | None) -> int:
    """Where a body starts when its state is written before it in the possessive ("Russia's
    Supreme Court"): at the state, which keeps its own mention inside the body's; else
    ``start``."""
    if country is None or start < 2 or reader.doc[start - 1].tag_ != "POS":
        return start
    written = state_written_before(reader, start)
    if written is None or written[0].id != country:
        return start
    _state_inside(reader, written[1], start, written[0])
    return written[1]


def _state_inside(reader: CandidateReader, first: int, start: int, state: GazetteerEntry) -> None:
    """The state written at tokens [first, start) keeps its own mention inside a body's, its
    tokens free for the body's."""
    kept = False
    for cand in reader.candidates:
        at = reader.tokens.get(id(cand))
        if cand.mention.type == "Country" and at is not None and first <= at[0] < start:
            reader.claimed.difference_update(range(*reader.tokens.pop(id(cand))))
            kept = True
    if not kept:  # a demonym its own step has not read yet: "the Nigerian central bank"
        span = reader.doc[first:start]
        if span[-1].tag_ == "POS":
            span = span[:-1]
        mention = Mention(span.text, span.start_char, span.end_char, "Country", state.id)
        reader.candidates.append(Candidate(mention))
