"""Names introduced by what they are, read by the entity stage (``kg.extract.entities``): "the
software, called Meliorator", "a campaign known as Doppelganger", "an operation dubbed
'Spamouflage'", "the broadcaster NRK". The model takes such a coined name for a person (or a
work of art, or misses it); the noun it names says its type (``called_kinds`` in
ontologies/entity-patterns.yaml). A kind that is not listed ("a man named ...", "a hacker known
as ...") leaves the name to the other steps. The same walk over the words reads persons
introduced by a title between commas (``kg.extract.titled_names``). What a kind noun says a
name is: ``kg.extract.kinds``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.kinds import (
    NO_ENTITY,
    in_frame,
    kind_of,
    kind_words,
    person_named,
    possible_kinds,
)
from kg.extract.shapes import sentence_start
from kg.extract.state_bodies import kind_state
from kg.extract.titled_names import name_after_title

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from kg.extract.entities import CandidateReader
    from kg.resolve import Candidate

# Verbs that introduce a name right after them, and those that introduce it after "as"
_NAMING_VERBS = frozenset(
    {"called", "call", "calls", "named", "dubbed", "dubs", "nicknamed", "codenamed", "code-named"}
)
_AS_VERBS = frozenset({"known", "tracked", "tracks", "track", "designated"})
_MAX_NAME_WORDS = 4
_ONE_OF = frozenset({"one", "another", "other"})
# what the model calls a name between commas that is no name of a kind before it: a person
# ("the firm, Jane Ward,") or a place ("a firm in Boston, Massachusetts,")
_NOT_BETWEEN = frozenset({"PERSON", "GPE", "LOC", "FAC"})
_CLAUSE_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_NAME_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "GPE", "NORP", "WORK_OF_ART", "FAC", "LOC"})


def called_names(reader: CandidateReader) -> None:
    """Adds the names introduced by "called", "named", "dubbed", "known as" or "tracked as"
    after a listed kind of thing, or set beside it ("the broadcaster NRK", "a marketing firm,
    STOIC,"), typed by that kind; claims malware names without an entity. Persons introduced
    by a title between commas ("a ministry spokesman in New Delhi, NAME, said") too."""
    doc, words, lowers = reader.doc, reader.words, reader.lowers
    kinds = possible_kinds(reader)
    for i, word in enumerate(words):
        if word == ",":
            name_after_title(reader, i)
            continue
        naming = lowers[i] in _NAMING_VERBS or lowers[i] in _AS_VERBS
        capital_before = i > 1 and word.islower() and _capitalised(words[i - 1])
        if not (naming or i in kinds or capital_before):
            continue  # most words: no Token object needed
        token = doc[i]
        if token.is_lower and token.pos_ == "NOUN":
            _name_before(reader, token)
        if naming:
            _owner_naming(reader, token)
            kind = _kind_named(reader, token)
            noun = _named_noun(reader, token)
            if in_frame(reader, noun):
                kind = NO_ENTITY  # "in an operation dubbed Medusa": a code name, no group
            name = _name_after(reader, token) if kind else None
        elif token.is_lower and token.i + 2 < len(reader.doc):
            kind = kind_of(reader, token)
            name = _name_beside(reader, token) if kind else None
            noun = token
        else:
            continue
        if kind is None or name is None or not reader.free(*name) or reader.in_gazetteer(*name):
            continue  # a capital or demonym there: its own step decides
        if kind == NO_ENTITY:
            reader.claimed.update(range(*name))
        elif named := reader.add(
            *name, kind, from_model=True, country=kind_state(reader, noun, kind)
        ):
            _definite_kind(reader, noun, named)


def _name_before(reader: CandidateReader, noun: Token) -> None:
    """ "the Guccifer 2.0 persona": capitalised words the model missed between an article and a
    kind noun name a thing of that kind."""
    doc = reader.doc
    start = noun.i
    while start > 1 and noun.i - start < _MAX_NAME_WORDS and _name_part(doc[start - 1]):
        start -= 1
        if _coded_tail(doc, start):
            start -= 2  # "the Scan-V tool": a code name written on with a hyphen
    if start == noun.i or doc[start - 1].lower_ not in ("the", "a", "an"):
        return
    if any(t.tag_ in ("NN", "NNS") for t in doc[start : noun.i]):
        return  # "the Web site": a common noun written with a capital
    if any(_model_name(reader, i) for i in range(start, noun.i)) or reader.in_gazetteer(
        start, noun.i
    ):
        return
    modifiers = [c for c in noun.lefts if c.i < start and c.dep_ in ("compound", "amod")]
    kind = kind_words(reader, noun, modifiers)
    if kind is not None and kind != NO_ENTITY and not person_named(reader, doc[noun.i - 1]):
        reader.add(start, noun.i, kind, from_model=True)


def _coded_tail(doc, i: int) -> bool:
    """Token ``i`` is the capitals or digits after a hyphen that close a code name ("V" of
    "Scan-V", "2V" of "Crystal-2V"; not "Fi" of "Wi-Fi")."""
    return (
        i > 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i].text.isupper()
        and doc[i - 2].text[:1].isupper()
    )


def _model_name(reader: CandidateReader, i: int) -> bool:
    """The model read a name at token ``i``; not a nationality it saw in a code name ("Scan"
    of "Scan-V")."""
    ent = reader.model_at.get(i)
    return ent is not None and ent.label_ != "NORP"


def _owner_naming(reader: CandidateReader, verb: Token) -> None:
    """ "STOIC, whose operation OpenAI nicknamed Zero Zeno": the name given to an owner's
    operation or network is another name of the owner (an operation is listed like the group
    behind it)."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    whose = next((c for c in obj.children if c.lower_ == "whose"), None) if obj else None
    if obj is None or whose is None or reader.doc[whose.i - 1].text != ",":
        return
    if kind_of(reader, obj) is None:
        return
    owner = next(
        (c for c in reader.candidates if reader.tokens.get(id(c), (0, 0))[1] == whose.i - 1),
        None,
    )
    name = _name_after(reader, verb)
    if owner is None or name is None or owner.mention.type not in ("Organization", "Agency"):
        return
    alias = reader.add(*name, owner.mention.type, same_as=-1, proper=False)
    if alias is not None:
        reader.defined[alias.mention.start] = owner


def _definite_kind(reader: CandidateReader, noun: Token, named: Candidate) -> None:
    """ "The group, which Google calls APT42, ...": the definite kind noun is a mention of the
    name it introduces (no other group named before)."""
    det = next((c for c in noun.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("the", "this") or not reader.free(det.i, noun.i + 1):
        return
    alias = reader.add(det.i, noun.i + 1, named.mention.type, same_as=-1, proper=False)
    if alias is not None:
        reader.defined[alias.mention.start] = named


def _kind_named(reader: CandidateReader, verb: Token) -> str | None:
    """The type that the noun ``verb`` describes gives a name ("the software, called"), or None
    when the noun is not a listed kind or is itself named ("the Sandworm group, also known as"
    introduces another name of Sandworm: ``name_shapes.alias_after`` reads it)."""
    if any(c.lower_ == "also" for c in verb.children):
        return None
    if verb.dep_ not in ("acl", "relcl"):
        noun = _noun_before(reader, verb)
        return kind_of(reader, noun) if noun is not None else None
    if verb.head.tag_ == "CD" or verb.head.lower_ in _ONE_OF:
        return _kind_before(reader, verb.head)  # "Two of the operations ... One, called X"
    return kind_of(reader, verb.head)


def _named_noun(reader: CandidateReader, verb: Token) -> Token:
    """The noun a naming verb names: the one the parser hangs it on, else the one right before
    it (``_noun_before``)."""
    if verb.dep_ in ("acl", "relcl"):
        return verb.head
    return _noun_before(reader, verb) or verb.head


def _noun_before(reader: CandidateReader, verb: Token) -> Token | None:
    """ "One program, codenamed Scan-V, scours ...", "arrested 40 people in an operation
    codenamed Trojan Shield": the common noun right before the naming verb (or before the comma
    that opens its clause), which the parser may not hang the clause on."""
    comma = verb.i > 1 and reader.words[verb.i - 1] == ","
    i = verb.i - 1 - comma
    if i < 1 or reader.doc[i].tag_ not in ("NN", "NNS"):
        return None
    return reader.doc[i] if comma or verb.tag_ in ("VBN", "VBD") else None


def _kind_before(reader: CandidateReader, one: Token) -> str | None:
    """The kind of the nearest plural kind noun before "one" or "another" in its sentence or
    the one before ("Two of the operations came from Russia. One, which OpenAI called ...")."""
    start = sentence_start(reader.doc, one.i)
    first = sentence_start(reader.doc, start - 1) if start else 0
    for token in reversed(reader.doc[first : one.i]):
        if token.tag_ == "NNS" and (kind := kind_of(reader, token)) is not None:
            return kind
    return None


def _name_beside(reader: CandidateReader, noun: Token) -> tuple[int, int] | None:
    """Token range of a name right after its kind noun ("the broadcaster NRK", "the news agency
    Tasnim", not "the company Tuesday said"), or in apposition between commas after it or after
    its place ("a commercial firm in Tel Aviv, STOIC, whose"; not "a spokesman for the firm,
    Jane Ward,": a person; not "a firm in Boston, Massachusetts,": a place)."""
    doc = reader.doc
    comma = _place_end(reader, noun)
    between = doc[comma].text == ","
    if comma > noun.i + 1 and not between:
        return None
    start = comma + 1 if between else noun.i + 1
    if between and doc[start].lower_ == "the" and doc[start + 1].is_upper:
        start += 1  # "Spain's data protection authority, the AEPD,"
    ent = reader.model_at.get(start)
    if ent is not None and ent.start == start:
        end = ent.end
        if ent.label_ not in _NAME_LABELS or (
            between and ent.label_ in _NOT_BETWEEN and not _named_subject(noun, ent)
        ):
            return None
    else:
        end = start
        while end < len(doc) and end - start < _MAX_NAME_WORDS and _name_part(doc[end]):
            end += 1
    if end == start or end >= len(doc):
        return None
    if reader.lex.title_at(reader.lowers[start:end]):
        return None  # "company CEO Steve Jobs": a title opens a person's name, not the kind's
    end = _joined_tail(doc, end)
    if end >= len(doc):
        return None
    root = next((t for t in doc[start:end] if not start <= t.head.i < end), doc[end - 1])
    if root.dep_ == "nsubj" and root.head.dep_ == "relcl" and root.head.head.i == noun.i:
        return None  # "an area Moscow considers its own": the subject of a relative clause
    if between and not (
        doc[end].text in (",", ".", ")", ";")
        and (ent is None or any(t.dep_ == "appos" and t.head.i == noun.i for t in doc[start:end]))
    ):
        return None
    return start, end


def _named_subject(noun: Token, ent: Span) -> bool:
    """ "Ireland's media regulator, Coimisiún na Meán, said": a name the model took for a
    person's, in apposition to a kind that is itself the subject or object, names the kind; in
    "a spokesman for the regulator, Jane Ward," the kind is inside a phrase and the name the
    spokesman's."""
    return ent.label_ == "PERSON" and noun.dep_ in _CLAUSE_DEPS and ent.root.head.i == noun.i


def _place_end(reader: CandidateReader, noun: Token) -> int:
    """Index after "in Tel Aviv" right after ``noun`` ("a firm in Tel Aviv"), else after it."""
    doc = reader.doc
    at = noun.i + 1
    if at + 1 < len(doc) and doc[at].lower_ in ("in", "from"):
        place = reader.model_at.get(at + 1) or reader.gaz_at.get(at + 1)
        if place is not None and place.start == at + 1 and place.end < len(doc):
            return place.end
    return at


def _joined_tail(doc, end: int) -> int:
    """End of a name that goes on with "for" and capitalised words ("the group Sikhs for
    Justice"), which the model cuts; not "of" ("the company Quorvex of Ohio")."""
    if end + 1 < len(doc) and doc[end].lower_ == "for" and _name_part(doc[end + 1]):
        stop = end + 1
        while stop < len(doc) and stop - end <= _MAX_NAME_WORDS and _name_part(doc[stop]):
            stop += 1
        return stop
    return end


def _name_after(reader: CandidateReader, verb: Token) -> tuple[int, int] | None:
    """Token range of the name right after ``verb`` ("known as X", "dubbed 'Bad Grammar'"):
    the model's entity there, else its capitalised words; None when no name follows."""
    doc = reader.doc
    i = verb.i + 1
    if verb.lower_ in _AS_VERBS:
        if i >= len(doc) or doc[i].lower_ != "as":
            return None
        i += 1
    while i < len(doc) and doc[i].is_quote:
        i += 1
    if i >= len(doc) or not (doc[i].text[0].isupper() or doc[i].text[0].isdigit()):
        return None
    ent = reader.model_at.get(i)
    if ent is not None and ent.start == i:
        return ent.start, _hyphen_joined(doc, ent.end)
    end = i
    while end < len(doc) and end - i < _MAX_NAME_WORDS and _name_part(doc[end]):
        end += 1
    return (i, _hyphen_joined(doc, end)) if end > i else None


def _hyphen_joined(doc, end: int) -> int:
    """End of a name written on with a hyphen and no space ("Scan-V", "Crystal-2V"), which the
    model often cuts at the hyphen."""
    while (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and (doc[end + 1].text[:1].isupper() or doc[end + 1].text[:1].isdigit())
    ):
        end += 2
    return end


def _name_part(token: Token) -> bool:
    """A capitalised word, not an adjective made with a hyphen ("U.S.-based", "Kremlin-linked")."""
    text = token.text
    made = "-" in text and text.rsplit("-", 1)[1][:1].islower()
    return _capitalised(text) and not token.is_punct and not made


def _capitalised(word: str) -> bool:
    return word[:1].isupper() or word[:1].isdigit()
