"""A state's body or staff acting without a name: "Police arrested two men on Friday",
"prosecutors charged a former soldier", "agents searched his home", "the authorities blocked
the site", "the government expelled two diplomats".

News names the body once ("the Royal Canadian Mounted Police", "the FBI") and then calls it by
its kind, or names only the state it serves ("Dutch police", "police in Norway", a story
datelined in Berlin). The subject of an act that the entity stage linked to no one, a noun of
``group_nouns`` (ontologies/state-groups.yaml) read bare, plural or after "the", is then:

1. the latest body of that kind the article named before (its name holds one of the noun's
   words: "police" for the RCMP, "investigation" for the FBI), of the state named on the noun
   or where the act was done when one is;
2. else that state: the one the noun names ("German prosecutors", "police in Norway",
   "Norway's police"), else the one the act was done in ("In Britain, prosecutors charged",
   "detained him in London": by the gazetteer's capitals), else the latest one the article
   called by the noun ("the British government ... the government");
3. else the state of the dateline ("OSLO — Police detained ...").

The "by" agent of a passive is read as such a subject ("was detained by Swedish police", "were
arrested and executed by the authorities"). Not speech ("prosecutors said": the story's source,
no act of its own), a habit ("police routinely detain protesters": a present tense with no
perfect), a counted or indefinite noun ("two officers", "a police officer": people, not the
state acting), a noun tied to someone else ("officials at Acme", "the company's
investigators"), another state's ("foreign police", ``foreign_modifiers``) or several states'
("used by governments": a ``government_nouns`` noun in the plural).
"""

from __future__ import annotations

import logging
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.body_kinds import StateGroups, body_named_before, state_groups_of
from kg.extract.misparse import dateline_subject, is_dateline
from kg.extract.reference import EntityIndex, Hit
from kg.extract.shapes import dateline_place
from kg.extract.state_forces import state_of_forces
from kg.extract.trigger_nouns import TriggerMatch
from kg.linebreaks import doc_text
from kg.settings import DEFAULT_ONTOLOGY_DIR

if TYPE_CHECKING:
    from kg.gazetteer import Gazetteer

logger = logging.getLogger(__name__)

_SUBJECTS = frozenset({"nsubj"})
_STATE_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})
# "police in Norway", "prosecutors from Germany": the state named after the noun
_STATE_PREPS = frozenset({"in", "from"})
_DEFINITE = frozenset({"the"})
_PERFECT = frozenset({"have", "has", "had", "'ve", "'s", "'d"})


def with_unnamed_body(
    doc, match: TriggerMatch, roles: dict[str, list[Hit]], index: EntityIndex
) -> dict[str, list[Hit]]:
    """``roles`` with the body or state an unnamed state group subject stands for as the
    actor (see the module's docstring); unchanged when an actor is named or none is found."""
    if roles["actor"] or match.statement or (match.nominal and match.light_verb is None):
        return roles  # "prosecutors said": whose account a story relies on, no news of its own
    groups = state_groups_of(doc)
    verb = doc[match.verb]
    subject = _lone_subject(verb)
    if subject is None or _habit(verb, match, groups):
        return roles
    noun = _group_noun(subject, groups, index)
    if noun is None:  # "A U.S. fighter jet shot down ...": the state whose forces acted
        forces_of = state_of_forces(subject, groups, index)
        return {**roles, "actor": [forces_of]} if forces_of is not None else roles
    state = _state_on(noun, index) or _state_acted_in(roles["place"], index)
    acting = _body_or_state(noun, groups.body_words[noun.lemma_.lower()], state, index)
    if acting is None:
        return roles
    logger.debug("unnamed %r acts as %s", noun.text, acting.entity.name)
    return {**roles, "actor": [acting]}


