"""A platform named again by what it is, read by the entity stage after the names: "Ukraine
banned Telegram ... The messaging app said", "X ... the platform", "TikTok ... the
Chinese-owned app". The description is a mention of the one platform named shortly before it;
none when two were."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.shapes import sentence_start, tokens_lowered

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

_MAX_MODIFIERS = 4  # "the Chinese-owned video app": words between "the" and the noun
_SENTENCES_BACK = 2  # the platform is named in the description's sentence or the two before


def guarded_platforms_listed(reader: CandidateReader) -> None:
    """ "on LinkedIn, Telegram and Discord": a name the gazetteer guards as a platform (an
    ordinary word, matched only beside its context words) that the model read as an
    organisation or a person is that platform when listed with other platforms: the list is its
    context."""
    platform_tokens = {
        i
        for c in reader.candidates
        if c.mention.type == "Platform" and id(c) in reader.tokens
        for i in range(*reader.tokens[id(c)])
    }
    if not platform_tokens:
        return
    for n, cand in enumerate(reader.candidates):
        at = reader.tokens.get(id(cand))
        misread = cand.mention.type in ("Organization", "Person")
        if not misread or cand.mention.gazetteer_id or at is None:
            continue
        if at[1] - at[0] != 1 or not any(
            t.i in platform_tokens for t in reader.doc[at[0]].conjuncts
        ):
            continue
        known = [e for e in reader.gazetteer.lookup(cand.mention.text) if e.type == "Platform"]
        if len(known) == 1:
            mention = replace(cand.mention, type="Platform", gazetteer_id=known[0].id)
            reader.candidates[n] = replace(cand, mention=mention, from_model=False)
            reader.tokens[id(reader.candidates[n])] = reader.tokens.pop(id(cand))


def platform_descriptions(reader: CandidateReader) -> None:
    """ "The messaging app said": a ``platform_anaphor_nouns`` noun after "the" and lower-case
    modifiers (or a demonym) is a mention of the one Platform named shortly before."""
    doc = reader.doc
    for i in tokens_lowered(doc, reader.lex.platform_anaphor_nouns):
        the = _article_before(reader, i)
        if the is None or not reader.free(the, i + 1) or _goes_on(doc[i]):
            continue
        named = named_before(reader, the, _a_platform)
        if len(named) == 1:
            alias = reader.add(the, i + 1, "Platform", same_as=-1, proper=False)
            if alias is not None:
                reader.defined[alias.mention.start] = named[0]


def _article_before(reader: CandidateReader, noun: int) -> int | None:
    """Index of the "the" opening the description, None if there is none."""
    doc = reader.doc
    for j in range(noun - 1, max(noun - _MAX_MODIFIERS - 2, -1), -1):
        token = doc[j]
        if token.lower_ == "the":
            return j
        demonym = reader.gaz_at.get(j)
        if not (token.is_lower or token.text == "-" or (demonym and demonym.label_ == "demonym")):
            return None
        if reader.lex.names_agency({token.lower_}):
            return None  # "the security service app": a body's
    return None


def _goes_on(noun: Token) -> bool:
    """ "the app store", "the platform's users" are fine; "the app Signal", "the site of" are
    another thing's name or a place."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is not None and (after.pos_ in ("PROPN", "NOUN") or after.lower_ == "of")


def named_before(
    reader: CandidateReader, the: int, fits: Callable[[Candidate], bool]
) -> list[Candidate]:
    """The distinct proper names that ``fits`` in the sentence of token ``the`` (before it) or
    the ``_SENTENCES_BACK`` sentences before: what a description there may name again (also
    read by ``firm_mentions``)."""
    doc = reader.doc
    start = sentence_start(doc, the)
    for _ in range(_SENTENCES_BACK):
        if start:
            start = sentence_start(doc, start - 1)
    begin, end = doc[start].idx, doc[the].idx
    found: dict[str, Candidate] = {}
    for cand in reader.candidates:
        mention = cand.mention
        if cand.proper and begin <= mention.start < end and fits(cand):
            key = mention.gazetteer_id or mention.text.removesuffix("'s").lower()
            found.setdefault(key, cand)
    return list(found.values())


def _a_platform(cand: Candidate) -> bool:
    return cand.mention.type == "Platform"
