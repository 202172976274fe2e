"""Persons named in a list with a person the model recognised: "NAME NAME, NAME NAME and NAME
NAME were convicted". The model calls some of the names organisations or cuts one in two; names
of one shape coordinated with a person are persons. A step of
``kg.extract.entities.CandidateReader``, run before the model's own names; with the tests the
model's own names go through when they are a person's ("X Y, 30,", the model's "Kia" of "Peyman
Kia had")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.roles import read_person
from kg.extract.shapes import age_follows
from kg.extract.titled_names import named_after_title

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.extract.entities import CandidateReader

_NAME_LENGTHS = range(2, 5)  # "First Last" up to "First Middle Second Last"
_LAST_JOINS = frozenset({"and", "or"})
# words before a name a person goes by or is written under ("a passport in the name of X Y")
_ALIAS_BEFORE = (["name", "of"], ["the", "name"], ["the", "alias"], ["alias", "of"])
# "government of", "regime of": the name after one is its leader's
_LED_BY = [["government", "of"], ["administration", "of"], ["regime", "of"], ["cabinet", "of"]]
# the model's labels a list's name may carry: its misreadings of a person's name
_PERSON_MISREADINGS = frozenset({"", "PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT"})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def listed_persons(reader: CandidateReader) -> None:
    """Every name of a list ("A B, C D and E F") holding a person the model found whole is a
    person, when each is two to four capitalised proper nouns no gazetteer name, title or body
    word is part of."""
    done: set[int] = set()
    for ent in reader.model_ents:
        if ent.label_ != "PERSON" or ent.start in done or _name_end(reader, ent.start) != ent.end:
            continue
        items = _list_around(reader, ent.start, ent.end)
        done.update(start for start, _ in items)
        for start, end in items:
            whole = reader.model_at.get(start)
            if whole is not None and whole.label_ == "PERSON" and whole.end == end:
                continue  # the model's own person: its step reads it
            if reader.free(start, end):
                reader.person(start, end)


def _list_around(reader: CandidateReader, start: int, end: int) -> list[tuple[int, int]]:
    """The names of the list ``[start, end)`` is one of, in text order; [] when it is none: a
    list joins its last name with "and"/"or" and the others with commas."""
    items: list[tuple[int, int]] = [(start, end)]
    joins: list[bool] = []
    while (before := _item_before(reader, items[0][0])) is not None:
        items.insert(0, before[:2])
        joins.insert(0, before[2])
    while (after := _item_after(reader, items[-1][1])) is not None:
        items.append(after[:2])
        joins.append(after[2])
    if not joins or not joins[-1] or any(joins[:-1]):
        return []
    return items


def _item_before(reader: CandidateReader, start: int) -> tuple[int, int, bool] | None:
    """The name before a list's name and whether "and"/"or" joined them."""
    doc = reader.doc
    sep = start
    while sep > 0 and (doc[sep - 1].text == "," or doc[sep - 1].lower_ in _LAST_JOINS):
        sep -= 1
    if not _separator(reader.doc, sep, start):
        return None
    for length in _NAME_LENGTHS:
        first = sep - length  # the whole name: no name word before it
        whole = first == 0 or (first > 0 and not _name_token(reader, doc[first - 1]))
        if whole and _name_end(reader, first) == sep:
            if _place_after_preposition(reader, first, sep):
                return None  # "unsealed in New York, Zhu Hua and Zhang Shilong": the place
            return first, sep, _joined(doc, sep, start)
    return None


def _place_after_preposition(reader: CandidateReader, start: int, end: int) -> bool:
    """The model's place, whole, after a preposition of place ("in", "at", "from", "near")."""
    place = reader.model_at.get(start)
    return (
        place is not None
        and place.label_ in _PLACE_LABELS
        and (place.start, place.end) == (start, end)
        and reader.lowers[start - 1 : start] in (["in"], ["at"], ["from"], ["near"])
    )


def _item_after(reader: CandidateReader, end: int) -> tuple[int, int, bool] | None:
    """The next name of a list after ``end`` and whether "and"/"or" joined it (the last)."""
    doc = reader.doc
    sep = end
    while sep < len(doc) and (doc[sep].text == "," or doc[sep].lower_ in _LAST_JOINS):
        sep += 1
    if not _separator(doc, end, sep) or sep >= len(doc):
        return None
    stop = _name_end(reader, sep)
    return (sep, stop, _joined(doc, end, sep)) if stop is not None else None


def _separator(doc: Doc, start: int, end: int) -> bool:
    """ ",", "and", "or", ", and": what stands between two names of a list."""
    words = [t.lower_ for t in doc[start:end]]
    return words in ([","], ["and"], ["or"], [",", "and"], [",", "or"])


