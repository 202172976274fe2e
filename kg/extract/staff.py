"""Roles the title reader (``kg.extract.roles``) leaves out, read by the entity stage
(``kg.extract.entities``) for persons the text gives no title:

- staff of a known agency named by the agency and a common noun: "White House attorney Ty Cobb",
  "the Justice Department lawyer, Ann Roe", "Ty Cobb, the White House lawyer" (a noun after a
  country or a company makes no official: "Chinese student X", "Google engineer Y");
- a body in the possessive and a title with a long tail: "Meta's head of global threat
  intelligence, Ben Nimmo"; a title right after a body's name: "the IRGC's Quds Force
  commander, Esmail Qaani";
- a relative clause of leading: "Andriy Yermak, who heads the presidential office";
- the organisation of a front title when a lower-case body stands before it: "India's external
  affairs ministry spokesperson Randhir Jaiswal".

Also the titles around a model's name that decide what it is: a name inside a title ("Chief
Cabinet Secretary") is none; a name before a title only a firm gives is that firm; and a name
the model missed right after a title is a person's ("spokesperson Randhir Jaiswal told")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from kg.extract.counterparts import counterpart_role
from kg.extract.countries import state_of_title
from kg.extract.roles import PersonReading, TextRole
from kg.extract.shapes import built_once, is_name_word, tokens_lowered

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.entity_lexicon import Lexicon
    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

_DETERMINERS = ("a", "an", "the")
_BODY_TYPES = ("Agency", "Organization", "Platform", "Country")
_WINDOW = 8  # tokens of a title phrase before the comma
_KIN_REACH = 5  # words from the comma to a family word: "the estranged half - brother"
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_PAST_WORDS = frozenset({"former", "ex", "ex-", "onetime", "erstwhile"})  # a post held before
_PARTY_WORDS = frozenset({"party", "parties"})
_JOINING = frozenset({"for", "of"})  # "Rewards for Justice": the name goes on over them
# "X, who heads the presidential office": verbs of leading a body, as lemmas
_LEADING_VERBS = frozenset({"head", "lead", "run", "chair", "direct", "command"})


def staff_role(reader: CandidateReader, name_start: int, name_end: int) -> TextRole | None:
    """The role of the person named at tokens [name_start, name_end) when a known agency and a
    person noun stand right before the name or in an apposition right after it."""
    doc = reader.doc
    noun = name_start - 1
    if noun >= 0 and doc[noun].text == ",":
        noun -= 1
    if noun > 0 and (role := _role(reader, noun, reader.gaz_at.get(noun - 1))):
        return role
    if noun >= 0 and doc[name_start - 1].text == ",":
        role = _owner_title(reader, noun) or _body_title(reader, noun)
        if role:
            return role
    if role := _head_of(reader, name_end):
        return role
    after = name_end + 2
    if after < len(doc) and doc[name_end].text == "," and doc[after - 1].lower_ in _DETERMINERS:
        body = reader.gaz_at.get(after)
        if body is not None and body.start == after:
            return _role(reader, body.end, body)
    return None


def _role(reader: CandidateReader, noun: int, body: Span | None) -> TextRole | None:
    """ "attorney" after "White House": the noun as a title at the body."""
    if body is None or body.end != noun or noun >= len(reader.doc):
        return None
    word = reader.doc[noun]
    entry = reader.gazetteer.get(body.id_)
    if word.lower_ not in reader.lex.person_nouns or entry is None or entry.type != "Agency":
        return None
    return TextRole(word.text, body.start_char, body.end_char, entry.id)


def _owner_title_before(reader: CandidateReader, name_start: int) -> TextRole | None:
    """The body's title in the apposition right before a name ("Its spokesman, NAME")."""
    comma = name_start - 1
    if comma < 1 or reader.doc[comma].text != ",":
        return None
    return _owner_title(reader, comma - 1)


