"""Bodies named with a country, read from a parsed Doc: "the Chinese embassy in Washington",
"Lithuania's Defense Ministry", "the Russian Ministry of Foreign Affairs", "the embassy of
Sweden", and the lower-case field words such a name may hold ("Russia's foreign ministry").

Pure functions of a Doc, a ``country_at`` lookup (token index -> Country entry or None) and the
word lists of ontologies/entity-patterns.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.entity_lexicon import Lexicon


def body_around(doc: Doc, head: int, country_at, lex: Lexicon):
    """(start, end, canonical name, country id) of "the Chinese embassy in Washington",
    "Lithuania's Defense Ministry", "the Russian Ministry of Foreign Affairs", "the embassy of
    Sweden", or None when no country is named with the body."""
    first = head  # first word of the body's own name: "Foreign" in "Foreign Ministry"
    while first > 0 and _own_word(doc[first - 1]) and country_at(first - 1) is None:
        first -= 1
    first = _field_words_start(doc, first, country_at, lex)
    own_end = _name_tail(doc, head + 1, country_at)
    start, end = first, own_end
    left = first - 1 if first and doc[first - 1].tag_ != "POS" else first - 2
    country = country_at(left) if left >= 0 else None
    if country is not None:
        start = _country_start(doc, left, country, country_at)
    elif own_end + 1 < len(doc) and doc[own_end].lower_ == "of":
        at = own_end + 1 + (doc[own_end + 1].lower_ == "the")
        country = country_at(at) if at < len(doc) else None
        end = _country_end(doc, at, country, country_at)
    if country is None:
        return None
    own = " ".join(
        t.text.title() if t.i <= head and t.lower_ != "and" else t.text for t in doc[first:own_end]
    )
    name = f"{country.demonyms[0] if country.demonyms else country.name} {own}"
    if end + 1 < len(doc) and doc[end].lower_ in ("in", "to") and doc[end + 1].ent_type_:
        stop = end + 2
        while stop < len(doc) and doc[stop].ent_iob_ == "I":
            stop += 1
        name = f"{name} {doc[end].lower_} {doc[end + 1 : stop].text}"  # "... to the UN"
        end = stop
    return start, end, name, country.id


def _own_word(token) -> bool:
    return token.is_title and token.is_alpha and not token.is_stop


def _field_words_start(doc: Doc, first: int, country_at, lex: Lexicon) -> int:
    """ "the Indian high commission", "Russia's foreign ministry", "Kenya's information and
    communications ministry": lower-case words naming the body's field (two fields joined by
    "and") belong to its name when a country comes right before them (not "new", "former":
    ``title_modifiers``); elsewhere they are only words ("a high commission")."""
    start = first
    while start > 0 and first - start < 2 and field_word(doc[start - 1], lex):
        start -= 1
    joined = start >= 2 and start < first and doc[start - 1].lower_ == "and"
    if joined and field_word(doc[start - 2], lex):  # "transport and communications ministry"
        start -= 2
    if start == first or start == 0:
        return first
    left = start - 1 if doc[start - 1].tag_ != "POS" else start - 2
    return start if left >= 0 and country_at(left) is not None else first


def field_word(token, lex: Lexicon) -> bool:
    return (
        token.is_lower
        and token.is_alpha
        and not token.is_stop
        and token.pos_ in ("ADJ", "NOUN", "PROPN")
        and token.lower_ not in lex.title_modifiers
    )


def _name_tail(doc: Doc, i: int, country_at) -> int:
    """End of "of Foreign Affairs", "of Intelligence and Security" after a body's head noun."""
    end = i
    while i + 1 < len(doc) and doc[i].lower_ in ("of", "for", "and"):
        j = i + 1
        while j < len(doc) and _own_word(doc[j]) and country_at(j) is None:
            j += 1
        if j == i + 1:
            break
        end = i = j
    return end


def _country_start(doc: Doc, i: int, country, country_at) -> int:
    while i > 0 and country_at(i - 1) is country:
        i -= 1
    return i


def _country_end(doc: Doc, i: int, country, country_at) -> int:
    while country is not None and i < len(doc) and country_at(i) is country:
        i += 1
    return i
