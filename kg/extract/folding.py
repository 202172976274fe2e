"""One happening told twice in one sentence, and merging two mentions of one happening.

- "X said" is dropped when the sentence reports X's own act ("Twitter said it removed ...");
- a statement whose participle says what it did ("published a statement calling out X") is one
  event of that act;
- a participle on an event noun of its own type ("new sanctions targeting Chinese banks") is
  part of that noun's event;
- ``absorb`` makes one draft a further mention of another (roles, best date, speaker).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.extract.dating import better

if TYPE_CHECKING:
    from kg.extract.events import _Draft as Draft


def without_redundant_statements(doc, drafts: list[Draft]) -> list[Draft]:
    """Drop "X said" when the sentence reports X's own act: in "Twitter said it removed 900
    accounts", "the Kremlin said it rejected the claims" or "the firm said it had told
    Congress" the reported act is the news."""
    own_acts = [d for d in drafts if d.attributed_to and d.attributed_to in d.ids("actor")]
    return [d for d in drafts if not (d.match.statement and _reports_own_act(doc, d, own_acts))]


def _reports_own_act(doc, statement: Draft, own_acts: list[Draft]) -> bool:
    """True if one of ``own_acts`` is the speaker's: any act, or speech that this statement's
    own clause reports ("said it had told Congress")."""
    speakers = statement.ids("actor")
    clause = {t.i for t in doc[statement.match.head].subtree}
    for act in own_acts:
        if act is statement or act.attributed_to not in speakers:
            continue
        if not act.match.statement or (act.match.head in clause and _pronoun_subject(doc, act)):
            return True
    return False


def _pronoun_subject(doc, act: Draft) -> bool:
    """ "said it had told Congress": the reported speaker is referred to, not named again as in
    a second quotation ('"...," Smith said')."""
    verb = doc[act.match.head]
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children)


def statements_as_vehicles(doc, drafts: list[Draft]) -> list[Draft]:
    """ "The council published a statement today calling out Moscow", "X said in a statement,
    accusing Y": the participle says what the statement did, and that is the happening; the
    statement becomes a further mention of it, whose date read in the text is the act's."""
    by_word = {}
    for draft in drafts:
        if draft.match.statement or draft.type == "Statement":
            by_word[draft.match.head] = draft
            if draft.match.light_verb is not None:
                by_word[draft.match.light_verb] = draft
    dropped: set[int] = set()
    for draft in drafts:
        verb = doc[draft.match.head]
        statement = by_word.get(verb.head.i) if _bare_participle(verb) else None
        if statement is None or statement is draft or draft.match.statement:
            continue
        if draft.ids("actor") and statement.ids("actor") - draft.ids("actor"):
            continue  # someone else's act: "X said, citing Y's arrest of Z" keeps both
        absorb(draft, statement)
        if statement.date.source == "text" and draft.date.source != "text":
            draft.date, draft.date_from_text = statement.date, True  # its own date, not inferred
        draft.stated = True
        dropped.add(id(statement))
    return [d for d in drafts if id(d) not in dropped]


def _bare_participle(verb) -> bool:
    """A present participle hung on a clause or noun without a subject of its own."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "acl", "xcomp"):
        return False
    return not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children)


def folded_participles(doc, drafts: list[Draft]) -> list[Draft]:
    """A participle describing an event noun of its own type is that event: "new sanctions
    targeting Chinese banks" is one Sanction whose target the participle names."""
    nouns = {d.match.head: d for d in drafts if d.match.nominal}
    kept = []
    for draft in drafts:
        verb = doc[draft.match.head]
        noun = nouns.get(verb.head.i) if verb.dep_ in ("acl", "relcl") else None
        if noun is None or noun.type != draft.type or draft.match.nominal:
            kept.append(draft)
            continue
        for role in ("target", "recipient", "platform", "place"):
            known = noun.ids(role)
            noun.roles[role] += [h for h in draft.roles[role] if h.entity.id not in known]
    return kept


def absorb(into: Draft, other: Draft) -> None:
    into.mentions.append(other.trigger)
    into.mentions.extend(other.mentions)
    chosen = better(into.date, other.date)
    if chosen is other.date:
        into.date, into.date_from_text = other.date, other.date_from_text
    for role, hits in other.roles.items():
        known = into.ids(role)
        into.roles[role] = into.roles[role] + [h for h in hits if h.entity.id not in known]
    into.attributed_to = into.attributed_to or other.attributed_to
