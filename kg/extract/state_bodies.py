"""Bodies built around a state's name, read by the entity stage (``kg.extract.entities``) right
after the gazetteer's names: a state and a body's head noun ("the Chinese embassy in
Washington", "Russia's Foreign Ministry"), and the leader a government's tenure names ("an
official in the Obama administration")."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

from kg.extract.body_names import body_around
from kg.extract.countries import (
    body_of_state,
    country_at,
    dateline_country,
    known_body,
    release_countries,
    state_named_last,
)
from kg.extract.name_shapes import main_country
from kg.extract.shapes import tokens_lowered
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry

_AT = frozenset({"in", "to"})  # "the Chinese embassy in Washington", "Iran's mission to the UN"
# "an official in the Obama administration", "under the Xi regime": a leader's tenure
_TENURE_PREPOSITIONS = frozenset({"in", "under", "during", "since", "throughout"})
_PART_OF = frozenset({"at", "under", "within"})  # "the Centre ... at Ukraine's Council"
STATE_NOUNS = frozenset({"country", "nation"})  # "the country's top court"


def bodies_of_states(reader: CandidateReader) -> None:
    """Country + head noun: "the Chinese embassy in Washington", "Russia's Foreign Ministry"."""
    doc = reader.doc
    for i in tokens_lowered(doc, reader.lex.body_heads):
        token = doc[i]
        if not reader.free(i, i + 1):
            continue
        built = body_around(doc, token.i, partial(country_at, reader), reader.lex)
        if built:
            start, end, name, country = built
            release_countries(reader, start, end)
            own = [t.text for t in doc[start:end] if country_at(reader, t.i) is None]
            if known := known_body(reader, own, country):
                reader.add(start, end, "Agency", gazetteer_id=known)
            elif reader.add(start, end, "Agency", name=name, country=country) is None:
                # "Iran's mission to the United Nations": the UN keeps its own mention
                own_end = next((t.i for t in doc[token.i : end] if t.lower_ in _AT), end)
                reader.add(start, own_end, "Agency", name=name, country=country)


def addressees_inside(reader: CandidateReader) -> None:
    """ "Iran's mission to the United Nations": the body a state's mission is to, which the
    gazetteer names inside the mission's name, keeps a mention of its own."""
    doc, lowers = reader.doc, reader.lowers
    for cand in list(reader.candidates):
        start, end = reader.tokens.get(id(cand), (0, 0))
        if cand.mention.type != "Agency" or "to" not in lowers[start:end]:
            continue
        to = lowers.index("to", start, end)
        tail = doc[to + 1 + (lowers[to + 1 : to + 2] == ["the"]) : end]
        found = [e for e in reader.gazetteer.lookup(tail.text) if e.type == "Organization"]
        if len(tail) and len(found) == 1:
            mention = Mention(
                tail.text, tail.start_char, tail.end_char, "Organization", found[0].id
            )
            reader.candidates.append(Candidate(mention))


def courts_by_description(reader: CandidateReader) -> None:
    """ "Brazil's top court", "the country's highest court", "the top court in Kenya": a state's
    highest court described in lower case is the one court of that state the article names,
    else its Supreme Court (one name, so "Brazil's Supreme Court" and a later "the court" join
    it); the state keeps its own mention. The state is the possessor, the state after "in",
    else for "the country's" the last country named before, else the dateline's state."""
    doc, lowers = reader.doc, reader.lowers
    for i in tokens_lowered(doc, ("court",)):
        if i < 2 or not doc[i].is_lower or lowers[i - 1] not in reader.lex.top_court_words:
            continue
        start, country = _court_state(reader, i - 1)
        if country is None or not reader.free(i - 1, i + 1):
            continue
        if country_at(reader, start) is not None:
            start = i - 1  # "Brazil's top court": Brazil stays the Country
        named = _court_named(reader, country)
        if named is None:
            state = reader.gazetteer.get(country)
            known = body_of_state(reader, state, "Supreme Court") if state else None
            if known is not None:
                reader.add(start, i + 1, "Agency", gazetteer_id=known.id)
            else:
                reader.add(start, i + 1, "Agency", name="Supreme Court", country=country)
        else:
            state = reader.gazetteer.get(country)
            named = _known_body_of(reader, named, state) if state is not None else named
            alias = reader.add(start, i + 1, "Agency", same_as=-1, proper=False, country=country)
            if alias is not None:
                reader.defined[alias.mention.start] = named


