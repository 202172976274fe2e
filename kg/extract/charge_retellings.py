"""A charge told again is no accusation of its own.

"U.S. prosecutors charged an Arizona woman with ... Christina Chapman, who was arrested on
Wednesday, is accused of running a laptop farm", "unsealed charges against 12 Chinese nationals,
accusing them of years of hacking", "An indictment unsealed in Washington accuses X of
stealing ...": after a charge, "is accused of" with no accuser, "accusing" hanging on the charge,
or an indictment or complaint that "accuses" retells what the charge says of someone it
charged. Annotators list the charge once; the retelling becomes its further mention (the
charge takes its roles, and its date if better).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.folding import absorb

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft

CHARGE = "Indictment"
_ACCUSATION = "Accusation"
# what a charge is written in: "an indictment accuses X of", "the complaint accuses"
_CHARGE_DOCUMENTS = frozenset({"indictment", "complaint", "charge", "affidavit", "filing"})


def charges_told_again(doc, drafts: list[Draft]) -> list[Draft]:
    """``drafts`` (the article's, in text order) without the accusations that retell the latest
    charge before them, each absorbed into that charge."""
    kept: list[Draft] = []
    charge: Draft | None = None
    for draft in drafts:
        if draft.type == CHARGE:
            charge = draft
        elif charge is not None and _retells(doc, draft, charge):
            absorb(charge, draft)
            continue
        kept.append(draft)
    return kept


def _retells(doc, draft: Draft, charge: Draft) -> bool:
    verb = doc[draft.match.verb]
    if draft.type != _ACCUSATION or draft.match.nominal or verb.lemma_.lower() != "accuse":
        return False
    if verb.dep_ in ("advcl", "acl") and verb.head.i in (charge.match.verb, charge.match.head):
        return True  # "unsealed charges against X, accusing them of"
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    by_document = any(s.lemma_.lower() in _CHARGE_DOCUMENTS for s in subjects)
    no_accuser = not draft.roles["actor"] and not subjects
    return (by_document or no_accuser) and bool(draft.ids("target") & charge.ids("target"))
