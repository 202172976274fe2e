"""Later mentions of entities named elsewhere in the article: the steps of entity extraction
that read a word as a reference rather than as a new name.

"Steve Jobs ... Jobs said" (surnames), "the CIA director" (the gazetteer official holding the post
on the article's date), "the agency" / "the Prime Minister" (anaphors, resolved by
``kg.resolve``), "the Ministry of State Security (MSS) ... the MSS" (acronyms defined in the
text), "A former contractor was arrested ... John Rowe Jr., 63, ..." (a lede that names its
protagonist a sentence later). Each function adds candidates to a ``CandidateReader`` and claims
the tokens it explains.
"""

from __future__ import annotations

from itertools import dropwhile, islice
from typing import TYPE_CHECKING

from kg.extract.body_names import field_word
from kg.extract.name_shapes import alias_marker_at
from kg.extract.shapes import age_follows, sentences, tokens_lowered
from kg.resolve import Candidate
from kg.types import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry

_PERSON_TYPES = ("Person", "Official")
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PAST = frozenset({"former", "ex", "ex-", "then", "then-", "late", "previous"})


def surnames(reader: CandidateReader) -> None:
    """ "Steve Jobs ... Jobs said", "Marine Le Pen ... Le Pen said": a later capitalised word
    equal to the last word of a person named before (with the particles before it in the
    name), that the model left untagged (it reads "Jobs" as a noun). Weak: kept only when
    resolution joins it to that person."""
    doc = reader.doc
    # surname's last word -> (first token after the name, type, particles before that word)
    by_surname: dict[str, tuple[int, str, list[str]]] = {}
    for cand in reader.candidates:
        if cand.mention.type not in _PERSON_TYPES or id(cand) not in reader.tokens:
            continue
        start, end = reader.tokens[id(cand)]
        last = doc[end - 1]
        if end - start >= 2 and last.is_alpha and last.is_title and len(last) >= 3:
            particles = _particles_before(reader, start + 1, end - 1)
            by_surname.setdefault(last.text, (end, cand.mention.type, particles))
    for i, word in enumerate(reader.words):
        found = by_surname.get(word)
        if found is None or i < found[0] or i in reader.model_at:
            continue
        first = i - len(found[2])
        if first < 0 or reader.words[first:i] != found[2]:
            first = i
        beside = [doc[j] for j in (first - 1, i + 1) if 0 <= j < len(doc)]
        if any(t.is_title and t.pos_ == "PROPN" for t in beside):
            continue  # part of another name: "Tim Jobs", "Jobs Act"
        reader.add(first, i + 1, found[1], weak=True)


def surname_of_a_state(reader: CandidateReader, span: Span, entry: GazetteerEntry) -> bool:
    """ "Deputy Attorney General Lisa Monaco ... Monaco warned", "Rep. Jim Jordan ... Jordan
    said": a state's one-word name equal to the last word of a person named in full before it
    is that person's surname (``surnames`` reads it), not the state; never after a preposition
    ("talks in Jordan") nor as an owner ("Jordan's King Abdullah")."""
    doc = reader.doc
    if entry.type != "Country" or len(span) != 1 or span.start == 0:
        return False
    word, after = span.text, doc[span.end] if span.end < len(doc) else None
    if doc[span.start - 1].pos_ == "ADP" or (after is not None and after.tag_ == "POS"):
        return False
    people = [e for e in reader.model_ents if e.label_ == "PERSON"]
    people += [s for s in reader.gaz_spans if _names_person(reader, s)]
    return any(len(p) >= 2 and p.end <= span.start and p[-1].text == word for p in people)


def _names_person(reader: CandidateReader, span: Span) -> bool:
    entry = reader.gazetteer.get(span.id_)
    return entry is not None and entry.type in _PERSON_TYPES