def dateline_bodies(reader: CandidateReader) -> None:
    """ "BUCHAREST — The Constitutional Court annulled the vote": a body's name the model found
    naming no state, in a story datelined in a state's capital, is that state's body the
    gazetteer lists under the state's demonym, name or possessive ("Romania's Constitutional
    Court"); a court's, in a story with no dateline, the body of the state the story names
    most (a court named in a story is seldom a foreign one), else a court of that state."""
    dateline = dateline_country(reader)
    main = main_country(reader) if dateline is None else None
    for cand in list(reader.candidates):
        if _state_body_named_alone(reader, cand) and dateline is not None:
            # "In Ukraine, ... the country's National Police": the state named last
            owner = state_named_last(reader, reader.tokens[id(cand)][0]) or dateline
            known = body_of_state(reader, owner, cand.mention.text)
            if known is not None:  # "MOSCOW ... the Investigative Committee": Russia's
                agency = replace(cand.mention, gazetteer_id=known.id, type="Agency")
                swap_candidate(reader, cand, replace(cand, mention=agency, from_model=False))
            continue
        if cand.mention.type != "Agency" or not cand.from_model or cand.country:
            continue
        words = set(cand.mention.text.lower().split())
        # "the European Court of Human Rights" is above states
        court = bool(words & _COURT_WORDS) and words.isdisjoint(
            reader.lex.international_court_words
        )
        state = dateline or (main if court else None)
        if state is not None and _known_body_of(reader, cand, state) is cand and court:
            # "the Supreme Court" in a Brazilian story: a court of Brazil
            swap_candidate(reader, cand, replace(cand, country=state.id))


_COURT_WORDS = frozenset({"court", "tribunal"})


def _state_body_named_alone(reader: CandidateReader, cand: Candidate) -> bool:
    """The model's organisation whose head is a word states give their bodies ("the
    Investigative Committee"): a state's body when a datelined story's state has one so named."""
    mention = cand.mention
    return (
        mention.type == "Organization"
        and cand.from_model
        and not cand.country
        and mention.text.lower().split()[-1] in reader.lex.state_body_words
    )


def _known_body_of(reader: CandidateReader, cand: Candidate, state: GazetteerEntry) -> Candidate:
    """``cand``, a body named without its state, as the gazetteer's body of ``state`` by that
    name (in its place among the candidates and as the target of links to it), else itself."""
    if cand.mention.gazetteer_id or cand.anaphor or id(cand) not in reader.tokens:
        return cand
    known = body_of_state(reader, state, cand.mention.text)
    if known is None:
        return cand
    new = replace(cand, mention=replace(cand.mention, gazetteer_id=known.id), from_model=False)
    swap_candidate(reader, cand, new)
    return new


def swap_candidate(reader: CandidateReader, old: Candidate, new: Candidate) -> None:
    """``new`` in the place of ``old`` among the candidates and as the target of links."""
    reader.candidates[reader.candidates.index(old)] = new
    reader.tokens[id(new)] = reader.tokens.pop(id(old))
    for start, target in list(reader.defined.items()):
        if target is old:
            reader.defined[start] = new


