"""The entity stage's word lists (ontologies/entity-patterns.yaml): agency words, titles,
kinds of names, state words and the rest, read once per ontology folder and lower-cased."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from kg.errors import ConfigError


@dataclass(frozen=True)
class Lexicon:
    """Word lists of ontologies/entity-patterns.yaml, lower-cased; multi-word entries as tuples."""

    agency_words: frozenset[str]
    non_agency_words: frozenset[str]
    # ("corps", {"marine", "army", ...}): agency words only beside one of their modifiers
    qualified_agency_words: tuple[tuple[str, frozenset[str]], ...]
    anaphor_heads: dict[str, tuple[str, ...]]
    body_heads: frozenset[str]
    state_nouns: frozenset[str]
    capital_actor_deps: frozenset[str]
    titles: tuple[tuple[str, ...], ...]  # longest first
    title_modifiers: frozenset[str]
    honorifics: frozenset[str]
    person_nouns: frozenset[str]
    not_names: frozenset[str]
    party_labels: frozenset[str]
    place_words: frozenset[str]
    government_words: frozenset[str]
    outlet_verbs: frozenset[str]
    platform_nouns: frozenset[str]
    software_nouns: frozenset[str]
    kin_nouns: frozenset[str]
    outlet_domains: frozenset[str]  # top-level domains of outlets cited by domain ("gazeta.ru")
    peoples: frozenset[str]  # "Sikh", "Uyghurs": religions and peoples, named by no entity
    called_kinds: dict[str, str]  # "software" -> "Platform": the type of "software called X"
    firm_titles: frozenset[str]  # "editor-in-chief": titles no state or place gives
    surname_words: frozenset[str]  # "a man surnamed Hao": the name after one is a person's
    settlement_kinds: frozenset[str]  # "the town of X": the name after "of" is a place
    state_title_words: frozenset[str]  # "minister": a title holding one is a state's
    title_bodies: dict[str, str]  # "ambassador" -> "embassy": the body a bare title heads
    title_office_nouns: frozenset[str]  # "office": "the Prime Minister's Office" is a body
    portfolio_bodies: dict[str, str]  # "minister" -> "ministry": "Foreign Minister"'s body
    portfolio_less: frozenset[str]  # "prime": "Prime Minister" heads no ministry
    name_particles: frozenset[str]  # "bin", "Al", "von": a name goes on over them (case kept)
    surname_openers: frozenset[str]  # "Le", "De": a name the model ends on one goes on (case kept)
    long_name_heads: frozenset[str]  # "court": its name goes on over "for the Ninth Circuit"
    maker_verbs: frozenset[str]  # "made by X": X is a firm's name, not a place's
    state_acts: frozenset[str]  # "pressure from Beijing": the capital stands for the state
    state_owned_nouns: frozenset[str]  # "a Russian drone": the demonym stands for the state
    state_links: frozenset[str]  # "linked to Pyongyang": the capital stands for the state
    state_body_words: frozenset[str]  # "council": a body's head a state's name makes an Agency
    state_body_markers: frozenset[str]  # "national": a first word that names a state's body
    top_court_words: frozenset[str]  # "top": "Brazil's top court" is its Supreme Court
    top_court_names: frozenset[str]  # "constitutional": a named court that may be the top one
    international_court_words: frozenset[str]  # "european": a court above states
    local_court_levels: frozenset[str]  # "district": "the Tagansky district court" is a body
    state_body_compounds: tuple[tuple[str, ...], ...]  # ("central", "bank"): "Kenya's central bank"
    private_person_nouns: frozenset[str]  # "the billionaire": a named person with no state post
    nationality_nouns: frozenset[str]  # "two Russian nationals": people, not the state
    platform_anaphor_nouns: frozenset[str]  # "the messaging app": the platform named before
    law_words: frozenset[str]  # "act": "the Official Secrets Act" is a law, no entity
    firm_staff_nouns: frozenset[str]  # "executive": "the Wirecard executive" names a firm
    service_nouns: frozenset[str]  # "officer": "a former Israeli intelligence officer"
    firm_fate_nouns: frozenset[str]  # "collapse": "the collapse of Wirecard" names a firm
    firm_nouns: frozenset[str]  # "companies": "X and Y among the companies", both firms
    legal_forms: frozenset[str]  # "s.a.": "Intellexa S.A." beside other firms is a firm
    candidacy_words: frozenset[str]  # "candidate": a title of no post
    field_adjectives: frozenset[str]  # "foreign": an adjective of a state body's field
    body_end_words: frozenset[str]  # "inspectorate": a name ending so is a body, no person
    place_name_ends: frozenset[str]  # "bank": "the West Bank" is a place, not a firm's kind
    volunteer_army_words: frozenset[str]  # "cyber": "Cyber Army of X" is a group, no state's
    ship_prefixes: dict[str, str]  # "USS" -> "us": "the USS Essex" is a ship of that state's navy
    concept_endings: frozenset[str]  # "phobia": "Russophobia" is an idea, no organisation
    inside_state_phrases: frozenset[str]  # "run by": a group run by a state's service is its
    state_unit_words: frozenset[str]  # "hackers": "the SVR hackers" are a unit of the SVR
    weapon_nouns: frozenset[str]  # "missiles": "Taurus cruise missiles" names no entity
    frame_kinds: frozenset[str]  # "operation": "in an operation dubbed Medusa" names no group
    peer_titles: frozenset[str]  # "baroness": "Baroness Hodge" is a peer's name, a person's
    base_words: frozenset[str]  # "based": "Miami-based Kaseya" is a body's name

    def names_agency(self, words: set[str]) -> bool:
        """True if a name's (lower-case) words make it a government body."""
        if words & self.non_agency_words:
            return False
        if "army" in words and words & self.volunteer_army_words:
            return False  # "the Cyber Army of Russia Reborn", "the IT Army of Ukraine"
        if words & self.agency_words:
            return True
        return any(w in words and words & mods for w, mods in self.qualified_agency_words)

    def title_at(self, words: list[str]) -> int:
        """Length of the longest title at the start of ``words`` (lower case), 0 if none."""
        if not words:
            return 0
        for title in self._titles_by_word[0].get(words[0], ()):
            if tuple(words[: len(title)]) == title:
                return len(title)
        return 0

    def title_ending_at(self, words: list[str]) -> int:
        """Length of the longest title at the end of ``words`` (lower case), 0 if none."""
        if not words:
            return 0
        for title in self._titles_by_word[1].get(words[-1], ()):
            if len(words) >= len(title) and tuple(words[-len(title) :]) == title:
                return len(title)
        return 0

    @cached_property
    def people_nouns(self) -> frozenset[str]:
        """Nouns of private people and of people by their state ("resident", "national")."""
        return self.person_nouns | self.nationality_nouns

    @cached_property
    def called_heads(self) -> frozenset[str]:
        """Last words of the kinds of ``called_kinds`` ("farm" of "bot farm")."""
        return frozenset(kind.split()[-1] for kind in self.called_kinds)

    @cached_property
    def _titles_by_word(self) -> tuple[dict[str, list[tuple[str, ...]]], ...]:
        """The titles (longest first) by their first word and by their last: these lookups run
        for every capitalised name of every article."""
        by_first: dict[str, list[tuple[str, ...]]] = {}
        by_last: dict[str, list[tuple[str, ...]]] = {}
        for title in self.titles:
            by_first.setdefault(title[0], []).append(title)
            by_last.setdefault(title[-1], []).append(title)
        return by_first, by_last


