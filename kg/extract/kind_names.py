"""Names read by the kind noun after them: "Bulgaria's Vazrazhdane party" (a name the model
missed), "the Lawrence Bishnoi group" (a group named after a person keeps its noun)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.shapes import tokens_lowered

if TYPE_CHECKING:
    from spacy.tokens import Token

    from kg.extract.entities import CandidateReader


def named_kind_end(reader: CandidateReader, start: int, end: int, kind: str) -> int:
    """ "the Lawrence Bishnoi group": an organisation named by a person's full name keeps its
    kind noun in its name, so it is not that person's name ("the Doppelganger network" is
    "Doppelganger")."""
    tokens = reader.doc[start:end]
    person_shaped = len(tokens) >= 2 and all(t.is_title and t.is_alpha for t in tokens)
    head = tokens[-1].head.i
    return head + 1 if kind == "Organization" and person_shaped and head >= end else end


def names_before_kinds(reader: CandidateReader) -> None:
    """ "Bulgaria's pro-Russian Vazrazhdane party", "the Zorlak group": capitalised proper nouns
    nothing read, right before a lower-case kind of organisation, are its name."""
    doc = reader.doc
    kinds = {w for w, t in reader.lex.called_kinds.items() if t == "Organization" and " " not in w}
    for i in tokens_lowered(doc, kinds):
        if not doc[i].is_lower or doc[i].pos_ != "NOUN":
            continue
        start = i
        while i - start < 3 and start > 0 and _unread_proper_noun(reader, doc[start - 1]):
            start -= 1
        attached = start > 0 and not doc[start - 1].whitespace_  # "Wi-Fi network"
        if start < i and not attached and not reader.in_gazetteer(start, i):
            kind = "Platform" if _opens_platform_noun(reader, doc[i]) else "Organization"
            reader.add(start, i, kind, from_model=True)


_NAME_WORDS = 3  # "analysis firm Blue Harbor Labs": words of a name after its kind


def names_after_firm_nouns(reader: CandidateReader) -> None:
    """ "Blockchain analysis firm Chainalysis estimated", "the telecoms operator Zentel": proper
    nouns nothing read, right after a lower-case firm noun (``firm_nouns``, singular) and ending
    where the proper nouns do, are a firm's name (the parser may even call the noun an
    adjective, so the word, not its tag, is read)."""
    doc = reader.doc
    nouns = [w for w in reader.lex.firm_nouns if not w.endswith("s")]
    for i in tokens_lowered(doc, nouns):
        end = i + 1
        while end - i <= _NAME_WORDS and end < len(doc) and _unread_proper_noun(reader, doc[end]):
            end += 1
        if end == i + 1 or end - i > _NAME_WORDS or not doc[i].is_lower:
            continue
        if end < len(doc) and doc[end].text[:1].isupper():
            continue  # the name goes on over words something else read
        if not reader.in_gazetteer(i + 1, end):
            reader.add(i + 1, end, "Organization", firm=True)


def _opens_platform_noun(reader: CandidateReader, token: Token) -> bool:
    """ "Orion network management software": the kind word only opens a compound ending in a
    platform noun, which is what the name names."""
    for _ in range(3):
        if token.dep_ != "compound" or token.head.i <= token.i:
            return False
        token = token.head
        if token.is_lower and token.lower_ in reader.lex.platform_nouns:
            return True
    return False


def _unread_proper_noun(reader: CandidateReader, token: Token) -> bool:
    return (
        token.tag_ == "NNP"
        and token.is_title
        and not token.is_sent_start
        and token.ent_type_ == ""
        and token.lower_ not in reader.lex.party_labels
        and reader.free(token.i, token.i + 1)
    )


_FAMILY = frozenset({"family", "siblings", "twins"})


def names_a_family(reader: CandidateReader, start: int, end: int) -> bool:
    """ "the Kia brothers", "the Skripal family": one word before a plural kin noun names a
    family, no entity of its own, when the article names a person of that surname (the model
    calls it an organisation; "the Kia plant" keeps the firm)."""
    doc = reader.doc
    if end - start != 1 or end >= len(doc):
        return False
    noun = doc[end]
    kin = noun.lower_ in _FAMILY or (
        noun.tag_ == "NNS" and noun.lemma_.lower() in reader.lex.kin_nouns
    )
    word = doc[start].text
    return kin and any(
        e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word for e in reader.model_ents
    )


_KIND_REACH = 3  # "SVR foreign intelligence service": lower-case words up to the kind noun
_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod"})  # how the parser hangs "SVR" on it


def kind_noun_end(reader: CandidateReader, end: int, entity_type: str) -> int:
    """ "Russia's SVR foreign intelligence service", "the GRU military intelligence agency",
    "the TASS news agency": a known short name in capitals opening a lower-case noun phrase that
    names its kind spans that phrase, as news and the annotated sets write the body's mention;
    ``end`` otherwise."""
    doc = reader.doc
    last = doc[end - 1]
    if len(last.text) < 2 or not last.text.isupper() or last.dep_ not in _MODIFIER_DEPS:
        return end
    head = last.head
    if not end <= head.i < end + _KIND_REACH:
        return end
    words = reader.lowers[end : head.i + 1]
    if not all(t.is_lower and t.is_alpha for t in doc[end : head.i + 1]):
        return end
    if head.i + 1 < len(doc) and doc[head.i + 1].dep_ == "compound":
        return end  # "the FSB security service headquarters": the kind is not the end
    kinds = reader.lex.called_kinds
    if entity_type == "Agency":
        fits = words[-1] in reader.lex.body_end_words or kinds.get(words[-1]) == "Agency"
    else:
        fits = entity_type in (kinds.get(" ".join(words[-2:])), kinds.get(words[-1]))
    return head.i + 1 if fits and reader.free(end, head.i + 1) else end
