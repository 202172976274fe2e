"""A state's body named beside its description, read by the entity stage after the model's
names: "France's agency against foreign digital interference, Viginum, said", "the country's
cyber agency, known as NCSC,", "The Dutch military intelligence service, MIVD,", "China's
Ministry of State Security, the country's main spy agency,". The name is one Agency of the
state (whatever the model typed it), the description, without the state, one of its mentions;
the state stays a Country."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from spacy.attrs import POS
from spacy.symbols import NOUN

from kg.extract.countries import body_of_state, country_at
from kg.extract.name_shapes import main_country
from kg.extract.person_descriptions import last_person_before
from kg.extract.shapes import tokens_lowered, tokens_with
from kg.extract.state_bodies import STATE_NOUNS, last_country_before, swap_candidate
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.entities import CandidateReader
    from kg.extract.roles import TextRole
    from kg.gazetteer import GazetteerEntry

_DESCRIBED_TYPES = frozenset({"Agency", "Organization", "Platform"})
_NAMING = (("known", "as"), ("called",))  # "the country's cyber agency, known as NCSC,"
_HOLDERS = frozenset({"his", "her", "their"})  # "his country's intelligence service"
_ACTING = frozenset({"nsubj", "nsubjpass"})  # "Its foreign ministry said": a body acting
_NOUN = frozenset({NOUN})  # the part-of-speech id of a common noun, for tokens_with


def described_bodies(reader: CandidateReader) -> None:
    """Both orders: a description, a comma and the name; the name, a comma and a
    description."""
    for comma in tokens_lowered(reader.doc, (",",)):
        _name_after_description(reader, comma)
        _description_after_name(reader, comma)


def unnamed_state_bodies(reader: CandidateReader) -> None:
    """ "Italy's data protection authority", "the country's intelligence services": a state's
    body described in lower case and named nowhere beside it is one Agency of that state, the
    gazetteer's when it lists the words as that state's body ("Ukraine's security service");
    the state keeps its own mention."""
    doc = reader.doc
    # only a lower-case noun can be one: the tagger's array is read, not a Token per word
    nouns = [i for i in tokens_with(doc, POS, _NOUN) if i >= 3 and reader.words[i].islower()]
    for i in nouns:
        noun = doc[i]
        if not _state_body_noun(reader, noun) or noun.lower_ in reader.lex.government_words:
            continue  # "the country's communist government" is the state (a Country alias)
        if i + 1 < len(doc) and doc[i + 1].pos_ == "NOUN":
            continue  # "intelligence" of "foreign intelligence service": the last noun heads
        first = i
        while i - first < 3 and _field_word(reader, doc[first - 1]):
            first -= 1
        if first == i:
            continue
        start, state = _possessive_state(reader, first)
        demonym = _demonym_before(reader, first) if state is None else None
        if demonym is not None and noun.tag_ == "NN":
            # "the Dutch tax authority": one body of the state ("the Russian intelligence
            # services" are all of them, "a Spanish intelligence agency" one of several)
            start, state = demonym.start, country_at(reader, demonym.start)
        if state is None:
            continue
        # "Finland's security service Supo"; "South Korea's spy agency ... The National
        # Intelligence Service said"
        named = _agency_at(reader, i + 1) or _one_secret_service(reader, state, doc[first : i + 1])
        if named is not None:
            if alias := reader.add(start, i + 1, "Agency", same_as=-1, proper=False):
                reader.defined[alias.mention.start] = named
            continue
        words = " ".join(t.text.title() for t in doc[first : i + 1])
        if known := body_of_state(reader, state, words):
            body = reader.add(start, i + 1, "Agency", gazetteer_id=known.id)
        else:
            adjective = state.demonyms[0] if state.demonyms else state.name
            name = f"{adjective} {words}"
            body = reader.add(start, i + 1, "Agency", name=name, country=state.id)
        if body is not None and demonym is not None:  # the state is mentioned too
            country = Mention(demonym.text, demonym.start_char, demonym.end_char, "Country")
            reader.candidates.append(Candidate(replace(country, gazetteer_id=state.id)))


def _demonym_before(reader: CandidateReader, first: int) -> Span | None:
    """The state's demonym right before token ``first``, after "the" ("the Dutch tax
    authority"), None if there is none."""
    span = reader.gaz_at.get(first - 1)
    if span is None or span.label_ != "demonym" or span.end != first or span.start < 1:
        return None
    if reader.lowers[span.start - 1] != "the" or country_at(reader, span.start) is None:
        return None
    return span


