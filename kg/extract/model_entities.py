"""The model's entities retyped by their shape and the words around them (a step of
``kg.extract.entities``): PERSON -> Official/Person, or the firm, place or body the text says
it is; ORG/PRODUCT -> Agency/Organization/Platform; GPE/LOC/FAC -> Place, unless the name is
a body's ("the Sikh Federation") or an outlet's ("speaking to Bloomberg"). Names that name
nothing (titles, peoples, families, headline words) are left out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.countries import is_state_word, names_a_people
from kg.extract.kin_names import names_family
from kg.extract.kind_appositions import act_named
from kg.extract.kind_names import named_kind_end, names_a_family
from kg.extract.kinds import NO_ENTITY, kind_after_name, weapon_after
from kg.extract.listed_persons import looks_like_person, whole_name_start
from kg.extract.lone_names import firm_type, lone_name
from kg.extract.name_runs import firm_by_context
from kg.extract.name_shapes import (
    last_of_places,
    name_start_before_of,
    names_a_body,
    names_software,
    shouted,
)
from kg.extract.place_names import local_government, lone_place_name, place_of_kind
from kg.extract.shapes import built_once, is_told, supporters_of, trim
from kg.extract.staff import firm_title_after, inside_title

if TYPE_CHECKING:
    from spacy.tokens import Span

    from kg.entity_lexicon import Lexicon
    from kg.extract.entities import CandidateReader
    from kg.gazetteer import GazetteerEntry
    from kg.resolve import Candidate

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_FIRM_MISREADINGS = {"PERSON", *_PLACE_LABELS}  # labels the model gives a firm it does not know


def _no_model_names(lex: Lexicon) -> frozenset[str]:
    """Words the model takes for names that name nothing: "Spokesman", party labels."""
    return lex.not_names | lex.party_labels


def _people_of_a_state(reader: CandidateReader, text: str) -> bool:
    """ "Sri Lankans", "Filipinos": a plural of a state's demonym names its people."""
    return text.endswith("s") and text[:-1].lower() in reader.demonyms


def _facility_name(reader: CandidateReader, start: int, end: int) -> bool:
    """ "John F. Kennedy International Airport", "Evin Prison": a name of two words or more
    ending in a facility's word (``place_words``) names a place; not one that speaks or acts
    ("Jane Street said", "Heathrow Airport said": a firm, its operator)."""
    last = reader.doc[end - 1]
    facility = end - start >= 2 and last.is_title and last.lower_ in reader.lex.place_words
    return facility and last.dep_ != "nsubj"


