"""Offices named in lower case after who holds them: "the office of the Russian president",
"the office of Supreme Leader Ayatollah Ali Khamenei", "Special Counsel Robert Mueller's
office", "the Paris prosecutor's office". News names the body that acts for an office holder
this way; it is a government body (Agency), not the holder. (A capitalised "the Attorney
General's Office" is a name: ``kg.extract.title_offices``.)

Run after the model's names, so a holder named in the phrase is already a person of their own:
the office's mention then spans the person's without taking it from them. Run before title
references, so "the Russian president" inside "the office of the Russian president" is not read
as the president. A step of ``kg.extract.entities.CandidateReader``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import country_at
from kg.extract.shapes import tokens_lowered
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_OFFICE = "office"
_QUALIFIERS = 2  # "the office of the Russian president": words that say whose post it is
_TITLE_WORDS = 4  # "the office of the director of national intelligence"


def offices_of_holders(reader: CandidateReader) -> None:
    """ "the office of <title or titled name>", "<titled official>'s office" (and the same
    official's "NAME's office" after it) and "<place> <title>'s office" are Agencies; an office
    whose holder is not said ("took office", "the office of president", "the prosecutor's
    office", a bare "NAME's office") is none."""
    doc = reader.doc
    names: dict[str, str] = {}  # a holder's last word -> the office's name read first
    for i in tokens_lowered(doc, (_OFFICE,)):
        if doc[i].is_title:
            continue
        if i >= 2 and doc[i - 1].tag_ == "POS":
            _office_after_holder(reader, i, names)
        elif 0 < i < len(doc) - 2 and reader.lowers[i - 1 : i + 2 : 2] == ["the", "of"]:
            _office_of_title(reader, i)  # "the office of ..."


def _office_of_title(reader: CandidateReader, office: int) -> None:
    """ "the office of the Russian president", "the office of Supreme Leader NAME": a title,
    with an article (a post held now by someone) or a name after it (who holds it)."""
    doc = reader.doc
    first = office + 2
    article = reader.lowers[first] == "the"
    first += article
    for title in range(first, min(first + _QUALIFIERS + 1, len(doc))):
        size = reader.lex.title_at(reader.lowers[title : title + _TITLE_WORDS])
        if size:
            break
        if not doc[title].text[:1].isupper():
            return  # "the office of the company's lawyer": no state's post
    else:
        return
    end = title + size
    named = end
    while named < len(doc) and doc[named].pos_ == "PROPN" and doc[named].is_title:
        named += 1
    if not article and named == end:
        return  # "the office of president": the post, not a body
    country = next((c.id for i in range(first, title) if (c := country_at(reader, i))), None)
    _add_office(reader, office, named, office, country)


def _office_after_holder(reader: CandidateReader, office: int, names: dict[str, str]) -> None:
    """ "Special Counsel Robert Mueller's office", "Mueller's office": an official's office,
    named after the first one's title; else a title under a place or a state."""
    owner_end = office - 1
    holder = _official_before(reader, owner_end)
    if holder is not None:
        start = _title_before(reader, reader.tokens[id(holder)][0])
        titled = start < reader.tokens[id(holder)][0] or reader.doc[start].lower_ in (
            r.title.split()[0].lower() for r in holder.roles
        )
        last = reader.lowers[owner_end - 1]
        if not titled and last not in names:
            return  # "NAME's office" alone may be the person's staff: the post must be said
        title = next((r.title for r in holder.roles if r.title[:1].isupper()), None)
        name = names.get(last) or (f"Office of the {title}" if title else None)
        if name is not None:
            names.setdefault(last, name)
        _add_office(reader, start, office + 1, office, None, name, keep_names=True)
        return
    if reader.lowers[owner_end - 1] in names and reader.doc[owner_end - 1].pos_ == "PROPN":
        # "Lind's office" after "Inspector General Maria Lind's office": the same office
        name = names[reader.lowers[owner_end - 1]]
        _add_office(reader, owner_end - 1, office + 1, office, None, name, keep_names=True)
        return
    _office_of_placed_title(reader, office)


def _office_of_placed_title(reader: CandidateReader, office: int) -> None:
    """ "the Paris prosecutor's office", "the Russian prosecutor's office": a lower-case title
    under a place's or a state's name; a bare "the prosecutor's office" says no whose."""
    owner_end = office - 1
    words = reader.lowers[max(0, owner_end - _TITLE_WORDS) : owner_end]
    size = reader.lex.title_ending_at(words)
    first = owner_end - size
    if not size or not all(t.is_lower for t in reader.doc[first:owner_end]):
        return
    start = first
    while start > 0 and reader.doc[start - 1].is_title and reader.doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start == first or reader.doc[start].is_sent_start:
        return
    country = country_at(reader, start)
    _add_office(reader, start, office + 1, office, country.id if country else None)


def _official_before(reader: CandidateReader, end: int) -> Candidate | None:
    """The Official an earlier step read ending at token ``end`` (before "'s office")."""
    return next(
        (
            c
            for c in reader.candidates
            if c.mention.type == "Official" and reader.tokens.get(id(c), (0, 0))[1] == end
        ),
        None,
    )


def _title_before(reader: CandidateReader, start: int) -> int:
    """Start of a capitalised title right before a name ("Inspector General" of "Inspector
    General NAME"), else ``start``."""
    words = reader.lowers[max(0, start - _TITLE_WORDS) : start]
    size = reader.lex.title_ending_at(words)
    if size and all(t.is_title for t in reader.doc[start - size : start]):
        return start - size
    return start


def _add_office(
    reader: CandidateReader,
    start: int,
    end: int,
    office: int,
    country: str | None,
    name: str | None = None,
    keep_names: bool = False,
) -> None:
    """An Agency over tokens [start, end): claimed where free, else (or with ``keep_names``)
    laid over the names there, which stay persons of their own ("Mueller's office": Mueller
    too); the office's word and the free lower-case words are claimed."""
    if not keep_names and reader.free(start, end):
        reader.add(start, end, "Agency", country=country, name=name)
        return
    if not reader.free(office, office + 1):
        return
    span = reader.doc[start:end]
    mention = Mention(span.text, span.start_char, span.end_char, "Agency", None)
    cand = Candidate(mention, country=country, name=name)
    reader.candidates.append(cand)
    reader.tokens[id(cand)] = (start, end)
    reader.claimed.update(
        i for i in range(start, end) if reader.free(i, i + 1) and not reader.doc[i].is_title
    )