def _possessive_state(reader: CandidateReader, first: int) -> tuple[int, GazetteerEntry | None]:
    """Where a description's owner starts and the state it names: a state in the possessive,
    "the country's" (the state named last, when the story is its), "his country's" (the state
    of the person named last), "its" (the state the clause or the sentence before is about)."""
    doc = reader.doc
    if doc[first - 1].lower_ == "its":
        if doc[first - 1].head.dep_ not in _ACTING:
            return first, None  # "scaled back its visa services": what a state does, no body
        return first - 1, subject_state(reader, doc[first - 1])
    owner = doc[first - 2] if doc[first - 1].tag_ == "POS" else None
    if owner is None:
        return first, None
    if owner.lower_ in STATE_NOUNS and reader.lowers[owner.i - 1] in _HOLDERS:
        holder = last_person_before(reader, owner.i - 1)
        state_id = _state_of_person(reader, holder) if holder is not None else None
        return owner.i - 1, reader.gazetteer.get(state_id) if state_id else None
    if not _names_state(reader, owner):
        return first, None
    state_id = _state_of_owner(reader, owner)
    state = reader.gazetteer.get(state_id) if state_id else None
    if state is not None and owner.lower_ in STATE_NOUNS and state != main_country(reader):
        return first, None  # "the country's" is the state named last only when the story is its
    return (owner.i - 1 if owner.lower_ in STATE_NOUNS else first), state  # "the country's ..."


def subject_state(reader: CandidateReader, its: Token) -> GazetteerEntry | None:
    """The state "its" stands for: the subject of the nearest verb above it, else of the
    sentence before, when that subject is a state ("Russia hit back ... Its foreign ministry";
    "The company said its ..." names none)."""
    doc = reader.doc
    verbs = [t for t in its.ancestors if t.pos_ in ("VERB", "AUX")]
    opening = its.sent.start
    if opening:
        verbs.append(doc[opening - 1].sent.root)
    for verb in verbs:
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i < its.i:
            return country_at(reader, subject.i) or _capital_acting(reader, subject)
    return None


def _capital_acting(reader: CandidateReader, subject: Token) -> GazetteerEntry | None:
    """ "Moscow dismissed the charges ... Its foreign ministry": a capital alone as a clause's
    subject stands for its state."""
    span = reader.gaz_at.get(subject.i)
    if (
        span is None
        or span.label_ != "capital"
        or (span.start, span.end) != (subject.i, subject.i + 1)
    ):
        return None
    entry = reader.gazetteer.get(span.id_)
    return entry if entry is not None and entry.type == "Country" else None


def _state_of_person(reader: CandidateReader, person: Candidate) -> str | None:
    """The state a person serves, by the title the text gives ("Belgian Prime Minister NAME")
    or the one post the gazetteer says the person held that day."""
    bodies = [_body_of_role(reader, role) for role in person.roles]
    gaz_id = person.mention.gazetteer_id
    entry = reader.gazetteer.get(gaz_id) if gaz_id else None
    if entry is not None and reader.published is not None:
        bodies += [post.org for post in entry.posts if post.held_on(reader.published)]
    states = {_state_of_body(reader, body) for body in bodies if body}
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def _body_of_role(reader: CandidateReader, role: TextRole) -> str | None:
    if role.org_id or role.org_start is None or role.org_end is None:
        return role.org_id
    return reader.gazetteer_id_in(role.org_start, role.org_end)


def _state_of_body(reader: CandidateReader, body_id: str) -> str | None:
    body = reader.gazetteer.get(body_id)
    if body is None:
        return None
    return body.id if body.type == "Country" else body.country