def _particles_before(reader: CandidateReader, first: int, last: int) -> list[str]:
    """The particles of a name right before its last word at token ``last`` ("Le" of "Marine
    Le Pen", "von der" of "Ursula von der Leyen"), not before token ``first``."""
    lex, words = reader.lex, reader.words
    i = last
    while i > first and (words[i - 1] in lex.name_particles or words[i - 1] in lex.surname_openers):
        i -= 1
    return words[i:last]


def title_references(reader: CandidateReader) -> None:
    """ "the CIA director", "the FBI's deputy director", "the bureau's director", "Britain's
    foreign secretary", "the German chancellor": the gazetteer official holding that post on the
    article date at the body or country named (or referred back to) right before the title."""
    if not reader.published:
        return
    for start, end, owner in _title_owners(reader):
        if start > 0 and reader.doc[start - 1].lower_ in _PAST:
            continue  # "a former CIA director": not who holds the post today
        if end < len(reader.doc) and reader.doc[end].tag_ == "POS":
            end += 1  # "the FBI's director"
        size = reader.lex.title_at(reader.lowers[end : end + 3])
        if not size or (end + size < len(reader.doc) and reader.doc[end + size].pos_ == "PROPN"):
            continue  # "Chinese President Xi Jinping": the name is read as a person
        if _office_of_title(reader, end + size):
            continue  # "Israel's Prime Minister's Office" is a body, not the person
        if not reader.free(end, end + size):
            continue  # "the office of the Russian president": a body's name took the title
        title = reader.doc[end : end + size].text
        if owner.type == "Country":
            abroad = frozenset(reader.lex.anaphor_heads.get("embassy", ()))
            holders = reader.gazetteer.officials_of_country(
                title, owner.id, reader.published, abroad
            )
        else:
            holders = reader.gazetteer.officials_holding(title, owner.id, reader.published)
        if len(holders) == 1:
            span = reader.doc[start : end + size]
            mention = Mention(span.text, span.start_char, span.end_char, "Official", holders[0].id)
            reader.candidates.append(Candidate(mention, proper=False))


def _office_of_title(reader: CandidateReader, after: int) -> bool:
    """A title in the possessive before a capitalised office noun names that office."""
    doc = reader.doc
    return (
        after + 1 < len(doc)
        and doc[after].tag_ == "POS"
        and doc[after + 1].is_title
        and doc[after + 1].lower_ in reader.lex.title_office_nouns
    )


def _title_owners(reader: CandidateReader) -> list[tuple[int, int, GazetteerEntry]]:
    """Token ranges naming a known body or country that a title may follow: its names
    ("Telegram's chief executive"), its demonyms ("the German chancellor") and anaphors of an
    agency named before ("the bureau")."""
    owners = []
    for span in reader.gaz_spans:
        entry = reader.gazetteer.get(span.id_)
        if entry is None or entry.type in ("Official", "Person", "Place"):
            continue
        if span.label_ == "name" or (span.label_ == "demonym" and entry.type == "Country"):
            owners.append((span.start, span.end, entry))
    named = [o for o in owners if o[2].type == "Agency"]
    for i, word in enumerate(reader.lowers):
        heads = reader.lex.anaphor_heads.get(word)
        if not heads or i == 0 or reader.lowers[i - 1] != "the":
            continue
        before = {e.id: e for s, _, e in named if s < i and _has_noun(e, heads)}
        if len(before) == 1:
            owners.append((i - 1, i + 1, next(iter(before.values()))))
    return owners


def _has_noun(entry: GazetteerEntry, heads: tuple[str, ...]) -> bool:
    words = {w.lower() for name in entry.names for w in name.split()} | set(entry.nouns)
    return bool(words & set(heads))


