"""What a kind noun says a name is: "the software, called Meliorator" is a Platform, "a
campaign known as Doppelganger" an Organization, "a malware tool named Pteranodon" nothing
(``called_kinds`` and ``software_nouns`` in ontologies/entity-patterns.yaml). Read by the
naming walk (``kg.extract.called``), by names in apposition to a kind
(``kg.extract.kind_appositions``) and by the model's names before a kind ("the Doppelganger
network", ``kg.extract.model_entities``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.shapes import tokens_lemmatised

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader

NO_ENTITY = "none"  # a kind whose names are no actors (malware): the name makes no entity
_FRAME_PREPOSITIONS = frozenset({"in", "during", "under", "amid"})


_MODIFIER_DEPS = frozenset({"compound", "amod"})
_NAME_DEPS = frozenset({"compound", "amod", "nmod"})
_MODIFIERS_BETWEEN = 2  # "mobile money" of "the M-Pesa mobile money service"


def kind_after_name(reader: CandidateReader, start: int, end: int) -> str | None:
    """ "the Doppelganger network", "the Meliorator software", "the PAP news agency", "the
    M-Pesa mobile money service": the type of the kind noun a name modifies, two common
    modifiers between allowed; None when there is none, or when the article names a person of
    that name ("Nikki Haley ... the Haley campaign")."""
    doc = reader.doc
    last = doc[end - 1]
    if end >= len(doc) or last.dep_ not in _NAME_DEPS:
        return None
    between = doc[end : last.head.i]  # "the PAP news agency": common modifiers between
    if last.dep_ == "nmod" and not between:
        return None  # the parser's "nmod" before modifiers only ("the Vostrak private military")
    if not all(
        t.is_lower and t.dep_ in _MODIFIER_DEPS and t.head.i in (last.head.i, t.i + 1)
        for t in between
    ):
        return None
    if last.head.i < end or len(between) > _MODIFIERS_BETWEEN:
        return None
    noun = last.head
    modifiers = [
        c for c in noun.lefts if c.dep_ in ("compound", "amod") and (c.i < start or c.i >= end)
    ]
    kind = kind_words(reader, noun, modifiers)
    return None if kind is None or person_named(reader, last) else kind


def person_named(reader: CandidateReader, last: Token) -> bool:
    """The article names a person whose name ends in ``last`` ("Nikki Haley ... the Haley
    campaign")."""
    return any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == last.text for e in reader.model_ents
    )


def kind_of(reader: CandidateReader, noun: Token) -> str | None:
    """The type a listed kind of thing gives its name, NO_ENTITY for malware, None for other
    nouns and for a kind already named ("the Sandworm group")."""
    if not _may_be_kind(reader, noun):
        return None  # most nouns: no need to read their modifiers
    modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
    if any(c.pos_ == "PROPN" and not reader.in_gazetteer(c.i, c.i + 1) for c in modifiers):
        return None
    return kind_words(reader, noun, modifiers)


def possible_kinds(reader: CandidateReader) -> set[int]:
    """Indices of the tokens ``_may_be_kind`` can accept, read from the word lists and the
    Doc's lemma array instead of a Token per word."""
    lex, lowers = reader.lex, reader.lowers
    found = set(tokens_lemmatised(reader.doc, lex.called_heads))
    for i, word in enumerate(lowers):
        if word in lex.called_heads or word in lex.software_nouns:
            found.add(i)
        if word in lex.software_nouns:
            found.add(i + 1)
    return found


def _may_be_kind(reader: CandidateReader, noun: Token) -> bool:
    """``noun`` or the word before it could make a listed kind or malware."""
    lex = reader.lex
    before = reader.doc[noun.i - 1].lower_ if noun.i else ""
    return (
        noun.lower_ in lex.called_heads
        or noun.lemma_.lower() in lex.called_heads
        or noun.lower_ in lex.software_nouns
        or before in lex.software_nouns
    )


def _noun_of_phrase(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective after an article that heads its own
    phrase or stands before a name ("the firm Meroe Gold"; not "a firm deadline")."""
    if token.pos_ == "NOUN":
        return True
    return (
        token.pos_ == "ADJ"
        and (token.dep_ != "amod" or token.head.pos_ == "PROPN")
        and token.i > 0
        and token.doc[token.i - 1].lower_ in ("the", "a", "an")
    )


def kind_words(reader: CandidateReader, noun: Token, modifiers: list[Token]) -> str | None:
    """The kind ``noun`` with its ``modifiers`` names (see ``kind_of``)."""
    if not _noun_of_phrase(noun) or not noun.is_lower:
        return None
    # "bot farm", "social network", then the noun itself: a kind only in a modifier names the
    # noun's kind ("Party spokesman NAME" is no party)
    words = [f"{c.lower_} {noun.lower_}" for c in modifiers] + [noun.lower_, noun.lemma_.lower()]
    malware = any(w in reader.lex.software_nouns for w in [*words, *(c.lower_ for c in modifiers)])
    for word in words:  # "a ransomware gang" is a gang; "a malware strain" is malware
        kind = reader.lex.called_kinds.get(word)
        if kind is not None:  # "a malware tool named": no platform, malware
            return NO_ENTITY if malware and kind == "Platform" else kind
    return NO_ENTITY if malware else None  # tools of an attack are no actors


def in_frame(reader: CandidateReader, noun: Token) -> bool:
    """ "in an operation dubbed Medusa", "during a sting codenamed X", "as part of an operation
    called Y": an act's kind after a preposition that makes it the frame of other acts; its
    name is a code name, no group (``frame_kinds``)."""
    if noun.lower_ not in reader.lex.frame_kinds or noun.dep_ != "pobj":
        return False
    prep = noun.head
    part_of = prep.lower_ == "of" and prep.head.lower_ == "part"
    return prep.lower_ in _FRAME_PREPOSITIONS or part_of


def weapon_after(reader: CandidateReader, end: int) -> bool:
    """A weapon's noun right after a name ending at ``end``, up to two lower-case words between
    ("Taurus cruise missiles", "Patriot air defence systems", "Shahed drones"): the name is a
    weapon's, no actor (``weapon_nouns``)."""
    lowers, doc, weapons = reader.lowers, reader.doc, reader.lex.weapon_nouns
    for i in range(end, min(end + 3, len(doc))):
        if lowers[i] in weapons or " ".join(lowers[i : i + 2]) in weapons:
            return True
        if not (doc[i].is_lower and doc[i].is_alpha):
            return False
    return False
