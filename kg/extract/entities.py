"""Entities of one article: gazetteer matches, body shapes, model entities, roles, anaphors.

Order of precedence, each step claiming the tokens it uses so later steps cannot contradict it:
gazetteer names (from ``doc.spans["gazetteer"]``), bodies built from a country and a head noun
("the Chinese embassy in Washington", "Russia's Foreign Ministry"), the model's entities retyped
by shape (PERSON -> Official/Person, ORG -> Agency/Organization, GPE/LOC/FAC -> Place), then
demonyms and capitals standing for a state, title references ("the CIA director") and anaphors
("the agency"). ``kg.resolve`` groups the candidates into entities.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.entity_lexicon import Lexicon, load_lexicon
from kg.extract.acronym_definitions import acronym_definitions
from kg.extract.acronym_names import acronym_runs
from kg.extract.addressed_bodies import parliaments_addressed
from kg.extract.agency_units import units_of_agencies
from kg.extract.based_names import names_after_base
from kg.extract.brand_names import brand_products, letter_brands, national_units
from kg.extract.called import called_names
from kg.extract.coordinated_bodies import coordinated_bodies
from kg.extract.countries import (
    countries_inside_bodies,
    dateline_state_body,
    demonyms_and_capitals,
)
from kg.extract.cover_names import cover_names
from kg.extract.described_bodies import described_bodies, unnamed_state_bodies
from kg.extract.firm_mentions import firm_descriptions, names_with_legal_forms
from kg.extract.held_bodies import holders_bodies
from kg.extract.holder_offices import offices_of_holders
from kg.extract.home_bodies import (
    bodies_in_a_capital,
    bodies_of_dateline_state,
    embassies_in_capitals,
)
from kg.extract.inner_names import model_name_wins
from kg.extract.kin_names import kin_names
from kg.extract.kind_appositions import kinds_in_appositions, names_listed_after_kinds
from kg.extract.kind_names import kind_noun_end, names_after_firm_nouns, names_before_kinds
from kg.extract.kinds import NO_ENTITY, kind_after_name
from kg.extract.later_mentions import (
    anaphors,
    lede_description,
    surname_of_a_state,
    surnames,
    title_references,
)
from kg.extract.lede_titles import lede_title_holder
from kg.extract.listed_persons import listed_persons, looks_like_person
from kg.extract.model_entities import model_entity, short_firm_names
from kg.extract.name_runs import (
    abbreviated_surnames,
    exclaimed_end,
    firms_named_alike,
    law_names,
    listed_member_firm,
    listed_with_platforms,
    long_body_names,
    makers_by,
)
from kg.extract.name_shapes import (
    alias_after,
    bare_state_body,
    known_without_initials,
    patronymic_names,
    persons_by_apposition,
)
from kg.extract.owned_bodies import foreign_state_body, lower_case_bodies, model_body
from kg.extract.peer_names import peers
from kg.extract.person_descriptions import past_service, person_descriptions
from kg.extract.platform_mentions import guarded_platforms_listed, platform_descriptions
from kg.extract.police import police_named_again, police_of_states
from kg.extract.portfolios import portfolio_holders
from kg.extract.renamings import known_names_joined, renamings
from kg.extract.roles import read_person
from kg.extract.shapes import (
    built_once,
    headline,
    is_platform,
    skipped_tokens,
    supporters_of,
    trim,
)
from kg.extract.ships import navy_ships
from kg.extract.sources import byline_tokens, post_signatures, site_names
from kg.extract.staff import (
    persons_after_titles,
    roles_read,
)
from kg.extract.state_bodies import (
    addressees_inside,
    bodies_of_states,
    courts_by_description,
    dateline_bodies,
    leader_inside,
    state_owned_name,
)
from kg.extract.state_groups import retype_hacking_groups
from kg.extract.title_offices import offices_of_titles
from kg.extract.titled_names import bodies_in_holders_titles, body_in_title
from kg.linebreaks import doc_text
from kg.nlp import SPANS_KEY
from kg.resolve import Candidate, resolve
from kg.settings import DEFAULT_ONTOLOGY_DIR
from kg.types import Article, Entity, Mention

_log = logging.getLogger(__name__)

# Threat trackers' names for groups: "UAC-0063", "UNC1151", "Storm-1516", "DEV-0537" (three
# letters or more, then one block of digits); not "Tu-160", "CVE-2017-0199", "WinRAR 5.61"
_GROUP_ID = re.compile(r"[A-Za-z]{3,}-?\d{3,5}")

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.gazetteer import Gazetteer, GazetteerEntry


def extract_entities(
    doc: Doc, article: Article, gazetteer: Gazetteer, lexicon: Lexicon | None = None
) -> tuple[Entity, ...]:
    """Entities of ``article`` read from ``doc`` (made by ``kg.nlp.load_nlp``)."""
    lexicon = lexicon or load_lexicon(DEFAULT_ONTOLOGY_DIR)
    reader = CandidateReader(doc, gazetteer, lexicon, article.published)
    reader.run()
    return retype_hacking_groups(reader, resolve(reader.candidates, gazetteer, article.published))


def _countries_by_demonym(gazetteer: Gazetteer) -> dict[str, GazetteerEntry]:
    return {d.lower(): e for e in gazetteer.by_type("Country") for d in e.demonyms}


class CandidateReader:
    """Collects candidates from one Doc; ``claimed`` marks tokens already explained."""

    def __init__(
        self, doc: Doc, gazetteer: Gazetteer, lexicon: Lexicon, published: str | None
    ) -> None:
        self.doc, self.gazetteer, self.lex, self.published = doc, gazetteer, lexicon, published
        self.text = doc_text(doc)
        # lower-case words, read once: title lookups slice them all through the steps
        self.words = [t.text for t in doc]
        self.lowers = [w.lower() for w in self.words]  # spaCy's LOWER is str.lower
        self.candidates: list[Candidate] = []
        self.tokens: dict[int, tuple[int, int]] = {}  # id(candidate) -> token range
        self.defined: dict[int, Candidate] = {}  # start offset of a same_as mention -> its referent
        self.claimed: set[int] = set()
        self.name_tails: set[int] = set()  # "on the Chinese Communist Party" ending a body's name
        self.skipped = skipped_tokens(doc) | byline_tokens(doc)
        self.gaz_spans = list(doc.spans[SPANS_KEY]) if SPANS_KEY in doc.spans else []
        self.gaz_at = {i: s for s in self.gaz_spans for i in range(s.start, s.end)}
        self.model_ents = [e for e in doc.ents if not e.id_]  # doc.ents is costly: read once
        self.model_at = {i: e for e in self.model_ents for i in range(e.start, e.end)}
        self.headline_end, self.body = headline(doc)
        self.demonyms = built_once(gazetteer, "countries by demonym", _countries_by_demonym)

    def run(self) -> None:
        navy_ships(self)
        law_names(self)
        long_body_names(self)
        acronym_runs(self)
        makers_by(self)
        letter_brands(self)
        national_units(self)
        self._gazetteer_names()
        bodies_of_states(self)
        police_of_states(self)
        countries_inside_bodies(self)
        addressees_inside(self)
        bodies_in_a_capital(self)
        bodies_of_dateline_state(self)
        embassies_in_capitals(self)
        coordinated_bodies(self)
        units_of_agencies(self)
        names_listed_after_kinds(self)
        called_names(self)
        kinds_in_appositions(self)
        persons_by_apposition(self)
        persons_after_titles(self)
        post_signatures(self)
        site_names(self)
        patronymic_names(self)
        kin_names(self)
        listed_persons(self)
        peers(self)
        names_after_base(self)
        offices_of_titles(self)
        brand_products(self)
        portfolio_holders(self)
        names_with_legal_forms(self)
        lower_case_bodies(self)
        for ent in self.model_ents:
            model_entity(self, ent)
        short_firm_names(self)
        abbreviated_surnames(self)
        names_before_kinds(self)
        names_after_firm_nouns(self)
        renamings(self)
        known_names_joined(self)
        listed_with_platforms(self)
        guarded_platforms_listed(self)
        dateline_bodies(self)
        courts_by_description(self)
        described_bodies(self)
        unnamed_state_bodies(self)
        parliaments_addressed(self)
        offices_of_holders(self)
        cover_names(self)
        surnames(self)
        demonyms_and_capitals(self)
        title_references(self)
        police_named_again(self)
        anaphors(self)
        person_descriptions(self)
        holders_bodies(self)
        bodies_in_holders_titles(self)
        platform_descriptions(self)
        firm_descriptions(self)
        acronym_definitions(self)
        lede_description(self)
        lede_title_holder(self)
        self._link_aliases()
        firms_named_alike(self)

    def _link_aliases(self) -> None:
        """Sort the candidates and point each alias (``same_as``) at its referent's position;
        an alias whose referent a later step withdrew is dropped, not left dangling."""
        self.candidates.sort(key=lambda c: (c.mention.start, c.mention.end))
        position = {id(c): j for j, c in enumerate(self.candidates)}
        orphans = [
            c
            for c in self.candidates
            if c.same_as is not None and id(self.defined.get(c.mention.start)) not in position
        ]
        if orphans:
            _log.debug("aliases of withdrawn names dropped: %s", [c.mention.text for c in orphans])
            dropped = {id(c) for c in orphans}
            self.candidates = [c for c in self.candidates if id(c) not in dropped]
            position = {id(c): j for j, c in enumerate(self.candidates)}
        for i, cand in enumerate(self.candidates):  # same_as links were set by position
            if cand.same_as is not None:
                index = position[id(self.defined[cand.mention.start])]
                self.candidates[i] = replace(cand, same_as=index)

    # -- helpers -----------------------------------------------------------------------------

    def free(self, start: int, end: int) -> bool:
        span = range(start, end)
        return self.claimed.isdisjoint(span) and self.skipped.isdisjoint(span)

    def add(self, start: int, end: int, entity_type: str, **extra) -> Candidate | None:
        start, end = trim(self.doc, start, end)
        if entity_type not in ("Person", "Official"):
            end = exclaimed_end(self.doc, end)
        if start >= end or not self.free(start, end):
            return None
        span = self.doc[start:end]
        gaz_id = extra.pop("gazetteer_id", None)
        mention = Mention(span.text, span.start_char, span.end_char, entity_type, gaz_id)
        cand = Candidate(mention, **extra)
        self.candidates.append(cand)
        self.tokens[id(cand)] = (start, end)
        self.claimed.update(range(start, end))
        return cand

    # -- steps -------------------------------------------------------------------------------

    def _gazetteer_names(self) -> None:
        """Gazetteer names, except inside a longer name the model found (``inner_names``: a
        person's title part still counts, "CIA" in "CIA Deputy Director David Cohen")."""
        for span in self.gaz_spans:
            if span.label_ != "name" or model_name_wins(self, span):
                continue
            entry = self.gazetteer.get(span.id_)
            if entry is None:
                continue
            if past_service(self, span):
                continue  # "a former Israeli military intelligence officer": no actor
            if surname_of_a_state(self, span, entry):
                continue  # "Lisa Monaco ... Monaco warned": her surname
            if entry.type in ("Official", "Person") and supporters_of(self.doc, span.start):
                self.claimed.update(range(span.start, span.end))
                continue  # "a pro-Trump mob": his supporters, not the person
            if member_end := listed_member_firm(self, span, entry):
                self.add(span.start, member_end, "Organization")  # "Intellexa S.A." in a list
                continue
            if foreign_state_body(self, span, entry):
                continue  # "Canada's Justice Department": not the US one
            entry = dateline_state_body(self, span, entry)  # "ISLAMABAD ... the Foreign Office"
            # "Home Secretary James Cleverly": the post the text gives a known person is kept
            # even where the gazetteer lists none on the article's date
            reading = read_person(self.doc, span.start, span.end, self.lex)
            roles = roles_read(self, reading) if reading and entry.type == "Official" else ()
            end = kind_noun_end(self, span.end, entry.type)  # "the SVR foreign intelligence
            # service": the kind after a short name is part of the mention
            if self.add(span.start, end, entry.type, gazetteer_id=entry.id, roles=roles):
                leader_inside(self, span)
                if entry.type == "Official":
                    body_in_title(self, span)  # "CIA Director John Ratcliffe": the CIA too

    def in_gazetteer(self, start: int, end: int) -> bool:
        """A gazetteer surface (capital, demonym) covers these tokens: its own step decides."""
        return any(i in self.gaz_at for i in range(start, end))

    def name_goes_on(self, end: int) -> bool:
        """A capitalised platform noun right after a name ends a body's name ("Islands Forum")."""
        after = self.doc[end] if end < len(self.doc) else None
        return (
            after is not None
            and after.is_title
            and after.lower_ in self.lex.platform_nouns
            and self.free(end, end + 1)
        )

    def person(self, start: int, end: int) -> None:
        """A person (an Official when the text gives a role) named by tokens [start, end)."""
        owner = next((t.i for t in self.doc[start + 1 : end - 1] if t.tag_ == "POS"), None)
        if owner is not None:  # "Trump's White House": the owner, then the body
            self.person(start, owner)
            self.organisation(owner + 1, end)
            return
        reading = read_person(self.doc, start, end, self.lex)
        if reading is None:
            return
        roles = roles_read(self, reading)
        before = self.doc[reading.name_start - 1] if reading.name_start else None
        politician = before is not None and before.lower_ in self.lex.party_labels
        entity_type = "Official" if roles or politician else "Person"
        known = known_without_initials(self, reading.name_start, reading.name_end)
        cand = self.add(
            reading.name_start, reading.name_end, entity_type, roles=roles, gazetteer_id=known
        )
        if cand is not None:
            alias_after(self, cand, reading.name_end)

    def gazetteer_id_in(self, start_char: int, end_char: int) -> str | None:
        """The first gazetteer entry named in a character range ("Chinese" in "Chinese
        President"), for roles whose organisation is not an entity of its own. A name joined
        by a hyphen only describes the body ("pro-Russian Ukrainian", "Google-owned Mandiant")."""
        text = self.text
        for span in self.gaz_spans:
            if start_char <= span.start_char and span.end_char <= end_char:
                before = text[span.start_char - 1] if span.start_char else ""
                after = text[span.end_char] if span.end_char < len(text) else ""
                if "-" not in (before, after):
                    return span.id_
        return None

    def organisation(self, start: int, end: int) -> None:
        if self.name_goes_on(end):
            end += 1  # "the Pacific Islands Forum": a capitalised noun closes the name
        tokens = self.doc[start:end]
        words = {t.lower_ for t in tokens}
        if not _GROUP_ID.fullmatch(tokens.text) and any(
            sum(c.isdigit() for c in t.text) >= 3 for t in tokens
        ):
            return  # "CVE-2017-0199", "WinRAR 5.61": versions and identifiers, not names
        if len(tokens) == 1 and tokens.text.isupper() and len(tokens.text) <= 3:
            kind = kind_after_name(self, start, end)  # "the PAP news agency": a name of a kind
            if kind is not None and kind != NO_ENTITY:
                self.add(start, end, kind, from_model=True)
            else:
                self.add(start, end, "Organization", from_model=True, weak=True)  # "IP", "USB"
        elif looks_like_person(self, start, end):
            self.person(start, end)
        elif tokens[-1].lower_ in self.lex.place_words or self._place_noun_after(end):
            self.add(start, end, "Place", from_model=True)  # "Maxwell Air Force Base"
        elif is_platform(self.doc, start, end, self.lex):
            self.add(start, end, "Platform", from_model=True)  # "the Tor browser"
        elif (
            self._unit_of_agency(end)
            or self.lex.names_agency(words)
            or state_owned_name(self, start, end)
        ):
            model_body(self, start, end)  # "Moldova's Audiovisual Council"
        elif bare_state_body(self, start, end):
            return
        elif cand := self.add(start, end, "Organization", from_model=True):
            alias_after(self, cand, end)  # "the Sandworm group, also known as Voodoo Bear"

    def _place_noun_after(self, end: int) -> bool:
        """ "at Le Bourget airport", "in Lefortovo prison": a facility's lower-case noun right
        after the name makes it a place's."""
        return end < len(self.doc) and self.words[end] in self.lex.place_words

    def _unit_of_agency(self, end: int) -> bool:
        """ "... Center of the FSB": a unit named as part of a known agency is an agency."""
        i = end + 1 if end < len(self.doc) and self.doc[end].lower_ == "of" else None
        if i is not None and i < len(self.doc) and self.doc[i].lower_ == "the":
            i += 1
        span = self.gaz_at.get(i) if i is not None else None
        entry = self.gazetteer.get(span.id_) if span is not None else None
        return entry is not None and entry.type == "Agency"