def _field_word(reader: CandidateReader, token: Token) -> bool:
    """A lower-case word naming a body's field ("data", "protection", "intelligence")."""
    if not (token.is_lower and token.is_alpha):
        return False
    return token.pos_ in ("NOUN", "PROPN") or token.lower_ in reader.lex.field_adjectives


def _name_after_description(reader: CandidateReader, comma: int) -> None:
    """ "Estonia's foreign intelligence service, NAME, said": the name in apposition to the
    description before the comma, or given by "known as"/"called" after it."""
    doc, lowers = reader.doc, reader.lowers
    start = comma + 1
    naming = next((w for w in _NAMING if tuple(lowers[start : start + len(w)]) == w), ())
    start += len(naming)
    start += lowers[start : start + 1] == ["the"]
    named = _named_at(reader, start)
    if named is None:
        return
    if (known := _known_description(reader, comma)) is not None:
        if not named.mention.gazetteer_id:
            _link(reader, named, known)  # "Estonia's foreign intelligence service, NAME,"
        return
    if naming:
        noun = _description_head(reader, doc[comma - 1])
    else:
        root = next(
            (t for t in doc[start : reader.tokens[id(named)][1]] if t.dep_ == "appos"), None
        )
        head = root.head if root is not None and root.head.i < comma else None
        noun = _description_head(reader, head) if head is not None else None
    if noun is not None and _state_body_noun(reader, noun):
        _join(reader, named, noun, comma)


def _description_after_name(reader: CandidateReader, comma: int) -> None:
    """ "China's Ministry of State Security, the country's main spy agency, said": a state's
    description in apposition to the name before the comma."""
    doc = reader.doc
    named = next(
        (c for c in reversed(reader.candidates) if reader.tokens.get(id(c), (0, 0))[1] == comma),
        None,
    )
    if named is None or named.mention.type not in _DESCRIBED_TYPES:
        return
    first, last = reader.tokens[id(named)][0], comma - 1
    noun = next(
        (
            t
            for t in doc[comma + 1 : comma + 8]
            if t.dep_ == "appos" and first <= t.head.i <= last and _state_body_noun(reader, t)
        ),
        None,
    )
    if noun is None:
        return
    end = noun.right_edge.i + 1
    if end < len(doc) and doc[end].text in (",", "."):
        _join(reader, named, noun, end)


def _join(reader: CandidateReader, named: Candidate, noun: Token, end: int) -> None:
    """The description of ``noun`` (after its state, up to ``end``) as a mention of ``named``,
    made an Agency of that state."""
    owner = _owner(reader, noun)
    if owner is None:
        return
    first = owner.i + 1 + (reader.lowers[owner.i + 1 : owner.i + 2] == ["'s"])
    if named.mention.type != "Agency" or not (named.mention.gazetteer_id or named.country):
        state = _state_of_owner(reader, owner)  # "the country's": the last one named
        if state is None:
            return
        named = _as_state_body(reader, named, state)
    alias = reader.add(first, end, "Agency", same_as=-1, proper=False)
    if alias is not None:
        reader.defined[alias.mention.start] = named


_SECRET_FIELDS = frozenset({"spy", "intelligence", "security", "counterintelligence", "secret"})


def _one_secret_service(reader: CandidateReader, state: GazetteerEntry, words) -> Candidate | None:
    """The one intelligence or security service of ``state`` the article names, for a singular
    description of such a service ("the country's spy agency"), else None."""
    if words[-1].tag_ == "NNS" or _SECRET_FIELDS.isdisjoint(t.lower_ for t in words):
        return None  # "Russia's intelligence services" are several
    found: dict[str, Candidate] = {}
    for cand in reader.candidates:
        gaz_id = cand.mention.gazetteer_id
        entry = reader.gazetteer.get(gaz_id) if gaz_id else None
        if entry is None or entry.type != "Agency" or entry.country != state.id:
            continue
        if not _SECRET_FIELDS.isdisjoint(w.lower() for n in entry.names for w in n.split()):
            found.setdefault(entry.id, cand)
    return next(iter(found.values())) if len(found) == 1 else None


def _agency_at(reader: CandidateReader, start: int) -> Candidate | None:
    """The agency whose name starts at token ``start``."""
    return next(
        (
            c
            for c in reader.candidates
            if c.mention.type == "Agency" and reader.tokens.get(id(c), (-1,))[0] == start
        ),
        None,
    )