PATTERNS_FILE = "entity-patterns.yaml"


def load_lexicon(ontology_dir: Path) -> Lexicon:
    """Read ontologies/entity-patterns.yaml (cached). Raises ConfigError if it is malformed."""
    return _read_lexicon(Path(ontology_dir) / PATTERNS_FILE)


@lru_cache(maxsize=2)
def _read_lexicon(path: Path) -> Lexicon:
    import yaml

    from kg.yamlio import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        nested = {"titles", "qualified_agency_words", "called_kinds", "title_bodies"}
        nested.add("portfolio_bodies")
        nested.add("ship_prefixes")
        words = {
            k: frozenset(str(w).lower() for w in v) for k, v in data.items() if k not in nested
        }
        qualified = tuple(
            sorted(
                (str(k).lower(), frozenset(str(w).lower() for w in v or ()))
                for k, v in (data.get("qualified_agency_words") or {}).items()
            )
        )
        heads = {str(k): tuple(str(w) for w in v or ()) for k, v in data["anaphor_heads"].items()}
        titles = sorted(
            (tuple(re.findall(r"[^\s-]+|-", str(t).lower())) for t in data["titles"]),
            key=lambda t: -len(t),
        )
        return Lexicon(
            agency_words=words["agency_words"],
            non_agency_words=words["non_agency_words"],
            qualified_agency_words=qualified,
            anaphor_heads=heads,
            body_heads=words["body_heads"],
            state_nouns=words["state_nouns"],
            capital_actor_deps=words["capital_actor_deps"],
            titles=tuple(titles),
            title_modifiers=words["title_modifiers"],
            honorifics=words["honorifics"],
            person_nouns=words["person_nouns"],
            not_names=words["not_names"],
            party_labels=words["party_labels"],
            place_words=words["place_words"],
            government_words=words["government_words"],
            state_body_words=words["state_body_words"],
            state_body_markers=words["state_body_markers"],
            outlet_verbs=words["outlet_verbs"],
            platform_nouns=words["platform_nouns"],
            software_nouns=words["software_nouns"],
            kin_nouns=words["kin_nouns"],
            outlet_domains=words["outlet_domains"],
            peoples=words["peoples"],
            called_kinds={
                str(w).lower(): str(t) for t, ws in data["called_kinds"].items() for w in ws
            },
            firm_titles=words["firm_titles"],
            surname_words=words["surname_words"],
            settlement_kinds=words["settlement_kinds"],
            state_title_words=words["state_title_words"],
            title_office_nouns=words["title_office_nouns"],
            title_bodies={str(t).lower(): str(b).lower() for t, b in data["title_bodies"].items()},
            portfolio_bodies={
                str(t).lower(): str(b).lower() for t, b in data["portfolio_bodies"].items()
            },
            portfolio_less=words["portfolio_less"],
            name_particles=frozenset(str(w) for w in data["name_particles"]),
            surname_openers=frozenset(str(w) for w in data["surname_openers"]),
            long_name_heads=words["long_name_heads"],
            maker_verbs=words["maker_verbs"],
            state_acts=words["state_acts"],
            state_owned_nouns=words["state_owned_nouns"],
            state_links=words["state_links"],
            top_court_words=words["top_court_words"],
            top_court_names=words["top_court_names"],
            international_court_words=words["international_court_words"],
            local_court_levels=words["local_court_levels"],
            state_body_compounds=tuple(
                tuple(w.split()) for w in sorted(words["state_body_compounds"])
            ),
            private_person_nouns=words["private_person_nouns"],
            nationality_nouns=words["nationality_nouns"],
            platform_anaphor_nouns=words["platform_anaphor_nouns"],
            law_words=words["law_words"],
            firm_staff_nouns=words["firm_staff_nouns"],
            service_nouns=words["service_nouns"],
            firm_fate_nouns=words["firm_fate_nouns"],
            firm_nouns=words["firm_nouns"],
            legal_forms=words["legal_forms"],
            candidacy_words=words["candidacy_words"],
            field_adjectives=words["field_adjectives"],
            body_end_words=words["body_end_words"],
            place_name_ends=words["place_name_ends"],
            volunteer_army_words=words["volunteer_army_words"],
            ship_prefixes={str(p): str(c) for p, c in data["ship_prefixes"].items()},
            concept_endings=words["concept_endings"],
            inside_state_phrases=words["inside_state_phrases"],
            state_unit_words=words["state_unit_words"],
            weapon_nouns=words["weapon_nouns"],
            frame_kinds=words["frame_kinds"],
            peer_titles=words["peer_titles"],
            base_words=words["base_words"],
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise ConfigError(
            f"{path}: cannot read entity patterns: {exc!r}",
            hint="restore the file from the repository or fix its YAML",
        ) from None