def model_entity(reader: CandidateReader, ent: Span) -> None:
    start, end = trim(reader.doc, ent.start, ent.end, lower_tail=True)
    start = whole_name_start(reader, start, end)  # "Peyman Kia had": the model's "Kia"
    # "U.S. Navy/Handout", "Jane Roe/AP": a photo credit names the source before the slash
    end = next((i for i in range(start, end) if reader.words[i] == "/"), end)
    if start >= end or not reader.free(start, end):
        return
    text = reader.doc[start:end].text
    if text.lower() in built_once(reader.lex, "no model names", _no_model_names):
        return
    if (entry := entry_named_elsewhere(reader, text)) is not None:
        reader.add(start, end, entry.type, gazetteer_id=entry.id)  # "Meta described the verdict"
        return
    if inside_title(reader, start, end):
        return  # "the Home Secretary", "Chief Cabinet Secretary": the model's word is a title's
    if names_an_idea(reader, start, end):
        return  # "a campaign of Russophobia": a prejudice, no organisation
    if weapon_after(reader, end):
        return  # "Taurus cruise missiles": a weapon, no actor
    if _for_supporters(reader, ent, start):
        return  # "pro-Navalny protesters": whom they support, no actor
    if _titles_plural(reader, text):
        return  # "reached MPs from across the political spectrum": holders of a title
    if act_named(reader, reader.doc[start:end]):
        return  # "Operation Cloud Hopper", "Exercise Zapad": an act's code name, no actor
    if text.islower() or shouted(reader.doc[start:end]) or names_a_people(reader, start, end):
        return  # "the militar command": a misspelling; "such ANGER & UNITY": emphasis
    if _people_of_a_state(reader, text):
        return  # "Many Sri Lankans turned to VPNs": a state's people, no person
    if names_a_family(reader, start, end):
        return  # "the Kia brothers": a family, no entity
    if start < reader.headline_end and text not in reader.body:
        return  # the model misreads title-case headlines; real names recur in the body
    if names_software(reader, start, end) or is_state_word(reader, start, end):
        return  # a capital or demonym the model calls a person ("that Kyiv needed"): its step
    if place_of_kind(reader, start) or _facility_name(reader, start, end):
        # "the western city of X", "John F. Kennedy International Airport": even as a person
        reader.add(start, end, "Place", proper=True, from_model=True)
    elif ent.label_ == "ORG" and _word_of_person_named(reader, start, end):
        reader.person(start, end)  # "Wang Xiaolin ... Wang ran a police station"
    elif _unknown_place(reader, ent, start, end) and looks_like_person(reader, start, end):
        reader.person(start, end)  # "a second hacker, Karim Baratov,": no place
    elif ent.label_ in _FIRM_MISREADINGS and firm_by_context(reader, start, end):
        reader.add(start, end, "Organization", firm=True)  # "the Wirecard executive"
    elif ent.label_ == "PERSON" and any(c.isdigit() for c in text):
        reader.organisation(start, end)  # "MI6" is not a person
    elif ent.label_ == "PERSON" and (
        last_of_places(reader, start, end) or lone_place_name(reader, start, end)
    ):
        reader.add(start, end, "Place", proper=True, from_model=True)  # "..., and Vladivostok"
    elif ent.label_ == "PERSON" and (firm := firm_named_before(reader, start, end)):
        reader.add(start, end, firm.mention.type, same_as=-1, proper=False)
        reader.defined[reader.doc[start].idx] = firm  # "NTC Vulkan ... Vulkan did not respond"
    elif ent.label_ == "PERSON" and software_by_last_word(reader, start, end):
        reader.add(start, end, "Platform", from_model=True)  # "UC Browser", "Kiwi Messenger"
    elif ent.label_ == "PERSON" and (kind := kind_after_name(reader, start, end)):
        if kind != NO_ENTITY:  # "the Doppelganger network"; malware makes no entity
            reader.add(start, named_kind_end(reader, start, end, kind), kind, from_model=True)
    elif ent.label_ == "PERSON" and names_a_body(reader, end):
        # "the Tasnim news agency"; "the Lawrence Bishnoi group" keeps its noun
        reader.organisation(start, named_kind_end(reader, start, end, "Organization"))
    elif ent.label_ == "PERSON" and (
        firm_title_after(reader, end) or reader.lowers[end - 1] in reader.lex.body_end_words
    ):
        reader.organisation(start, end)  # "Dragos researcher NAME", "General X Directorate"
    elif ent.label_ == "PERSON" and lone_name(reader, start, end):
        if kind_of_firm := firm_type(reader, start, end):  # "Xiaomi said its devices"
            reader.add(start, end, kind_of_firm, firm=True)
        # else "the Tiananmen commemorations": no person the article names, no entity
    elif ent.label_ == "PERSON" and not names_family(reader, start, end):
        reader.person(start, end)
    elif ent.label_ in ("ORG", "PRODUCT") and region_after(reader, end):
        reader.add(start, end, "Place", proper=True, from_model=True)  # "the Kursk region"
    elif (
        ent.label_ in ("ORG", "PRODUCT")
        and not _joined_before(reader, start)
        and kind_after_name(reader, start, end) == "Platform"
    ):
        reader.add(start, end, "Platform", from_model=True)  # "Meta's Llama model"
    elif ent.label_ in ("ORG", "PRODUCT") or _body_as_place(reader, ent, start, end):
        reader.organisation(
            name_start_before_of(reader, start), end
        )  # "the National Anti-Corruption Bureau of Ukraine"
    elif ent.label_ in _PLACE_LABELS and not reader.in_gazetteer(start, end):
        if local_government(reader, start, end):
            reader.add(start, end, "Agency", from_model=True)  # "Fulton County said"
        elif is_told(reader.doc[end - 1], reader.lex) or firm_title_after(reader, end):
            reader.add(start, end, "Organization", from_model=True)  # "speaking to Bloomberg"
        else:
            reader.add(start, end, "Place", proper=True, from_model=True)