def _lone_subject(verb):
    """The verb's one subject (a joined verb's shared one), else the "by" agent of its passive
    (or of a participle joined to it: "were arrested and executed by Soviet authorities"); the
    parser's dateline-as-subject read past ("OSLO — Police have detained")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS]
    if not subjects:
        subjects = _agent_nouns(verb)
    named = [c for c in subjects if not is_dateline(c)]
    if len(subjects) == 1 and not named:
        named = [dateline_subject(subjects[0]) or subjects[0]]
    return named[0] if len(named) == 1 else None


def _group_noun(noun, groups: StateGroups, index: EntityIndex):
    """``noun`` when it is an unlinked group noun read bare, plural or after "the", tied to no
    one by "of", "at" or a possessive; else None."""
    if noun.lemma_.lower() not in groups.body_words or index.at(noun) is not None:
        return None
    if noun.tag_ not in ("NNS", "NNPS") and noun.lower_ not in groups.singular_nouns:
        return None  # "an official said": one person, not the state's body
    if noun.tag_ in ("NNS", "NNPS") and noun.lemma_.lower() in groups.government_nouns:
        return None  # "used by governments": several states
    for child in noun.children:
        if child.dep_ in ("det", "nummod", "quantmod") and child.lower_ not in _DEFINITE:
            return None  # "two officers", "some officials", "no agents"
        if child.dep_ == "prep" and (child.lower_ not in _STATE_PREPS or _many(child)):
            return None  # "officials at Acme", "police from ten countries"
        if child.dep_ == "poss" and _linked(child, index, "Country") is None:
            return None  # "the company's investigators", "his agents"
        if child.lower_ in groups.foreign_modifiers:
            return None  # "foreign police", "allied officials": another state's
    return noun


def _agent_nouns(verb) -> list:
    """What the "by" agent of a passive ``verb`` names, or of a participle joined to it that
    shares its passive subject ("were arrested and executed by Soviet authorities")."""
    passives = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN")]
    return [
        pobj
        for passive in passives
        for agent in passive.children
        if agent.dep_ == "agent"
        for pobj in agent.children
        if pobj.dep_ == "pobj"
    ]


def _many(prep) -> bool:
    """ "from ten countries", "in several states": the group serves more than one state."""
    return any(c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS") for c in prep.children)


def _habit(verb, match: TriggerMatch, groups: StateGroups) -> bool:
    """ "police routinely detain", "prosecutors charge such cases": a habit, no happening."""
    if any(c.dep_ == "advmod" and c.lower_ in groups.habit_adverbs for c in verb.children):
        return True
    if verb.tag_ not in ("VBP", "VBZ"):
        return False
    return not any(c.dep_ == "aux" and c.lower_ in _PERFECT for c in verb.children)


def _body_or_state(
    noun, body_words: tuple[str, ...], state: Hit | None, index: EntityIndex
) -> Hit | None:
    if body_words and (body := body_named_before(noun, body_words, state, index)):
        return body
    return state or _state_called_so_before(noun, index) or _dateline_state(noun.doc, index)


def _state_on(noun, index: EntityIndex) -> Hit | None:
    """ "German prosecutors", "Norway's police", "police in Norway": the state named on it."""
    for child in noun.children:
        if child.dep_ in _STATE_MODIFIERS and (hit := _linked(child, index, "Country")):
            return hit
        if child.dep_ == "prep" and child.lower_ in _STATE_PREPS:
            for obj in child.children:
                if obj.dep_ == "pobj" and (hit := _linked(obj, index, "Country")):
                    return hit
    return None


def _state_called_so_before(noun, index: EntityIndex) -> Hit | None:
    """ "the British government ... the government", "Chinese authorities ... the
    authorities": the latest country the article called by the noun before."""
    word = noun.lower_
    for j in range(noun.i - 1, -1, -1):
        hit = index.at(noun.doc[j])
        if hit is not None and hit.entity.type == "Country" and word in hit.mention.text.lower():
            return hit
    return None


def _state_acted_in(places: list[Hit], index: EntityIndex) -> Hit | None:
    """ "In Britain, prosecutors charged", "police detained him in east London": the country
    the act was done in, named or by its capital."""
    for hit in places:
        if not _reached_by_in(hit, index.doc):
            continue  # "travelled to Beijing": where they went, not whose they are
        if hit.entity.type == "Country":
            return hit
        state = _country_of_place(hit.entity.name, index)
        if state is not None and (named := _named_state(state, index)):
            return named
    return None


def _reached_by_in(hit: Hit, doc) -> bool:
    span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    return span is not None and span.root.head.lower_ == "in"


def _linked(tok, index: EntityIndex, entity_type: str) -> Hit | None:
    hit = index.at(tok)
    return hit if hit is not None and hit.entity.type == entity_type else None


def _dateline_state(doc, index: EntityIndex) -> Hit | None:
    """The country of the dateline's place ("OSLO —": Norway, by the gazetteer's capitals and
    names), when the article names it; for a place the gazetteer does not know ("ALMATY —
    Internet access returned to parts of Kazakhstan after the authorities ..."), the one
    country the lede names by its name."""
    place = dateline_place(doc_text(doc))
    if place is None:
        return None
    state = _country_of_place(place, index)
    return _named_state(state, index) if state is not None else _lede_state(doc, index)


def _lede_state(doc, index: EntityIndex) -> Hit | None:
    """The only country the dateline's sentence names, when it names it by its name as itself
    (see ``_named_as_the_country``); None when it names none or several."""
    lede = next((s for s in doc.sents if is_dateline(s[0])), None)
    if lede is None:
        return None
    countries = [h for h in index.in_range(lede.start, lede.end) if h.entity.type == "Country"]
    if len({h.entity.id for h in countries}) != 1:
        return None
    word = _root_of(countries[0], doc)
    return countries[0] if word is not None and _named_as_the_country(word) else None


def _named_as_the_country(word) -> bool:
    """ "parts of Kazakhstan", "Turkey lifted": the country itself, not a demonym ("Russian
    drones") nor the owner of someone else acting ("Russia's security service had ...")."""
    return word.tag_ in ("NNP", "NNPS") and word.dep_ != "poss"


def _root_of(hit: Hit, doc):
    span = doc.char_span(hit.mention.start, hit.mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _named_state(state: str, index: EntityIndex) -> Hit | None:
    """A mention of the country ``state`` (an entity id) in the article, if it names it."""
    return next((h for h in index.in_range(0, len(index.doc)) if h.entity.id == state), None)


def _country_of_place(place: str, index: EntityIndex) -> str | None:
    """The id of the country whose capital or name is ``place``, by the gazetteer the entities
    were read with (the bundled one when the caller gave none)."""
    entry = (index.gazetteer or _bundled_gazetteer()).country_of_place(place)
    return entry.id if entry is not None else None


@lru_cache(maxsize=1)
def _bundled_gazetteer() -> Gazetteer:
    from kg.gazetteer import load_gazetteer

    return load_gazetteer(DEFAULT_ONTOLOGY_DIR)
