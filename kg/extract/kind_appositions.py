"""Kinds named in an apposition after a name ("the Social Design Agency, a Moscow firm that
...", "Llama, the open-source model released by Meta"), which type the name whatever its
words suggest; a step of the entity stage (``kg.extract.entities``), and read by
``kg.extract.acronym_names`` for a name an acronym spells out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.kinds import NO_ENTITY, kind_words

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.entities import CandidateReader

_ARTICLES = frozenset({"a", "an", "the"})


def kinds_in_appositions(reader: CandidateReader) -> None:
    """ "the Social Design Agency, a Moscow firm that ...": a name the model found, followed by
    an apposition whose noun is a listed kind, takes that kind's type (over what the name's
    words suggest: "Agency" is no state body here)."""
    for ent in reader.model_ents:
        kind = kind_in_apposition(reader, ent.end, person=ent.label_ == "PERSON", keep_none=True)
        if kind is None or not reader.free(ent.start, ent.end):
            continue
        if kind == NO_ENTITY or act_named(reader, ent):
            reader.claimed.update(range(ent.start, ent.end))  # "the Eagle S, a tanker"
        else:
            reader.add(ent.start, ent.end, kind, from_model=True)


def act_named(reader: CandidateReader, ent: Span) -> bool:
    """ "Operation Cloud Hopper", "Exercise Zapad": a name opening with the kind of an act
    (``frame_kinds``) is that act's code name, no actor, whatever kind describes it."""
    return len(ent) > 1 and reader.lowers[ent.start] in reader.lex.frame_kinds


_APPOSITION_REACH = 6  # "a pro-Kremlin hacking group": words from the article to the noun
# kinds a person may be called too: after a name the model read as a person's, "the model"
# describes the person
_PERSON_KINDS = frozenset({"model", "actor", "persona", "daily"})


def _apposition_words(doc, start: int) -> Span:
    """The tokens from ``start`` that hold ``_APPOSITION_REACH`` words, a hyphen joining two
    words counting for none ("the crowd - sourced fact - checking feature")."""
    end, words = start, 0
    while end < len(doc) and words < _APPOSITION_REACH:
        words += doc[end].text != "-"
        end += 1
    return doc[start:end]


def kind_in_apposition(
    reader: CandidateReader, end: int, person: bool = False, keep_none: bool = False
) -> str | None:
    """The type the listed kind in an apposition after the name ending at ``end`` gives it (", a
    Moscow firm that"; ", a pro-Kremlin hacking group"; ", the open-source model released by"),
    else None; a kind of no entity (malware, a tanker) gives None, or NO_ENTITY with
    ``keep_none``."""
    doc = reader.doc
    comma = end
    if comma + 2 >= len(doc) or doc[comma].text != ",":
        return None
    if doc[comma + 1].lower_ in _ARTICLES:
        after = _apposition_words(doc, comma + 2)
        # the parser may hang it on the noun the name closes ("members of the X Y, a group")
        noun = next((t for t in after if t.dep_ == "appos" and t.head.i < end), None)
    elif _bare_kind(doc[comma + 1], doc[end - 1]):
        noun = doc[comma + 1]  # "Apache Struts, software used by the portal"
    else:
        return None
    if noun is not None and any(c.lower_ in ("who", "whom") for c in noun.subtree):
        return None  # ", a model who posted the video": only persons are who
    if (
        noun is not None
        and person
        and doc[comma + 1].lower_ == "the"
        and noun.lower_ in _PERSON_KINDS
        and not _made(noun)
    ):
        return None  # "NAME, the model, said": a person the model read is described by a
        # kind a person can be too, unless the noun is a thing made ("Claude, the chatbot
        # built by Anthropic"); "NAME, the largest marketplace on the darknet" is no person
    # "a Moscow firm": a name here places the firm, it does not name it
    kind = kind_words(reader, noun, _common_modifiers(noun)) if noun is not None else None
    return None if kind == NO_ENTITY and not keep_none else kind


def _bare_kind(token: Token, name: Token) -> bool:
    """A lower-case noun with no article right after a name's comma, in apposition to it or
    taken by the parser for a second object of the name's verb, or made by someone ("spread
    Zorvex, software made by", "exploited Apache Struts, software used by")."""
    if not token.is_lower or token.pos_ != "NOUN":
        return False
    if _made(token):
        return True  # "Lumora, software developed in China": however the parser hangs it
    return (token.dep_ == "appos" and token.head.i <= name.i) or (
        token.dep_ == name.dep_ and token.head.i == name.head.i and token.head.i != token.i
    )


def _made(noun: Token) -> bool:
    """The noun has a participle after it ("the model released by", "the chatbot built by")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.rights)


def _common_modifiers(noun: Token) -> list[Token]:
    return [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "PROPN"]


_LIST_OPENERS = frozenset({",", ":", "including"})
_LIST_JOINS = frozenset({",", "and"})


def names_listed_after_kinds(reader: CandidateReader) -> None:
    """ "two Kremlin-backed media outlets, Voice of Europe and Golos Evropy", "three apps,
    including X and Y", "apps such as X and Y": two or more names listed right after a plural
    kind noun take its type, whatever the model called each (a person, a place); a name alone
    after the comma ("the companies, Microsoft said,") is no list."""
    doc = reader.doc
    for i in range(len(reader.lowers) - 2):
        such_as = reader.lowers[i + 1 : i + 3] == ["such", "as"]  # "apps such as X and Y"
        if (reader.lowers[i + 1] not in _LIST_OPENERS and not such_as) or doc[i].tag_ != "NNS":
            continue
        noun = doc[i]
        if noun.lemma_.lower() not in reader.lex.called_kinds or not noun.is_lower:
            continue
        modifiers = [c for c in noun.lefts if c.dep_ in ("compound", "amod")]
        kind = kind_words(reader, noun, modifiers)
        first = i + 2 + (reader.lowers[i + 2] == "including" or such_as)  # ", including X"
        names = _listed_names(reader, first)
        if kind is None or len(names) < 2:
            continue
        for start, end in names:
            if not reader.free(start, end):
                continue
            span = reader.gaz_at.get(start)
            if span is not None and (span.start, span.end) == (start, end):
                _known_name(reader, span)  # "RT" of the model's "RT and Press TV"
            elif reader.in_gazetteer(start, end):
                continue
            elif kind == NO_ENTITY:
                reader.claimed.update(range(start, end))
            else:
                reader.add(start, end, kind, from_model=True)


def _listed_names(reader: CandidateReader, i: int) -> list[tuple[int, int]]:
    """Token ranges of the names listed from token ``i`` on, joined by commas and "and"."""
    names: list[tuple[int, int]] = []
    while i < len(reader.words):
        ent = reader.model_at.get(i)
        joined = ent is not None and "and" in reader.lowers[ent.start : ent.end]
        if ent is not None and ent.start == i and ent.label_ not in _NOT_NAMES and not joined:
            end = ent.end
        else:
            end = i
            while end < len(reader.words) and reader.words[end][:1].isupper():
                end += 1
        if end == i:
            break
        names.append((i, end))
        i = end
        while i < len(reader.words) and reader.lowers[i] in _LIST_JOINS:
            i += 1
        if i == end:
            break
    return names


_NOT_NAMES = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _known_name(reader: CandidateReader, span) -> None:
    """A gazetteer name in the list, which the model had run into the next one."""
    entry = reader.gazetteer.get(span.id_)
    if entry is not None and span.label_ == "name":
        reader.add(span.start, span.end, entry.type, gazetteer_id=entry.id)
