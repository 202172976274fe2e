"""What a telling says, as a further mention of it.

"Microsoft said Russia was trying to cut it off from its users": the telling is one happening,
expressed by the speech verb and by the clause it reports. Annotators often anchor such a
happening on the clause's predicate ("was trying to cut it off"), so the reported clause's head
verb is recorded as a further mention of the telling (shown with its evidence), unless that verb
is the trigger of an event of its own in the sentence ("said hackers broke into X": the
intrusion is its own event, not a word of the telling).
"""

from __future__ import annotations

from typing import Any

from kg.extract.joined_tellings import (
    relays_of_tellings,
    tellings_joined_to_speech_acts,
    vehicles_of_tellings,
)
from kg.extract.misparse import object_read_as_subject
from kg.extract.relayed_acts import relayed_measures
from kg.extract.retold_announcements import without_retold_announcements
from kg.types import Span

_CLAUSE_HEADS = ("VERB", "AUX")


def content_mentions(doc, drafts: list[Any]) -> None:
    """Add to each verbal telling in one sentence's ``drafts`` the head verb of the clause it
    reports (before or after it: "X said Y", "Y, X said"); then, in place, leave each telling
    counted once (``settled_tellings``)."""
    taken = {i for d in drafts for i in (d.match.head, *d.match.anchors)}
    for draft in drafts:
        if draft.match.nominal:
            continue
        verb = doc[draft.match.verb]
        # "removed accounts tied to X ... used": no clause an act reports, but its object
        misread = (
            set() if draft.match.statement else {s.head.i for s in object_read_as_subject(verb)}
        )
        for clause in _reported_heads(verb):
            if clause.i in misread or clause.i in taken:
                continue
            mention = Span(clause.text, clause.idx, clause.idx + len(clause))
            if all(m.start != mention.start for m in draft.mentions):
                draft.mentions.append(mention)
    drafts[:] = settled_tellings(doc, drafts)


def settled_tellings(doc, drafts: list[Any]) -> list[Any]:
    """One sentence's ``drafts`` with each telling counted once: a statement noun a telling was
    made in, a telling passing on another's, a telling joined to the speaker's speech act, a
    telling relaying the speaker's own measure and an announcement of an act already told are
    no events of their own."""
    drafts = relays_of_tellings(doc, vehicles_of_tellings(doc, drafts))
    drafts = tellings_joined_to_speech_acts(doc, drafts)
    drafts = relayed_measures(doc, drafts)
    return without_retold_announcements(doc, drafts)


def _reported_heads(verb) -> list:
    """The verbs heading what ``verb`` reports: its complement clause ("said the decision was
    about security": a copula heads its clause too) and the clauses joined to it by "and"
    ("said the decision was based on advice and was about protecting national security",
    "said the assets were safe and that the exchange remained solvent")."""
    heads = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in _CLAUSE_HEADS]
    joined = [c for h in heads for c in h.children if c.dep_ == "conj" and c.pos_ in _CLAUSE_HEADS]
    return heads + joined
