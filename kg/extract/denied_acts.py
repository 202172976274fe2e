"""An act a denial denies is what the denial is about, not a happening of its own.

"Moscow has consistently denied carrying out cyberattacks on Western governments", "China
denied that it had hacked Acme": the denial is the event; the denied act, which the modality
stage would keep as a negated event, becomes a further mention of the denial (its trigger
span), and whom it was done to is what the denial is about (its targets). Annotators list
only the denial. An act denied in a sentence with no denial event of its own stays a negated
event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.modality import denier
from kg.extract.reference import unique
from kg.extract.trigger_lexicon import Lexicon

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


def denied_acts_folded(doc, drafts: list[Draft], lexicon: Lexicon) -> list[Draft]:
    """``drafts`` (one sentence's) without the acts a denial among them denies, each folded
    into that denial."""
    denials = {d.match.verb: d for d in drafts if d.type == lexicon.negated_statement_type}
    if not denials:
        return drafts
    kept = []
    for draft in drafts:
        denying = None if draft.match.statement else denier(doc[draft.match.verb], lexicon)
        denial = denials.get(denying.i) if denying is not None else None
        if denial is None or denial is draft:
            kept.append(draft)
            continue
        denial.mentions.append(draft.trigger)
        denial.roles["target"] = unique(denial.roles["target"] + draft.roles["target"])
    return kept
