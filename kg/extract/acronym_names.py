"""Names an acronym in the article spells out, read whole where the model cut or missed them
("the Cyber Army of Russia Reborn ... the group, known as CARR": the model's organisation stops
at "of" before a state's name; "the Sons of the Northern Wolf, a group known as SNW": it finds
no name at all). A step of ``kg.extract.entities.CandidateReader``; ``kg.resolve`` joins the
acronym to the name by its initials."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.kind_appositions import kind_in_apposition
from kg.resolve import ACRONYM_SKIP

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_MAX_LETTERS = 6
_POSSESSIVES = frozenset({"'s", "’s"})


def acronym_runs(reader: CandidateReader) -> None:
    """Adds the capitalised words (with "of", "the", "and" ... between them) whose initials spell
    an acronym the article uses, when neither the model nor the gazetteer read them as one
    name: an organisation, typed by the kind noun in apposition after it ("..., a pro-Kremlin
    hacking group"), else by its words ("Army" is a state's body)."""
    # two letters ("US", "AI") spell too many title-case pairs to be read so
    acronyms = {
        w for w in reader.words if w.isalpha() and w.isupper() and 3 <= len(w) <= _MAX_LETTERS
    }
    for acronym in sorted(acronyms):
        for i, word in enumerate(reader.words):
            if word[0] != acronym[0] or not _opens_name(reader, i):
                continue
            end = _run_end(reader, i, acronym)
            if end is not None and _cut_or_missed(reader, i, end):
                _add_run(reader, i, end)


def _opens_name(reader: CandidateReader, i: int) -> bool:
    """A capitalised word no capitalised name word comes right before."""
    if not _capital(reader, i):
        return False
    before = reader.doc[i - 1] if i else None
    return before is None or not (_capital(reader, i - 1) and not before.is_sent_start)


def _capital(reader: CandidateReader, i: int) -> bool:
    """A capitalised word; not an acronym ("US and NATO" spells no UN)."""
    word = reader.words[i]
    return word.istitle() and word.isalpha() and i not in reader.skipped


def _run_end(reader: CandidateReader, start: int, acronym: str) -> int | None:
    """End of the run from ``start`` whose content words' initials (or all words' initials:
    "Department of Justice", DOJ) spell ``acronym``, ending at a capitalised word that no other
    capitalised word follows; None when there is none."""
    lowers, content, every = reader.lowers, "", ""
    i = start
    while i < len(lowers) and len(content) < len(acronym):
        if lowers[i] in _POSSESSIVES and content:
            pass  # "the People's Cyber Army of Russia, or PCAR"
        elif lowers[i] in ACRONYM_SKIP and content:
            every += lowers[i][0].upper()
        elif _capital(reader, i):
            content += reader.words[i][0]
            every += reader.words[i][0]
            closes = i + 1 >= len(lowers) or not _capital(reader, i + 1)
            if closes and acronym in (content, every) and len(content) >= 2:
                return i + 1
        else:
            return None
        i += 1
    return None


def _cut_or_missed(reader: CandidateReader, start: int, end: int) -> bool:
    """No name of the model's or the gazetteer's covers the run exactly or runs past it, the
    model read no person's name in it ("John Fitzgerald Kennedy", JFK), and no other step
    claimed its words."""
    if not reader.free(start, end):
        return False
    if start < reader.headline_end and reader.doc[start:end].text not in reader.body:
        return False  # a title-case headline's words name nothing the story does not
    words = reader.lowers[start:end]
    if reader.lex.title_at(words) or reader.lex.title_ending_at(words):
        return False  # "Chief Executive Officer (CEO)": a title, no body
    for i in range(start, end):
        for span in (reader.model_at.get(i), reader.gaz_at.get(i)):
            if span is None:
                continue
            first = span.start + (reader.lowers[span.start] in _ARTICLES)
            if first < start or span.end > end or (first, span.end) == (start, end):
                return False
            if span.label_ == "PERSON":
                return False
    return True


_ARTICLES = frozenset({"the", "a", "an"})


def _add_run(reader: CandidateReader, start: int, end: int) -> None:
    # "the Cyber Army of Russia Reborn (CARR), a hacking group"
    defined = (
        end + 3 if reader.words[end : end + 1] == ["("] and end + 3 < len(reader.words) else end
    )
    kind = kind_in_apposition(reader, defined)
    if kind is None:
        words = set(reader.lowers[start:end])
        kind = "Agency" if reader.lex.names_agency(words) else "Organization"
    reader.add(start, end, kind, from_model=True)
