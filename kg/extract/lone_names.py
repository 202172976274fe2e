"""One capitalised word the model calls a person that the article never gives as part of a
longer person's name (a step of ``kg.extract.model_entities``).

News names a person in full before using a surname alone ("Julian Assange ... Assange said"),
so a lone word such as "Ryanair's flight", "a Xiaomi handset", "Viasat said" or "the Tiananmen
commemorations" is no person unless the text says so: a title or honorific in front where it
stands ("President Tinubu", "Mr. Smith"), or after any of its occurrences an age ("Goren, 37,"),
"who", or "he" or "she" later in the sentence. Without such a sign, the word is a firm's when
the article treats it as one (see ``firm_type``), and no entity otherwise (a place's part, a
brand, a commemoration).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.name_runs import firm_by_context
from kg.extract.roles import read_person
from kg.extract.shapes import age_follows, sentence_bounds
from kg.extract.staff import firm_title_after

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "his", "her", "himself", "herself"})
_FIRM_LABELS = frozenset({"ORG", "PRODUCT"})
_NAME_LABELS = frozenset({"PERSON", "ORG"})  # not "Tiananmen Square", "New York"
_PERSON_TYPES = frozenset({"Person", "Official"})
_FIRM_TYPES = frozenset({"Organization", "Platform"})
_NAMES_WORDS = "kg.lone_names.words"  # Doc.user_data key of ``_names_words``
_WHO = ([",", "who"], [",", "whom"])
_ITS_REACH = 6  # tokens after the name in which "its" refers back to it ("X said its devices")


def lone_name(reader: CandidateReader, start: int, end: int) -> bool:
    """Tokens [start, end) are one word that no longer person's name of the article holds, with
    no sign of a person where it stands nor after any of its occurrences."""
    if end - start != 1 or (start and reader.lowers[start - 1] in reader.lex.honorifics):
        return False
    word = reader.words[start]
    if word in _names_words(reader) or _word_of_person_found(reader, word):
        return False  # "Julian Assange ... Assange said": most lone words are surnames
    reading = read_person(reader.doc, start, end, reader.lex)
    if reading is None or reading.name_end - reading.name_start != 1:
        return False  # "Maria del Rosario Casas Ames": the name goes on over particles
    if reading.role is not None or reading.private:
        return False  # "President Tinubu", "Smith, a lawyer,"
    return not any(_person_sign_after(reader, i) for i, w in enumerate(reader.words) if w == word)


def firm_type(reader: CandidateReader, start: int, end: int) -> str | None:
    """The type of firm the article treats the lone word as, if any: the type an earlier step
    gave the same word ("Miami-based Kaseya ... Kaseya urged customers"), else an Organization
    when the model calls the same word an organisation somewhere or the context of any of its
    occurrences says so (``firm_by_context``, a firm's title after it: "Ryanair chief executive
    NAME", or "its" after it in its clause: "Xiaomi said its devices")."""
    word = reader.words[start]
    named = next(
        (
            c.mention.type
            for c in reader.candidates
            if c.mention.text == word and c.mention.type in _FIRM_TYPES
        ),
        None,
    )
    if named is not None:
        return named
    if any(e.label_ in _FIRM_LABELS and e.text == word for e in reader.model_ents):
        return "Organization"
    at = [i for i, w in enumerate(reader.words) if w == word]  # a name keeps its sense
    return "Organization" if any(_firm_context(reader, i) for i in at) else None


def _firm_context(reader: CandidateReader, i: int) -> bool:
    """ "Dorrance's insolvency", "Ryanair chief executive NAME", "Xiaomi said its devices"."""
    return (
        firm_by_context(reader, i, i + 1)
        or firm_title_after(reader, i + 1)
        or _its_after(reader, i, i + 1)
    )


def _names_words(reader: CandidateReader) -> frozenset[str]:
    """Words of the article's names of two words or more that the model read as a person's or
    an organisation's (it calls some persons organisations: "Kassym-Jomart Tokayev"), and of
    the gazetteer's persons named in it; read once per article."""
    words = reader.doc.user_data.get(_NAMES_WORDS)
    if words is None:
        named = [e for e in reader.model_ents if len(e) > 1 and e.label_ in _NAME_LABELS]
        found = {w for e in named for w in e.text.split()}
        for span in reader.gaz_spans:
            entry = reader.gazetteer.get(span.id_)
            if entry is not None and entry.type in _PERSON_TYPES:
                found.update(span.text.split())
                found.update(entry.name.split())
        words = reader.doc.user_data[_NAMES_WORDS] = frozenset(found)
    return words


def _word_of_person_found(reader: CandidateReader, word: str) -> bool:
    """A word of a person's name an earlier step found ("Roman Protasevich, 26,")."""
    return any(
        c.mention.type in _PERSON_TYPES and word in c.mention.text.split()
        for c in reader.candidates
    )


def _person_sign_after(reader: CandidateReader, i: int) -> bool:
    """An age, "who" or "whom" right after the word at ``i``, or "he" or "she" after it in its
    sentence: a person the article may name once ("Goren, who had worked", "Goren gave the
    hackers a fictitious name but identified himself")."""
    if age_follows(reader.doc, i + 1) or reader.lowers[i + 1 : i + 3] in _WHO:
        return True
    end = next((e for s, e in sentence_bounds(reader.doc) if s <= i < e), len(reader.doc))
    return not _PERSONAL_PRONOUNS.isdisjoint(reader.lowers[i + 1 : end])


def _its_after(reader: CandidateReader, start: int, end: int) -> bool:
    """The word is a clause's subject and "its" follows it before the clause ends."""
    if reader.doc[start].dep_ not in ("nsubj", "nsubjpass"):
        return False
    for word in reader.lowers[end : end + _ITS_REACH]:
        if word in (".", ";", "he", "she", "they"):
            return False
        if word == "its":
            return True
    return False
