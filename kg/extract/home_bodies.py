"""Bodies of the state a story is told from or located in, named by lower-case words alone:
"MOSCOW ... the foreign ministry said" (the dateline's state), "the foreign ministry in Moscow"
(the capital's state, wherever the story is told from), "In Tehran, Foreign Ministry
spokesman X said" (the state of the capital a sentence opens in). Steps of
``kg.extract.entities.CandidateReader``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import capital_after, dateline_country, opening_state
from kg.extract.name_shapes import main_country
from kg.extract.shapes import tokens_lowered

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader


def bodies_of_dateline_state(reader: CandidateReader) -> None:
    """ "MOSCOW, March 3 - ... the foreign ministry said": a state body named by lower-case
    words alone, in a story datelined in a state's capital, is that state's body, unless the
    article named another body of that kind before ("China's foreign ministry ... the foreign
    ministry"). A body at home "in" a capital is that capital's state's wherever the story is
    told from ("WASHINGTON ... the foreign ministry in Moscow" is Russia's)."""
    dateline = dateline_country(reader)
    doc = reader.doc
    for head in (doc[i] for i in tokens_lowered(doc, reader.lex.body_heads)):
        located = capital_after(reader, head.i + 1) if head.lower_ not in _ABROAD else None
        country = located or dateline
        if country is None:
            continue
        first = head.i
        while first > 1 and head.i - first < 3 and _modifier(doc[first - 1]):
            first -= 1
        if first == head.i or doc[first - 1].lower_ != "the":
            continue
        if located is None and _named_before(reader, head):
            continue
        adjective = country.demonyms[0] if country.demonyms else country.name
        words = " ".join(t.text.title() for t in doc[first : head.i + 1])
        known = [e for e in reader.gazetteer.lookup(f"{adjective} {words}") if e.type == "Agency"]
        if known:
            reader.add(first, head.i + 1, "Agency", gazetteer_id=known[0].id)
        else:
            name = f"{adjective} {words}"
            reader.add(first, head.i + 1, "Agency", name=name, country=country.id)


def bodies_in_a_capital(reader: CandidateReader) -> None:
    """ "In Tehran, Foreign Ministry spokesman X said": a state body named by its field words
    alone in a sentence that opens in a state's capital is that state's gazetteer body (the
    ministry of the capital the sentence is told from); none when no entry has that name."""
    doc = reader.doc
    for head in (doc[i] for i in tokens_lowered(doc, reader.lex.body_heads)):
        country = opening_state(reader, head.sent.start, capital_only=True)
        if country is None or (head.i + 1 < len(doc) and doc[head.i + 1].lower_ == "of"):
            continue  # "the Ministry of Foreign Affairs of Japan" names its state
        first = head.i
        while first > 0 and head.i - first < 3 and _field_of_body(reader, doc[first - 1]):
            first -= 1
        before = doc[first - 1] if first > 0 else None
        if first == head.i or (before is not None and before.tag_ == "POS"):
            continue
        if not reader.free(first, head.i + 1):
            continue
        words = " ".join(t.text.title() for t in doc[first : head.i + 1])
        adjective = country.demonyms[0] if country.demonyms else country.name
        known = [e for e in reader.gazetteer.lookup(f"{adjective} {words}") if e.type == "Agency"]
        if known:
            reader.add(first, head.i + 1, "Agency", gazetteer_id=known[0].id)


def _field_of_body(reader: CandidateReader, token) -> bool:
    """A word of a body's field ("foreign", "Foreign", "defence"), not a state's name."""
    return (
        token.is_alpha
        and not token.is_stop
        and token.pos_ in ("ADJ", "NOUN", "PROPN")
        and token.i not in reader.gaz_at
        and token.lower_ not in reader.lex.title_modifiers
    )


_ABROAD = frozenset({"embassy", "consulate", "mission"})  # "the embassy in Havana" is not Cuba's


def _named_before(reader: CandidateReader, head) -> bool:
    """An agency whose mention holds ``head``'s noun was named before it."""
    return any(
        c.mention.type == "Agency"
        and c.mention.end <= head.idx
        and head.lower_ in c.mention.text.lower()
        for c in reader.candidates
    )


def _modifier(token) -> bool:
    """A lower-case word naming a body's field ("foreign", "defence", "interior")."""
    return token.is_lower and token.is_alpha and token.pos_ in ("ADJ", "NOUN", "PROPN")


_EMBASSIES = frozenset({"embassy", "consulate"})


def embassies_in_capitals(reader: CandidateReader) -> None:
    """ "the embassy in Havana": an embassy named by the foreign capital it is in, and by no
    state, is the embassy there of the state the story is told from (its dateline's, else the
    state it names most), when that is not the capital's state; it is one body with that
    state's embassy named otherwise ("American embassy staff"). ("the Havana embassy" is left
    unread: as a body there it took the event stage's "it" from the subject before.)"""
    doc, lowers = reader.doc, reader.lowers
    for i in tokens_lowered(doc, _EMBASSIES):
        if not reader.free(i, i + 1) or i == 0:
            continue
        span = reader.gaz_at.get(i + 2) if lowers[i - 1] == "the" else None
        host = capital_after(reader, i + 1) if span is not None else None
        if span is None or host is None:
            continue
        owner = dateline_country(reader) or main_country(reader)
        if owner is None or owner.id == host.id:
            continue
        adjective = owner.demonyms[0] if owner.demonyms else owner.name
        name = f"{adjective} {doc[i].text.title()} in {span.text}"
        reader.add(i, span.end, "Agency", name=name, country=owner.id)