def _owner_title(reader: CandidateReader, last: int) -> TextRole | None:
    """ "Meta's head of global threat intelligence, NAME": a body named in the possessive (or
    by "its"), a title and what follows it up to the comma before the name."""
    doc = reader.doc
    for pos in range(last, max(0, last - _WINDOW), -1):
        if doc[pos].text in (",", ".", ";"):
            return None
        if doc[pos].tag_ == "POS" or doc[pos].lower_ == "its":
            size = reader.lex.title_at(reader.lowers[pos + 1 : last + 1])
            body = (
                _candidate_ending_at(reader, pos)
                if doc[pos].tag_ == "POS"
                else _subject_body_before(reader, pos)
            )
            if body is None or body.mention.type not in _BODY_TYPES or not size:
                return None
            if any(t.tag_ in _FINITE_TAGS for t in doc[pos + 1 + size : last + 1]):
                return None  # "Britain's foreign secretary met his friend, NAME": a clause
            title = doc[pos + 1 : pos + 1 + size].text
            return TextRole(title, body.mention.start, body.mention.end, body.mention.gazetteer_id)
    return None


def _subject_body_before(reader: CandidateReader, its: int) -> Candidate | None:
    """ "Meta said it removed the accounts; its head of threat disruption, NAME": the body
    that is the latest subject before "its" in its sentence or the one before."""
    doc = reader.doc
    since = doc[its].sent.start
    if since > 0:
        since = doc[since - 1].sent.start
    subjects = [
        c
        for c in reader.candidates
        if c.mention.type in _BODY_TYPES
        and (span := reader.tokens.get(id(c))) is not None
        and since <= span[0]
        and span[1] <= its
        and _is_subject(doc[span[0] : span[1]])
    ]
    return max(subjects, key=lambda c: c.mention.end, default=None)


def _is_subject(span: Span) -> bool:
    """The name's head is a subject ("The World Sikh Organization of Canada welcomed": the
    head is "Organization", not the last word)."""
    heads = (t for t in span if not span.start <= t.head.i < span.end)
    return any(t.dep_ in ("nsubj", "nsubjpass") for t in heads)


def _candidate_ending_at(reader: CandidateReader, end: int) -> Candidate | None:
    return next((c for c in reader.candidates if reader.tokens.get(id(c), (0, 0))[1] == end), None)


def _body_title(reader: CandidateReader, last: int) -> TextRole | None:
    """ "The IRGC's Quds Force commander, NAME": a title right after a body's name, before the
    comma (the body is an entity found before, so not read as the person's name)."""
    doc = reader.doc
    words = [t.lower_ for t in doc[max(0, last - 3) : last + 1]]
    size = reader.lex.title_ending_at(words)
    body = _candidate_ending_at(reader, last + 1 - size) if size else None
    if body is None or body.mention.type not in _BODY_TYPES:
        return None
    title = doc[last + 1 - size : last + 1].text
    return TextRole(title, body.mention.start, body.mention.end, body.mention.gazetteer_id)


def _head_of(reader: CandidateReader, name_end: int) -> TextRole | None:
    """ "Andriy Yermak, who heads the presidential office in Kyiv,": the head of what the
    relative clause names."""
    doc = reader.doc
    if name_end + 2 >= len(doc) or doc[name_end].text != "," or doc[name_end + 1].lower_ != "who":
        return None
    verb = doc[name_end + 2]
    if verb.lemma_.lower() not in _LEADING_VERBS:
        return None
    body = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if body is None or not (
        body.pos_ == "PROPN" or any(c.dep_ == "poss" or c.lower_ == "the" for c in body.children)
    ):
        return None  # "who runs a bakery in the city": no post
    first, last = body.left_edge, body.right_edge
    return TextRole("head", first.idx, last.idx + len(last))


def body_before_title(reader: CandidateReader, role: TextRole, name_start: int) -> TextRole | None:
    """The role with its organisation when a body found before stands right before the title
    in front of the name: "India's external affairs ministry spokesperson Randhir Jaiswal"
    (the title reader only takes capitalised words there)."""
    doc = reader.doc
    size = len(role.title.split())
    title_start = name_start - size
    if title_start < 1 or doc[title_start:name_start].text != role.title:
        return None
    body = _candidate_ending_at(reader, title_start)
    if body is None or body.mention.type not in _BODY_TYPES:
        return None
    return TextRole(role.title, body.mention.start, body.mention.end, body.mention.gazetteer_id)


