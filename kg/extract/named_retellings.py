"""A happening told first of people counted but not named, then again naming them.

"Three Bulgarian nationals were found guilty on Friday of spying. A, B and C were convicted of
conspiring ..." is one Conviction: the lede tells it (and dates it) without a name, the next
sentences name who. A draft naming no one is kept while its subject counts people ("three
Bulgarian nationals", "two men"), and becomes one event with the first later draft of its type
that names people in the same role within ``_REACH`` sentences; one never named is dropped
unless it gave the people's country.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.date_relations import compatible
from kg.extract.described_again import nationality_only
from kg.extract.folding import absorb

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft
    from kg.extract.reference import Hit

_NAMED_ROLES = ("actor", "target", "recipient", "platform")
_REACH = 2  # sentences after the counted telling where the names may come
# Where a verb says who did it or had it done: its subject, passive subject, "by" agent.
_ROLE_OF_SUBJECT = {"nsubj": "actor", "nsubjpass": "target"}


def counted_role(doc, verb, roles: dict[str, list[Hit]]) -> str | None:
    """The role a verb's subject of counted, unnamed people fills ("Three Bulgarian nationals
    were found guilty": target; "two men broke into": actor), or None; only when no one is
    named but the people's country."""
    if any(not nationality_only(doc, h) for role in _NAMED_ROLES for h in roles[role]):
        return None
    for child in verb.children:
        role = _ROLE_OF_SUBJECT.get(child.dep_)
        if role and child.tag_ == "NNS" and any(c.dep_ == "nummod" for c in child.children):
            return role
    return None


def joined_named_retellings(doc, drafts: list[Draft]) -> list[Draft]:
    """Each draft waiting for names takes in the first later draft of its type, with a
    compatible date, that names people in its counted role; waiting drafts never named go."""
    joined: set[int] = set()
    kept = []
    for i, draft in enumerate(drafts):
        if id(draft) in joined:
            continue
        if draft.counted is None:
            kept.append(draft)
            continue
        naming = next((d for d in drafts[i + 1 :] if _names_them(doc, draft, d)), None)
        if naming is None:
            if draft.placed or any(draft.roles[role] for role in _NAMED_ROLES):
                draft.counted = None
                kept.append(draft)  # "two Russian nationals were arrested": Russia's people
            continue
        absorb(draft, naming)
        role = draft.counted or ""
        named = [h for h in draft.roles[role] if not nationality_only(doc, h)]
        draft.roles[role] = named  # the names replace the country that stood for them
        draft.counted = None
        joined.add(id(naming))
        kept.append(draft)
    return kept


def _names_them(doc, waiting: Draft, later: Draft) -> bool:
    return (
        later.counted is None
        and later.type == waiting.type
        and 0 < later.sentence_no - waiting.sentence_no <= _REACH
        and any(not nationality_only(doc, h) for h in later.roles.get(waiting.counted or "", ()))
        and later.negated == waiting.negated
        and compatible(waiting.date, later.date)
    )
