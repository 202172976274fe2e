"""What the event gate sees of a proposed event beyond ``kg.learn.features``: how its sentence
is built and how the rest of the article bears on it.

Quotes, hedges, acts nested under another event's trigger, restatements of an earlier event and
acts dated before the story's own events are more often context than news. These features are
read from what the rule stages already computed (parse, event dates, entity mentions), once per
article, so the gate costs the same few microseconds per event.

Nothing here depends on an article's layout or metadata: where a sentence or paragraph stands
counts differently when a source puts its title or dateline in the body, and whether an
undated event fell back on a publication date depends on the source giving one (both moved the
gate on the test sets, whose files are laid out unlike the samples).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from kg.learn.features import entity_types_of, trigger_head
from kg.types import Entity, Event

_QUOTES = ('"', "\u201c", "\u201d")
# Features whose weight depends on the event's type (an actor-less Statement is not an
# actor-less Arrest), so the gate also sees them crossed with the type.
_TYPED_FEATURES = ("role:", "roles=", "date_source=", "dep=", "tag=")


@dataclass(frozen=True)
class ArticleView:
    """What every event of one article is measured against, computed once per article."""

    main_entities: frozenset[str]  # the most-mentioned entities: whom the story is about
    mention_counts: Mapping[str, int]
    entity_types: Mapping[str, str]
    events_per_sentence: Mapping[int, int]  # sentence start -> number of proposed events
    events_per_type: Mapping[str, int]
    story_year: str | None  # the year most of the article's dated events fall in
    repeats: Mapping[str, tuple[str, ...]]  # event id -> how it repeats an earlier event
    trigger_types: Mapping[int, str]  # token index of each event's trigger head -> its type

    @classmethod
    def of(cls, doc, events: Sequence[Event], entities: Sequence[Entity]) -> ArticleView:
        counts = {entity.id: len(entity.mentions) for entity in entities}
        top = max(counts.values(), default=0)
        years = Counter(str(e.date.value)[:4] for e in events if _a_year(e.date.value))
        return cls(
            main_entities=frozenset(i for i, n in counts.items() if n == top and top > 1),
            mention_counts=counts,
            entity_types=entity_types_of(entities),
            events_per_sentence=Counter(e.evidence.start for e in events),
            events_per_type=Counter(e.type for e in events),
            story_year=years.most_common(1)[0][0] if years else None,
            repeats=repeats_of(events),
            trigger_types={trigger_head(doc, e).i: e.type for e in events},
        )


def repeats_of(events: Sequence[Event]) -> dict[str, tuple[str, ...]]:
    """Event id -> how it restates an event proposed before it: a later sentence often retells
    the lede's act (same type and a shared participant, or the same trigger word)."""
    repeats: dict[str, tuple[str, ...]] = {}
    seen_kinds: set[tuple[str, str]] = set()
    seen_words: set[str] = set()
    for event in events:
        entities = {p.entity for p in event.participants}
        flags = []
        if any((event.type, entity) in seen_kinds for entity in entities):
            flags.append("type_and_participant")
        if event.trigger.text.lower() in seen_words:
            flags.append("trigger_word")
        repeats[event.id] = tuple(flags)
        seen_kinds.update((event.type, entity) for entity in entities)
        seen_words.add(event.trigger.text.lower())
    return repeats


