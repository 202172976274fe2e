"""Counterparts, read by the entity stage (``kg.extract.staff.roles_read``): "Foreign Minister
NAME met his German and Polish counterparts, NAME and NAME" makes the people named after
"counterparts" officials with the post of the title nearest before "his"/"her" (the
subject's), of the states the demonyms before it name (one state for all, or one each, in
order, when there are as many)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import country_at
from kg.extract.roles import TextRole

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader

_COUNTERPART_WORDS = frozenset({"counterpart", "counterparts"})
_OWNERS = frozenset({"his", "her", "their", "its"})
_MAX_NAMES = 4  # names listed after one "counterparts"
_MAX_NAME_WORDS = 4


def counterpart_role(reader: CandidateReader, name_start: int) -> TextRole | None:
    """The post a person named after "his/her counterpart(s)" holds (None if not so named or
    the sentence's subject has no title before the owner word)."""
    found = _counterpart_before(reader, name_start)
    if found is None or _holds_known_post(reader, name_start):
        return None
    noun, place = found
    before = reader.doc[noun.sent.start : noun.i]
    owner = next((t for t in reversed(before) if t.lower_ in _OWNERS), None)
    if owner is None:
        return None
    title = _subject_title(reader, noun.sent.start, owner.i)
    if title is None:
        return None
    states = [t for t in reader.doc[owner.i + 1 : noun.i] if _is_state(reader, t.i)]
    # "his French counterparts, A and B": both French; "his German and Polish counterparts,
    # A and B": one each, in order
    if len(states) != 1:
        states = states[place : place + 1]
    if not states:
        return TextRole(title)
    return TextRole(title, states[0].idx, states[0].idx + len(states[0].text))


def _counterpart_before(reader: CandidateReader, name_start: int) -> tuple[Token, int] | None:
    """The "counterpart(s)" noun the name at ``name_start`` is listed after, with the name's
    place in that list ("counterparts, A and B": B is 1)."""
    doc, i, place = reader.doc, name_start - 1, 0
    while i >= 0 and place < _MAX_NAMES:
        if doc[i].text == "," and i > 0 and doc[i - 1].lower_ in _COUNTERPART_WORDS:
            i -= 1
        if doc[i].lower_ in _COUNTERPART_WORDS:
            return doc[i], place
        if doc[i].lower_ not in ("and", ","):
            return None
        i -= 1  # "A and B", "A, B and C": the name before the joining word
        words = 0
        while i >= 0 and words < _MAX_NAME_WORDS and doc[i].is_title and doc[i].pos_ == "PROPN":
            i, words = i - 1, words + 1
        if not words:
            return None
        place += 1
    return None


def _subject_title(reader: CandidateReader, start: int, owner: int) -> str | None:
    """The title nearest before the owner word in its sentence, read whole ("Foreign Minister
    NAME met his ...", "After talks with President X, Defence Minister Y met her ...")."""
    sizes = {i: reader.lex.title_at(reader.lowers[i:owner]) for i in range(start, owner)}
    titled = [i for i, size in sizes.items() if size]
    if not titled:
        return None
    # the title ending last, from its first word ("Defence Minister", not "Minister")
    first = max(titled, key=lambda i: (i + sizes[i], -i))
    return reader.doc[first : first + sizes[first]].text


def _is_state(reader: CandidateReader, i: int) -> bool:
    entry = country_at(reader, i)
    return entry is not None and entry.type == "Country"


def _holds_known_post(reader: CandidateReader, name_start: int) -> bool:
    """A known official holding a post that day has it from the gazetteer, in the state's own
    terms ("his Chinese counterpart Wang Yi" is China's Foreign Minister, no Secretary of State)."""
    span = reader.gaz_at.get(name_start)
    entry = reader.gazetteer.get(span.id_) if span is not None else None
    published = reader.published
    return (
        entry is not None
        and published is not None
        and any(post.held_on(published) for post in entry.posts)
    )
