"""Names the model cut short or left out: a body's official name running over "of/for/on (the)"
("the U.S. Court of Appeals for the District of Columbia Circuit"), and proper nouns listed with
a name of a known kind ("on YouTube and Facebook"). Steps of
``kg.extract.entities.CandidateReader``."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.countries import body_of_state, dateline_country
from kg.extract.shapes import age_follows, tokens_lowered, trim
from kg.resolve import name_key

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry

_JOINS = frozenset({"of", "for", "on"})  # "Court of Appeals for ...", "Committee on ..."
_INNER = frozenset({"of", "and"})  # "District of Columbia", "Security and Governmental Affairs"
_NOT_NAME_LABELS = frozenset({"DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON", "MONEY"})
# a tail naming only one of these is what the body acts on or where, not its name's end:
# "the Security Council on North Korea", "the committee on Facebook"; a known agency after
# "of" owns a unit ("18th Center of Information Security of the FSB": the unit is an agency)
_OUTSIDE_TYPES = frozenset({"Country", "Place", "Platform", "Person", "Official", "Agency"})
_MAX_TAIL = 10
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_INITIAL = re.compile(r"[A-Z]\.")  # "K." of "Jan K.": a court report's abbreviated surname
_FIRM_TYPES = frozenset({"Organization", "Platform"})
# what the model calls a firm it does not know, where context elsewhere names it a firm
_FIRM_MISTYPES = frozenset({"Person", "Place", "Organization"})


def long_body_names(reader: CandidateReader) -> None:
    """A body's name the model (or the gazetteer) ended before "of/for/on (the)" and more
    capitalised words goes on over them when the whole is one name: all its words capitalised,
    no comma, no date ("the Court of Appeals for the Ninth Circuit", "the House Select Committee
    on the Chinese Communist Party"); not a firm ("Microsoft of Redmond") nor "the FBI on
    Tuesday", nor a state or platform the body deals with ("the Security Council on Iran")."""
    pieces = [e for e in reader.model_ents if e.label_ == "ORG"] + [
        s for s in reader.gaz_spans if s.label_ == "name" and _names_agency_entry(reader, s)
    ]
    for piece in sorted(pieces, key=lambda s: (s.start, -s.end)):
        start, end = trim(reader.doc, piece.start, piece.end)
        words = reader.lowers[start:end]
        if start >= end or reader.lex.long_name_heads.isdisjoint(words):
            continue
        tail = _tail(reader, end)
        if tail is None or not reader.free(start, tail[1]):
            continue
        owned = _owned_after(reader, tail[1])
        if owned is None and _possessive_at(reader, tail[1]):
            continue  # "the Justice Department on China's ...": the tail owns what follows
        known = _known_name(reader, start, tail[1])
        if known is not None:
            reader.add(start, tail[1], known.type, gazetteer_id=known.id)
        else:
            kind = "Agency" if reader.lex.names_agency(set(words)) else "Organization"
            reader.add(start, tail[1], kind, from_model=True)
        reader.name_tails.update(range(*tail))
        if owned is not None:  # "the U.S. Department of the Treasury's Office of ..."
            entry = reader.gazetteer.get(owned.id_)
            if entry is not None:
                reader.add(tail[1] + 1, owned.end, entry.type, gazetteer_id=entry.id)


def exclaimed_end(doc, end: int) -> int:
    """ "En Marche! said", "Yahoo! reported": a "!" written onto a body's name inside a
    sentence that goes on is part of the name."""
    after = end + 1
    if after < len(doc) and doc[end].text == "!" and not doc[end - 1].whitespace_:
        return after if doc[after].is_lower or doc[after].text in (",", ";") else end
    return end


def makers_by(reader: CandidateReader) -> None:
    """ "routers made by Cisco and Netgear", "a network owned by Zyxel and Hikvision": the
    agent of a maker's verb (``maker_verbs``) is a firm where the model saw a place, and so is
    a name it missed or took for a person when it is listed with a firm ("a film made by NAME"
    stays a person's). Known names keep their own type."""
    doc = reader.doc
    for i in tokens_lowered(doc, ("by",)):
        if doc[i].dep_ != "agent" or doc[i].head.lemma_ not in reader.lex.maker_verbs:
            continue
        makers = [m for t in doc[i].children if t.dep_ == "pobj" for m in (t, *t.conjuncts)]
        spans = [s for s in (_maker_span(reader, t) for t in makers) if s is not None]
        with_firm = any(_is_firm(reader, t) for t in makers)
        for start, end in spans:
            ent = reader.model_at.get(start)
            label = ent.label_ if ent is not None else None
            if label in _PLACE_LABELS or (label in (None, "PERSON") and with_firm):
                reader.add(start, end, "Organization", from_model=True)


def _maker_span(reader: CandidateReader, token: Token) -> tuple[int, int] | None:
    """The name a maker's token ends: the model's entity, else its proper-noun compounds."""
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return None
    ent = reader.model_at.get(token.i)
    if ent is not None:
        start, end = trim(reader.doc, ent.start, ent.end)
    else:
        start, end = token.i, token.i + 1
        while start > 0 and reader.doc[start - 1].dep_ == "compound":
            start -= 1
    if start >= end or reader.in_gazetteer(start, end) or not reader.free(start, end):
        return None
    return start, end


def _is_firm(reader: CandidateReader, token: Token) -> bool:
    """A firm's name: the model's organisation or a known organisation or platform."""
    ent = reader.model_at.get(token.i)
    if ent is not None:
        return ent.label_ == "ORG"
    span = reader.gaz_at.get(token.i)
    entry = reader.gazetteer.get(span.id_) if span is not None else None
    return entry is not None and entry.type in _FIRM_TYPES


def firm_by_context(reader: CandidateReader, start: int, end: int) -> bool:
    """ "the former Wirecard executive", "a Daxtrom engineer", "the collapse of Wirecard",
    "Daxtrom's insolvency", "AT&T and Verizon among the companies": a name before a firm's
    staff noun ending its phrase (not "the Trump executive order"), owning a firm's fate, or
    listed with a firm under a firm noun is a firm's."""
    doc, lowers, lex = reader.doc, reader.lowers, reader.lex
    if end < len(doc) and lowers[end] in lex.firm_staff_nouns:
        return end + 1 == len(doc) or doc[end + 1].pos_ != "NOUN"
    if end < len(doc) and doc[end].tag_ == "POS":
        return lowers[end + 1 : end + 2] in [[w] for w in lex.firm_fate_nouns]
    of = start - 1 - (lowers[start - 1 : start] == ["the"])
    fate = of >= 1 and lowers[of] == "of" and lowers[of - 1] in lex.firm_fate_nouns
    return fate or _listed_with_firm(reader, doc[end - 1])


def firms_named_alike(reader: CandidateReader) -> None:
    """ "the former Nashua executive" ... "Nashua said": once context types a name a firm, the
    article's other mentions of that name (or its possessive) are the firm's, whatever the model
    called them, unless the gazetteer knows the name. Runs last: it replaces candidates."""
    firms = {name_key(c) for c in reader.candidates if c.firm}
    for i, cand in enumerate(reader.candidates if firms else ()):
        mention = cand.mention
        if (
            cand.firm
            or cand.anaphor
            or not cand.proper
            or mention.gazetteer_id
            or mention.type not in _FIRM_MISTYPES
            or name_key(cand) not in firms
            or reader.gazetteer.lookup(mention.text)
        ):
            continue
        firm = replace(mention, type="Organization")
        reader.candidates[i] = replace(cand, mention=firm, roles=(), firm=True)


def listed_member_firm(reader: CandidateReader, span: Span, entry: GazetteerEntry) -> int:
    """End of "Intellexa S.A." where the gazetteer's "Intellexa" (the Intellexa Consortium) is
    followed by a legal form and listed beside other firms ("firms include Intellexa S.A. in
    Greece, Intellexa Limited in Ireland and ..."): a firm of its own. 0 when the gazetteer
    names the whole ("AT&T Inc."), the entry is named by the bare name ("Verizon Inc." is
    Verizon) or no list of firms holds it ("Acme Inc. said ... Acme": one firm)."""
    end = span.end
    if end >= len(reader.doc) or reader.lowers[end] not in reader.lex.legal_forms:
        return 0
    whole = reader.doc[span.start : end + 1].text
    if reader.words[end].islower() or entry.name.lower() == span.text.lower():
        return 0
    if any(e.id == entry.id for e in reader.gazetteer.lookup(whole)):
        return 0
    return end + 1 if _beside_firms(reader, span.start, end) else 0


def _beside_firms(reader: CandidateReader, start: int, last: int) -> bool:
    """A name listed with a firm, or one a plural firm noun announces with another firm in its
    sentence ("the companies include NAME in Athens and Cytrox AD": the parser may hang the
    second name on the first one's place)."""
    if _listed_with_firm(reader, reader.doc[last]):
        return True
    sentence = reader.doc[start].sent
    before = reader.lowers[max(sentence.start, start - 4) : start]
    announced = any(w in reader.lex.firm_nouns and w.endswith("s") for w in before)
    others = (t for t in sentence if not start <= t.i <= last)
    return announced and any(_is_firm(reader, t) for t in others)


def _listed_with_firm(reader: CandidateReader, token: Token) -> bool:
    """ "named AT&T and Verizon among the companies": a name listed with a firm, a firm noun
    right before or after the list."""
    listed = [token, *token.conjuncts]
    if not any(_is_firm(reader, t) for t in listed if t.i != token.i):
        return False
    first, last = min(t.i for t in listed), max(t.i for t in listed)
    if first > 0 and reader.doc[first - 1].pos_ == "ADP" and reader.lowers[first - 1] != "of":
        return False  # "a company based in Basel, Switzerland, and Chiron Corp.": a place; not
        # "the networks of AT&T, Verizon and Lumen, the telecoms companies"
    around = reader.lowers[max(0, first - 4) : first] + reader.lowers[last + 1 : last + 5]
    return not reader.lex.firm_nouns.isdisjoint(around)


def abbreviated_surnames(reader: CandidateReader) -> None:
    """ "Piotr M.", "Tomasz W.": court reports cut defendants' surnames to an initial; the
    model finds some of them. A given name and an initial is a person's when the article
    names another person so ("Jan K. and Piotr M."), or an age follows ("Anna S., 34,")."""
    doc, words = reader.doc, reader.words  # the words read once: no Token per word of the text
    shaped = [
        i
        for i in range(1, len(doc))
        if _INITIAL.fullmatch(words[i]) and _given_name(reader, doc[i - 1])
    ]
    found = {  # the model's persons ending on the initial ("Donald J. Trump" does not)
        i
        for i in shaped
        if (ent := reader.model_at.get(i)) is not None
        and ent.label_ == "PERSON"
        and ent.end == i + 1
    }
    for i in shaped:
        if i in found or not reader.free(i - 1, i + 1):
            continue
        if found or age_follows(doc, i + 1):
            reader.person(i - 1, i + 1)


def _given_name(reader: CandidateReader, token: Token) -> bool:
    """A capitalised word no step explained that is no title, month or known name."""
    return (
        token.is_title
        and token.is_alpha
        and len(token.text) > 2
        and token.ent_type_ in ("", "PERSON")
        and not reader.in_gazetteer(token.i, token.i + 1)
        and not reader.lex.title_at([token.lower_])
    )


def owned_by_state(reader: CandidateReader, start: int, end: int) -> str | None:
    """ "Poland's Internal Security Agency": the known body of the state in the possessive
    before a body's name, listed under the state's demonym ("Polish Internal Security
    Agency") or its name; with no owner, a body naming no state in a story datelined in a
    state's capital ("SEOUL ... The Defense Ministry said") is that state's; None when the
    gazetteer has none."""
    if start > 0 and reader.doc[start - 1].tag_ == "POS":
        span = reader.gaz_at.get(start - 2)
        state = reader.gazetteer.get(span.id_) if span is not None else None
    else:
        state = None if reader.in_gazetteer(start, end) else dateline_country(reader)
    if state is None or state.type != "Country":
        return None
    found = body_of_state(reader, state, reader.doc[start:end].text)
    return found.id if found is not None else None


def listed_with_platforms(reader: CandidateReader) -> None:
    """ "on YouTube and Facebook": a proper noun the model missed, listed with a platform."""
    platform_tokens = {
        i
        for c in reader.candidates
        if c.mention.type == "Platform" and id(c) in reader.tokens
        for i in range(*reader.tokens[id(c)])
    }
    # the conjuncts of platform tokens, found from the platforms, not by walking the doc
    conjuncts = sorted(
        {
            c.i
            for i in platform_tokens
            for c in reader.doc[i].conjuncts
            if c.i not in platform_tokens
        }
    )
    for token in (reader.doc[i] for i in conjuncts):
        if (
            token.dep_ == "conj"
            and token.head.i in platform_tokens
            and token.pos_ == "PROPN"
            and not token.is_lower
            and reader.free(token.i, token.i + 1)
            and not reader.in_gazetteer(token.i, token.i + 1)
        ):
            # "Follow us on Facebook and X.": the tokenizer keeps the period with a letter
            known = [
                e for e in reader.gazetteer.lookup(token.text.rstrip(".")) if e.type == "Platform"
            ]
            gaz_id = known[0].id if len(known) == 1 else None
            reader.add(token.i, token.i + 1, "Platform", from_model=True, gazetteer_id=gaz_id)
            platform_tokens.add(token.i)


def _names_agency_entry(reader: CandidateReader, span: Span) -> bool:
    entry = reader.gazetteer.get(span.id_)
    return entry is not None and entry.type == "Agency"


def _tail(reader: CandidateReader, end: int) -> tuple[int, int] | None:
    """The token range of the capitalised words after "of/for/on (the)" at ``end``."""
    doc = reader.doc
    if end >= len(doc) or reader.lowers[end] not in _JOINS:
        return None
    first = end + 2 if end + 1 < len(doc) and reader.lowers[end + 1] == "the" else end + 1
    last = first
    i = first
    while i < len(doc) and i - first < _MAX_TAIL and _name_word(reader, doc[i]):
        i += 1
        last = i
        if i < len(doc) and reader.lowers[i] in _INNER:
            step = 2 if i + 1 < len(doc) and reader.lowers[i + 1] == "the" else 1
            if i + step < len(doc) and _name_word(reader, doc[i + step]):
                i += step
    if last == first or _stands_outside(reader, first, last):
        return None
    return first, last


def _possessive_at(reader: CandidateReader, i: int) -> bool:
    return i < len(reader.doc) and reader.doc[i].tag_ == "POS"


def _owned_after(reader: CandidateReader, end: int) -> Span | None:
    """The gazetteer name that runs from a name's tail ending at ``end`` over a possessive
    ("the U.S. Department of the Treasury's Office of Foreign Assets Control", a body listed
    as "Treasury's Office of Foreign Assets Control"), else None."""
    if not _possessive_at(reader, end):
        return None
    span = reader.gaz_at.get(end - 1)
    return span if span is not None and span.end > end + 1 else None


def _known_name(reader: CandidateReader, start: int, end: int) -> GazetteerEntry | None:
    """The one known body named by tokens [start, end), or by them after a state's name that
    is the body's state ("U.S." + "Department of the Treasury")."""
    lookups = [(reader.doc[start:end].text, None)]
    state = reader.gaz_at.get(start)
    if state is not None and state.start == start and state.end < end:
        lookups.append((reader.doc[state.end : end].text, state.id_))
    for text, country in lookups:
        known = [
            e
            for e in reader.gazetteer.lookup(text)
            if e.type in ("Agency", "Organization") and (country is None or e.country == country)
        ]
        if len(known) == 1:
            return known[0]
    return None


def _name_word(reader: CandidateReader, token: Token) -> bool:
    """A capitalised word of a name: not a date, a person's name, a title or a sentence start."""
    text = token.text
    if not text[:1].isupper() or not (token.is_alpha or text.endswith(".")):
        return False
    if token.ent_type_ in _NOT_NAME_LABELS or token.is_sent_start or token.i in reader.skipped:
        return False
    # "Committee on Armed Services Chairman NAME": a title ends the name unless "of" follows
    # ("the Office of the Director of National Intelligence")
    after = reader.lowers[token.i + 1] if token.i + 1 < len(reader.lowers) else ""
    return not reader.lex.title_at([token.lower_]) or after == "of"


def _stands_outside(reader: CandidateReader, first: int, last: int) -> bool:
    """The tail is exactly one known state, place, platform or person, or a demonym."""
    span = reader.gaz_at.get(first)
    if span is not None and span.start == first and span.end == last:
        entry = reader.gazetteer.get(span.id_)
        return span.label_ != "name" or entry is None or entry.type in _OUTSIDE_TYPES
    return last - first == 1 and reader.lowers[first] in reader.demonyms


def law_names(reader: CandidateReader) -> None:
    """ "the Official Secrets Act", "the Geneva Convention", the model's LAW: a law's name is no
    entity of ours, so its words are claimed before any step reads a title ("Official") or a
    body in them; a gazetteer name inside it keeps its own mention."""
    doc = reader.doc
    laws = [(e.start, e.end) for e in reader.model_ents if e.label_ == "LAW"]
    for i in tokens_lowered(doc, reader.lex.law_words):
        if not doc[i].is_title or (i + 1 < len(doc) and doc[i + 1].is_title):
            continue  # "President Bill Clinton": the name goes on
        start = i
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_stop:
            start -= 1
        if start < i:
            laws.append((start, i + 1))
    for start, end in laws:
        reader.claimed.update(i for i in range(start, end) if i not in reader.gaz_at)
