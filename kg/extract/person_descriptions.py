"""Descriptions pointing back to a named person, read by the entity stage after the names:
"Musk ... The billionaire said" (``private_person_nouns``: a person holding no state post),
"NAME, 39, ... the 39-year-old" (the person of that age, else the one person named). Each is a
mention of the one named person the description fits; none when two fit or none does. A
described body of one person's past service ("a former Israeli military intelligence officer")
is no entity."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.shapes import sentence_start, tokens_lowered
from kg.resolve import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.entities import CandidateReader

_PERSON_TYPES = frozenset({"Person", "Official"})
_INTRODUCING = frozenset({"of", "who", "whose", "that"})  # "the tycoon who owns ..."
_AGE_RE = re.compile(r"^(\d{1,3})-year-old$")
_STATED_AGE_RE = re.compile(r",\s+(\d{1,3}),|,\s+an?\s+(\d{1,3})-year-old\b")
_INDEFINITE = frozenset({"a", "an"})


def past_service(reader: CandidateReader, span: Span) -> bool:
    """ "a former Israeli military intelligence officer": a body its demonym and lower-case
    words describe, before a noun of one person's service (``service_nouns``) in an indefinite
    description, is that person's past; its tokens are claimed so neither the body nor the
    state becomes an entity of the story. A proper name ("a former MI6 officer") stays."""
    doc, lowers = reader.doc, reader.lowers
    first, end = span.start, span.end
    if end >= len(doc) or lowers[end] not in reader.lex.service_nouns:
        return False
    if lowers[first] not in reader.demonyms or not all(t.is_lower for t in doc[first + 1 : end]):
        return False
    before = first - 1 - (lowers[first - 1 : first] == ["former"])
    if before < 0 or lowers[before] not in _INDEFINITE:
        return False
    reader.claimed.update(range(first, end))
    return True


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


def last_person_before(reader: CandidateReader, i: int) -> Candidate | None:
    """The person named last before token ``i``, in its sentence or the one before."""
    doc = reader.doc
    opening = sentence_start(doc, i)
    earliest = sentence_start(doc, opening - 1) if opening else 0
    people = [
        c
        for c in reader.candidates
        if c.mention.type in _PERSON_TYPES
        and not c.anaphor
        and doc[earliest].idx <= c.mention.start
        and c.mention.end <= doc[i].idx
    ]
    return max(people, key=lambda c: c.mention.start) if people else None


def _described(reader: CandidateReader, the: int) -> tuple[int, list[Candidate]]:
    """End of a person's description after "the" at token ``the`` and the named persons before
    it that it fits: a ``private_person_nouns`` word any holding no state post; an age the one
    the text gives that age, else those given no age; both ("the 39-year-old billionaire")
    both tests. (the, []) if no description."""
    i, lowers = the + 1, reader.lowers
    age = _age_at(reader, i)
    end = i + 5 if age is not None else i
    private = end < len(lowers) and lowers[end] in reader.lex.private_person_nouns
    if age is None and not private:
        return the, []
    people = _people_before(reader, reader.doc[the].idx)
    if private:
        people = [c for c in people if _private(reader, c)]
        end += 1
    if age is not None:
        ages = {id(c): _stated_age(reader, c) for c in people}
        same = [c for c in people if ages[id(c)] == age]
        people = same or [c for c in people if ages[id(c)] is None]
    return end, people


def _age_at(reader: CandidateReader, i: int) -> str | None:
    """The age of "39-year-old" (five tokens: 39 - year - old) at token ``i``, else None."""
    words = "".join(reader.words[i : i + 5])
    match = _AGE_RE.match(words)
    return match.group(1) if match and reader.lowers[i + 2 : i + 3] == ["year"] else None


def _named_next(reader: CandidateReader, end: int) -> bool:
    """ "the billionaire Jack Marlow", "the 39-year-old man", "the tycoon who owns the club":
    the description is not alone, or introduces someone new."""
    if end >= len(reader.doc):
        return False
    after = reader.doc[end]
    return after.pos_ in ("PROPN", "NOUN") or after.lower_ in _INTRODUCING


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