def _court_named(reader: CandidateReader, country: str) -> Candidate | None:
    """The one court of ``country`` (or of no known state) the article names ("Romania's top
    court ... The Constitutional Court said"): a state's top court is not always called its
    Supreme Court. None when it names none or two."""
    courts: dict[str, Candidate] = {}
    for cand in reader.candidates:
        mention = cand.mention
        if mention.type != "Agency" or cand.anaphor or not cand.proper:
            continue
        words = mention.text.removesuffix("'s").split()
        if "Court" not in words:
            continue
        entry = reader.gazetteer.get(mention.gazetteer_id) if mention.gazetteer_id else None
        owner = entry.country if entry else cand.country
        if owner == country or (owner is None and _may_be_top_court(reader, words)):
            key = mention.gazetteer_id or (cand.name or mention.text).lower()
            courts.setdefault(key, cand)
    return next(iter(courts.values())) if len(courts) == 1 else None


def _may_be_top_court(reader: CandidateReader, words: list[str]) -> bool:
    """A court's name that may be a state's top court ("Federal Constitutional Court"), not a
    court above states ("European Court of Human Rights")."""
    lowered = {w.lower() for w in words}
    lex = reader.lex
    return bool(lowered & lex.top_court_names) and lowered.isdisjoint(lex.international_court_words)


def _court_state(reader: CandidateReader, adjective: int) -> tuple[int, str | None]:
    """Where a top court's mention starts and the country id it belongs to (None if none)."""
    doc, lowers = reader.doc, reader.lowers
    if doc[adjective - 1].tag_ == "POS":
        owner = adjective - 2
        if lowers[owner] in STATE_NOUNS and lowers[owner - 1 : owner] == ["the"]:
            return owner - 1, last_country_before(reader, doc[owner].idx)
        entry = country_at(reader, owner)
        if entry is None or reader.gaz_at[owner].label_ == "capital":
            return owner, None  # "Moscow's top court" is the city's
        return owner, entry.id
    if lowers[adjective - 1] != "the":
        return adjective, None
    after = adjective + 2  # "the highest court in (the) Kenya"
    if lowers[after : after + 1] == ["in"]:
        entry = country_at(reader, after + 1 + (lowers[after + 1 : after + 2] == ["the"]))
        if entry is not None:
            return adjective - 1, entry.id
    state = dateline_country(reader)
    return adjective - 1, state.id if state is not None else None


def last_country_before(reader: CandidateReader, offset: int) -> str | None:
    """The country of the last Country mention before ``offset``, else the dateline's state."""
    named = [
        c.mention
        for c in reader.candidates
        if c.mention.type == "Country" and c.mention.end <= offset
    ]
    if named:
        return max(named, key=lambda m: m.start).gazetteer_id
    state = dateline_country(reader)
    return state.id if state is not None else None


def leader_inside(reader: CandidateReader, span: Span) -> None:
    """ "an official in the Obama administration": a tenure names the leader too; as an
    actor or a target ("castigating the Obama administration") it is only the state."""
    if len(span) < 2 or span[-1].lower_ not in reader.lex.government_words:
        return
    head = span[-1].head
    if span[-1].dep_ != "pobj" or head.lower_ not in _TENURE_PREPOSITIONS:
        return
    leader = reader.doc[span.start : span.end - 1]
    if leader[0].lower_ == "the":
        leader = leader[1:]
    people = [e for e in reader.gazetteer.lookup(leader.text) if e.type in ("Official", "Person")]
    if len(people) == 1:
        mention = Mention(
            leader.text, leader.start_char, leader.end_char, people[0].type, people[0].id
        )
        reader.candidates.append(Candidate(mention))


