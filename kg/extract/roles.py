"""Officials' roles read from the text around a person's name.

Three shapes, read from tokens (the small model's parser is unreliable on appositions):

- title in front: "CIA Deputy Director David Cohen", "Chinese President Xi Jinping", "Senator X";
- apposition after: "David Cohen, the deputy director of the CIA", "X, the agency's director";
- apposition before: "a spokesman for the Chinese embassy, Liu Pengyu".

The organisation is returned as a character range; resolution maps it to an entity id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.name_extent import name_goes_on
from kg.extract.portfolios import portfolio_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.entity_lexicon import Lexicon

_FINITE_VERBS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_APPOSITION_WINDOW = 10  # tokens read after the comma of an apposition
_ORG_PREPOSITIONS = {"of", "for", "at", "to", "with", "in"}
_DETERMINERS = {"a", "an", "the"}
_POSSESSIVES = frozenset({"its", "his", "her", "their"})
_LEADING = frozenset({"led", "headed", "chaired"})  # "the ministry, led by NAME"
_STOPS = {",", ".", ";", "(", ")"}
# Words that may qualify a title: "deputy foreign minister", "newly appointed envoy".
_QUALIFIER_TAGS = frozenset({"ADJ", "ADV", "NOUN", "PROPN", "VERB"})


@dataclass(frozen=True, slots=True)
class TextRole:
    """A title read from the text, with where its organisation is named (if anywhere)."""

    title: str
    org_start: int | None = None  # character range in which the organisation is named
    org_end: int | None = None
    org_id: str | None = None  # gazetteer id found in that range when no entity is named there


@dataclass(frozen=True, slots=True)
class PersonReading:
    """A person's name without its title, and what the text says the person is."""

    name_start: int  # token index of the bare name
    name_end: int
    role: TextRole | None
    private: bool  # an apposition calls them a professor, analyst... (not an official)


def read_person(doc: Doc, start: int, end: int, lexicon: Lexicon) -> PersonReading | None:
    """Strip titles and honorifics from the name at tokens [start, end) and read the role.

    Returns None when nothing of a name is left ("President" alone)."""
    name_start, inner_title = _strip_inner_title(doc, start, end, lexicon)
    if name_start >= end:
        return None
    end = name_goes_on(doc, end, lexicon)
    role = _front_title(doc, name_start, lexicon) or inner_title
    private = False
    if role is None or role.org_start is None:
        # "Vice Admiral NAME, director of the MIVD": the apposition says where they serve
        after, private = _apposition_after(doc, end, lexicon)
        role = (
            after if after is not None and (role is None or after.org_start is not None) else role
        )
    if role is None and not private:
        role = (
            _apposition_before(doc, start, lexicon)
            or _as_title_after(doc, end, lexicon)
            or _leader_of_body(doc, start, lexicon)
        )
    if role is not None and role.org_start is None:
        role = _of_body_after(doc, end, role, lexicon)
    return PersonReading(name_start, end, role, private)


