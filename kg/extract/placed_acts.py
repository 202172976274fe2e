"""Acts known by where they were done, and the state acting there when no one else is named.

- An attack noun naming no one is known by where it struck ("an arson attack on a warehouse in
  east London"); so is an attack or arrest told in the passive with no agent ("a man was shot
  dead in Berlin", "two men were detained in Warsaw"), unless its verb may tell an accident
  ("was killed in New York"; lexicon ``accident_verbs``).
- Who is arrested or jailed in a country with no agent named is held by that state ("he was
  imprisoned in North Korea": North Korea acts), and what is banned or blocked in a country
  with no agent named is banned by that state ("the app is blocked in China": China bans it).
  News names the state behind such measures by the country alone; a town only says where.
"""

from __future__ import annotations

from kg.extract.reference import Hit
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


def served_only(roles: dict[str, list[Hit]]) -> bool:
    """An act naming only whom it was done for: no doer, no one done to."""
    return not (roles["actor"] or roles["target"] or roles["platform"])


def _agentless_passive(verb) -> bool:
    """A passive with no "by" agent whose subject is in its clause: with only a passive
    auxiliary to go by, the state was made the doer of an act it did not do (measured: one
    more wrong event on the samples)."""
    return passive_without_agent(verb) and any(c.dep_ == "nsubjpass" for c in verb.children)