def anaphors(reader: CandidateReader) -> None:
    """ "the agency", and "the foreign ministry" once a body with those words was named."""
    for i, word in enumerate(reader.lowers):
        heads = reader.lex.anaphor_heads.get(word)
        if not heads or i == 0:
            continue
        token = reader.doc[i]
        the = _article_before(reader, token.i)
        if the is None:
            continue
        nxt = reader.doc[token.i + 1] if token.i + 1 < len(reader.doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN"):
            continue
        if reader.free(the, token.i + 1):
            span = reader.doc[the : token.i + 1]
            # "the group" may be any body's word: it gives no state body's type to a group
            kind = (
                "Organization" if reader.lex.called_kinds.get(word) == "Organization" else "Agency"
            )
            mention = Mention(span.text, span.start_char, span.end_char, kind)
            reader.candidates.append(Candidate(mention, anaphor=heads, proper=False))
    title_anaphors(reader)


def _article_before(reader: CandidateReader, head: int) -> int | None:
    """Index of "the" before a body's head noun: right before it, or before lower-case field
    words that a body named earlier in the article has in its name ("China's foreign ministry
    ... the foreign ministry"; not "the new ministry", not a field no body named has)."""
    doc, first = reader.doc, head
    while first > 1 and head - first < 2 and field_word(doc[first - 1], reader.lex):
        first -= 1
    if doc[first - 1].lower_ != "the":
        return None
    if first < head and not _named_with(reader, doc[first - 1].idx, doc[first:head]):
        return None
    return first - 1


def _named_with(reader: CandidateReader, before: int, words) -> bool:
    """A body named before offset ``before`` has all ``words`` in its name."""
    wanted = {t.lower_ for t in words}
    for cand in reader.candidates:
        if cand.mention.type != "Agency" or cand.mention.end > before or cand.anaphor:
            continue
        gaz_id = cand.mention.gazetteer_id
        entry = reader.gazetteer.get(gaz_id) if gaz_id else None
        names = [cand.mention.text, cand.name or "", *(entry.names if entry else ())]
        if wanted <= {w.lower() for name in names for w in name.split()}:
            return True
    return False


def title_anaphors(reader: CandidateReader) -> None:
    """ "the Prime Minister said", "the former president": the one official named before with
    that title (held or, after "former", once held)."""
    doc = reader.doc
    for the in tokens_lowered(doc, ("the",)):
        first = the + 1 + (reader.lowers[the + 1 : the + 2] == ["former"])
        state = _demonym_at(reader, first) if first > the + 1 else None
        first += state is not None  # "the former Dutch prime minister"
        size = reader.lex.title_at(reader.lowers[first : first + 3])
        end = first + size
        if not size or not reader.free(the, end):
            continue
        nxt = doc[end] if end < len(doc) else None
        if nxt is not None and (nxt.lower_ == "of" or nxt.pos_ == "PROPN"):
            continue  # "the president of France", "the President Emmanuel ..."
        span = doc[the:end]
        title = tuple(t.lower_ for t in doc[first:end])
        if first > the + 1 and not _former_before(reader, the, title, state):
            continue  # "the former president" when the text named no former one
        mention = Mention(span.text, span.start_char, span.end_char, "Official")
        reader.candidates.append(Candidate(mention, anaphor=title, proper=False))


def _former_before(
    reader: CandidateReader, before: int, title: tuple[str, ...], state: str | None
) -> bool:
    """The text before token ``before`` calls someone a former holder of a title ending like
    ``title`` ("former President NAME", "NAME, a former foreign minister,"), or names a known
    person whose post of that title ended before the story ("Mark Rutte ... the former Dutch
    prime minister"; a demonym before the title must be that person's state)."""
    lowers, offset = reader.lowers, reader.doc[before].idx
    if state is None and any(
        lowers[j] == "former" and title[-1] in lowers[j + 1 : j + 4] for j in range(before)
    ):
        return True
    day = reader.published
    ids = {c.mention.gazetteer_id for c in reader.candidates if c.mention.end <= offset}
    entries = [reader.gazetteer.get(i) for i in ids if i]
    return day is not None and any(
        tuple(post.title.lower().split())[-len(title) :] == title
        and post.end is not None
        and post.end < day
        for entry in entries
        if entry is not None and state in (None, entry.country)
        for post in entry.posts
    )


def _demonym_at(reader: CandidateReader, i: int) -> str | None:
    """The country id of a one-word demonym at token ``i``, else None."""
    span = reader.gaz_at.get(i)
    return span.id_ if span is not None and span.label_ == "demonym" and span.end == i + 1 else None


_REVEAL_SENTENCES = 2  # how far after the lede the protagonist may be named


def lede_description(reader: CandidateReader) -> None:
    """ "A former defense contractor was arrested on Wednesday ... John Rowe Jr., 63, ...": a lede
    that introduces the story's protagonist by description ("a man", "an American citizen") and
    names them within the next two sentences, with their age or, when the lede tells what was
    done to them in the passive, again in the passive ("A former officer was sentenced ...
    NAME, born in Hong Kong, was handed the sentence"). The description is a mention of that
    person. Only when the lede itself names no person, so there is no one else it could be."""
    doc = reader.doc
    body = (s for s in sentences(doc) if s.start >= reader.headline_end)
    # The lede is the first sentence with a finite verb: a photo caption ("Clinton, blowing the
    # pipes of peace") that precedes it in scraped text is no sentence of the story. Only the
    # lede and the sentences that may name its protagonist are read.
    story = dropwhile(lambda s: not any(t.tag_ in _FINITE for t in s), body)
    read = list(islice(story, 1 + _REVEAL_SENTENCES))
    if len(read) < 2:
        return
    lede, *window = read
    persons = sorted(
        (
            c
            for c in reader.candidates
            if c.proper and c.mention.type in _PERSON_TYPES and id(c) in reader.tokens
        ),
        key=lambda c: c.mention.start,
    )
    if any(lede.start_char <= c.mention.start < lede.end_char for c in persons):
        return
    later = [c for c in persons if window[0].start_char <= c.mention.start < window[-1].end_char]
    if not later:
        return
    named_start, named_end = reader.tokens[id(later[0])]
    described = _indefinite_person(reader, lede)
    if described is None:
        return
    # Named with an age, or as what was done to in the passive, like the lede's description ("A
    # former CIA officer was sentenced ... NAME, a naturalized citizen, was handed the sentence"):
    # "NAME, a neighbour, said" is a witness, not the one the lede is about.
    passive_both = doc[described[1] - 1].dep_ == "nsubjpass" == doc[named_start:named_end].root.dep_
    if age_follows(doc, named_end) or passive_both:
        span = doc[described[0] : described[1]]
        mention = Mention(span.text, span.start_char, span.end_char, later[0].mention.type)
        reader.candidates.append(Candidate(mention, same_as=-1, proper=False))
        reader.defined[span.start_char] = later[0]
        reader.claimed.update(range(*described))


def _indefinite_person(reader: CandidateReader, sentence) -> tuple[int, int] | None:
    """Token range of the first "a/an ... <person noun>" subject or object of the sentence,
    without the names inside it ("A former US Air Force employee" -> "employee")."""
    for tok in sentence:
        if tok.pos_ != "NOUN" or tok.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        lemma = tok.lemma_.lower()
        if lemma not in reader.lex.people_nouns and lemma not in reader.lex.service_nouns:
            continue  # "a retired engineer", "an American citizen", "a former CIA officer"
        det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
        if det is None or det.lower_ not in ("a", "an"):
            continue
        start = max([det.i, *(i + 1 for i in range(det.i, tok.i) if i in reader.claimed)])
        if reader.free(start, tok.i + 1):
            return start, tok.i + 1
    return None


def known_as_entry(reader: CandidateReader, end: int, entity_type: str) -> str | None:
    """ "The Latvian Security Service, known as VDD,": a body the gazetteer knows by the other
    name given right after the name, of the same type; the name is one of its names."""
    doc = reader.doc
    i = end + 1 if end < len(doc) and doc[end].text == "," else end
    marker = alias_marker_at(doc, i)
    if marker is None:
        return None
    start = i + len(marker)
    span = reader.gaz_at.get(start)
    entry = reader.gazetteer.get(span.id_) if span is not None and span.start == start else None
    return entry.id if entry is not None and entry.type == entity_type else None