def mission_of_title(reader: CandidateReader, role: TextRole, name_start: int) -> TextRole | None:
    """ "India's High Commission in Ottawa ... High Commissioner NAME": a diplomat's bare title
    (``title_bodies``) is held at the one mission of its kind the article named before."""
    noun = reader.lex.title_bodies.get(role.title.lower())
    if noun is None:
        return None
    before = reader.doc[name_start].idx
    missions = {
        c.mention.gazetteer_id or c.name or c.mention.text: c
        for c in reader.candidates
        if c.mention.type == "Agency" and c.mention.end <= before and noun in c.mention.text.lower()
    }
    if len(missions) != 1:
        return None
    body = next(iter(missions.values())).mention
    return TextRole(role.title, body.start, body.end, body.gazetteer_id)


def roles_read(ex: CandidateReader, reading: PersonReading) -> tuple[TextRole, ...]:
    """The post the text gives a person: the title around the name with the body it names
    ("CIA Deputy Director", "a spokesman for the Chinese embassy"), else a staff noun of a
    known body ("White House attorney")."""
    role = reading.role or counterpart_role(ex, reading.name_start)
    if role and _kin_apposition_holds(ex, reading.name_end, role.title):
        role = None  # "Kim Yo-jong, the sister of leader Kim Jong-un": her brother's title
    candidacy = role and role.title.lower().split()[-1] in ex.lex.candidacy_words
    if role and candidacy and not _party_candidacy(ex, role):
        return ()  # "the far-right candidate NAME" holds no post: a Person, not an Official
    if role and _held_before(ex, reading, role):
        return ()  # "NAME, a former Ukrainian lawmaker": a post no longer held; a Person
    if role and role.org_start is not None and role.org_end is not None:
        role = replace(role, org_id=ex.gazetteer_id_in(role.org_start, role.org_end))
    elif role:  # "India's external affairs ministry spokesperson NAME"
        role = (
            body_before_title(ex, role, reading.name_start)
            or mission_of_title(ex, role, reading.name_start)
            or state_of_title(ex, role, reading.name_start, reading.name_end)
            or _owner_title_before(ex, reading.name_start)  # "Its spokesman, NAME"
            or role
        )
    if role and not reading.private:
        # "Senator X, who chairs the Senate Intelligence Committee": a second post
        head = _head_of(ex, reading.name_end)
        return (role, head) if head else (role,)
    staff = staff_role(ex, reading.name_start, reading.name_end)
    return (staff,) if staff else ()


def _party_candidacy(ex: CandidateReader, role: TextRole) -> bool:
    """ "the Alternative for Germany's lead candidate", "the party's nominee": a candidacy a
    party gives is a post in that party (an Official); "the far-right candidate", "Romania's
    candidate" are none."""
    if role.org_start is None or role.org_end is None:
        return False
    words = ex.text[role.org_start : role.org_end].lower().split()
    if any(w.rstrip("'s’") in _PARTY_WORDS for w in words):
        return True
    known = ex.gazetteer_id_in(role.org_start, role.org_end)
    entry = ex.gazetteer.get(known) if known else None
    return entry is not None and entry.type == "Organization"


def _held_before(ex: CandidateReader, reading: PersonReading, role: TextRole) -> bool:
    """A post the person held before, described beside the name: "former" or "ex-" among the
    three words before the title's first word in an apposition ("NAME, a former Ukrainian
    lawmaker", "the former minister, NAME"). A past title written before the name as a style
    ("former Prime Minister NAME") keeps the post, as the annotated samples do."""
    first = role.title.lower().split()[0]
    doc, lowers = ex.doc, ex.lowers
    sentence = doc[reading.name_start].sent
    after = range(reading.name_end, min(sentence.end, reading.name_end + _WINDOW))
    before = [
        i
        for i in range(max(sentence.start, reading.name_start - _WINDOW), reading.name_start)
        if "," in ex.words[i + 1 : reading.name_start]
    ]
    for i in (j for j in [*before, *after] if lowers[j] == first):
        if first in _PAST_WORDS or _PAST_WORDS.intersection(lowers[max(sentence.start, i - 3) : i]):
            return True
    return False


