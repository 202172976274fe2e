"""Descriptions pointing back to a named person, read by the entity stage after the names:
"Musk ... The billionaire said" (``private_person_nouns``: a person holding no state post),
"NAME, 39, ... the 39-year-old" (the person of that age, else the one person named). Each is a
mention of the one named person the description fits; none when two fit or none does."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.shapes import tokens_lowered

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

_PERSON_TYPES = frozenset({"Person", "Official"})
_AGE_RE = re.compile(r"^(\d{1,3})-year-old$")
_STATED_AGE_RE = re.compile(r",\s+(\d{1,3}),|,\s+an?\s+(\d{1,3})-year-old\b")


def person_descriptions(reader: CandidateReader) -> None:
    """ "The billionaire said", "the tycoon", "the 39-year-old": a mention of the one named
    person before it that the description fits."""
    doc = reader.doc
    for the in tokens_lowered(doc, ("the",)):
        end, chosen = _described(reader, the)
        if len(chosen) != 1 or not reader.free(the, end) or _named_next(reader, end):
            continue
        alias = reader.add(the, end, chosen[0].mention.type, same_as=-1, proper=False)
        if alias is not None:
            reader.defined[alias.mention.start] = chosen[0]


def _described(reader: CandidateReader, the: int) -> tuple[int, list[Candidate]]:
    """End of a person's description after "the" at token ``the`` and the named persons before
    it that it fits: any of a ``private_person_nouns`` holding no state post; for an age, the
    one the text gives that age, else those given no age. (the, []) if no description."""
    i = the + 1
    if i < len(reader.doc) and reader.lowers[i] in reader.lex.private_person_nouns:
        people = _people_before(reader, reader.doc[the].idx)
        return i + 1, [c for c in people if _private(reader, c)]
    age = _age_at(reader, i)
    if age is None:
        return the, []
    people = _people_before(reader, reader.doc[the].idx)
    ages = {id(c): _stated_age(reader, c) for c in people}
    same = [c for c in people if ages[id(c)] == age]
    return i + 5, same or [c for c in people if ages[id(c)] is None]


def _age_at(reader: CandidateReader, i: int) -> str | None:
    """The age of "39-year-old" (five tokens: 39 - year - old) at token ``i``, else None."""
    words = "".join(reader.words[i : i + 5])
    match = _AGE_RE.match(words)
    return match.group(1) if match and reader.lowers[i + 2 : i + 3] == ["year"] else None


def _named_next(reader: CandidateReader, end: int) -> bool:
    """ "the billionaire Jack Marlow", "the 39-year-old man": the description is not alone."""
    if end >= len(reader.doc):
        return False
    after = reader.doc[end]
    return after.pos_ in ("PROPN", "NOUN") or after.lower_ == "of"


def _people_before(reader: CandidateReader, offset: int) -> list[Candidate]:
    """The named persons mentioned before ``offset``, one candidate each (the first), told
    apart by gazetteer id or surname."""
    people: dict[str, Candidate] = {}
    for cand in reader.candidates:
        mention = cand.mention
        if mention.type not in _PERSON_TYPES or not cand.proper or cand.anaphor:
            continue
        if mention.end <= offset and cand.same_as is None:
            key = mention.gazetteer_id or mention.text.removesuffix("'s").split()[-1].lower()
            people.setdefault(key, cand)
    return list(people.values())


def _private(reader: CandidateReader, cand: Candidate) -> bool:
    """A person holding no state post, in the text or the gazetteer (a platform's owner
    counts: "the billionaire" may be a firm's chief)."""
    if cand.mention.type == "Person":
        return True
    gaz_id = cand.mention.gazetteer_id
    entry = reader.gazetteer.get(gaz_id) if gaz_id else None
    if entry is None:
        return bool(cand.roles) and all(
            r.title.lower() in reader.lex.firm_titles for r in cand.roles
        )
    return all(_firm_post(reader, post.org) for post in entry.posts) and all(
        r.title.lower() in reader.lex.firm_titles for r in cand.roles
    )


def _firm_post(reader: CandidateReader, org: str | None) -> bool:
    body = reader.gazetteer.get(org) if org else None
    return body is not None and body.type in ("Platform", "Organization")


def _stated_age(reader: CandidateReader, cand: Candidate) -> str | None:
    """The age the text gives right after a person's name ("NAME, 39,"), else None."""
    text = reader.text[cand.mention.end : cand.mention.end + 24]
    match = _STATED_AGE_RE.match(text)
    return (match.group(1) or match.group(2)) if match else None