def _unknown_place(reader: CandidateReader, ent: Span, start: int, end: int) -> bool:
    """The model's place that the gazetteer does not know: it calls some persons places."""
    return ent.label_ in _PLACE_LABELS and not reader.in_gazetteer(start, end)


def region_after(reader: CandidateReader, end: int) -> bool:
    """A settlement's or region's noun right after the name, or after "and" and another name
    ("the Kursk region", "the Kursk and Belgorod regions"): the name is a place's, whatever
    the model called it (a facility's noun is not read so: "the Tesla factory" names a firm)."""
    doc, lowers = reader.doc, reader.lowers
    i = end
    if i < len(doc) and lowers[i] == "and":
        i += 1
        while i < len(doc) and doc[i].is_title and doc[i].pos_ == "PROPN":
            i += 1
        if i == end + 1:
            return False
    return i < len(doc) and doc[i].is_lower and doc[i].lemma_ in reader.lex.settlement_kinds


def _titles_plural(reader: CandidateReader, text: str) -> bool:
    """An abbreviated title in the plural ("MPs", "MEPs"): its holders, no body."""
    stem = text[:-1]
    return (
        text.endswith("s")
        and len(stem) >= 2
        and stem.isupper()
        and reader.lex.title_at([stem.lower()]) == 1
    )


def _for_supporters(reader: CandidateReader, ent: Span, start: int) -> bool:
    """A person's name written after "pro-", or the model's name that opens with it
    ("Pro-Navalny"; a state's demonym in it is read by the gazetteer step first)."""
    opens = reader.lowers[start] == "pro" and reader.words[start + 1 : start + 2] == ["-"]
    return opens or (ent.label_ == "PERSON" and supporters_of(reader.doc, start))


def names_an_idea(reader: CandidateReader, start: int, end: int) -> bool:
    """Words that all end like a doctrine's or a prejudice's name (``concept_endings``:
    "Russophobia", "Sinophobic Nazism")."""
    endings = tuple(reader.lex.concept_endings)
    return all(reader.lowers[i].endswith(endings) for i in range(start, end))


def _joined_before(reader: CandidateReader, start: int) -> bool:
    """The model's name is the tail of a longer one joined by "for", "of" or "and" ("Justice"
    of "the Rewards for Justice program")."""
    return (
        start >= 2
        and reader.lowers[start - 1] in ("for", "of", "and")
        and reader.words[start - 2][:1].isupper()
    )


def firm_named_before(reader: CandidateReader, start: int, end: int) -> Candidate | None:
    """The one organisation or platform named before whose longer name ends with this one
    word ("NTC Vulkan, a firm ... Vulkan did not respond"), or that is this name with a legal
    form ("Kwan Wah Ltd ... Kwan Wah denied"), when no person the model found bears it as a
    name."""
    here = reader.words[start:end]
    firms = [
        c
        for c in reader.candidates
        if c.proper
        and c.mention.type in ("Organization", "Platform")
        and c.mention.end <= reader.doc[start].idx
        and len(c.mention.text.split()) > 1
        and (
            _short_form(reader, c.mention.text.split(), here)
            or _firm_against_the_model(reader, c, here)
        )
    ]
    named = {c.mention.text for c in firms}
    if len(named) != 1 or (len(here) == 1 and _a_person_named(reader, here[0])):
        return None
    return firms[0]


def _firm_against_the_model(reader: CandidateReader, firm: Candidate, here: list[str]) -> bool:
    """ "Sky Mavis, the Vietnam-based company that ... Sky Mavis has promised": the same words
    that an earlier step typed a firm where the model read a person (by an apposition's kind,
    or the firm's context) name that firm again."""
    if firm.mention.text.split() != here or id(firm) not in reader.tokens:
        return False
    ent = reader.model_at.get(reader.tokens[id(firm)][0])
    return firm.firm or (ent is not None and ent.label_ == "PERSON")


def _short_form(reader: CandidateReader, words: list[str], here: list[str]) -> bool:
    """ "Vulkan" of "NTC Vulkan"; "Hartwell" or "Hartwell Industries" of "Hartwell Industries
    Inc.", a company's name without its legal form, whose first word names it in business news."""
    legal = words[-1].rstrip(",").lower() in reader.lex.legal_forms
    if len(here) > 1:
        return legal and words[:-1] == here
    return words[-1] == here[0] or (legal and words[0] == here[0])


