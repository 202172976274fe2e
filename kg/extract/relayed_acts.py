"""A body telling of a measure done to someone, with no doer named, relays its own act.

"The suspect was detained after a tip-off, the National Prosecutor's Office said", "two
members had been detained in Poland and Ukraine, Europol said", "two former employees have
been charged with spying, the Justice Department said": the speaker reports what its side did;
annotators list the detention or the charge, with the speaker as who acts, and no Statement
beside it. So a plain telling whose reported clause is such a measure, told in the passive
without a "by" agent, becomes a further mention of the measure, and its speaker joins the
measure's actors; a person speaking ("Maria Lopez said the suspect had been charged") is
no body that charges. An accusation telling of a charge is the charge too (both accuse); it stays
itself beside an arrest ("said the aide had been arrested on suspicion of spying" accuses).
Acts that are no measure ("Navalny was poisoned, the government said"), measures told with
their doer ("was detained by Russian police") and tellings dated in the text to another day
than the measure ("in a filing made public on Wednesday, the ministry said X was suspended on
February 17") are left alone.
"""

from __future__ import annotations

from typing import Any

from kg.extract.folding import absorb
from kg.extract.told_acts import reported_clauses
from kg.extract.verb_shapes import is_passive, passive_without_agent

# What an authority or a platform does to someone, which its own telling relays.
MEASURE_TYPES = frozenset(
    {"Arrest", "Indictment", "Sanction", "Expulsion", "Ban", "AccountTakedown", "Deportation"}
)
# Speakers who are no body taking measures.
_PEOPLE = frozenset({"Person", "Official"})
# A telling of this type is the same happening as a relayed measure of the paired type.
_SAME_KIND = frozenset({("Statement", t) for t in MEASURE_TYPES} | {("Accusation", "Indictment")})


def relayed_measures(doc, drafts: list[Any]) -> list[Any]:
    """``drafts`` (one sentence's) without the tellings that relay a measure of their
    speaker's side; each is absorbed by the measure."""
    dropped: set[int] = set()
    for telling in drafts:
        if not telling.match.statement or telling.match.nominal or telling.negated:
            continue
        measure = _relayed(doc, telling, drafts)
        if measure is not None:
            absorb(measure, telling)
            measure.mentions = _distinct(measure.trigger, measure.mentions)
            dropped.add(id(telling))
    return [d for d in drafts if id(d) not in dropped]


def _relayed(doc, telling: Any, drafts: list[Any]) -> Any | None:
    """The first agentless passive measure ``telling`` reports, of a kind it may stand for."""
    speakers = telling.roles["actor"]
    if not speakers or any(h.entity.type in _PEOPLE for h in speakers):
        return None  # "Maria Lopez said the suspect had been charged": she charged no one
    heads = reported_clauses(doc[telling.match.verb])
    clause = {h.i for h in heads} | {c.i for h in heads for c in h.children if c.dep_ == "conj"}
    for act in drafts:
        if act is telling or act.match.nominal or act.match.verb not in clause:
            continue
        if (telling.type, act.type) not in _SAME_KIND or _told_another_day(telling, act):
            continue
        if _agentless_passive(doc[act.match.verb]):
            return act
    return None


def _told_another_day(telling: Any, act: Any) -> bool:
    """ "In a filing made public on Wednesday, the ministry said X was suspended on February
    17": a telling dated in the text to another time than the act is an occasion of its own."""
    if telling.date.source != "text" or act.date.source != "text":
        return False
    return telling.date.value != act.date.value


def _agentless_passive(verb) -> bool:
    """ "was detained", "have been charged": a passive verb with no "by" agent; a verb joined
    to one shares its passive ("was arrested and charged")."""
    if passive_without_agent(verb):
        return True
    shared = verb.dep_ == "conj" and is_passive(verb.head)
    return shared and not any(c.dep_ == "agent" for c in verb.children)


def _distinct(trigger, mentions: list) -> list:
    """The further mentions once each, without the trigger itself (the telling may have taken
    the measure's verb as a word of its own)."""
    seen = {trigger.start}
    kept = []
    for mention in mentions:
        if mention.start not in seen:
            seen.add(mention.start)
            kept.append(mention)
    return kept
