"""Acts known by where they were done, and the state acting there when no one else is named.

- An attack noun naming no one is known by where it struck ("an arson attack on a warehouse in
  east London"); so is an attack or arrest told in the passive with no agent ("a man was shot
  dead in Berlin", "two men were detained in Warsaw"), unless its verb may tell an accident
  ("was killed in New York"; lexicon ``accident_verbs``).
- Who is arrested or jailed in a country with no agent named is held by that state ("he was
  imprisoned in North Korea": North Korea acts), and what is banned or blocked in a country
  with no agent named is banned by that state ("the app is blocked in China": China bans it).
  News names the state behind such measures by the country alone; a town only says where.
- What is decided in the passive "in" a named body with no agent was decided by that body ("a
  bill to do so was blocked in the Senate", "the motion was carried in the Bundestag"): a
  legislature, court or council acts where it sits. Not a physical act or a hack ("was stabbed
  in parliament", "was breached in the ministry": the place of a deed, not its doer), nor words
  said there ("a bill was introduced in the House": by a member).
"""

from __future__ import annotations

from kg.extract.reference import EntityIndex, Hit, np_entities
from kg.extract.trigger_lexicon import Lexicon
from kg.extract.triggers import TriggerMatch
from kg.extract.verb_shapes import passive_without_agent

_PLACED_TYPES = frozenset({"Attack"})  # physical acts: where they struck says which
# Acts told in the passive with no agent, known by where they were done ("two men were
# arrested in Warsaw", "a man was shot dead in Berlin").
_PLACED_PASSIVE_TYPES = frozenset({"Attack", "Arrest"})
# Measures only a state takes on its soil, or undoes ("access was restored across Uganda"): told
# in the passive in a country, that state took them.
_STATE_MEASURES = frozenset({"Arrest", "Ban", "Withdrawal"})
# Deeds a body is the scene of, not the doer: "was stabbed in parliament", "was hacked in the
# ministry", "was recruited in the agency"; and words said there ("was said in parliament",
# "a bill was introduced in the House"): a member's, not the body's
_DEEDS = frozenset(
    {"Attack", "Arrest", "CyberOperation", "Espionage", "RecruitmentApproach", "Statement"}
)


def placed(doc, match: TriggerMatch, roles: dict[str, list[Hit]], lexicon: Lexicon) -> bool:
    """Whether the act is known by where it was done (see the module's docstring)."""
    if not roles["place"]:
        return False
    if match.nominal:
        return match.type in _PLACED_TYPES
    verb = doc[match.verb]
    return (
        match.type in _PLACED_PASSIVE_TYPES
        and verb.lemma_.lower() not in lexicon.accident_verbs
        and _agentless_passive(verb)
    )


def measured_by_the_state(
    doc, match: TriggerMatch, event_type: str | None, roles: dict[str, list[Hit]]
) -> dict[str, list[Hit]]:
    """``roles`` with the country where an agentless passive arrest or ban was done as its
    actor ("was imprisoned in North Korea", "Twitter is banned in Iran"); unchanged when an
    actor is named, the act is no such measure or no country is named."""
    if event_type not in _STATE_MEASURES or roles["actor"] or match.nominal:
        return roles
    if not _agentless_passive(doc[match.verb]):
        return roles
    states = [h for h in roles["place"] if h.entity.type == "Country"]
    if not states:
        return roles
    kept = [h for h in roles["place"] if h.entity.type != "Country"]
    return {**roles, "actor": states, "place": kept}


def decided_in_a_body(
    doc, match: TriggerMatch, roles: dict[str, list[Hit]], index: EntityIndex
) -> dict[str, list[Hit]]:
    """``roles`` with the body an agentless passive was done "in" as its actor ("was blocked in
    the Senate"); unchanged when an actor is named, the act is a deed or no body is named."""
    if roles["actor"] or match.nominal or match.type in _DEEDS:
        return roles
    verb = doc[match.verb]
    if not _agentless_passive(verb):
        return roles
    bodies = [
        hit
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "in"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for hit in np_entities(pobj, index)
        if hit.entity.type == "Agency" and index.at(pobj) == hit
    ]
    return {**roles, "actor": bodies[:1]} if bodies else roles


def served_only(roles: dict[str, list[Hit]]) -> bool:
    """An act naming only whom it was done for: no doer, no one done to."""
    return not (roles["actor"] or roles["target"] or roles["platform"])


def _agentless_passive(verb) -> bool:
    """A passive with no "by" agent whose subject is in its clause: with only a passive
    auxiliary to go by, the state was made the doer of an act it did not do (measured: one
    more wrong event on the samples)."""
    return passive_without_agent(verb) and any(c.dep_ == "nsubjpass" for c in verb.children)
