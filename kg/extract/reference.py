"""Which entity a word stands for: the token -> mention index and coreference-lite.

Words are mapped to entities through the entity mentions' character offsets, so only named
entities become participants. A definite description the entity stage left unlinked ("the
company", "the suspect"; nouns listed in triggers.yaml ``anaphoric_nouns``) takes the latest
actor, else entity, of a fitting type in the preceding ~150 tokens, never the subject of a
clause it stands in; a named subject of an earlier clause of its own sentence comes first
("Acme hired Smith, the U.S. firm said"); a plural one stands for the entities named together
before (``definite_nouns``). A definite noun repeating an earlier one tied to
names by "of" or a possessive, with no new adjective, stands for those names ("officers of
the GRU ... the officers"); "the same group" is the group linked before. Pronouns are resolved
in ``kg.extract.pronouns``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kg.extract.body_kinds import described_body
from kg.extract.definite_nouns import (
    aged_description,
    counted_people,
    counted_stand_in,
    named_together,
)
from kg.extract.governing import governing_verbs
from kg.types import Entity, Span

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer

PEOPLE = ("Official", "Person")
# Verbs of a clause on a noun that name it: "a suspect identified as X", "a group it calls X".
NAMING_VERBS = frozenset({"identify", "name", "call", "dub", "nickname", "know"})
ANAPHOR_WINDOW = 150  # tokens: about the previous paragraph
MODIFIER_DEPS = frozenset({"compound", "poss", "amod", "nmod"})
# "five firms, including Acme", "ten people, among them Acme": the members named
MEMBER_PREPS = frozenset({"including", "among"})
# Only a company or platform before an attack noun is its victim ("the SolarWinds hack"), unless
# the text says it attacked ("Sandworm attacked ..."; its noun stays its act).
_VICTIM_ENTITY_TYPES = frozenset({"Organization", "Platform"})
_ATTACK_LEMMAS = frozenset({"attack", "hack", "breach", "target", "infiltrate", "compromise"})
SPOKES_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman", "representative"})
# "agencies in the US", "a spokesman for the embassy", "platforms like YouTube"
_HEAD_PREPS = frozenset({"in", "of", "for", "from", "like", "including"})
# "Russian-owned properties", "Kremlin-backed media" (not "Washington-based": where, not whose)
_OWNING_PARTICIPLES = frozenset(
    {"own", "back", "control", "fund", "finance", "sponsor", "run", "operate", "link", "affiliate"}
)
# "staff at the Ministry of Defence", "researchers at Acme": people of the body named after "at"
_STAFF_NOUNS = frozenset({"staff", "employee", "worker", "official", "researcher", "scientist"})


@dataclass(frozen=True)
class Hit:
    """An entity reached through one of its mentions."""

    entity: Entity
    mention: Span


class EntityIndex:
    """Token index -> the entity mention covering that token."""

    def __init__(
        self,
        doc,
        entities: tuple[Entity, ...],
        anaphors: dict[str, tuple[str, ...]] | None = None,
        report_verbs: frozenset[str] = frozenset(),
        called: Mapping[str, frozenset[str]] | None = None,
        not_group_heads: frozenset[str] = frozenset(),
        doer_nouns: dict[str, tuple[str, ...]] | None = None,
        tool_verbs: frozenset[str] = frozenset(),
        facet_nouns: frozenset[str] = frozenset(),
        gazetteer: Gazetteer | None = None,
    ) -> None:
        self.doc = doc
        self.gazetteer = gazetteer  # the one the entities were read with, if known
        self.anaphors = anaphors or {}  # "company" -> ("Organization", "Platform")
        self.report_verbs = report_verbs  # "it was reported/said/believed": "it" is no entity
        # entity id -> the common nouns it may be called by, for gazetteer entries that list
        # them ("org/nato" -> alliance, bloc, NATO): "the company" is not NATO
        self.called = called or {}
        # last words of names that say a body is no "group" ("the Labour Party"): triggers.yaml
        self.not_group_heads = not_group_heads
        self.doer_nouns = doer_nouns or {}  # "hacker" -> ("CyberOperation",)
        self.tool_verbs = tool_verbs  # "hacked X with ...": "with" names the means
        self.facet_nouns = facet_nouns  # "access to X", "calls on X": acting on them acts on X
        self._by_token: dict[int, Hit] = {}
        for entity in entities:
            for mention in entity.mentions:
                span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
                for tok in span or ():
                    self._by_token.setdefault(tok.i, Hit(entity, mention))

    def at(self, tok) -> Hit | None:
        return self._by_token.get(tok.i)

    def in_range(self, start: int, end: int) -> list[Hit]:
        """Hits in doc tokens [start, end), in text order, one per mention."""
        hits: list[Hit] = []
        for i in range(start, end):
            hit = self._by_token.get(i)
            if hit is not None and hit not in hits:
                hits.append(hit)
        return hits

    def fits(self, hit: Hit, types: tuple[str, ...], noun: str | None = None) -> bool:
        """Whether ``hit`` is of one of ``types`` and, if its gazetteer entry says what it may
        be called, may be called ``noun``."""
        if hit.entity.type not in types:
            return False
        called = self.called.get(hit.entity.id)
        if noun is None:
            return True
        if called is None:
            return not (noun == "group" and self._headed_by_another_kind(hit.entity.name))
        return noun in called

    def _headed_by_another_kind(self, name: str) -> bool:
        # "Social Democratic Party of Germany", "Bank of England": the head comes before "of"
        words = name.split(" of ")[0].split()
        return bool(words) and words[-1].lower() in self.not_group_heads

    def latest_before(
        self,
        i: int,
        types: tuple[str, ...],
        window: int,
        noun: str | None = None,
        exclude: frozenset[str] = frozenset(),
    ) -> Hit | None:
        """The closest mention of one of ``types`` (that may be called ``noun``) in the
        ``window`` tokens before token i, but none of the entities ``exclude``."""
        for j in range(i - 1, max(-1, i - 1 - window), -1):
            hit = self._by_token.get(j)
            if hit is not None and hit.entity.id not in exclude and self.fits(hit, types, noun):
                return hit
        return None


def _opposed(modifier) -> bool:
    """ "anti-Kremlin activists": a name after "anti-" is what the people oppose, not who they
    are. ("pro-Russian propaganda" stays Russia's: the annotated sets give it to the state.)"""
    doc, at = modifier.doc, modifier.i
    return at >= 2 and doc[at - 1].text == "-" and doc[at - 2].lower_ == "anti"


def np_entities(tok, index: EntityIndex, depth: int = 0) -> list[Hit]:
    """Entities a noun phrase headed by ``tok`` stands for.

    "the CIA" -> CIA; "a CIA spokesperson", "Chinese agents" -> the modifier's entity; "agencies
    in the US and Britain" -> both countries; conjuncts and appositions add theirs.
    """
    hits: list[Hit] = []
    own = index.at(tok)
    if own is not None:
        hits.append(own)
    elif depth < 2:
        for child in tok.children:
            if child.dep_ in MODIFIER_DEPS and not _opposed(child) and (hit := index.at(child)):
                hits.append(hit)
            elif child.dep_ == "amod" and child.lemma_.lower() in _OWNING_PARTICIPLES:
                # "Russian-owned properties", "Kremlin-backed media": whose they are
                owners = [g for g in child.children if g.dep_ == "npadvmod"]
                hits.extend(h for g in owners if (h := index.at(g)) is not None)
        if not hits:
            for child in tok.children:
                at_body = child.lower_ == "at" and tok.lemma_.lower() in _STAFF_NOUNS
                at_body = at_body and tok.dep_ != "appos"  # "X, a researcher at Y, said": X
                if child.dep_ == "prep" and (child.lower_ in _HEAD_PREPS or at_body):
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            hits.extend(np_entities(pobj, index, depth + 1))
    for child in tok.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_.lower() in NAMING_VERBS and depth < 3:
            # "the men, identified only as Dieter S. and Alexander D.,", "a group it calls
            # Midnight Blizzard": the names say who
            hits = _named_by(child, index, depth) or hits
        if child.dep_ == "prep" and child.lower_ in MEMBER_PREPS and depth < 3:
            # "five firms, including Acme": the members named are who the phrase means
            hits.extend(h for p in child.children for h in np_entities(p, index, depth + 1))
        if child.dep_ in ("conj", "appos") and depth < 3:
            added = np_entities(child, index, depth + 1)
            people = [h for h in added if h.entity.type in PEOPLE]
            if child.dep_ == "appos" and own is None and people:
                # "the head of Estonia's intelligence service, Kaupo Rosin": the person named
                hits = [h for h in hits if h.entity.type in PEOPLE]
            elif child.dep_ == "appos" and own is None and _names_a_body(child, index):
                # "France's agency against interference, Viginum,": the body named, not the
                # state that owns it
                hits = []
            hits.extend(added)
    return unique(hits)


def _names_a_body(tok, index: EntityIndex) -> bool:
    hit = index.at(tok)
    return hit is not None and hit.entity.type not in ("Country", "Place", *PEOPLE)


def _named_by(verb, index: EntityIndex, depth: int) -> list[Hit]:
    """The names a naming clause gives: "as" X, or its object predicate ("it calls X")."""
    named: list[Hit] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            named += [h for p in child.children for h in np_entities(p, index, depth + 1)]
        elif child.dep_ in ("oprd", "dobj", "attr") and index.at(child) is not None:
            named += np_entities(child, index, depth + 1)
    return named


def victim_only(hit: Hit, doc, index: EntityIndex) -> bool:
    """True if ``hit`` is a company or platform the text never says attacked anyone."""
    if hit.entity.type not in _VICTIM_ENTITY_TYPES:
        return False
    for tok in doc:
        if tok.dep_ == "nsubj" and tok.head.lemma_ in _ATTACK_LEMMAS:
            subject = index.at(tok)
            if subject is not None and subject.entity.id == hit.entity.id:
                return False
    return True


def unique(hits: list[Hit]) -> list[Hit]:
    seen: set[str] = set()
    out = []
    for hit in hits:
        if hit.entity.id not in seen:
            seen.add(hit.entity.id)
            out.append(hit)
    return out


@dataclass
class RoleContext:
    """What pronoun resolution may look back at."""

    previous_actors: list[Hit]  # actors of events in the previous sentence, latest last
    previous_hits: list[Hit]  # entity mentions of the previous sentence, in text order
    # every earlier actor with the token index of its event's trigger, latest last
    recent_actors: list[tuple[int, Hit]] = field(default_factory=list)
    # what the previous sentence's main clause is about: its subject, active or passive
    previous_subjects: list[Hit] = field(default_factory=list)
    # bodies an unnamed official subject of the previous sentence speaks for ("X's minister")
    previous_titled: list[Hit] = field(default_factory=list)
    # event type -> (trigger token index, actors) of its latest earlier event with actors
    doers: dict[str, tuple[int, list[Hit]]] = field(default_factory=dict)
    # "the attackers" as the previous sentence's main subject: the "they" opening the next one
    previous_doers: Any = None


def describes_doers(tok, index: EntityIndex) -> bool:
    """ "the hackers", "the attackers": a definite description of doers by what they do that
    the entity stage linked to no one."""
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    return definite and tok.lemma_.lower() in index.doer_nouns and index.at(tok) is None


def earlier_doers(tok, index: EntityIndex, context: RoleContext) -> list[Hit] | None:
    """ "the hackers", "the attackers": the actors of the latest earlier act they name the
    doers of (empty when it had none told); None when ``tok`` is no such description."""
    if not describes_doers(tok, index):
        return None
    types = index.doer_nouns[tok.lemma_.lower()]
    told = [context.doers[t] for t in types if t in context.doers]
    return list(max(told, key=lambda d: d[0])[1]) if told else []


def definite_description(tok, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "the company", "the group", "the suspect": the latest actor of a fitting type, else the
    latest mention of one in the preceding text (about a paragraph), when the entity stage left
    the phrase unlinked. Actors first: "the group" is the hacking group the story is about,
    not an organisation it merely named."""
    doers = earlier_doers(tok, index, context)
    if doers is not None:
        return doers
    if (stand_in := counted_stand_in(tok, index)) is not None:  # "Both were charged"
        return stand_in
    if aged_description(tok):  # "the 32-year-old": a private person, never an official
        return latest_fitting(tok.i, ("Person",), index, RoleContext([], []))
    # "the accused": the lemmatiser reads a participle used as a noun as its verb ("accuse")
    types = index.anaphors.get(tok.lemma_.lower()) or index.anaphors.get(tok.lower_)
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    if definite and (repeated := _repeated_head(tok, index)):
        return repeated
    if definite and not types and (counted := counted_people(tok, index)):
        return counted  # "Four officers, A, B, C and D, were listed ... the four men"
    if not types and definite:
        return described_body(tok, index)  # "the regulator said": an Agency of that kind
    if not types or not definite:
        return []
    noun = tok.lemma_.lower()
    # "Berg said the suspect had been charged", "Globex was attacked by the group": a
    # description is never the subject, active or passive, of a clause it stands in.
    commanding = frozenset(h.entity.id for h in _commanding_subjects(tok, index))
    if together := named_together(tok, types, index, noun, commanding):
        return together  # "posts on X and Facebook ... the platforms"
    return _earlier_subject(tok, types, index, noun) or latest_fitting(
        tok.i, types, index, context, noun, commanding
    )


def _commanding_subjects(tok, index: EntityIndex) -> list[Hit]:
    """Subjects of the clauses ``tok`` stands in, up to a concessive clause ("X deferred to
    Rome, although the company said ...": the company may be X)."""
    return [
        hit
        for verb in governing_verbs(tok)
        for child in verb.children
        if child.dep_ in ("nsubj", "nsubjpass") and tok not in child.subtree
        for hit in np_entities(child, index)
    ]


def _repeated_head(tok, index: EntityIndex) -> list[Hit]:
    """ "twelve officers of the GRU ... the officers stole": a definite noun repeating an
    earlier noun that an "of" phrase or a possessive tied to named entities stands for them;
    "the same group" is the latest "group" the entity stage linked."""
    lemma, described = tok.lemma_.lower(), _descriptors(tok)
    same = "same" in described  # "the group ... the same group": the one linked before
    for j in range(tok.i - 1, max(-1, tok.i - 1 - ANAPHOR_WINDOW), -1):
        earlier = tok.doc[j]
        if earlier.pos_ != "NOUN" or earlier.lemma_.lower() != lemma:
            continue
        linked = index.at(earlier)
        if same and linked is not None:
            return [linked]
        if same or linked is not None:
            continue
        if not described <= _descriptors(earlier):
            continue  # "an agent of Russia ... the undercover agent": maybe someone else
        owned = any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in earlier.children
        )
        if owned and (hits := np_entities(earlier, index)):
            return hits
    return []


def _descriptors(noun) -> set[str]:
    return {c.lemma_.lower() for c in noun.children if c.dep_ in ("amod", "compound")}


def _earlier_subject(tok, types, index: EntityIndex, noun: str) -> list[Hit]:
    """ "Acme hired Smith in 2016, the U.S. firm said": the named subject of a clause before
    the description in its own sentence, which the previous sentences' actors do not hide."""
    ancestors = set(tok.ancestors)
    for j in range(tok.i - 1, tok.sent.start - 1, -1):
        word = tok.doc[j]
        if word.dep_ == "nsubj" and word.head not in ancestors:
            fitting = [h for h in np_entities(word, index) if index.fits(h, types, noun)]
            if fitting:
                return fitting[:1]
    return []


def latest_fitting(
    position: int,
    types,
    index: EntityIndex,
    context: RoleContext,
    noun: str | None = None,
    exclude: frozenset[str] = frozenset(),
) -> list[Hit]:
    """The latest actor of one of ``types`` (that may be called ``noun``) within about a
    paragraph before token ``position``, else the latest mention of one there; never one of
    the entities ``exclude``."""
    for where, hit in reversed(context.recent_actors):
        if position - where > ANAPHOR_WINDOW:
            break
        if index.fits(hit, types, noun):
            # the story's latest actor, when excluded, leaves someone unnamed ("Meta banned
            # the company"), not an older mention
            return [] if hit.entity.id in exclude else [hit]
    latest = index.latest_before(position, types, ANAPHOR_WINDOW, noun, exclude)
    return [latest] if latest is not None else []


def called_by(gazetteer: Gazetteer) -> dict[str, frozenset[str]]:
    """Entry id -> the words a later "the <noun>" may call it by (``GazetteerEntry.called``),
    for the entries that list nouns: "the alliance" may be NATO, "the company" not."""
    return {entry.id: entry.called for entry in gazetteer.entries.values() if entry.nouns}


def spoken_for(tok, index: EntityIndex, context: RoleContext) -> list[Hit]:
    """ "a command spokesperson declined", "an agency spokeswoman said": the body named earlier
    that the unnamed speaker speaks for, by the anaphoric noun before the title."""
    if tok.lemma_.lower() not in SPOKES_NOUNS:
        return []
    for child in tok.children:
        types = index.anaphors.get(child.lemma_.lower()) if child.dep_ == "compound" else None
        if types:
            return latest_fitting(tok.i, types, index, context)
    return []