def _of_body_after(doc: Doc, end: int, role: TextRole, lexicon: Lexicon) -> TextRole:
    """ "Assistant Attorney General NAME of the Justice Department's National Security
    Division": a body right after the name, joined by "of"."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return role
    first = end + 1 + (doc[end + 1].lower_ == "the")
    if first >= len(doc) or not doc[first].text[:1].isupper():
        return role
    org = _org_after(doc, end, min(len(doc), end + 1 + _APPOSITION_WINDOW), lexicon)
    return TextRole(role.title, *org) if org else role


def _strip_inner_title(
    doc: Doc, start: int, end: int, lexicon: Lexicon
) -> tuple[int, TextRole | None]:
    """Title words the model put inside the PERSON span ("President Xi Jinping")."""
    i = start
    skippable = lexicon.honorifics | lexicon.title_modifiers | _DETERMINERS
    while i < end and doc[i].lower_ in skippable:
        i += 1
    if start < i == end - 1 and doc[i - 1].lower_ in lexicon.peer_titles:
        return i - 1, None  # "Lord Ahmad": a peer is known by the title and one name
    size = lexicon.title_at([t.lower_ for t in doc[i:end]])
    if not size:
        return i, None
    size += lexicon.title_at([t.lower_ for t in doc[i + size : end]])
    if i + size >= end:
        return end, None
    return i + size, TextRole(doc[i : i + size].text)


def _front_title(doc: Doc, name_start: int, lexicon: Lexicon) -> TextRole | None:
    """A title right before the name, and an organisation right before the title."""
    lo = max(0, name_start - 6)
    words = [t.lower_ for t in doc[lo:name_start]]
    while words and words[-1] in lexicon.honorifics:
        words.pop()
    if (start := portfolio_start(doc, lo + len(words), lexicon)) is not None:
        return TextRole(doc[start : lo + len(words)].text, *_org_before(doc, start))
    size = lexicon.title_ending_at(words)
    if not size:
        return None
    title_end = lo + len(words)
    title_start = title_end - size
    # "Deputy Director", "Foreign Minister": a second title word in front belongs to the title.
    title_start -= lexicon.title_ending_at(words[:-size])
    while title_start > 0 and doc[title_start - 1].lower_.rstrip("-") in lexicon.title_modifiers:
        title_start -= 1
    title_start = _field_words_before(doc, title_start, lexicon)
    org = _org_before(doc, title_start)
    return TextRole(doc[title_start:title_end].text, *org)


def _field_words_before(doc: Doc, title_start: int, lexicon: Lexicon) -> int:
    """Start of the title with one or two lower-case field words in front when a name stands
    before them: "British security minister NAME" (the body is British); not a firm's kind
    ("a U.S. tech company founder": the company is not named), nor a body's head noun ("the
    Chinese embassy spokesman": the embassy is the body)."""
    first = title_start
    while (
        first > 0
        and title_start - first < 2
        and doc[first - 1].is_lower
        and doc[first - 1].is_alpha
        and doc[first - 1].pos_ in ("NOUN", "ADJ")
        and doc[first - 1].lower_ not in _bodies(lexicon)
    ):
        first -= 1
    if first < title_start and first > 0 and _capitalised_name_word(doc[first - 1]):
        return first
    return title_start


def _bodies(lexicon: Lexicon) -> frozenset[str]:
    return (
        lexicon.agency_words
        | lexicon.non_agency_words
        | lexicon.body_heads
        | frozenset(lexicon.called_kinds)
    )


def _org_before(doc: Doc, title_start: int) -> tuple[int | None, int | None]:
    """Proper-noun tokens (or "the agency's") directly before a title name its organisation."""
    i = title_start
    if i > 0 and doc[i - 1].tag_ == "POS":
        i -= 1
    j = i
    while j > 0 and (_capitalised_name_word(doc[j - 1]) or _hyphen_inside_name(doc, j - 1)):
        j -= 1
    if j == i and i < title_start and i > 0:  # "the agency's director"
        j = i - 1
        if j > 0 and doc[j - 1].lower_ in _DETERMINERS:
            j -= 1  # the anaphor's mention starts at its article
    return _org_range(doc, j, i)


def _capitalised_name_word(token: Token) -> bool:
    # "IB" of "Group-IB" is tagged a noun: capitalised nouns after a hyphen count as names
    tags = (
        ("PROPN", "ADJ", "NOUN") if token.i > 0 and token.nbor(-1).text == "-" else ("PROPN", "ADJ")
    )
    return token.pos_ in tags and token.text[:1].isupper()


def _hyphen_inside_name(doc: Doc, i: int) -> bool:
    """A hyphen joining two capitalised words ("Group-IB", "Rosoboronexport-Trade")."""
    return (
        doc[i].text == "-"
        and 0 < i < len(doc) - 1
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
    )


