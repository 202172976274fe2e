"""Acronyms defined in brackets after a body's name ("the Ministry of State Security (MSS)"):
the acronym and its later uses are mentions of that body. A translated name of a body the
gazetteer knows by the acronym ("Germany's Federal Criminal Police Office (BKA)") names the known
body; a state body's own acronym that the gazetteer gives another entry ("the Dutch Data
Protection Authority (AP)", not the Associated Press) stays the body's. A step of
``kg.extract.entities.CandidateReader``, run after the names."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.shapes import is_acronym
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader

_PERSON_TYPES = ("Person", "Official")


def acronym_definitions(reader: CandidateReader) -> None:
    """ "the Ministry of State Security (MSS)": the acronym and its later uses."""
    by_end = {c.mention.end: c for c in reader.candidates if c.proper and not c.anaphor}
    words = reader.words
    uses: dict[str, list[int]] = {}
    for i, word in enumerate(words):
        if is_acronym(word):
            uses.setdefault(word, []).append(i)
    for i in range(1, len(words) - 2):
        if words[i] != "(" or words[i + 2] != ")" or words[i + 1] not in uses:
            continue
        before = reader.doc[i - 1]
        long_form = by_end.get(before.idx + len(before))
        if long_form is None or long_form.mention.gazetteer_id:
            continue
        if long_form.mention.type in _PERSON_TYPES:
            continue  # "Jo Roe (ACME) said": her employer, not her initials
        if _known_acronym(reader, long_form, reader.doc[i + 1]):
            continue
        for j in uses[words[i + 1]]:
            _release_model_guess(reader, j)
            if reader.free(j, j + 1):
                use = reader.doc[j]
                mention = Mention(use.text, use.idx, use.idx + len(use), long_form.mention.type)
                reader.candidates.append(Candidate(mention, same_as=-1))
                reader.defined[use.idx] = long_form
                reader.claimed.add(j)


def _release_model_guess(reader: CandidateReader, i: int) -> None:
    """An acronym the model typed on its own ("KOMID" an organisation) is the defined body's
    (a description read as pointing to the model's guess, "the firm", is dropped with it when
    the entity stage links aliases)."""
    for cand in [c for c in reader.candidates if reader.tokens.get(id(c)) == (i, i + 1)]:
        if cand.from_model and not cand.mention.gazetteer_id:
            _drop(reader, cand)


def _drop(reader: CandidateReader, cand: Candidate) -> None:
    start, end = reader.tokens.pop(id(cand))
    reader.candidates.remove(cand)
    reader.claimed.difference_update(range(start, end))


def _another_body(reader: CandidateReader, long_form: Candidate, known: Candidate) -> bool:
    """The long form is no name of the known entry: one is a state body and the other not, and
    no word of the long form is in the entry's names ("Dutch Data Protection Authority" and the
    Associated Press; not "Russian International Relations Council" and the Russian
    International Affairs Council, a translation)."""
    if (long_form.mention.type == "Agency") == (known.mention.type == "Agency"):
        return False
    entry = reader.gazetteer.get(known.mention.gazetteer_id or "")
    names = {w.lower() for name in (entry.names if entry else ()) for w in name.split()}
    return not any(w.lower() in names for w in long_form.mention.text.split() if len(w) > 3)


def _release_known(reader: CandidateReader, acronym: str, known_id: str | None) -> None:
    """The gazetteer's reading of every use of ``acronym`` as ``known_id`` is withdrawn."""
    for cand in [c for c in reader.candidates if c.mention.gazetteer_id == known_id]:
        start, end = reader.tokens.get(id(cand), (0, 0))
        if cand.mention.text == acronym and end == start + 1:
            _drop(reader, cand)


def _known_acronym(reader: CandidateReader, long_form: Candidate, acronym) -> bool:
    """ "Germany's Federal Criminal Police Office (BKA)": a long form the gazetteer does not know
    (often a translation) names the known body its acronym names. Not a person's: "John Smith
    (FBI)" gives his employer."""
    known = next(
        (
            c
            for c in reader.candidates
            if c.mention.start == acronym.idx and c.mention.gazetteer_id and not c.anaphor
        ),
        None,
    )
    if known is None or {long_form.mention.type, known.mention.type} & set(_PERSON_TYPES):
        return False
    if _another_body(reader, long_form, known):
        # "the Dutch Data Protection Authority (AP)": a state body's own acronym, not the news
        # agency the gazetteer knows by it; its uses are the body's
        _release_known(reader, acronym.text, known.mention.gazetteer_id)
        return False
    index = reader.candidates.index(long_form)
    linked = replace(long_form, same_as=-1)
    reader.candidates[index] = linked
    reader.tokens[id(linked)] = reader.tokens.pop(id(long_form))
    reader.defined[long_form.mention.start] = known
    return True
