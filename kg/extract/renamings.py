"""Other names a firm or agency gives a group the article named before: "Dutch intelligence
called the group Laundry Bear ... Microsoft calls the group Void Blizzard", "Google tracks it as
UNC9999". The new name is another mention of that group, not a group of its own; with no
group named before, it names a group ("OpenAI called the effort 'Peer Review'"). A step of
``kg.extract.entities.CandidateReader``, run once the model's names are read."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.shapes import sentence_start, tokens_lowered
from kg.extract.state_bodies import swap_candidate

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

_NAMING = frozenset({"call", "calls", "called", "dubs", "dubbed", "names", "named"})
_AS_NAMING = frozenset({"track", "tracks", "tracked", "designates", "designated"})
_PRONOUNS = frozenset({"it", "them"})


def renamings(reader: CandidateReader) -> None:
    """ "<Namer> calls the group Y", "<Namer> tracks it/the group as Y": Y is another name of
    the one group or agency named last before, in that sentence or the one before (not the
    namer)."""
    for i in tokens_lowered(reader.doc, _NAMING | _AS_NAMING):
        verb = reader.doc[i]
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not _refers_back(reader, obj):
            continue
        name = _new_name(reader, verb, obj)
        group = _named_before(reader, verb, obj) if name is not None else None
        if name is not None and group is not None:
            _link(reader, name, group)
        elif name is not None and obj.lower_ not in _PRONOUNS and reader.free(*name):
            # "OpenAI called the effort 'Peer Review'": no group named before, a new one
            reader.add(*name, "Organization", from_model=True)


def _refers_back(reader: CandidateReader, obj: Token) -> bool:
    """ "the group", "the hackers" (a definite kind of organisation) or "it"/"them"."""
    if obj.lower_ in _PRONOUNS:
        return True
    det = next((c for c in obj.children if c.dep_ == "det"), None)
    kind = reader.lex.called_kinds.get(obj.lower_) or reader.lex.called_kinds.get(obj.lemma_)
    return det is not None and det.lower_ == "the" and kind == "Organization"


def _new_name(reader: CandidateReader, verb: Token, obj: Token) -> tuple[int, int] | None:
    """Token range of the name given after the object ("the group Y", "it as Y")."""
    doc = reader.doc
    i = obj.i + 1
    if verb.lower_ in _AS_NAMING:
        if i >= len(doc) or doc[i].lower_ != "as":
            return None
        i += 1
    while i < len(doc) and doc[i].is_quote:
        i += 1  # 'called the effort "Peer Review"'
    if i >= len(doc) or not (doc[i].text[:1].isupper() or doc[i].text[:1].isdigit()):
        return None
    end = i
    while end < len(doc) and end - i < 4 and (doc[end].text[:1].isupper() or "-" in doc[end].text):
        end += 1
    return (i, end) if end > i else None


def _named_before(reader: CandidateReader, verb: Token, obj: Token) -> Candidate | None:
    """The group or agency named last before ``obj``, from the sentence before on, that is not
    the verb's subject ("Microsoft calls the group ...")."""
    subject = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    opening = sentence_start(reader.doc, verb.i)
    first = sentence_start(reader.doc, opening - 1) if opening else 0
    before = [
        c
        for c in reader.candidates
        if _group(reader, c)
        and not c.anaphor
        and c.proper
        and first <= reader.tokens.get(id(c), (-1, -1))[0]
        and reader.tokens[id(c)][1] <= obj.i
        and subject.isdisjoint(range(*reader.tokens[id(c)]))
    ]
    return max(before, key=lambda c: reader.tokens[id(c)][1]) if before else None


def _group(reader: CandidateReader, cand: Candidate) -> bool:
    """An organisation, or a state's hacking unit the gazetteer calls a group (APT28); not
    another agency ("CISA and the NSA said ... The FBI calls the group X")."""
    if cand.mention.type == "Organization":
        return True
    gaz_id = cand.mention.gazetteer_id
    entry = reader.gazetteer.get(gaz_id) if gaz_id else None
    return cand.mention.type == "Agency" and entry is not None and "group" in entry.nouns


def _link(reader: CandidateReader, name: tuple[int, int], group: Candidate) -> None:
    """The name at ``name`` as another mention of ``group``: a candidate read there already
    becomes one, else a new one is added."""
    there = next((c for c in reader.candidates if reader.tokens.get(id(c)) == name), None)
    if there is group or (there is not None and there.mention.gazetteer_id):
        return  # a name the gazetteer knows stays its entry
    if there is None:
        alias = reader.add(*name, group.mention.type, same_as=-1, proper=False)
    else:
        alias = replace(there, mention=replace(there.mention, type=group.mention.type), same_as=-1)
        swap_candidate(reader, there, alias)
    if alias is not None:
        reader.defined[alias.mention.start] = group


_KNOWN_AS = ("known", "as")
_BETWEEN = frozenset({"which", "is", "also"})
_MARKER_REACH = 7  # '", which is also widely known as': words from the first name to "known"


def known_names_joined(reader: CandidateReader) -> None:
    """ "a group it tracks as 'TraderTraitor', which is also widely known as the Lazarus Group":
    a name the gazetteer knows, given as another name of a group read just before it, makes
    that group's name a mention of the known one (both were read as names of their own)."""
    for i in tokens_lowered(reader.doc, {"known"}):
        if reader.lowers[i : i + 2] != list(_KNOWN_AS):
            continue
        known = _candidate_at(reader, i + 2)
        if known is None or not known.mention.gazetteer_id or not _group(reader, known):
            continue
        after = reader.tokens[id(known)][1]
        if after < len(reader.words) and not reader.doc[after].is_punct:
            continue  # "known as the Lazarus Group's bank": no other name of it
        named = _candidate_ending_before(reader, i)
        if named is None or named.mention.gazetteer_id or named.mention.type != "Organization":
            continue
        alias = replace(named, mention=replace(named.mention, type=known.mention.type), same_as=-1)
        swap_candidate(reader, named, alias)
        reader.defined[alias.mention.start] = known


def _candidate_at(reader: CandidateReader, i: int) -> Candidate | None:
    """The candidate starting at token ``i`` (after "the" and quotes)."""
    while i < len(reader.words) and (reader.lowers[i] == "the" or reader.doc[i].is_quote):
        i += 1
    return next((c for c in reader.candidates if reader.tokens.get(id(c), (-1,))[0] == i), None)


def _candidate_ending_before(reader: CandidateReader, i: int) -> Candidate | None:
    """The name that ends at most ``_MARKER_REACH`` words before token ``i``, with only
    punctuation, "which", "is", "also" and adverbs between, in the same sentence."""
    first = max(sentence_start(reader.doc, i), i - _MARKER_REACH)
    for cand in reader.candidates:
        span = reader.tokens.get(id(cand))
        if span is None or not first <= span[1] <= i or not cand.proper:
            continue
        between = reader.doc[span[1] : i]
        if all(
            t.is_punct or t.lower_ in ("which", "is", "also") or t.pos_ == "ADV" for t in between
        ):
            return cand
    return None