def _apposition_after(doc: Doc, end: int, lexicon: Lexicon) -> tuple[TextRole | None, bool]:
    """ ", the deputy director of the CIA" / ", a professor at ..." after the name."""
    if end >= len(doc) or doc[end].text != ",":
        return None, False
    i, stop = end + 1, min(len(doc), end + 1 + _APPOSITION_WINDOW)
    while i < stop and doc[i].lower_ in _DETERMINERS | lexicon.title_modifiers:
        i += 1
    first = i
    while i < stop and doc[i].text not in _STOPS:
        words = [t.lower_ for t in doc[i:stop]]
        if (
            words[0] in lexicon.person_nouns
            and words[1:2] == ["and"]
            and lexicon.title_at(words[2:])
        ):
            i += 2  # "X, a businessman and politician": the title of the two is the role
            continue
        if words[0] in lexicon.person_nouns:
            return None, True
        size = lexicon.title_at(words)
        if size:
            size += lexicon.title_at(words[size:])
            title_start = i  # "X, a former deputy head of GCHQ": the title keeps "former"
            while title_start > end + 1 and doc[title_start - 1].lower_ in lexicon.title_modifiers:
                title_start -= 1
            # "X, the NCSC's director of operations": the possessor, not the title's tail
            owner = any(t.tag_ == "POS" for t in doc[first:i])
            org = (not owner and _org_after(doc, i + size, stop, lexicon)) or _org_range(
                doc, end + 1, i
            )
            return TextRole(doc[title_start : i + size].text, *org), False
        if doc[i].pos_ in ("VERB", "AUX", "CCONJ"):
            break  # "X, and the new ambassador, Y": the title is the next person's
        i += 1
    return None, False


def _as_title_after(doc: Doc, end: int, lexicon: Lexicon) -> TextRole | None:
    """ "removed NAME as head of the National Intelligence Centre", "named NAME as its chief
    executive": the post a person is given, kept or taken from, after "as"."""
    if end >= len(doc) or doc[end].lower_ != "as":
        return None
    i, stop = end + 1, min(len(doc), end + 1 + _APPOSITION_WINDOW)
    while i < stop and doc[i].lower_ in _DETERMINERS | _POSSESSIVES | lexicon.title_modifiers:
        i += 1
    size = lexicon.title_at([t.lower_ for t in doc[i:stop]])
    if not size:
        return None
    org = _org_after(doc, i + size, stop, lexicon) or (None, None)
    return TextRole(doc[i : i + size].text, *org)


def _apposition_before(doc: Doc, start: int, lexicon: Lexicon) -> TextRole | None:
    """ "a spokesman for the Chinese embassy, NAME": the title phrase before a comma, read from
    the nearest determiner or possessive back ("A spokeswoman for the Lithuanian army, NAME" and
    "The head of Poland's National Security Bureau, NAME" go on past the inner one)."""
    if start < 2 or doc[start - 1].text != ",":
        return None
    lo = start - 1
    before = start - 1  # a title read past a possessive starts before it ("The head of
    # Poland's ..."; in "the report by Meta's head of ..." the head is Meta's: staff.py reads it)
    while lo > 0 and start - lo <= _APPOSITION_WINDOW and doc[lo - 1].text not in _STOPS:
        lo -= 1
        if doc[lo].tag_ in _FINITE_VERBS:
            break  # "The Prosecutor General's Office said a suspect, NAME": a clause, no title
        if doc[lo].tag_ == "POS":
            role = _possessor_title(doc, lo, start - 1, lexicon)
            before = min(before, lo)
        elif doc[lo].lower_ in _POSSESSIVES and doc[lo].tag_ == "PRP$":
            # "Its prosecutor, NAME", "Their spokeswoman, NAME": a post of a body named before
            role = _possessor_title(doc, lo, start - 1, lexicon)
        elif doc[lo].lower_ in _DETERMINERS:
            role = _title_after_determiner(doc, lo, start - 1, lexicon, before)
        else:
            continue
        if role is not None:
            return role
    return None


