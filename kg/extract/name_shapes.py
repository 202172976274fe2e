"""Name shapes the statistical model gets wrong in OSINT news, read by the entity stage
(``kg.extract.entities``): malware and tool names it takes for persons or organisations; East
Slavic names written surname first with a patronymic, which it cuts or misses (relatives and
families: ``kg.extract.kin_names``); bodies ("the Tasnim news agency") it takes for persons;
known people written with a middle
initial; nicknames ("also known as"); names it misses that an apposition or an age marks as a
person's ("X, Telegram's founder,", "X, 30, of Boston"); a state body named without its state
("the Treasury")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.shapes import age_follows, built_once, is_name_word

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.entities import CandidateReader
    from kg.gazetteer import Gazetteer, GazetteerEntry
    from kg.resolve import Candidate

_PERSON_TYPES = ("Official", "Person")

# East Slavic patronymics ("Oleksandrovych", "Petrovich", "Ivanovna"): official documents write
# such names surname first, and the model cuts them ("Starchenko [Anton Oleksandrovych]").
_PATRONYMIC = re.compile(r"[A-Z][a-z]+(?:ovych|evych|ovich|evich|ivna|ovna|evna)")


def patronymic_names(reader: CandidateReader) -> None:
    """Names holding an East Slavic patronymic, in either order ("Sidorov Ivan Petrovich",
    "Ivan Petrovich Sidorov"), which the model cuts, misses or calls an organisation."""
    doc = reader.doc

    def name_word(i: int) -> bool:
        token = doc[i] if 0 <= i < len(doc) else None
        return (
            token is not None
            and token.pos_ == "PROPN"
            and token.is_title
            and not reader.lex.title_at([token.lower_])
        )

    for i, word in enumerate(reader.words):
        if not (_PATRONYMIC.fullmatch(word) and name_word(i)):
            continue
        token = doc[i]
        given = token.i - 1
        if not name_word(given):
            continue
        if name_word(given - 1):  # surname first, as official documents write it
            reader.person(given - 1, token.i + 1)
        elif name_word(token.i + 1):
            reader.person(given, token.i + 2)


def names_software(reader: CandidateReader, start: int, end: int) -> bool:
    """ "the EvilGnome backdoor", "a Mori Backdoor", "variants of PowGoop": a malware or
    tool name, which the model tags as a person or an organisation."""
    software = reader.lex.software_nouns
    after = reader.doc[end] if end < len(reader.doc) else None
    if reader.doc[end - 1].lower_ in software or (after is not None and after.lower_ in software):
        return True
    before = reader.doc[max(0, start - 2) : start]
    if len(before) == 2 and before[0].lower_ in software and before[1].lower_ == "of":
        return True
    return _listed_as_software(reader, reader.doc[end - 1])


_EXAMPLE_PREPS = frozenset({"including", "like", "as"})  # "droppers including", "such as"


def _listed_as_software(reader: CandidateReader, token) -> bool:
    """ "droppers including IcedID, Pikabot and Bumblebee": a name in a list of examples of a
    kind of software."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in _EXAMPLE_PREPS:
        return False
    kind = prep.head
    return (
        kind.lower_ in reader.lex.software_nouns or kind.lemma_.lower() in reader.lex.software_nouns
    )


_INITIAL = re.compile(r"[A-Z]\.?")


def known_without_initials(reader: CandidateReader, start: int, end: int) -> str | None:
    """Gazetteer id of the person named at tokens [start, end) once middle initials are
    dropped: press releases write "Merrick B. Garland" and "Christopher A. Wray" where the
    gazetteer lists "Merrick Garland"."""
    words = [t.text for t in reader.doc[start:end]]
    kept = [words[0], *(w for w in words[1:-1] if not _INITIAL.fullmatch(w)), words[-1]]
    if len(words) < 3 or len(kept) == len(words):
        return None
    people = [e for e in reader.gazetteer.lookup(" ".join(kept)) if e.type in _PERSON_TYPES]
    return people[0].id if len(people) == 1 else None


# Words that introduce another name of the person just named: "X, also known as Y", "X (a.k.a.
# Y)". Lower-cased token sequences.
_ALIAS_MARKERS = (
    ("also", "known", "as"),
    ("known", "as"),
    ("a.k.a.",),
    ("a.k.a", "."),
    ("aka",),
    ("alias",),
)
_ALIAS_STOPS = frozenset({",", ")", ".", ";", "and", "or", "who", "in", "on"})


def alias_marker_at(doc, i: int) -> tuple[str, ...] | None:
    """The alias marker ("also known as", "a.k.a.") whose words start at token ``i``, if any."""
    if i >= len(doc):
        return None
    first = doc[i].lower_  # one word read for most tokens: few start a marker
    return next(
        (
            m
            for m in _ALIAS_MARKERS
            if m[0] == first and [t.lower_ for t in doc[i : i + len(m)]] == list(m)
        ),
        None,
    )


