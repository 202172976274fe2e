"""Bodies named through the one who heads them, read by the entity stage after the names:
"Foreign Minister NAME said ... Her ministry summoned the envoy", "Interior Minister NAME
ordered the ban ... NAME's ministry said". Once a story has given a person's post, it names
the body of that post by its holder: the body is the one the post is at, by the gazetteer's
post held that day, else by the post the text gave. A minister's title at a state names the
state's ministry of that portfolio ("Foreign Minister" at Malaysia: its Foreign Ministry), a
title at a known agency names that agency when the noun is one of its names' words
("Director NAME of the FBI ... his bureau")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import body_of_state, known_body
from kg.extract.person_descriptions import last_person_before
from kg.extract.shapes import tokens_lowered
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader
    from kg.extract.roles import TextRole
    from kg.gazetteer import GazetteerEntry

_HOLDERS = frozenset({"his", "her"})
_POSSESSIVES = ("'s", "’s")
_HELD_BODIES = frozenset({"ministry", "department", "agency", "office", "service", "bureau"})
_PERSON_TYPES = frozenset({"Person", "Official"})


def holders_bodies(reader: CandidateReader) -> None:
    """ "his/her" and a body's noun is the body of the person named last before (in that
    sentence or the one before); "<surname>'s" and the noun, the body of the one person of
    that surname named before with a post."""
    lowers = reader.lowers
    for i in tokens_lowered(reader.doc, _HOLDERS):
        if i + 1 < len(lowers) and lowers[i + 1] in _HELD_BODIES and reader.free(i, i + 2):
            holder = last_person_before(reader, i)
            if holder is not None:
                _add_held(reader, i, i + 2, holder)
    for i in tokens_lowered(reader.doc, _POSSESSIVES):
        if i + 1 < len(lowers) and lowers[i + 1] in _HELD_BODIES and reader.free(i, i + 2):
            holder = _holder_by_surname(reader, i - 1)
            if holder is not None:
                _add_held(reader, i - 1, i + 2, holder)


def _add_held(reader: CandidateReader, start: int, end: int, holder: Candidate) -> None:
    """The body ``holder`` heads, named by tokens [start, end) whose last is the body's noun;
    a surname the span opens on stays the person's mention too."""
    noun = reader.lowers[end - 1]
    body = held_body(reader, holder, noun)
    name = country = None
    if body is None:
        body, name, country = _body_of_text_post(reader, holder, noun)
    if body is None and name is None:
        return
    span = reader.doc[start:end]
    mention = Mention(span.text, span.start_char, span.end_char, "Agency", body)
    cand = Candidate(mention, proper=body is None, name=name, country=country)
    reader.candidates.append(cand)
    reader.tokens[id(cand)] = (start, end)
    reader.claimed.update(i for i in range(start, end) if reader.free(i, i + 1))


def held_body(reader: CandidateReader, holder: Candidate, noun: str) -> str | None:
    """The gazetteer id of the one Agency where ``holder`` holds a post on the article's day
    and whose names use ``noun``."""
    gaz_id = holder.mention.gazetteer_id
    entry = reader.gazetteer.get(gaz_id) if gaz_id else None
    if entry is None or reader.published is None:
        return None
    bodies = {
        post.org
        for post in entry.posts
        if post.org and post.held_on(reader.published) and _named_with(reader, post.org, noun)
    }
    return bodies.pop() if len(bodies) == 1 else None


def _named_with(reader: CandidateReader, body_id: str, noun: str) -> bool:
    body = reader.gazetteer.get(body_id)
    return (
        body is not None
        and body.type == "Agency"
        and any(noun in name.lower().split() for name in body.names)
    )