def _leader_of_body(doc: Doc, start: int, lexicon: Lexicon) -> TextRole | None:
    """ "The foreign ministry, led by NAME,", "the party, headed by NAME", "The agency is headed
    by NAME": the head of the body before the comma or of the passive's subject."""
    if start < 4 or doc[start - 1].lower_ != "by" or doc[start - 2].lower_ not in _LEADING:
        return None
    comma = start - 3
    if doc[comma].pos_ == "AUX":  # "The agency is headed by NAME": the passive's subject
        subject = next((c for c in doc[start - 2].children if c.dep_ == "nsubjpass"), None)
        if subject is None or not _names_body(subject, lexicon):
            return None
        return TextRole("head", *_org_range(doc, subject.left_edge.i, subject.i + 1))
    body = doc[comma - 1]
    if (
        doc[comma].text != ","
        or body.pos_ not in ("NOUN", "PROPN")
        or not _names_body(body, lexicon)
    ):
        return None
    lo = comma - 1
    while lo > 0 and comma - lo < _APPOSITION_WINDOW and doc[lo - 1].text not in _STOPS:
        if doc[lo - 1].lower_ in _DETERMINERS or doc[lo - 1].pos_ in ("VERB", "AUX", "ADP"):
            break
        lo -= 1
    return TextRole("head", *_org_range(doc, lo, comma))


def _names_body(token: Token, lexicon: Lexicon) -> bool:
    """A body's head noun: an agency word, a state's body word or an organisation's kind."""
    word = token.lower_
    return (
        lexicon.names_agency({word})
        or word in lexicon.state_body_words
        or lexicon.called_kinds.get(word) in ("Agency", "Organization")
    )


def _title_after_determiner(
    doc: Doc, lo: int, comma: int, lexicon: Lexicon, before: int
) -> TextRole | None:
    for i in range(lo + 1, before):
        size = lexicon.title_at([t.lower_ for t in doc[i:comma]])
        if size:
            # "the British ambassador, NAME": the words between the article and the title
            org = _org_after(doc, i + size, comma, lexicon) or _org_range(doc, lo + 1, i)
            return TextRole(doc[i : i + size].text, *org)
    return None


def _possessor_title(doc: Doc, pos: int, comma: int, lexicon: Lexicon) -> TextRole | None:
    """ "Russia's President, NAME", "Russia's deputy foreign minister, NAME", "the country's top
    diplomat, NAME": a title ending at the comma, the words before it qualifying it, and the
    possessor as its organisation."""
    words = [t.lower_ for t in doc[pos + 1 : comma]]
    size = lexicon.title_ending_at(words)
    if not size:
        return None
    title_first = doc[comma - size]
    # Qualifiers share the title's case: "Deputy Foreign Minister", "top diplomat"; a name in
    # front of a lower-case title is a body of its own ("Russia's Gazprom chief"). A hyphenated
    # qualifier keeps its case after the hyphen ("the country's pro-Russian president").
    for word in doc[pos + 1 : comma - size]:
        if word.text == "-" or (word.i > 0 and word.nbor(-1).text == "-"):
            continue
        same_case = word.is_lower == title_first.is_lower
        if not same_case or word.pos_ not in _QUALIFIER_TAGS:
            return None
    return TextRole(doc[pos + 1 : comma].text, *_org_before(doc, pos + 1))


def _org_after(
    doc: Doc, i: int, stop: int, lexicon: Lexicon
) -> tuple[int | None, int | None] | None:
    """ "of the CIA", "for the Chinese embassy in Washington" after a title; no organisation
    for a firm or group not named ("a co-founder of the Russian cybersecurity company" works
    for a company, not for Russia)."""
    if i >= stop or doc[i].lower_ not in _ORG_PREPOSITIONS:
        return None
    end = i + 1
    while end < stop and doc[end].text not in _STOPS and doc[end].pos_ not in ("VERB", "AUX"):
        end += 1
    if end == i + 1:
        return None
    head = doc[end - 1]
    if head.pos_ == "NOUN" and lexicon.called_kinds.get(head.lower_) == "Organization":
        return None, None
    return _org_range(doc, i + 1, end)


def _org_range(doc: Doc, start: int, end: int) -> tuple[int | None, int | None]:
    if end <= start:
        return None, None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
