"""Relatives and families, read by the entity stage (``kg.extract.entities``): a name after a
family word ("his daughter Yulia", "his wife, Tashfeen Malik,"), which the model may take for a
place or an organisation, is a person's; a surname in the plural after "the" ("the Skripals")
names a family, no one person."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader


def kin_names(reader: CandidateReader) -> None:
    """ "Sergei Skripal and his daughter Yulia", "a man surnamed Hao": the name after a family
    word or a surname word is a person; a lone first name after "his"/"her" + family word takes
    the surname of the person named just before it in the sentence."""
    doc = reader.doc
    name_words = reader.lex.kin_nouns | reader.lex.surname_words
    for i, word in enumerate(reader.lowers):
        if word not in name_words:
            continue
        token = doc[i]
        first = token.i + 1
        if first + 1 < len(doc) and doc[first].text == "," and _possessed(token):
            first += 1  # "his wife, Tashfeen Malik, opened fire": the name in apposition
        end = first
        while end < len(doc) and end - first < 3 and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        if end == first or not reader.free(first, end):
            continue
        if first > token.i + 1 and (end >= len(doc) or doc[end].text not in (",", ".")):
            continue  # an apposition ends at a comma or the sentence's end
        name = None
        pronoun = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children)
        if pronoun and end == first + 1:
            relative = _person_before(reader, token)
            if relative is not None and " " in relative:
                name = f"{doc[first].text} {relative.split()[-1]}"
        reader.add(first, end, "Person", name=name)


def _possessed(token) -> bool:
    """ "his wife", "their son": a family word owned by a pronoun or a name."""
    return any(c.dep_ == "poss" for c in token.children)


def _person_before(reader: CandidateReader, token) -> str | None:
    """The last person's name before ``token`` in its sentence, as the model or an earlier step
    found it."""
    sentence = token.sent
    names = [(e.end_char, e.text) for e in reader.doc.ents if e.label_ == "PERSON"]
    names += [
        (c.mention.end, c.name or c.mention.text)
        for c in reader.candidates
        if c.mention.type in ("Person", "Official")
    ]
    before = [(end, name) for end, name in names if sentence.start_char < end <= token.idx]
    return max(before)[1] if before else None


def names_family(reader: CandidateReader, start: int, end: int) -> bool:
    """ "the Obamas", "the Skripals": a surname in the plural after "the" names a family, no
    one person (the model tags it PERSON)."""
    doc = reader.doc
    word = doc[start].text
    return (
        end - start == 1
        and start > 0
        and doc[start - 1].lower_ == "the"
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith("ss")
    )
