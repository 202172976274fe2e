"""Countries in an article: the state named inside a body's name ("the Chinese embassy"),
demonyms and capitals that stand for a state ("Beijing said", "the Russians"), and capitals that
are only a place ("In Kyiv, ..."), the state a story is datelined in or a sentence opens in
(read by ``kg.extract.home_bodies`` for "the foreign ministry"), and religions, peoples and
pairs of states that name no entity ("a Sikh temple", "U.S.-Cuban talks"). Steps of
``kg.extract.entities.CandidateReader``."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.roles import TextRole
from kg.extract.shapes import acts_as_state, dateline_place, stands_for_state
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry


def countries_inside_bodies(reader: CandidateReader) -> None:
    """ "Russia's military intelligence agency", "the Chinese embassy": a state body's
    country is mentioned too (a mention inside the body's mention). Not for other names:
    "Australian Strategic Policy Institute" does not mention the state."""
    for cand in list(reader.candidates):
        if cand.mention.type != "Agency" or id(cand) not in reader.tokens:
            continue
        start, end = reader.tokens[id(cand)]
        i = start
        while i < end:
            entry, size = country_named(reader, i, end)
            # "the House Select Committee on the Chinese Communist Party" does not name China
            if entry is not None and i not in reader.name_tails:
                span = reader.doc[i : i + size]
                mention = Mention(span.text, span.start_char, span.end_char, "Country", entry.id)
                reader.candidates.append(Candidate(mention))
            i += size or 1


def country_named(reader: CandidateReader, i: int, end: int) -> tuple[GazetteerEntry | None, int]:
    """The country named (or its demonym, or its capital as an owner) by the tokens at ``i``,
    and how many tokens."""
    span = reader.gaz_at.get(i)
    if span is not None and span.start == i and span.end <= end:
        entry = country_at(reader, i)
        if entry is not None:
            return entry, span.end - i
    for size in (3, 2, 1):
        if i + size > end:
            continue
        text = reader.doc[i : i + size].text
        entry = reader.demonyms.get(text.lower()) or next(
            (e for e in reader.gazetteer.lookup(text) if e.type == "Country"), None
        )
        if entry is not None:
            return entry, size
    return None, 0


def known_body(reader: CandidateReader, own: list[str], country_id: str) -> str | None:
    """The gazetteer id of the one agency of ``country_id`` named by the body's own words in
    another order ("the Chinese state security ministry" is the Ministry of State Security;
    "Russia's defence ministry" the Ministry of Defence of Russia), else None."""
    country = reader.gazetteer.get(country_id)
    if country is None:
        return None
    state_words = _content_words(" ".join((*country.names, *country.demonyms)))
    wanted = _content_words(" ".join(own)) - state_words
    if len(wanted) < 2:
        return None  # "the Russian embassy": which one the text does not say
    found = {
        entry.id
        for entry in reader.gazetteer.by_type("Agency")
        if entry.country == country_id
        and any(_content_words(name) - state_words == wanted for name in entry.names)
    }
    return found.pop() if len(found) == 1 else None


def _content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z]+", text.lower()) if w not in _GLUE)


_GLUE = frozenset({"of", "the", "and", "for", "s"})


def release_countries(reader: CandidateReader, start: int, end: int) -> None:
    """A country named inside a body's name ("U.S. Embassy") is part of that name."""
    inside = [
        c
        for c in reader.candidates
        if c.mention.type == "Country"
        and id(c) in reader.tokens
        and start <= reader.tokens[id(c)][0]
        and reader.tokens[id(c)][1] <= end
    ]
    for cand in inside:
        reader.candidates.remove(cand)
        reader.claimed.difference_update(range(*reader.tokens.pop(id(cand))))


def country_at(reader: CandidateReader, i: int) -> GazetteerEntry | None:
    """The country named at token ``i``: by its name, its demonym, or its capital as an owner
    ("Beijing's embassy in Honiara")."""
    span = reader.gaz_at.get(i)
    if span is None or span.label_ not in ("name", "demonym", "capital"):
        return None
    if span.label_ == "capital" and not (
        span.end < len(reader.doc) and reader.doc[span.end].tag_ == "POS"
    ):
        return None
    entry = reader.gazetteer.get(span.id_)
    return entry if entry and entry.type == "Country" else None


def demonyms_and_capitals(reader: CandidateReader) -> None:
    for span in reader.gaz_spans:
        entry = reader.gazetteer.get(span.id_)
        if entry is None or not reader.free(span.start, span.end):
            continue
        if span.label_ == "demonym" and stands_for_state(reader.doc, span, reader.lex):
            reader.add(span.start, span.end, "Country", gazetteer_id=entry.id)
        elif span.label_ == "capital":
            if (
                acts_as_state(reader.doc, span, reader.lex)
                and not located_in(reader, span)
                and not _owns_place(reader, span)
            ):
                reader.add(span.start, span.end, "Country", gazetteer_id=entry.id)
            else:
                reader.add(span.start, span.end, "Place", proper=True)


def _owns_place(reader: CandidateReader, span: Span) -> bool:
    """ "Moscow's Red Square", "Tehran's Evin prison": a capital owning a named place or a
    facility is the city."""
    last = reader.doc[span.end - 1]
    owned = last.head if last.dep_ == "poss" else None
    return owned is not None and (
        (owned.pos_ == "PROPN" and reader.gaz_at.get(owned.i) is None)
        or owned.lower_ in reader.lex.place_words
    )


def is_state_word(reader: CandidateReader, start: int, end: int) -> bool:
    """A capital or a demonym exactly covers tokens [start, end): the step of capitals and
    demonyms decides what it stands for ("Moldovan President NAME": the model's person
    "Moldovan" is the state's demonym)."""
    span = reader.gaz_at.get(start)
    return span is not None and span.label_ in ("capital", "demonym") and span.end == end


def located_in(reader: CandidateReader, span: Span) -> bool:
    """ "In Kyiv, ...": a capital right after a preposition other than "by" is where
    something happens, whatever the parser made of it ("by Moscow" is an agent, "to
    Moscow's" an owner)."""
    before = reader.doc[span.start - 1] if span.start else None
    after = reader.doc[span.end] if span.end < len(reader.doc) else None
    return (
        before is not None
        and before.dep_ == "prep"  # not "that" or "because" before a clause
        and before.lower_ != "by"
        and not (
            before.lower_ in ("from", "to", "for") and acts_as_state(reader.doc, span, reader.lex)
        )
        and (after is None or after.tag_ != "POS")
    )


def dateline_state_body(reader: CandidateReader, span: Span, entry: GazetteerEntry):
    """ "ISLAMABAD ... The Foreign Office said": a state body's short name that names no state
    is the body of the state the article is datelined in, when that state's entry has the same
    name after its demonym or possessive ("Pakistan's Foreign Office"), not the UK's."""
    if entry.type != "Agency" or not entry.country:
        return entry
    country = (
        capital_after(reader, span.end)
        or state_named_last(reader, span.start)
        or dateline_country(reader)
    )
    if country is None or country.id == entry.country:
        return entry
    return body_of_state(reader, country, reader.doc[span.start : span.end].text) or entry


def state_named_last(reader: CandidateReader, start: int) -> GazetteerEntry | None:
    """ "In Ukraine, police searched ... the country's National Police": the state named last
    before a body owned by "the country's", not the dateline's."""
    if reader.lowers[max(0, start - 3) : start] not in (
        ["the", "country", "'s"],
        ["the", "nation", "'s"],
    ):
        return None
    offset = reader.doc[start].idx
    named = [
        c.mention
        for c in reader.candidates
        if c.mention.type == "Country" and c.mention.end <= offset and c.mention.gazetteer_id
    ]
    last = max(named, key=lambda m: m.start).gazetteer_id if named else None
    return reader.gazetteer.get(last) if last else None


def capital_after(reader: CandidateReader, end: int) -> GazetteerEntry | None:
    """The state whose capital a body is "in" ("the foreign office in Berlin" is Germany's)."""
    doc = reader.doc
    span = reader.gaz_at.get(end + 1) if end + 1 < len(doc) and doc[end].lower_ == "in" else None
    if span is None or span.label_ != "capital" or span.start != end + 1:
        return None
    entry = reader.gazetteer.get(span.id_)
    return entry if entry is not None and entry.type == "Country" else None


def body_of_state(
    reader: CandidateReader, state: GazetteerEntry, text: str
) -> GazetteerEntry | None:
    """The state's one known body the gazetteer lists as ``text`` after the state's demonym,
    name or possessive ("Polish Internal Security Agency", "Pakistan's Foreign Office")."""
    for owner in (*state.demonyms[:1], state.name, f"{state.name}'s"):
        found = [e for e in reader.gazetteer.lookup(f"{owner} {text}") if e.type == "Agency"]
        if len(found) == 1 and found[0].country == state.id:
            return found[0]
    return None


def state_of_title(
    reader: CandidateReader, role: TextRole, name_start: int, name_end: int
) -> TextRole | None:
    """ "OTTAWA ... Foreign Minister NAME said", "In Burkina Faso, presidential spokesman NAME":
    a government's title naming no body is held at the state the story is told in: the state
    the name's sentence opens in ("In Canberra, Home Affairs Minister NAME said Australia shared
    New Zealand's concerns"), else the last earlier sentence opening in a state ("In Tokyo,
    ..."), else the state whose capital the story is datelined in, when the name's sentence
    names no other state; never for a person known to be of another state ("WASHINGTON ...
    President Vladimir Putin")."""
    if not set(re.findall(r"[a-z]+", role.title.lower())) & reader.lex.state_title_words:
        return None
    sentence = reader.doc[name_start].sent
    openings = [
        opening_state(reader, s.start) for s in reader.doc.sents if s.start <= sentence.start
    ]
    state = next((s for s in reversed(openings) if s is not None), None)
    state = state or dateline_country(reader)
    if state is None:
        return None
    here = state.id
    named = {
        reader.gaz_at[i].id_ for i in range(sentence.start, sentence.end) if i in reader.gaz_at
    }
    elsewhere = any(_state_of(reader, i) not in (None, here) for i in named)
    people = reader.gazetteer.lookup(reader.doc[name_start:name_end].text)
    if (elsewhere and openings[-1] is None) or any(e.country and e.country != here for e in people):
        return None
    return TextRole(role.title, org_id=here)


def _state_of(reader: CandidateReader, entry_id: str) -> str | None:
    """The id of the state a gazetteer surface names, if it names one."""
    entry = reader.gazetteer.get(entry_id)
    return entry.id if entry is not None and entry.type == "Country" else None


def opening_state(
    reader: CandidateReader, start: int, capital_only: bool = False
) -> GazetteerEntry | None:
    """The state a sentence opens in: "In Ottawa, ...", "In neighbouring Burkina Faso, ...";
    with ``capital_only``, only right after "In" and by its capital ("In Tehran, ...")."""
    doc = reader.doc
    if doc[start].lower_ != "in" or start + 2 >= len(doc):
        return None
    first = start + 2 if doc[start + 1].is_lower and not capital_only else start + 1
    span = reader.gaz_at.get(first)
    labels = ("capital",) if capital_only else ("name", "capital")
    if span is None or span.start != first or span.label_ not in labels:
        return None
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    entry = reader.gazetteer.get(span.id_)
    return entry if entry is not None and entry.type == "Country" else None


def dateline_country(reader: CandidateReader) -> GazetteerEntry | None:
    place = dateline_place(reader.text)
    if place is None:
        return None
    return reader.gazetteer.country_of_place(place)


_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})