def alias_after(reader: CandidateReader, named: Candidate, end: int) -> None:
    """ "Ivan Kondratyev, also known as Bassterlord", "Storm-1516, also known as CopyCop": the
    other name is a mention of the person or group just named (the model takes it for an
    organisation or a second person)."""
    doc = reader.doc
    if end < len(doc) and doc[end].is_lower and doc[end - 1].head.i == end:
        end += 1  # "the Voodoo Lynx group, also known as": the noun the name is a name of
    i = end + 1 if end < len(doc) and doc[end].text in (",", "(") else end
    marker = alias_marker_at(doc, i)
    if marker is None:
        return
    start = stop = i + len(marker)
    while stop < len(doc) and stop - start < 3 and doc[stop].lower_ not in _ALIAS_STOPS:
        stop += 1
    if start == stop or not (doc[start].text[0].isupper() or doc[start].text[0].isdigit()):
        return
    alias = reader.add(start, stop, named.mention.type, same_as=-1, proper=False)
    if alias is not None:
        reader.defined[alias.mention.start] = named


def names_a_body(reader: CandidateReader, end: int) -> bool:
    """ "the Tasnim news agency", "the Wagner group": a name modifying a common noun for a
    body is that body's name, not a person's (but "the Biden administration" names him)."""
    last = reader.doc[end - 1]
    head = last.head
    nouns = (reader.lex.agency_words | reader.lex.non_agency_words) - reader.lex.government_words
    return (
        last.dep_ == "compound"
        and head.i >= end
        and head.is_lower
        and head.lower_ in nouns
        and all(t.is_lower for t in reader.doc[end : head.i])
    )


def described_as_person(reader: CandidateReader, comma: int) -> bool:
    """ "..., a co-founder of", "..., the former minister", "..., head of the police": an
    apposition naming a role."""
    doc = reader.doc
    if comma + 2 >= len(doc):
        return False
    if owner := _owner_before_title(reader, comma + 1):  # "..., Telegram's founder,"
        return bool(reader.lex.title_at([t.lower_ for t in doc[owner : owner + 3]]))
    bare = reader.lex.title_at(reader.lowers[comma + 1 : comma + 4])
    if bare and comma + 1 + bare < len(doc) and reader.lowers[comma + 1 + bare] in _OF_A_BODY:
        return True  # "NAME, head of the General Police Inspectorate,": a title of a body
    if doc[comma + 1].lower_ not in ("a", "an", "the"):
        return False
    after = [t.lower_ for t in doc[comma + 2 : comma + 5]]
    return bool(reader.lex.title_at(after) or set(after[:2]) & reader.lex.person_nouns)


_OF_A_BODY = frozenset({"of", "for", "at"})


def _owner_before_title(reader: CandidateReader, i: int) -> int | None:
    """Index after "<Name>'s" when tokens from ``i`` are a capitalised name of up to three
    words and a possessive: "Telegram's" (not "the Kremlin's": a determiner comes first)."""
    doc = reader.doc
    j = i
    while j < min(len(doc), i + 3) and doc[j].is_title and doc[j].pos_ == "PROPN":
        j += 1
    return j + 1 if i < j < len(doc) and doc[j].tag_ == "POS" else None


def persons_by_apposition(reader: CandidateReader) -> None:
    """ "Ilya Sachkov, a co-founder of ...", "Aijalon Gomes, 30, of Boston": a name the model
    missed, marked by an apposition that calls it an official or a person, or by an age."""
    doc = reader.doc
    for comma in (i for i, word in enumerate(reader.words) if word == ","):
        if not (age_follows(doc, comma) or described_as_person(reader, comma)):
            continue
        start = comma
        while start > 0 and comma - start < 3 and is_name_word(doc[start - 1]):
            start -= 1
        names = comma - start >= 2 and reader.free(start, comma)
        person = reader.model_at.get(start)
        if person is not None and person.label_ == "PERSON":
            continue  # the model found it: its own step reads it
        if names and not reader.in_gazetteer(start, comma):
            reader.person(start, comma)


_MAX_WORDS_BEFORE_OF = 3


def name_start_before_of(reader: CandidateReader, start: int) -> int:
    """ "Sikhs for Justice", "Rewards for Justice": the model's organisation after "for" or
    "of" starts at the capitalised words before it when nothing else names them (it took
    "Justice" alone, read as the bare name of a justice ministry)."""
    doc = reader.doc
    if start < 2 or doc[start - 1].lower_ not in ("for", "of"):
        return start
    first = start - 1
    while first > 0 and start - first <= _MAX_WORDS_BEFORE_OF and _joins(reader, doc[first - 1]):
        first -= 1
    return first if first < start - 1 else start


def _joins(reader: CandidateReader, token) -> bool:
    """A capitalised word no step explained and no title: part of the name after it."""
    other = reader.model_at.get(token.i)
    return (
        token.is_title
        and token.is_alpha
        and (token.tag_ in ("NNP", "NNPS") or not token.is_sent_start)
        and (other is None or other.label_ == "NORP")
        and reader.free(token.i, token.i + 1)
        and not reader.in_gazetteer(token.i, token.i + 1)
        and not reader.lex.title_at([token.lower_])
    )


