"""A firm named again by "the company" or "the firm", read by the entity stage after the names:
"Kaspersky Lab ... The company said it would challenge the ban", "Anxun Information
Technology ... The firm's founder". The description is a mention of the one firm named in its
sentence or the two before (an organisation or a platform whose name or gazetteer entry says no
other kind of body); none when two were, as for platforms (``platform_mentions.named_before``
finds them). And companies named with their legal form ("Kwan Wah Ltd said"), which the model
may leave unread or call a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.platform_mentions import named_before
from kg.extract.shapes import is_name_word, tokens_lowered

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

_FIRM_NOUNS = frozenset({"company", "firm"})
_FIRM_TYPES = ("Organization", "Platform")


def firm_descriptions(reader: CandidateReader) -> None:
    """ "The company said": "the" and a firm noun is a mention of the one firm named shortly
    before it."""
    doc = reader.doc
    for i in tokens_lowered(doc, _FIRM_NOUNS):
        the = i - 1
        if the < 0 or reader.lowers[the] != "the" or not reader.free(the, i + 1):
            continue
        if _goes_on(doc[i]):
            continue
        named = named_before(reader, the, lambda cand: _a_firm(reader, cand))
        if len(named) == 1:
            alias = reader.add(the, i + 1, named[0].mention.type, same_as=-1, proper=False)
            if alias is not None:
                reader.defined[alias.mention.start] = named[0]


def _goes_on(noun: Token) -> bool:
    """ "the company Quorvex", "the firm of", "the company car", "the company that runs the
    cable": another thing's name, an owner's, a noun the description only modifies, or a firm
    the clause after it introduces."""
    doc = noun.doc
    after = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return after is not None and (after.pos_ in ("PROPN", "NOUN") or after.lower_ in ("of", "that"))


def _a_firm(reader: CandidateReader, cand: Candidate) -> bool:
    """An organisation or platform that may be a company: not one the gazetteer calls by other
    nouns (NATO "the alliance", APT29 "the group"), nor a name of a party, school or outlet."""
    mention = cand.mention
    if mention.type not in _FIRM_TYPES:
        return False
    entry = reader.gazetteer.get(mention.gazetteer_id) if mention.gazetteer_id else None
    if entry is not None and entry.nouns and _FIRM_NOUNS.isdisjoint(entry.nouns):
        return False
    words = {w.lower() for w in mention.text.split()}
    return words.isdisjoint(reader.lex.non_agency_words - {"company", "inc", "corp", "ltd", "llc"})


_NAME_WORDS = 4  # "Dalian Haoyu Trading Co." before its legal form


def names_with_legal_forms(reader: CandidateReader) -> None:
    """ "Kwan Wah Ltd said", "Hartwell Industries Inc.": capitalised name words right before a
    capitalised legal form (``legal_forms``) are a company's name, a firm, whatever the model
    called them; left to the model where its organisation runs to the legal form."""
    doc = reader.doc
    for i in tokens_lowered(doc, reader.lex.legal_forms):
        if not doc[i].text[:1].isupper():
            continue  # "limited" is a word
        start = i
        while start > 0 and i - start < _NAME_WORDS and is_name_word(doc[start - 1]):
            start -= 1
        model = reader.model_at.get(start)
        if start == i or (model is not None and model.label_ == "ORG" and model.end > i):
            continue
        if reader.free(start, i + 1) and not reader.in_gazetteer(start, i + 1):
            reader.add(start, i + 1, "Organization", firm=True)