def names_a_people(reader: CandidateReader, start: int, end: int) -> bool:
    """ "outside a Sikh temple", "Uyghur activists", "Sikhs rallied": one word naming a religion
    or a people (``peoples`` in entity-patterns.yaml), or a word the model calls a name that is
    only ever an adjective before a common noun ("U.S.-Cuban talks"), is no entity. "The Hindu"
    standing alone is a newspaper."""
    if end - start != 1:
        return False
    token = reader.doc[start]
    if _joins_states(reader, token.text):
        return True  # "U.S.-Cuban talks": a relation between states, no name
    modifier = token.dep_ in _MODIFIER_DEPS and token.head.i > start and token.head.is_lower
    if token.lower_ in reader.lex.peoples:
        return modifier or start == 0 or reader.doc[start - 1].lower_ != "the"
    # a firm's name the tagger reads as an adjective once ("Cineplex shareholders") is a noun
    # elsewhere in the article
    return (
        modifier
        and token.tag_ == "JJ"
        and token.head.lemma_.lower() not in reader.lex.called_kinds  # "the Lanternfish network"
        and token.text not in _nouns_written(reader)
    )


_NOUNS_WRITTEN = "newskg_nouns_written"  # doc.user_data key of _nouns_written


def _nouns_written(reader: CandidateReader) -> frozenset[str]:
    """Words the tagger reads as something else than an adjective somewhere in the doc (read
    from the Doc's tag array: a Token object per word cost more than the rest of the step)."""
    from spacy.attrs import TAG

    doc = reader.doc
    words = doc.user_data.get(_NOUNS_WRITTEN)
    if words is None:
        adjective = doc.vocab.strings["JJ"]
        tags = doc.to_array(TAG).tolist()
        words = frozenset(w for w, tag in zip(reader.words, tags, strict=True) if tag != adjective)
        doc.user_data[_NOUNS_WRITTEN] = words
    return words


def _joins_states(reader: CandidateReader, text: str) -> bool:
    parts = text.split("-")
    return len(parts) > 1 and all(
        part.lower() in reader.demonyms
        or any(e.type == "Country" for e in reader.gazetteer.lookup(part))
        for part in parts
    )
