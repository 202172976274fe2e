"""A state's forces or craft acting under its flag: "A U.S. fighter jet shot down the balloon",
"a Russian navy warship fired on a tanker", "the tanker was struck by an Iranian attack drone".

News often tells a military act by the craft or unit that did it, named only by its state's
demonym or name. The role reader already takes a name modifying the subject itself ("Iranian
drones struck": Iran); the name is as often on a word compounded with the noun ("a U.S.
fighter jet": "U.S." modifies "fighter", "a Russian navy warship"), which it does not read
(reading such names on any noun, measured, made a "BND employee" the BND). The conventions
resolve an unnamed state actor to the country, so such a subject (or the "by" agent of a
passive), a noun of ``force_nouns`` (ontologies/state-groups.yaml) that the entity stage linked
to no one, stands for the one state named on it or on its compounds. Not a craft of another
owner ("drones of a militia", "a Wagner drone"), of another state or none ("foreign warships",
"no U.S. jets"), nor one with no state named on it ("a fighter jet").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.body_kinds import StateGroups
    from kg.extract.reference import EntityIndex, Hit

# Words on the noun that may name its state: "U.S.", "Russian", "Iran's"
_MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def state_of_forces(noun, groups: StateGroups, index: EntityIndex) -> Hit | None:
    """The country whose forces or craft the subject ``noun`` names by its demonym or name,
    on the noun or on a word compounded with it ("a U.S. fighter jet"); None for any other
    noun, or when no one state is named there."""
    if noun.lemma_.lower() not in groups.force_nouns or index.at(noun) is not None:
        return None
    if _owned_otherwise(noun, groups):
        return None
    states = {h.entity.id: h for h in _states_on(noun, index)}
    return next(iter(states.values())) if len(states) == 1 else None


def _owned_otherwise(noun, groups: StateGroups) -> bool:
    """ "drones of a militia", "foreign warships", "no Russian jets": another owner's, another
    state's, or none at all."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return True
        if child.lower_ in groups.foreign_modifiers or child.lower_ == "no":
            return True
    return False


def _states_on(noun, index: EntityIndex) -> list[Hit]:
    """The countries named by the noun's modifiers, down compounds of compounds ("a U.S.
    fighter jet"); any other entity there ("a Wagner drone", "Acme's jets") makes it no
    state's own."""
    found: list[Hit] = []
    for child in noun.children:
        if child.dep_ not in _MODIFIERS:
            continue
        hit = index.at(child)
        if hit is not None and hit.entity.type != "Country":
            return []
        if hit is not None:
            found.append(hit)
        elif child.dep_ == "compound":
            found.extend(_states_on(child, index))
    return found