def _body_of_text_post(
    reader: CandidateReader, holder: Candidate, noun: str
) -> tuple[str | None, str | None, str | None]:
    """(gazetteer id, or canonical name and state) of the body of a post the text gave
    ``holder``: the known agency the title names when the noun is in its names, else the
    portfolio body of a state's title ("Interior Minister" at Germany: a ministry named
    "Interior Ministry", the state's listed one if any). (None, None, None) if none."""
    found: set[tuple[str | None, str | None, str | None]] = set()
    for role in _roles_of(reader, holder):
        org = reader.gazetteer.get(role.org_id) if role.org_id else None
        if org is None:
            continue
        if org.type == "Agency" and _named_with(reader, org.id, noun):
            found.add((org.id, None, None))
        elif org.type == "Country" and (own := _portfolio_body(reader, role.title, noun)):
            found.add(_state_body(reader, org, own))
    return found.pop() if len(found) == 1 else (None, None, None)


def _roles_of(reader: CandidateReader, holder: Candidate) -> list[TextRole]:
    """The text's posts of ``holder``, or of the one titled person its surname stands for
    ("Interior Minister NAME ... Seehofer said. His ministry")."""
    if holder.roles:
        return list(holder.roles)
    titled = _titled_of_surname(reader, _last_word(holder), holder.mention.start)
    return list(titled.roles) if titled is not None else []


def _portfolio_body(reader: CandidateReader, title: str, noun: str) -> list[str] | None:
    """ "Foreign Minister" -> ["Foreign", "Ministry"], "Minister of the Interior" -> ["Ministry",
    "of", "the", "Interior"], "Homeland Security Secretary" with "department" -> ["Homeland",
    "Security", "Department"]: the title with its holder's word (``portfolio_bodies``) made
    the body's noun; None for a title with no portfolio ("Prime Minister", "Minister")."""
    words = [w for w in title.split() if w.lower() not in reader.lex.title_modifiers]
    lowered = [w.lower() for w in words]
    holder_word = next((w for w in lowered if w in reader.lex.portfolio_bodies), None)
    if holder_word is None or reader.lex.portfolio_bodies[holder_word] != noun:
        return None
    if len(words) < 2 or not reader.lex.portfolio_less.isdisjoint(lowered):
        return None
    pairs = zip(words, lowered, strict=True)
    return [noun.title() if low == holder_word else word for word, low in pairs]


def _state_body(
    reader: CandidateReader, state: GazetteerEntry, own: list[str]
) -> tuple[str | None, str | None, str | None]:
    """The state's listed body of these words, else a name for it with the state's demonym
    (as "Malaysia's foreign ministry" is named "Malaysian Foreign Ministry")."""
    text = " ".join(own)
    known = known_body(reader, own, state.id)
    entry = reader.gazetteer.get(known) if known else body_of_state(reader, state, text)
    if entry is not None:
        return entry.id, None, None
    adjective = state.demonyms[0] if state.demonyms else state.name
    return None, f"{adjective} {text}", state.id


def _holder_by_surname(reader: CandidateReader, owner: int) -> Candidate | None:
    """The person a name right before a possessive (token ``owner``) names: the one person
    named before in the article who ends on that word and holds a post."""
    if owner < 0 or not reader.doc[owner].is_title:
        return None
    return _titled_of_surname(reader, reader.lowers[owner], reader.doc[owner].idx)


def _titled_of_surname(reader: CandidateReader, surname: str, before: int) -> Candidate | None:
    """The one person named in full before character ``before`` whose name ends on
    ``surname`` and who holds a post (read from the text or listed); None if none or two."""
    people: dict[str, Candidate] = {}
    for cand in reader.candidates:
        if (
            cand.mention.type in _PERSON_TYPES
            and (cand.roles or cand.mention.gazetteer_id)
            and cand.mention.start < before
            and _last_word(cand) == surname
        ):
            people.setdefault((cand.name or cand.mention.text).lower(), cand)
    return next(iter(people.values())) if len(people) == 1 else None


def _last_word(cand: Candidate) -> str:
    words = (cand.name or cand.mention.text).lower().split()
    return words[-1].removesuffix("'s").removesuffix("’s") if words else ""
