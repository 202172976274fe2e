"""The type of a trigger, for a generic event noun the type of its antecedent: "the campaign",
"the agency's latest drive" is another mention of the latest event of its family (and takes
the roles it leaves unnamed), "a similar effort" a new event like it; a statement of a negated
claim is a denial ("said there was no collusion")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.reference import Hit
from kg.extract.speakers import negated_complement
from kg.extract.trigger_lexicon import Lexicon
from kg.extract.triggers import ANAPHOR, SIMILAR, TriggerMatch

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


def typed(
    doc, match: TriggerMatch, roles: dict[str, list[Hit]], drafts: list[Draft], lexicon: Lexicon
):
    """(type, roles, index of a draft it must stay apart from, actor inherited?): a generic
    noun takes its antecedent's type; a statement of a negated claim is a denial."""
    event_type, distinct_from, inherited = match.type, None, False
    if match.generic is not None:
        antecedent = _antecedent(drafts, match.family)
        if antecedent is None:
            return None, roles, None, False
        event_type = drafts[antecedent].type
        if match.generic == ANAPHOR and _names_another_actor(roles, drafts[antecedent].roles):
            return None, roles, None, False
        if match.generic == ANAPHOR:
            roles = _fill_from(roles, drafts[antecedent].roles)
        elif match.generic == SIMILAR:
            distinct_from = antecedent
            if not roles["actor"]:
                roles["actor"] = list(drafts[antecedent].roles["actor"])
                inherited = True
    negated_report = match.statement and negated_complement(doc[match.head], lexicon)
    if negated_report and lexicon.negated_statement_type:
        event_type = lexicon.negated_statement_type
    return event_type, roles, distinct_from, inherited


def _antecedent(drafts: list[Draft], family: frozenset[str]) -> int | None:
    for i in range(len(drafts) - 1, -1, -1):
        if drafts[i].type in family:
            return i
    return None


def _names_another_actor(roles: dict[str, list[Hit]], source: dict[str, list[Hit]]) -> bool:
    """ "The Acme hack ... domains used by the Doppelganger operation": a noun naming its own
    actor, who takes no part in the earlier event, is another happening, not a mention of it."""
    own = {h.entity.id for h in roles["actor"]}
    taking_part = {h.entity.id for hits in source.values() for h in hits}
    return bool(own) and bool(taking_part) and not own & taking_part


def _fill_from(roles: dict[str, list[Hit]], source: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
    return {role: hits or list(source.get(role, ())) for role, hits in roles.items()}