def state_owned_name(reader: CandidateReader, start: int, end: int) -> bool:
    """ "Ukraine's National Security and Defence Council", "the Ukrainian Centre for Countering
    Disinformation", "the National Cyber Security Centre": a body whose head is no agency word
    (``state_body_words``) is a government's under a state's possessive or demonym, or with a
    marker as its first word (``state_body_markers``); a firm's or school's words keep it not
    ("Ukraine's National University"), and so does no state at all ("Atlantic Council"); a
    demonym that is all the name has before its head makes a brand ("the British Council")."""
    doc, lex = reader.doc, reader.lex
    words = set(reader.lowers[start:end])
    if words.isdisjoint(lex.state_body_words) or not words.isdisjoint(lex.non_agency_words):
        return False
    if doc[start].lower_ in lex.state_body_markers:
        # "the National Security Council", not "the National Council of Churches": a head the
        # name goes on after is a private body's more often
        return doc[end - 1].lower_ in lex.state_body_words
    # a demonym and a head alone are a brand ("the British Council")
    state = state_owner(reader, start, end, own_demonym=end - start > 2)
    return state is not None or _owning_body(reader, start) is not None


def state_owner(
    reader: CandidateReader, start: int, end: int, own_demonym: bool = True
) -> str | None:
    """The country id of the state a body's name is under: in the possessive before it
    ("Ukraine's"), or a demonym before it or (with ``own_demonym``) opening it ("the Ukrainian
    Centre for ..."), else the state of a body it is part of ("the Centre for Countering
    Disinformation at Ukraine's National Security and Defence Council"); None if none."""
    if start > 1 and reader.doc[start - 1].tag_ == "POS":
        owner = country_at(reader, start - 2)
    else:
        owner = (country_at(reader, start) if own_demonym else None) or (
            country_at(reader, start - 1) if start else None
        )
    owner = owner or _state_of_body_after(reader, end)
    if owner is None and (body := _owning_body(reader, start)) is not None:
        return _country_of(reader, body)
    return owner.id if owner is not None and owner.type == "Country" else None


_BODY_OWNERS = frozenset({"whose", "its"})  # "the Council, whose Centre for ..."


def _owning_body(reader: CandidateReader, start: int) -> Candidate | None:
    """ "the National Security and Defence Council, whose Centre for Countering Disinformation
    said": the state's body named last before an owning pronoun ending at ``start``, in its
    sentence (right before ", whose"), None if there is none or it is no Agency."""
    pronoun = start - 1
    if pronoun < 0 or reader.lowers[pronoun] not in _BODY_OWNERS:
        return None
    opening = reader.doc[pronoun].sent.start
    bodies = [
        c
        for c in reader.candidates
        if id(c) in reader.tokens and opening <= reader.tokens[id(c)][0] < pronoun
    ]
    if not bodies:
        return None
    last = max(bodies, key=lambda c: reader.tokens[id(c)][1])
    if last.mention.type != "Agency":
        return None
    if reader.lowers[pronoun] == "whose" and reader.tokens[id(last)][1] != pronoun - 1:
        return None
    return last


def _country_of(reader: CandidateReader, body: Candidate) -> str | None:
    entry = reader.gazetteer.get(body.mention.gazetteer_id) if body.mention.gazetteer_id else None
    return entry.country if entry is not None else body.country


def _state_of_body_after(reader: CandidateReader, end: int) -> GazetteerEntry | None:
    """The state in the possessive or demonym that opens the name of a body after ``end``
    that the body at ``end`` is part of: "at/under/within (the) Ukraine's ...", ", part of
    the Ukrainian ..."."""
    doc, lowers = reader.doc, reader.lowers
    if lowers[end : end + 3] == [",", "part", "of"]:
        i = end + 3
    elif lowers[end : end + 1] and lowers[end] in _PART_OF:
        i = end + 1
    else:
        return None
    i += lowers[i : i + 1] == ["the"]
    if i + 1 >= len(doc) or not (doc[i + 1].tag_ == "POS" or doc[i + 1].is_title):
        return None
    return country_at(reader, i)


def kind_state(reader: CandidateReader, noun: Token, kind: str) -> str | None:
    """ "Brazil's telecoms regulator Anatel": the state owning a government's kind noun is
    the named body's (a country id), None for other kinds or no such state."""
    if kind != "Agency":
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    entry = country_at(reader, owner.i) if owner is not None else None
    return entry.id if entry is not None and entry.type == "Country" else None
