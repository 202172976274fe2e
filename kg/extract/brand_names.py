"""Names written as one lower-case letter, a hyphen and a capitalised word: "i-Soon" (a Chinese
contractor), "e-Albania" (a government portal), "e-Devlet". The tokenizer splits them in three and
the model reads none of them (or only the state in "e-Albania"); they are one name, typed by the
kind noun before or after them ("the Shanghai contractor i-Soon", "the e-Albania portal"), else
an Organization. Read before the gazetteer's names, so "Albania" in "e-Albania" names no state.
And a known firm's products named after it ("Yandex Disk", "Baidu Netdisk"), which the model
takes for persons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.kinds import NO_ENTITY, kind_after_name, kind_of

if TYPE_CHECKING:
    from kg.extract.entities import CandidateReader


def letter_brands(reader: CandidateReader) -> None:
    """Adds every "x-Name" name, typed by its kind noun."""
    doc = reader.doc
    for i in range(len(doc) - 2):
        if not _letter_brand(reader, i):
            continue
        start, end = i, i + 3
        kind = kind_after_name(reader, start, end)
        if kind is None and start > 0 and doc[start - 1].is_lower:
            kind = kind_of(reader, doc[start - 1])  # "the contractor i-Soon"
        if kind is None:
            kind = _kind_in_apposition(reader, start, end)  # "e-Devlet, the online service"
        if kind == NO_ENTITY:
            reader.claimed.update(range(start, end))
        elif reader.free(start, end):
            reader.add(start, end, kind or "Organization", from_model=True)


def _kind_in_apposition(reader: CandidateReader, start: int, end: int) -> str | None:
    """The kind of a noun in apposition to the name (", the state's online service")."""
    for token in reader.doc[start:end]:
        for child in token.children:
            if child.dep_ == "appos" and child.i >= end and (kind := kind_of(reader, child)):
                return kind
    return None


def _letter_brand(reader: CandidateReader, i: int) -> bool:
    """Tokens i, i+1, i+2 are a lower-case letter, a hyphen and a capitalised word written
    together, the letter opening a word ("i-Soon"; not "e-mail")."""
    doc, words = reader.doc, reader.words
    letter, hyphen, rest = words[i], words[i + 1], words[i + 2]
    return (
        len(letter) == 1
        and letter.isalpha()
        and letter.islower()
        and hyphen == "-"
        and rest[:1].isupper()
        and rest[1:2].islower()
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and (i == 0 or bool(doc[i - 1].whitespace_) or not doc[i - 1].text.isalnum())
    )


_PRODUCT_WORDS = 2  # "Yandex Disk", "Baidu Netdisk", "Kaspersky Endpoint Security" is three
_FIRM_TYPES = frozenset({"Platform", "Organization"})


def brand_products(reader: CandidateReader) -> None:
    """ "the cloud service Baidu Netdisk", "He used Yandex Disk": a name the model calls a
    person or a product that opens with a known firm's or platform's name and goes on over one
    or two capitalised words is that firm's product, a Platform (no person's name opens with
    "Yandex"); not a firm's unit or kind ("Google Threat Intelligence" is known, "Tencent
    Holdings Ltd" ends in a legal form)."""
    for ent in reader.model_ents:
        if ent.label_ not in ("PERSON", "PRODUCT"):
            continue
        span = reader.gaz_at.get(ent.start)
        if span is None or span.start != ent.start:
            continue
        entry = reader.gazetteer.get(span.id_)
        if entry is None or entry.type not in _FIRM_TYPES:
            continue
        rest = reader.doc[span.end : ent.end]
        if not 1 <= len(rest) <= _PRODUCT_WORDS or not all(_product_word(reader, t) for t in rest):
            continue
        if reader.free(ent.start, ent.end):
            reader.add(ent.start, ent.end, "Platform", from_model=True)


def _product_word(reader: CandidateReader, token) -> bool:
    """A capitalised word or a version naming a product, not a kind's or a legal form's."""
    word = token.lower_
    return (
        (token.is_title or token.is_digit)
        and token.i not in reader.gaz_at
        and word not in reader.lex.called_kinds
        and word not in reader.lex.legal_forms
        and word not in reader.lex.non_agency_words
    )


def national_units(reader: CandidateReader) -> None:
    """ "the head of TikTok India", "Meta Ireland was fined": a known platform's name right
    before a state's name, with nothing between, is the firm's unit in that state, an
    Organization by the whole name (neither the platform nor the state is named there). Read
    before the gazetteer's names, which would claim the two apart."""
    spans = {span.start: span for span in reader.gaz_spans if span.label_ == "name"}
    for span in list(spans.values()):
        entry = reader.gazetteer.get(span.id_)
        state_span = spans.get(span.end)
        if entry is None or entry.type != "Platform" or state_span is None:
            continue
        state = reader.gazetteer.get(state_span.id_)
        if state is None or state.type != "Country" or reader.doc[span.end - 1].whitespace_ == "":
            continue
        if reader.free(span.start, state_span.end):
            reader.add(span.start, state_span.end, "Organization")
