"""Two bodies of one state named by one plural noun: "the foreign and defence ministries" in a
story datelined in Tokyo, "Japan's foreign and defence ministries", "the Russian foreign and
finance ministries". Each field word names that state's body of the singular noun: the
gazetteer's body listed so ("Japanese Foreign Ministry"), else a body built under the state's
demonym, as a single "the foreign ministry" in a datelined story is (``countries``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import country_at, dateline_country
from kg.extract.shapes import tokens_lowered

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry

_SINGULAR = {"ministries": "ministry", "embassies": "embassy", "consulates": "consulate"}


def coordinated_bodies(reader: CandidateReader) -> None:
    """Adds one Agency per field word of "FIELD and FIELD <plural body noun>" after "the", a
    state's possessive or its demonym: the first field word is a mention of its body, the rest
    of the phrase one of the second's."""
    doc = reader.doc
    for head in tokens_lowered(doc, _SINGULAR):
        second, joint, first = head - 1, head - 2, head - 3
        if first < 1 or reader.lowers[joint] != "and":
            continue
        if not (_field(reader, first) and _field(reader, second)):
            continue
        state = _owner(reader, first - 1)
        if state is None or not reader.free(first, head + 1):
            continue
        noun = _SINGULAR[reader.lowers[head]]
        for start, end, field in ((first, first + 1, first), (second, head + 1, second)):
            _add_body(reader, start, end, state, f"{doc[field].text.title()} {noun.title()}")


def _field(reader: CandidateReader, i: int) -> bool:
    """A lower-case word of a body's field ("foreign", "defence", "finance")."""
    token = reader.doc[i]
    return token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "PROPN")


def _owner(reader: CandidateReader, i: int) -> GazetteerEntry | None:
    """The state the phrase before token ``i`` (inclusive) names: "the" in a datelined story,
    a state's possessive, or a demonym."""
    if reader.lowers[i] == "the":
        return dateline_country(reader)
    if reader.doc[i].tag_ == "POS" and i > 0:
        return country_at(reader, i - 1)
    span = reader.gaz_at.get(i)
    return country_at(reader, i) if span is not None and span.label_ == "demonym" else None


def _add_body(
    reader: CandidateReader, start: int, end: int, state: GazetteerEntry, words: str
) -> None:
    adjective = state.demonyms[0] if state.demonyms else state.name
    name = f"{adjective} {words}"
    known = [e for e in reader.gazetteer.lookup(name) if e.type == "Agency"]
    if known:
        reader.add(start, end, "Agency", gazetteer_id=known[0].id)
    else:
        reader.add(start, end, "Agency", name=name, country=state.id)