def _known_description(reader: CandidateReader, comma: int) -> Candidate | None:
    """A gazetteer agency written in lower case right before ``comma``: a description the
    gazetteer lists as a name ("Germany's domestic intelligence agency")."""
    for cand in reader.candidates:
        end = reader.tokens.get(id(cand), (-1, -1))[1]
        if end == comma and cand.mention.gazetteer_id and cand.mention.type == "Agency":
            return cand if reader.doc[end - 1].is_lower else None
    return None


def _link(reader: CandidateReader, cand: Candidate, known: Candidate) -> None:
    """``cand`` as another mention of the known agency ``known``, in its place."""
    linked = replace(cand, mention=replace(cand.mention, type="Agency"), same_as=-1)
    swap_candidate(reader, cand, linked)
    reader.defined[linked.mention.start] = known


def _named_at(reader: CandidateReader, start: int) -> Candidate | None:
    """The body-like candidate whose name starts at token ``start`` and ends before a comma."""
    doc = reader.doc
    for cand in reversed(reader.candidates):
        first, end = reader.tokens.get(id(cand), (-1, -1))
        if first == start and end < len(doc) and doc[end].text == ",":
            return cand if cand.mention.type in _DESCRIBED_TYPES else None
    return None


def _description_head(reader: CandidateReader, last: Token) -> Token | None:
    """The body noun heading the phrase that ends with ``last`` ("agency" of "agency against
    foreign digital interference"), None if there is none."""
    token = last
    for _ in range(6):  # a description is a short phrase
        if _state_body_noun(reader, token):
            return token
        if token.head.i == token.i or token.head.i > last.i:
            return None
        token = token.head
    return None


def _state_body_noun(reader: CandidateReader, noun: Token) -> bool:
    """A lower-case noun naming a government body ("agency", "services", "regulator")."""
    word = noun.lower_
    lex = reader.lex
    return (
        noun.is_lower
        and noun.pos_ == "NOUN"
        and (  # "the country's intelligence services": a plural of one
            lex.names_agency({word, noun.lemma_}) or lex.called_kinds.get(word) == "Agency"
        )
    )


def _owner(reader: CandidateReader, noun: Token) -> Token | None:
    """The state owning a description: a state in the possessive, "the country's", "its", or
    a demonym before the noun ("the Dutch military intelligence service")."""
    for child in noun.lefts:
        if child.dep_ == "poss" and (_names_state(reader, child) or child.lower_ == "its"):
            return child  # "Its domestic security service, PST,": a state the text is about
        span = reader.gaz_at.get(child.i)
        if child.dep_ == "amod" and span is not None and span.label_ == "demonym":
            return child if country_at(reader, child.i) is not None else None
    return None


def _names_state(reader: CandidateReader, owner: Token) -> bool:
    """A possessor that is a state: a country's name or "the country's"."""
    if owner.lower_ in STATE_NOUNS:
        return reader.lowers[owner.i - 1 : owner.i] == ["the"]
    return country_at(reader, owner.i) is not None


def _state_of_owner(reader: CandidateReader, owner: Token) -> str | None:
    """The country id of a state's possessor or demonym (for "the country's", the last country
    named; for "its", the state the clause or the sentence before is about)."""
    if owner.lower_ in STATE_NOUNS:
        return last_country_before(reader, owner.idx)
    entry = subject_state(reader, owner) if owner.lower_ == "its" else country_at(reader, owner.i)
    return entry.id if entry is not None else None


def _as_state_body(reader: CandidateReader, cand: Candidate, country: str) -> Candidate:
    """``cand`` as an Agency of ``country`` (unless its gazetteer entry says whose), in its
    place among the candidates."""
    new = replace(
        cand,
        mention=replace(cand.mention, type="Agency"),
        from_model=False,
        country=None if cand.mention.gazetteer_id else country,
    )
    reader.candidates[reader.candidates.index(cand)] = new
    reader.tokens[id(new)] = reader.tokens.pop(id(cand))
    return new
