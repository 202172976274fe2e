"""Whom criticism of an act told before is aimed at: "Rights groups have criticised the ban"
criticises whoever imposed the ban: the doers of the latest earlier act, told with its doers,
of a kind the definite noun names ("the ban", "the arrests", "the sanctions"; not "a ban",
"Acme's ban"), when the criticism names no target of its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.definite_nouns import unowned_definite
from kg.extract.trigger_lexicon import Lexicon

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft
    from kg.extract.reference import Hit
    from kg.extract.triggers import TriggerMatch

_DISAPPROVING = frozenset({"Criticism"})


def doers_criticised(
    doc, match: TriggerMatch, roles: dict[str, list[Hit]], drafts: list[Draft], lexicon: Lexicon
) -> list[Hit]:
    """The actors of the earlier act that a criticism's definite object noun names again, or
    [] (see the module's docstring)."""
    if match.type not in _DISAPPROVING or match.nominal or roles["target"]:
        return []
    verb = doc[match.verb]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        kinds = _kinds_named(obj, lexicon) if unowned_definite(obj) else frozenset()
        if kinds:
            # the latest such act told with its doer ("X was suspended" may retell it)
            done = (d for d in reversed(drafts) if d.type in kinds and d.roles["actor"])
            earlier = next(done, None)
            return list(earlier.roles["actor"]) if earlier is not None else []
    return []


def _kinds_named(noun, lexicon: Lexicon) -> frozenset[str]:
    """The event types an event noun may point back to ("the ban": a Ban), by the lexicon's
    noun entries and their ``refers_to``."""
    lemma = noun.lemma_.lower()
    return frozenset(
        kind
        for rule in lexicon.nouns
        if lemma in rule.lemmas
        for kind in (rule.type, *rule.refers_to)
        if kind is not None
    )
