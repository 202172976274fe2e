"""A state measure told in the agentless passive, and the body that reports it as its doer.

News tells an arrest, a charge or an expulsion in the passive and names the body that took it
only as the story's source: "A woman was held at her flat on Monday, according to the Guardia
Civil", "He is suspected of bribery, the service said", "Estonia said six men had been
detained". A state body (an Agency or a Country) reporting a measure of the kind states
take, with no one else named as its doer, took it itself (the annotation conventions give
such a measure to the body, or resolve an unnamed state to its country).

Not for:

- acts a state body only reports ("Navalny was poisoned, the German government said", "the
  phones had been infected, the government disclosed"): attacks, hacks and spying are no
  measures;
- a measure told in a named country ("was detained in Poland, Europol said"): that state took
  it (``placed_acts.measured_by_the_state``), not the body telling it;
- a measure on the source itself ("the agency said it had been asked to testify");
- a person or a company as the source ("Trump said the man had been arrested", "NetBlocks said
  access had been restored"): they tell what others did;
- a measure told with its grounds by a speech verb ("the FBI said a man had been arrested on
  suspicion of spying"): the telling accuses, and stays (``told_acts``);
- a measure naming whom it befell ("Karl Vogel was detained, the ministry said"): it is an
  event anyway, and a telling of it joins it as a further mention, its speaker as the doer,
  unless told on another day (``relayed_acts``). Only a measure naming no one (an unnamed
  suspect, a pronoun for no one named, a count) needs its source to be told at all.
"""

from __future__ import annotations

from kg.extract.alleged_acts import charge_words_of
from kg.extract.reference import (
    EntityIndex,
    Hit,
    RoleContext,
    definite_description,
    np_entities,
    spoken_for,
)
from kg.extract.speakers import speaker_token, speech_subject
from kg.extract.triggers import TriggerMatch
from kg.extract.verb_shapes import passive_without_agent

# Measures a state's bodies take: arrests, charges and suspicions, expulsions, bans, sanctions,
# searches and inquiries, demands made of someone, sentences.
MEASURE_TYPES = frozenset(
    {
        "Arrest",
        "Indictment",
        "Accusation",
        "Expulsion",
        "Ban",
        "Sanction",
        "Investigation",
        "Appeal",
        "Conviction",
    }
)
_STATE_BODIES = frozenset({"Agency", "Country"})
_BODY_PRONOUNS = frozenset({"it", "they", "we"})


def reporting_body(
    match: TriggerMatch, doc, index: EntityIndex, context: RoleContext, roles: dict[str, list[Hit]]
) -> list[Hit]:
    """The state body that reports an agentless passive measure it took (module docstring),
    else none."""
    if match.nominal or match.statement or match.type not in MEASURE_TYPES:
        return []
    if any(roles[role] for role in ("actor", "target", "recipient", "platform")):
        return []  # drafted anyway: a telling of it joins it (relayed_acts)
    verb = doc[match.verb]
    if not passive_without_agent(verb) or _joined_agent(verb):
        return []
    if any(h.entity.type == "Country" for h in roles["place"]):
        return []  # "was detained in Poland": Poland's measure
    if _of_itself(verb):
        return []  # "the ministry said it had been asked": the measure befell the source
    source, told = _source(doc, match, index)
    if source is None or (told and _on_grounds(verb)):
        return []  # "X said a man was held on suspicion of ...": the telling accuses
    hits = (
        np_entities(source, index)
        or definite_description(source, index, context)
        or spoken_for(source, index, context)
    )
    return [h for h in hits if h.entity.type in _STATE_BODIES]


def _of_itself(verb) -> bool:
    """ "the agency said it had been asked to testify", "we were told to leave": a body's own
    pronoun as the passive subject of what it reports."""
    return any(c.dep_ == "nsubjpass" and c.lower_ in _BODY_PRONOUNS for c in verb.children)


def _joined_agent(verb) -> bool:
    """ "were arrested and executed by the authorities": a verb joined to a passive with a "by"
    agent shares it."""
    joined = [c for c in verb.children if c.dep_ == "conj"]
    if verb.dep_ == "conj":
        joined.append(verb.head)
    return any(c.dep_ == "agent" for v in joined for c in v.children)


def _source(doc, match: TriggerMatch, index: EntityIndex):
    """Who reports the clause: "according to X", the subject of the verb saying it, or of a
    speech verb the parse hangs on the clause ("He is suspected of ..., the service said");
    with True when a speech verb tells it (a telling of its own)."""
    verb = doc[match.verb]
    source = speaker_token(doc, match, index.report_verbs)
    if source is not None:
        according = source.head.head.lower_ == "according" and source.head.head.head == verb
        return source, not according
    for child in verb.children:
        if child.dep_ == "parataxis" and child.lemma_.lower() in index.report_verbs:
            return speech_subject(child), True
    return None, False


def _on_grounds(verb) -> bool:
    """ "was held on suspicion of spying", "was detained on charges of fraud": the measure
    carries a charge, which a telling of it makes (``tellings_as_accusations``)."""
    nouns = charge_words_of(verb.doc).charge_nouns
    return any(
        pobj.lemma_.lower() in nouns
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "on"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    )