def _joined(doc: Doc, start: int, end: int) -> bool:
    return any(t.lower_ in _LAST_JOINS for t in doc[start:end])


def _name_end(reader: CandidateReader, start: int) -> int | None:
    """The end of a personal name's shape starting at ``start``: two to four capitalised
    proper nouns, no more; None when none starts there."""
    doc = reader.doc
    end = start
    while end < len(doc) and _name_token(reader, doc[end]):
        end += 1
    if end - start not in _NAME_LENGTHS:
        return None
    words = {t.lower_ for t in doc[start:end]}
    lex = reader.lex
    if lex.names_agency(words) or doc[end - 1].lower_ in lex.place_words:
        return None
    if reader.in_gazetteer(start, end):
        return None
    if any(lex.title_at(reader.lowers[i:end]) for i in range(start, end)):
        return None  # "Environment Minister NAME": a title and a name, read by their steps
    return end


def _name_token(reader: CandidateReader, token) -> bool:
    return (
        token.is_title
        and token.is_alpha
        and token.tag_ in ("NNP", "NNPS")  # surnames ending in -s: "Morenets", "Williams"
        and token.ent_type_ in _PERSON_MISREADINGS
        and token.lower_ not in reader.lex.called_kinds
    )


def whole_name_start(reader: CandidateReader, start: int, end: int) -> int:
    """ "Peyman Kia had held posts": a name the model cut after a sentence's first word starts
    at that word when the two are a person's name the model found elsewhere in the article."""
    doc = reader.doc
    if start == 0 or not doc[start - 1].is_sent_start or not doc[start - 1].is_title:
        return start
    whole = doc[start - 1 : end].text
    named = any(e.label_ == "PERSON" and e.text == whole for e in reader.model_ents)
    return start - 1 if named else start


def looks_like_person(reader: CandidateReader, start: int, end: int) -> bool:
    """An ORG that an apposition, an age or a title before it marks as a person ("X Y, a
    professor at ...", "X Y, 30, of Boston", "the ambassador to the UN, X Y,")."""
    doc, lex = reader.doc, reader.lex
    tokens = doc[start:end]
    if not 2 <= len(tokens) <= 4 or not all(_name_part(t) for t in tokens):
        return False
    if tokens[0].text == "-" or tokens[-1].text == "-":
        return False
    last = tokens[-1].lower_
    if lex.names_agency({last}) or last in lex.body_end_words:
        return False  # "Ukraine's General Staff": a rank before a body's noun, no name
    if len(tokens) == 2 and tokens[0].lower_ in lex.peer_titles:
        return True  # "Baroness Hodge", a peer's name
    if reader.lowers[max(0, start - 2) : start] in _LED_BY:
        return True  # "the previous government of X Y": its leader
    if age_follows(doc, end) or named_after_title(reader, start, end):
        return True  # "X Y, 30,"; "Russia's ambassador to the UN, X Y, said"
    if start and _person_noun(reader, reader.lowers[start - 1]):
        return True  # "the fugitive oligarch Ilan Shor": a person's noun right before
    if start >= 2 and reader.words[start - 1] == "," and _person_or_kin(reader, start - 2):
        return True  # "His Russian lawyer, Anatoly Kucherena, said": an apposition
    if [t.lower_ for t in doc[end : end + 2]] in ([",", "whom"], [",", "who"]):
        return True  # "X Y, who was given a life sentence": only persons are who or whom
    if reader.lowers[max(0, start - 3) : start][-2:] in _ALIAS_BEFORE:
        return True  # "a passport in the name of X Y", "travelling under the name X Y"
    reading = read_person(doc, start, end, lex)
    return reading is not None and (reading.private or reading.role is not None)


def _name_part(token) -> bool:
    """A capitalised word of a name, or a hyphen inside one ("Kassym-Jomart Tokayev")."""
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not token.nbor(-1).whitespace_
    return token.is_title and token.is_alpha


def _person_or_kin(reader: CandidateReader, i: int) -> bool:
    """The word at ``i`` is a noun only a person is or a relative's ("wife", "lawyer")."""
    word = reader.lowers[i]
    return _person_noun(reader, word) or word in reader.lex.kin_nouns


def _person_noun(reader: CandidateReader, word: str) -> bool:
    """A noun only a person is ("oligarch", "journalist"), not a firm's kind too ("contractor")."""
    lex = reader.lex
    return (word in lex.person_nouns or word in lex.private_person_nouns) and (
        word not in lex.called_kinds
    )