def _kin_apposition_holds(ex: CandidateReader, name_end: int, title: str) -> bool:
    """An apposition of kin ("X, the sister of ...") holds ``title`` after its family word: the
    title is the relative's, not the person's."""
    doc = ex.doc
    if name_end + 3 >= len(doc) or doc[name_end].text != ",":
        return False
    # "the sister", "his late father", "the estranged half-brother" (split at its hyphen)
    kin = next(
        (
            t.i
            for t in doc[name_end + 1 : name_end + 1 + _KIN_REACH]
            if t.lower_ in ex.lex.kin_nouns
        ),
        None,
    )
    if kin is None or kin + 1 >= len(doc) or doc[kin + 1].lower_ != "of":
        return False
    after = doc[kin + 2 : min(kin + 2 + _WINDOW, len(doc))].text.lower()
    return title.lower() in after


def inside_title(reader: CandidateReader, start: int, end: int) -> bool:
    """The model's name is words of a title that starts at it or one or two words before; not
    a title word a name joins by "for" or "of" ("Rewards for Justice")."""
    after = reader.lowers[end : end + 1]
    for first in range(start, max(start - 3, -1), -1):
        if first > 1 and reader.lowers[first - 1] in _JOINING and reader.doc[first - 2].is_title:
            continue
        size = reader.lex.title_at(reader.lowers[first : end + 3])
        # a title ending with the name and another title after it is a body's name and its
        # staff's title ("a Justice official")
        if size > end - first or (size == end - first and not reader.lex.title_at(after)):
            return True
    return _field_of_title(reader, start, end)


def _field_of_title(reader: CandidateReader, start: int, end: int) -> bool:
    """ "Digital Secretary NAME", "Supreme Leader NAME", "Economic Minister NAME": field or rank
    adjectives alone before a title qualify it; they name no body."""
    lex = reader.lex
    qualifiers = lex.field_adjectives | lex.top_court_words
    return all(w in qualifiers for w in reader.lowers[start:end]) and bool(
        lex.title_at(reader.lowers[end : end + 3])
    )


def firm_title_after(reader: CandidateReader, end: int) -> bool:
    """ "RT editor-in-chief Margarita Simonyan", "Dragos researcher Kyle Olmsted": a name
    right before a title or staff noun only a firm gives, then a person's name, is that firm,
    whatever the model called it."""
    lowers = reader.lowers[end : end + 5]
    size = reader.lex.title_at(lowers) or int(bool(lowers) and lowers[0] in reader.lex.firm_titles)
    after = end + size
    return (
        size > 0
        and reader.doc[end:after].text.lower() in reader.lex.firm_titles
        and after < len(reader.doc)
        and reader.doc[after].pos_ == "PROPN"
    )


def persons_after_titles(reader: CandidateReader) -> None:
    """ "External Affairs Ministry spokesperson Randhir Jaiswal told": two or three capitalised
    proper nouns right after a title, which the model did not call a person and nothing else
    explains, are a person's name."""
    doc = reader.doc
    last_words = built_once(reader.lex, "last words of titles", _last_title_words)
    for before in tokens_lowered(doc, last_words):
        start = before + 1
        if start >= len(doc) or not is_name_word(doc[start]):
            continue
        if reader.lex.title_at(reader.lowers[start : start + 4]):
            continue  # "Chief Inspector X": the title goes on
        if not reader.lex.title_ending_at(reader.lowers[max(0, start - 4) : start]):
            continue
        end = start
        while end < len(doc) and end - start < 4 and is_name_word(doc[end]):
            end += 1
        if not 2 <= end - start <= 3 or (end < len(doc) and doc[end].tag_ == "POS"):
            continue  # "Kremlin spokesman Dmitry Peskov's": the owner is read elsewhere
        if reader.lowers[end - 1] in reader.lex.body_end_words:
            continue  # "the General Police Inspectorate": a rank before a body's name
        if any(
            (model := reader.model_at.get(i)) is not None and model.label_ == "PERSON"
            for i in range(start, end)
        ):
            continue  # the model found it: its own step reads it
        if reader.free(start, end) and not reader.in_gazetteer(start, end):
            reader.person(start, end)


def _last_title_words(lexicon: Lexicon) -> frozenset[str]:
    return frozenset(title[-1] for title in lexicon.titles)