def gate_features(doc, event: Event, view: ArticleView) -> dict[str, float]:
    """The gate's features of ``event`` of the article ``view``."""
    head = trigger_head(doc, event)
    features = structural_features(event, head, view.entity_types)
    kind = event.type
    features[f"confidence={round(event.confidence, 1)}"] = 1.0
    features[f"mentions={_bucket(len(event.mentions), (0, 1, 2))}"] = 1.0
    features.update(_date_features(event, view.story_year))
    features.update(_participant_features(event, view))
    features.update(_quote_features(event))
    same_sentence = view.events_per_sentence.get(event.evidence.start, 1)
    features[f"events_in_sentence={_bucket(same_sentence, (1, 2, 3))}"] = 1.0
    features[f"same_type_in_article={_bucket(view.events_per_type.get(kind, 1), (1, 2, 4))}"] = 1.0
    features[f"tag={head.tag_}"] = 1.0
    governing = _governing_event_type(head, view.trigger_types)
    if governing:
        features["under_another_event"] = 1.0
        features[f"under_event={governing}"] = 1.0
        features[f"under_event|type={governing}|{kind}"] = 1.0
    for flag in view.repeats.get(event.id, ()):
        features[f"repeats_earlier={flag}"] = 1.0
        features[f"repeats_earlier|type={flag}|{kind}"] = 1.0
    if event.attributed_to:
        speaker = view.entity_types.get(event.attributed_to, "unknown")
        features[f"speaker={speaker}"] = 1.0
        if event.attributed_to in view.main_entities:
            features["speaker_is_main_subject"] = 1.0
    for name in [n for n in features if n.startswith(_TYPED_FEATURES)]:
        features[f"{name}|{kind}"] = 1.0
    return features


def structural_features(event: Event, head, entity_types: Mapping[str, str]) -> dict[str, float]:
    """The features of ``kg.learn.features.event_features`` but the words around the trigger:
    those let a model memorise the development articles (cross-validation found them no help),
    and reading them walks the whole sentence, which costs more than the rest of the gate."""
    lemma = head.lemma_.lower()
    features = {
        f"type={event.type}": 1.0,
        f"plover={event.plover}": 1.0,
        f"lemma|type={lemma}|{event.type}": 1.0,
        f"pos={head.pos_}": 1.0,
        f"dep={head.dep_}": 1.0,
    }
    for flag in ("negated", "hedged"):
        if getattr(event, flag):
            features[flag] = 1.0
    if event.attributed_to:
        features["attributed"] = 1.0
    for participant in event.participants:
        kind = entity_types.get(participant.entity, "unknown")
        features[f"role:{participant.role}={kind}"] = 1.0
    return features


def _governing_event_type(head, trigger_types: Mapping[int, str]) -> str | None:
    """The type of the nearest proposed event whose trigger governs this one's in the parse:
    the hacking an indictment charges, the attack a minister says happened."""
    for ancestor in head.ancestors:
        kind = trigger_types.get(ancestor.i)
        if kind is not None:
            return kind
    return None


def _date_features(event: Event, story_year: str | None) -> dict[str, float]:
    date = event.date
    source = date.source if date.value and date.source != "published" else "not_in_text"
    features = {f"date_source={source}": 1.0}
    if date.precision and source != "not_in_text":
        features[f"date_precision={date.precision}"] = 1.0
    if story_year and _a_year(date.value):
        year = date.value[:4]  # type: ignore[index]
        features[f"date_vs_story={'before' if year < story_year else 'same_or_after'}"] = 1.0
    return features


def _participant_features(event: Event, view: ArticleView) -> dict[str, float]:
    roles = sorted({p.role for p in event.participants})
    features = {f"roles={'+'.join(roles) or 'none'}": 1.0}
    for participant in event.participants:
        if participant.entity in view.main_entities:
            features[f"main_subject_as={participant.role}"] = 1.0
        count = view.mention_counts.get(participant.entity, 0)
        features[f"{participant.role}_mentioned={_bucket(count, (1, 2, 4))}"] = 1.0
    return features


def _quote_features(event: Event) -> dict[str, float]:
    """Whether the trigger lies inside a quotation, and whether its sentence quotes at all."""
    sentence = event.evidence.text
    before = sentence[: event.trigger.start - event.evidence.start]
    features: dict[str, float] = {}
    if any(q in sentence for q in _QUOTES):
        features["sentence_quotes"] = 1.0
        opened = before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
        if opened:
            features["inside_quote"] = 1.0
    return features


def _a_year(value: str | None) -> bool:
    return bool(value) and value[:4].isdigit()  # type: ignore[index]


def _bucket(value: int, edges: tuple[int, ...]) -> str:
    """``value`` as the last edge it reaches, or ``>last`` beyond: a few coarse classes."""
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"
