"""What a learned stage sees of one proposed event: named binary features.

Features are read from the event (its rule type, flags, participants' entity types) and from the
parse of its sentence (the trigger's lemma and syntactic place, the words of what a telling
says, the rest of the sentence's words). They are names, not indices, so a model file says in
words what it has learned (``content=responsible`` for ACCUSE, ``role:target=Platform`` ...).
Only the event's own sentence is read: a stage costs the same for every event, whatever the
length of the article.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.types import Event

# The clauses that hold what a telling says ("said [that Iran was behind it]").
_CONTENT_DEPS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})


def event_features(doc, event: Event, entity_types: Mapping[str, str]) -> dict[str, float]:
    """The features of ``event``, whose trigger lies in ``doc``; ``entity_types`` maps entity
    ids to their types (Agency, Official, Platform ...)."""
    head = trigger_head(doc, event)
    features = {
        f"type={event.type}": 1.0,
        f"plover={event.plover}": 1.0,
        f"lemma={head.lemma_.lower()}": 1.0,
        f"lemma|type={head.lemma_.lower()}|{event.type}": 1.0,
        f"pos={head.pos_}": 1.0,
        f"dep={head.dep_}": 1.0,
        f"head={head.head.lemma_.lower()}": 1.0,
    }
    for flag in ("negated", "hedged"):
        if getattr(event, flag):
            features[flag] = 1.0
    if event.attributed_to:
        features["attributed"] = 1.0
    for participant in event.participants:
        kind = entity_types.get(participant.entity, "unknown")
        features[f"role:{participant.role}={kind}"] = 1.0
    for child in head.children:
        if child.dep_ in ("neg", "prt", "dobj", "prep", "agent", "auxpass"):
            features[f"child:{child.dep_}={child.lemma_.lower()}"] = 1.0
    content = content_tokens(head)
    inside = {t.i for t in content}
    for token in content:
        if _a_word(token):
            features[f"content={token.lemma_.lower()}"] = 1.0
    for token in head.sent:
        if token.i not in inside and token.i != head.i and _a_word(token):
            features[f"sentence={token.lemma_.lower()}"] = 1.0
    return features


def trigger_head(doc, event: Event):
    """The syntactic head of the event's trigger span."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return doc[0]
    return span.root


def content_tokens(head) -> list:
    """The tokens of the clauses the trigger governs (what is said, demanded, denied ...)."""
    return [t for child in head.children if child.dep_ in _CONTENT_DEPS for t in child.subtree]


def _a_word(token) -> bool:
    return token.is_alpha and not token.is_stop and token.ent_type_ != "PERSON"


def entity_types_of(entities) -> dict[str, str]:
    """Entity id -> entity type, for ``event_features``."""
    return {entity.id: entity.type for entity in entities}
