"""Gazetteer names inside a longer name the model found: which of the two stands.

The model's longer name usually wins ("the Russian Embassy in Oslo" over "Russia"), but the
gazetteer's name stands alone where the rest of the model's name is no part of a name:
- a title after it ("U.S. Magistrate" of "U.S. Magistrate Judge NAME");
- a platform's product ("a phony Google Update mechanism": the platform is named);
- a person's title before the person's name ("CIA" in "CIA Deputy Director David Cohen");
- a list the model ran together ("Facebook, Instagram and its other apps": two names);
- an owner before what it owns that only modifies a common noun ("Bybit's Ethereum cold
  wallets": Bybit; the currency is no entity);
- a known body in the possessive before a known unit of it ("the Treasury Department's Office
  of Foreign Assets Control"): both are named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.roles import read_person

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.entities import CandidateReader

_LIST_WORDS = frozenset({",", "and", "or", "&"})


def model_name_wins(reader: CandidateReader, span: Span) -> bool:
    """The model's name around the gazetteer's ``span`` is the entity, not ``span``."""
    around = reader.model_at.get(span.start)
    return (
        around is not None
        and (around.label_ != "PERSON" or _in_person_name(reader, around, span))
        and not _title_after(reader, around, span)
        and not _product_after(reader, around, span)
        and not _names_listed(reader, around)
        and not _owner_of_modifier(reader, around, span)
        and not _known_owner_and_unit(reader, around)
    )


def _known_owner_and_unit(reader: CandidateReader, ent: Span) -> bool:
    """The model's name is two gazetteer names, the first in the possessive ("the Treasury
    Department's Office of Foreign Assets Control", "Germany's Federal Foreign Office"): the
    owner and what it owns are two entities."""
    spans = sorted(
        {id(s): s for i in range(ent.start, ent.end) if (s := reader.gaz_at.get(i))}.values(),
        key=lambda s: s.start,
    )
    if len(spans) != 2:
        return False
    owner, owned = spans
    return (
        owner.end + 1 == owned.start
        and reader.doc[owner.end].tag_ == "POS"
        and owned.end == ent.end
        and all(reader.lowers[i] == "the" for i in range(ent.start, owner.start))
    )


def _names_listed(reader: CandidateReader, ent: Span) -> bool:
    """The model's name is two or more gazetteer names and the commas or "and" between them
    ("Facebook, Instagram"): a list it ran together."""
    spans = {id(reader.gaz_at[i]) for i in range(ent.start, ent.end) if i in reader.gaz_at}
    rest = [reader.lowers[i] for i in range(ent.start, ent.end) if i not in reader.gaz_at]
    return len(spans) >= 2 and bool(rest) and all(w in _LIST_WORDS for w in rest)


def _owner_of_modifier(reader: CandidateReader, ent: Span, span: Span) -> bool:
    """The model's name is the gazetteer's in the possessive and capitalised words that modify
    a lower-case noun after the name ("Bybit's Ethereum cold wallets"), not a kind that makes
    them a thing's name ("Meta's Llama model")."""
    if ent.start != span.start or span.end + 1 >= ent.end or reader.doc[span.end].tag_ != "POS":
        return False
    end = ent.end
    while end < len(reader.doc) and end - ent.end < 2 and reader.doc[end].is_lower:
        end += 1
    noun = reader.doc[end - 1]
    return (
        end > ent.end
        and noun.pos_ == "NOUN"
        and reader.doc[ent.end - 1].head.i == noun.i
        and noun.lower_ not in reader.lex.called_kinds
        and noun.lemma_.lower() not in reader.lex.called_kinds
    )


def _title_after(reader: CandidateReader, ent: Span, span: Span) -> bool:
    """The model's name is the gazetteer's and the start of a title after it ("U.S.
    Magistrate" of "U.S. Magistrate Judge NAME"): the gazetteer's name stands alone."""
    return (
        ent.label_ != "PERSON"
        and ent.start == span.start
        and span.end < ent.end
        and reader.lex.title_at(reader.lowers[span.end : ent.end + 3]) >= ent.end - span.end
    )


def _product_after(reader: CandidateReader, ent: Span, span: Span) -> bool:
    """The model's name is a platform's and one or two capitalised words naming its product
    ("a phony Google Update mechanism"): the platform is named; its product is no entity."""
    entry = reader.gazetteer.get(span.id_)
    rest = reader.lowers[span.end : ent.end]
    return (
        entry is not None
        and entry.type == "Platform"
        and ent.label_ in ("ORG", "PRODUCT")
        and ent.start == span.start
        and 1 <= len(rest) <= 2
        and all(w[:1].isupper() for w in reader.words[span.end : ent.end])
        and not any(w in reader.lex.called_kinds or w in reader.lex.non_agency_words for w in rest)
    )


def _in_person_name(reader: CandidateReader, person: Span, span: Span) -> bool:
    reading = read_person(reader.doc, person.start, person.end, reader.lex)
    return reading is None or span.start >= reading.name_start