def short_firm_names(reader: CandidateReader) -> None:
    """ "OKB Orlan, a contractor ... Orlan denied the report": the last word of a firm's name,
    alone and capitalised after it where the model found nothing, names the firm again; not a
    word of a kind ("Group", "Media"), which names many bodies."""
    lex = reader.lex
    for i, word in enumerate(reader.words):
        if not word[:1].isupper() or not reader.free(i, i + 1) or i in reader.model_at:
            continue
        if word.lower() in lex.called_kinds or word.lower() in lex.non_agency_words:
            continue
        if _name_word_beside(reader, i) or reader.in_gazetteer(i, i + 1):
            continue
        if reader.doc[i].is_sent_start and reader.doc[i].pos_ != "PROPN":
            continue  # "Security was tight": a common word opening a sentence
        firm = firm_named_before(reader, i, i + 1)
        if firm is not None and reader.add(i, i + 1, firm.mention.type, same_as=-1, proper=False):
            reader.defined[reader.doc[i].idx] = firm


def _name_word_beside(reader: CandidateReader, i: int) -> bool:
    """A capitalised word right before or after: the word is part of a longer name."""
    before = reader.words[i - 1] if i else ""
    after = reader.words[i + 1] if i + 1 < len(reader.words) else ""
    return before[:1].isupper() or after[:1].isupper()


def _word_of_person_named(reader: CandidateReader, start: int, end: int) -> bool:
    """One word the model calls an organisation that is the first or last word of a person's
    name found before it ("Wang Xiaolin ... Wang ran"), and of no organisation named before."""
    if end - start != 1:
        return False
    word, at = reader.words[start], reader.doc[start].idx
    people = [
        c
        for c in reader.candidates
        if c.mention.type in ("Person", "Official") and c.proper and c.mention.end <= at
    ]
    if not any(word in (c.mention.text.split()[0], c.mention.text.split()[-1]) for c in people):
        return False
    return firm_named_before(reader, start, end) is None


def _a_person_named(reader: CandidateReader, word: str) -> bool:
    return any(
        e.label_ == "PERSON" and len(e) > 1 and word in e.text.split() for e in reader.model_ents
    )


def software_by_last_word(reader: CandidateReader, start: int, end: int) -> bool:
    """A name of two or more words whose capitalised last word is a kind of software
    (``called_kinds`` Platform: "UC Browser", "Kiwi Messenger"): no person's name ends so."""
    last = reader.lowers[end - 1]
    return (
        end - start > 1
        and reader.words[end - 1][:1].isupper()
        and reader.lex.called_kinds.get(last) == "Platform"
    )


def entry_named_elsewhere(reader: CandidateReader, text: str) -> GazetteerEntry | None:
    """The gazetteer entry whose guarded name ``text`` is, written in its listed casing, when
    the article names that entry elsewhere: a name keeps its sense through a story, so "Meta
    described the verdict" is the firm of "WhatsApp, which is owned by Meta" though no context
    word of Meta's stands in its own sentence. None when two such entries fit."""
    entries = [e for e in reader.gazetteer.lookup(text) if e.is_guarded(text)]
    if not entries:
        return None  # most names: no need to read the article's gazetteer names
    named = {span.id_ for span in reader.gaz_spans if span.label_ == "name"}
    fitting = [e for e in entries if e.id in named]
    return fitting[0] if len(fitting) == 1 else None


def _body_as_place(reader: CandidateReader, ent: Span, start: int, end: int) -> bool:
    """A body the model calls a place: its words name an agency and its last word is not a
    place's ("Bureau of Ukraine", not "Air Force Base"), its last word is a body's ("the
    Sikh Federation"), or its name goes on ("Forum")."""
    if ent.label_ not in _PLACE_LABELS:
        return False
    words = {t.lower_ for t in reader.doc[start:end]}
    last = reader.doc[end - 1].lower_
    return (
        reader.name_goes_on(end)
        or (
            reader.lex.called_kinds.get(last) == "Organization"
            and last not in reader.lex.place_name_ends
        )
        or (last not in reader.lex.place_words and reader.lex.names_agency(words))
    )
