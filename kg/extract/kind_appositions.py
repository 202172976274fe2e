"""Kinds named in an apposition after a name ("the Social Design Agency, a Moscow firm that
...", "Llama, the open-source model released by Meta"), which type the name whatever its
words suggest; a step of the entity stage (``kg.extract.entities``), and read by
``kg.extract.acronym_names`` for a name an acronym spells out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.called import NO_ENTITY, kind_words

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader

_ARTICLES = frozenset({"a", "an", "the"})


def kinds_in_appositions(reader: CandidateReader) -> None:
    """ "the Social Design Agency, a Moscow firm that ...": a name the model found, followed by
    an apposition whose noun is a listed kind, takes that kind's type (over what the name's
    words suggest: "Agency" is no state body here)."""
    for ent in reader.model_ents:
        kind = kind_in_apposition(reader, ent.end, person=ent.label_ == "PERSON")
        if kind is not None and reader.free(ent.start, ent.end):
            reader.add(ent.start, ent.end, kind, from_model=True)


_APPOSITION_REACH = 6  # "a pro - Kremlin hacking group": words from the article to the noun


def kind_in_apposition(reader: CandidateReader, end: int, person: bool = False) -> str | None:
    """The type the listed kind in an apposition after the name ending at ``end`` gives it (", a
    Moscow firm that"; ", a pro-Kremlin hacking group"; ", the open-source model released by"),
    else None; malware gives none."""
    doc = reader.doc
    comma = end
    if comma + 2 >= len(doc) or doc[comma].text != "," or doc[comma + 1].lower_ not in _ARTICLES:
        return None
    after = doc[comma + 2 : comma + 2 + _APPOSITION_REACH]
    # the parser may hang it on the noun the name closes ("members of the X Y, a group")
    noun = next((t for t in after if t.dep_ == "appos" and t.head.i < end), None)
    if noun is not None and any(c.lower_ in ("who", "whom") for c in noun.subtree):
        return None  # ", a model who posted the video": only persons are who
    if noun is not None and person and doc[comma + 1].lower_ == "the" and not _made(noun):
        return None  # "NAME, the model, said": a person the model read is described, unless
        # the noun is a thing made ("Claude, the chatbot built by Anthropic")
    # "a Moscow firm": a name here places the firm, it does not name it
    kind = kind_words(reader, noun, _common_modifiers(noun)) if noun is not None else None
    return None if kind == NO_ENTITY else kind


def _made(noun: Token) -> bool:
    """The noun has a participle after it ("the model released by", "the chatbot built by")."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" for c in noun.rights)


def _common_modifiers(noun: Token) -> list[Token]:
    return [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.pos_ != "PROPN"]
