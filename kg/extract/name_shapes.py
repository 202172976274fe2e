"""Name shapes the statistical model gets wrong in OSINT news, read by the entity stage
(``kg.extract.entities``): malware and tool names it takes for persons or organisations, and
East Slavic names written surname first with a patronymic, which it cuts or misses, and names
after a family word ("his daughter Yulia"), which it may take for places."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

_PERSON_TYPES = ("Official", "Person")

# East Slavic patronymics ("Oleksandrovych", "Petrovich", "Ivanovna"): official documents write
# such names surname first, and the model cuts them ("Starchenko [Anton Oleksandrovych]").
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovych|evych|ovich|evich|ivna|ovna|evna)")


def patronymic_names(reader: CandidateReader) -> None:
    """Names holding an East Slavic patronymic, in either order ("Sidorov Ivan Petrovich",
    "Ivan Petrovich Sidorov"), which the model cuts, misses or calls an organisation."""
    doc = reader.doc

    def name_word(i: int) -> bool:
        token = doc[i] if 0 <= i < len(doc) else None
        return (
            token is not None
            and token.pos_ == "PROPN"
            and token.is_title
            and not reader.lex.title_at([token.lower_])
        )

    for token in doc:
        if not (_PATRONYMIC.fullmatch(token.text) and name_word(token.i)):
            continue
        given = token.i - 1
        if not name_word(given):
            continue
        if name_word(given - 1):  # surname first, as official documents write it
            reader.person(given - 1, token.i + 1)
        elif name_word(token.i + 1):
            reader.person(given, token.i + 2)


def names_software(reader: CandidateReader, start: int, end: int) -> bool:
    """ "the EvilGnome backdoor", "a Mori Backdoor", "variants of PowGoop": a malware or
    tool name, which the model tags as a person or an organisation."""
    software = reader.lex.software_nouns
    after = reader.doc[end] if end < len(reader.doc) else None
    if reader.doc[end - 1].lower_ in software or (after is not None and after.lower_ in software):
        return True
    before = reader.doc[max(0, start - 2) : start]
    return len(before) == 2 and before[0].lower_ in software and before[1].lower_ == "of"


def kin_names(reader: CandidateReader) -> None:
    """ "Sergei Skripal and his daughter Yulia": the name after a family word is a person; a
    lone first name after "his"/"her" + family word takes the surname of the person named just
    before it in the sentence."""
    doc = reader.doc
    for token in doc:
        if token.lower_ not in reader.lex.kin_nouns:
            continue
        end = token.i + 1
        while (
            end < len(doc) and end - token.i <= 3 and doc[end].pos_ == "PROPN" and doc[end].is_title
        ):
            end += 1
        if end == token.i + 1 or not reader.free(token.i + 1, end):
            continue
        name = None
        pronoun = any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in token.children)
        if pronoun and end == token.i + 2:
            relative = _person_before(reader, token)
            if relative is not None and " " in relative:
                name = f"{doc[token.i + 1].text} {relative.split()[-1]}"
        reader.add(token.i + 1, end, "Person", name=name)


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


_INITIAL = re.compile(r"[A-Z]\.?")


def known_without_initials(reader: CandidateReader, start: int, end: int) -> str | None:
    """Gazetteer id of the person named at tokens [start, end) once middle initials are
    dropped: press releases write "Merrick B. Garland" and "Christopher A. Wray" where the
    gazetteer lists "Merrick Garland"."""
    words = [t.text for t in reader.doc[start:end]]
    kept = [words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]]
    if len(words) < 3 or len(kept) == len(words):
        return None
    people = [e for e in reader.gazetteer.lookup(" ".join(kept)) if e.type in _PERSON_TYPES]
    return people[0].id if len(people) == 1 else None


# Words that introduce another name of the person just named: "X, also known as Y", "X (a.k.a.
# Y)". Lower-cased token sequences.
_ALIAS_MARKERS = (
    ("also", "known", "as"),
    ("known", "as"),
    ("a.k.a.",),
    ("a.k.a", "."),
    ("aka",),
    ("alias",),
)
_ALIAS_STOPS = frozenset({",", ")", ".", ";", "and", "or", "who", "in", "on"})


def alias_after(reader: CandidateReader, person: Candidate, end: int) -> None:
    """ "Ivan Kondratyev, also known as Bassterlord": the nickname is a mention of the person
    (the model takes it for an organisation or a second person)."""
    doc = reader.doc
    i = end + 1 if end < len(doc) and doc[end].text in (",", "(") else end
    marker = next(
        (m for m in _ALIAS_MARKERS if [t.lower_ for t in doc[i : i + len(m)]] == list(m)), None
    )
    if marker is None:
        return
    start = stop = i + len(marker)
    while stop < len(doc) and stop - start < 3 and doc[stop].lower_ not in _ALIAS_STOPS:
        stop += 1
    if start == stop or not (doc[start].text[0].isupper() or doc[start].text[0].isdigit()):
        return
    alias = reader.add(start, stop, person.mention.type, same_as=-1, proper=False)
    if alias is not None:
        reader.defined[alias.mention.start] = person
