"""An official a lede introduces by post and the next sentence names: "Estonia's foreign
minister on Tuesday accused Moscow of ... / Urmas Paet said in a statement that ...". Wire
copy holds the name back this way ("delayed identification"): the lede's subject is a state's
post, no person is named in the lede, and the next sentence opens on a person named in full as
the subject of its verb. That person is the post's holder (an Official), and the description
is a mention of them. A step of ``kg.extract.entities.CandidateReader``."""

from __future__ import annotations

from dataclasses import replace
from itertools import dropwhile, islice
from typing import TYPE_CHECKING

from kg.extract.countries import country_at
from kg.extract.roles import TextRole
from kg.extract.shapes import sentences
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.entities import CandidateReader

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PERSON_TYPES = ("Person", "Official")
_OPENING_TOKENS = 3  # "On Monday, NAME said": the name opens the sentence, or nearly


def lede_title_holder(reader: CandidateReader) -> None:
    """The person named first in the sentence after a lede whose subject is a state's post
    ("Estonia's foreign minister", "the German chancellor") holds that post."""
    body = (s for s in sentences(reader.doc) if s.start >= reader.headline_end)
    story = dropwhile(lambda s: not any(t.tag_ in _FINITE for t in s), body)
    read = list(islice(story, 2))
    if len(read) < 2:
        return
    lede, after = read
    _lede_body_named_next(reader, lede, after)
    post = _state_post_subject(reader, lede)
    if post is None or _persons_in(reader, lede):
        return
    named = _persons_in(reader, after)
    if not named:
        return
    person = named[0]
    start, end = reader.tokens[id(person)]
    root = reader.doc[start:end].root
    if end - start < 2 or start - after.start > _OPENING_TOKENS or root.dep_ != "nsubj":
        return
    if person.roles or person.mention.gazetteer_id:
        return  # "Moldovan President NAME said": a post of their own, another person
    title_start, subject_end, owner = post
    if any(
        c.mention.type in _PERSON_TYPES
        and c.mention.end == reader.doc[subject_end - 1].idx + len(reader.doc[subject_end - 1])
        for c in reader.candidates
    ):
        return  # the gazetteer's holder of the post on the day was read there already
    role = TextRole(
        reader.doc[title_start:subject_end].text, owner.start_char, owner.end_char, None
    )
    index = reader.candidates.index(person)
    typed = replace(person.mention, type="Official")
    reader.candidates[index] = replace(person, mention=typed, roles=(*person.roles, role))
    reader.tokens[id(reader.candidates[index])] = (start, end)
    described = reader.doc[owner.start : subject_end]
    mention = Mention(described.text, described.start_char, described.end_char, "Official")
    reader.candidates.append(Candidate(mention, same_as=-1, proper=False))
    reader.defined[described.start_char] = reader.candidates[index]


def _lede_body_named_next(reader: CandidateReader, lede: Span, after: Span) -> None:
    """ "Germany's federal cybersecurity agency on Tuesday warned ... / The Federal Office for
    Information Security (BSI) said ...": the one state's body the lede describes before its
    verb (built from the description alone) is the known body of that state the next sentence
    opens on as its subject."""
    verb = lede.root.i
    built = [
        c
        for c in reader.candidates
        if (span := reader.tokens.get(id(c))) is not None
        and lede.start <= span[0]
        and span[1] <= verb
        and c.mention.type == "Agency"
        and c.proper
        and not c.mention.gazetteer_id
        and c.name is not None
        and c.country is not None
    ]  # the parser may make a dateline the subject: the body described before the verb
    if len(built) != 1:
        return
    described = built[0]
    named = _subject_candidate(reader, after)
    entry = reader.gazetteer.get(named.mention.gazetteer_id or "") if named else None
    if named is None or entry is None or entry.type != "Agency":
        return
    if entry.country != described.country or reader.tokens[id(named)][0] - after.start > 1:
        return
    first, last = reader.tokens[id(named)]
    head = reader.doc[first:last].root
    if head.dep_ == "conj" or any(c.dep_ == "conj" and c.i >= last for c in head.children):
        return  # "The ABW and the SKW both took part": the description says neither
    index = reader.candidates.index(described)
    alias = replace(described, same_as=-1, proper=False, name=None)
    reader.candidates[index] = alias
    reader.tokens[id(alias)] = reader.tokens.pop(id(described))
    reader.defined[alias.mention.start] = named


def _subject_candidate(reader: CandidateReader, sentence: Span) -> Candidate | None:
    """The candidate holding the sentence's main subject (not a dateline)."""
    subject = next(
        (
            t
            for t in sentence
            if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.i not in reader.skipped
        ),
        None,
    )
    if subject is None:
        return None
    return next(
        (
            c
            for c in reader.candidates
            if (span := reader.tokens.get(id(c))) is not None and span[0] <= subject.i < span[1]
        ),
        None,
    )


def _state_post_subject(reader: CandidateReader, lede: Span) -> tuple[int, int, Span] | None:
    """(title start, subject end, the state's words) of a lede subject "<State>'s <title>" or
    "the <demonym> <title>", whose words are all free; None otherwise."""
    subject = next(
        (
            t
            for t in lede
            if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.i not in reader.skipped
        ),
        None,
    )  # not the dateline the parser may hang on the verb ("TALLINN — ... accused")
    if subject is None or subject.pos_ != "NOUN":
        return None
    left, end = subject.left_edge.i, subject.i + 1
    size = reader.lex.title_ending_at(reader.lowers[left:end])
    if not size or not all(t.is_lower for t in reader.doc[end - size : end]):
        return None
    owner = _owner_state(reader, left, end - size)
    if owner is None:
        return None
    return end - size, end, owner


def _owner_state(reader: CandidateReader, left: int, title: int) -> Span | None:
    """The state's words before the title: "Estonia" of "Estonia's", "German" of "the German";
    nothing else may stand between them and the title but a possessive ending."""
    doc = reader.doc
    first = left + (reader.lowers[left] == "the")
    last = title - (title > first and doc[title - 1].tag_ == "POS")
    if last <= first or country_at(reader, first) is None:
        return None
    span = reader.gaz_at.get(first)
    if span is None or span.end != last:
        return None
    return doc[first:last]


def _persons_in(reader: CandidateReader, sentence: Span) -> list[Candidate]:
    return sorted(
        (
            c
            for c in reader.candidates
            if c.proper
            and c.mention.type in _PERSON_TYPES
            and id(c) in reader.tokens
            and sentence.start_char <= c.mention.start < sentence.end_char
        ),
        key=lambda c: c.mention.start,
    )