def shouted(tokens: Span) -> bool:
    """ "Never seen such ANGER & UNITY": two or more long words in capitals inside running text
    are emphasis (a quoted post), not an organisation's name; acronyms are short ("NATO", "FBI
    CIA")."""
    words = [t for t in tokens if t.is_alpha]
    return len(words) >= 2 and all(t.is_upper and len(t) >= 5 for t in words)


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def last_of_places(reader: CandidateReader, start: int, end: int) -> bool:
    """ "consulates in St. Petersburg, Yekaterinburg, and Vladivostok": the name after "and"/"or"
    that closes a list whose previous item is a place is a place too (the model may take a
    city for a person). Only after the conjunction ("In Paris, Macron said": no list), when
    the previous item is itself a list item, after a comma or a preposition ("Lu, of the
    Bronx, and Chen, 59": two people), and never before an age."""
    doc = reader.doc
    i = start - 1
    if i < 2 or doc[i].lower_ not in ("and", "or") or age_follows(doc, end):
        return False
    comma = doc[i - 1].text == ","
    first = _place_start(reader, doc[i - 2] if comma else doc[i - 1])
    before = doc[first - 1] if first else None  # before the previous item
    return before is not None and (before.text == "," or (not comma and before.dep_ == "prep"))


def _place_start(reader: CandidateReader, token) -> int | None:
    """First token of the place ending at ``token`` (a gazetteer country or place, or the
    model's), else None."""
    span = reader.gaz_at.get(token.i)
    entry = reader.gazetteer.get(span.id_) if span is not None else None
    if span is not None and entry is not None and entry.type in ("Country", "Place"):
        return span.start
    ent = reader.model_at.get(token.i)
    return ent.start if ent is not None and ent.label_ in _PLACE_LABELS else None


def bare_state_body(reader: CandidateReader, start: int, end: int) -> bool:
    """ "the Treasury", "the Navy": one word that states' bodies are named by after their
    country ("U.S. Treasury", "HM Treasury") is such a body the article named already, else the
    body of the country it names most: its gazetteer entry, else a body of that country. Adds
    it; False when no known body is named so."""
    if end - start != 1:
        return False
    word = reader.doc[start].text
    bodies = built_once(reader.gazetteer, "state bodies by last word", _state_bodies).get(word)
    if not bodies:
        return False
    if _portfolio(reader, start):
        return True  # "the Minister for Justice": part of a title, no body of its own
    named = {c.mention.gazetteer_id for c in reader.candidates}
    country = main_country(reader)
    known = [e for e in bodies if e.id in named]  # "the U.S. Treasury ... the Treasury"
    # "the European Commission ... The Commission said": a named body of no state
    known = known or _named_stateless(reader, named, word)
    known = known or ([e for e in bodies if e.country == country.id] if country else [])
    if len(known) == 1:
        reader.add(start, end, "Agency", gazetteer_id=known[0].id)
    elif country is not None:
        adjective = country.demonyms[0] if country.demonyms else country.name
        reader.add(start, end, "Agency", name=f"{adjective} {word}", country=country.id)
    else:
        reader.add(start, end, "Agency", name=word)
    return True


def _named_stateless(reader: CandidateReader, named: set, word: str) -> list[GazetteerEntry]:
    """The one body of no state named before whose name's head is ``word`` ("the European
    Commission", "the Council of the European Union": its head comes before "of")."""
    found = [
        e
        for e in (reader.gazetteer.get(i) for i in named if i)
        if e is not None
        and e.type == "Agency"
        and not e.country
        and e.name.split(" of ")[0].split()[-1] == word
    ]
    return found if len(found) == 1 else []


def _state_bodies(gazetteer: Gazetteer) -> dict[str, list[GazetteerEntry]]:
    """A state's agencies by the last word of their names after a first word ("U.S. Treasury"
    under "Treasury"), in gazetteer order."""
    found: dict[str, list[GazetteerEntry]] = {}
    for entry in gazetteer.by_type("Agency"):
        if entry.country:
            for last in {n.rsplit(" ", 1)[1] for n in entry.names if " " in n}:
                found.setdefault(last, []).append(entry)
    return found


def _portfolio(reader: CandidateReader, i: int) -> bool:
    """ "Minister for Justice", "Secretary of the Treasury": the word names a title's portfolio."""
    doc = reader.doc
    j = i - 1 - (i > 1 and doc[i - 1].lower_ == "the")
    if j < 1 or doc[j].lower_ not in ("for", "of"):
        return False
    return bool(reader.lex.title_ending_at([t.lower_ for t in doc[max(0, j - 3) : j]]))


def main_country(reader: CandidateReader) -> GazetteerEntry | None:
    """The country the article names most often (by name, demonym or capital); the first
    named wins a tie."""
    counts: dict[str, int] = {}
    for span in reader.gaz_spans:
        entry = reader.gazetteer.get(span.id_)
        if entry is not None and entry.type == "Country":
            counts[entry.id] = counts.get(entry.id, 0) + 1
    if not counts:
        return None
    return reader.gazetteer.get(max(counts, key=lambda c: counts[c]))
