"""The learned event gate: drops proposed events the model is confident are not news.

The rules propose an event wherever a trigger word has fitting participants; on text they were
not written from many of those are background acts, generic remarks ("X says"), metaphors or
acts of a mistaken actor. Each rule round added one more check; a linear model over many weak
signals at once (``kg.learn.gate_features``: type, trigger, participants, hedging, quotes, where
the sentence stands, how the rest of the article dates and names things) weighs them together.

A lost real event costs an analyst more than an extra one, so the gate drops an event only when
the model's probability that it is not reportable reaches the threshold chosen by article-level
cross-validation (stored in the model's meta). Kept events are returned unchanged, in order.
"""

from __future__ import annotations

import logging
from pathlib import Path

from kg.learn.gate_features import ArticleView, gate_features
from kg.learn.linear import LinearModel
from kg.learn.linear import load as load_model
from kg.types import Entity, Event

log = logging.getLogger(__name__)

MODEL_FILE = "event-gate.json"
KEEP, DROP = "keep", "drop"


def drop_probability(model: LinearModel, features: dict[str, float]) -> float:
    """The model's probability that the event with ``features`` is not a reportable event."""
    return model.probabilities(features)[DROP]


class EventGate:
    """Keeps the proposed events whose drop probability stays below the threshold."""

    def __init__(self, model: LinearModel) -> None:
        if set(model.labels) != {KEEP, DROP}:
            raise ValueError(f"the event gate needs labels {KEEP!r} and {DROP!r}: {model.labels}")
        threshold = model.meta.get("threshold")
        if not isinstance(threshold, (int, float)) or not 0.5 <= threshold <= 1.0:
            raise ValueError(f"the event gate needs a threshold in [0.5, 1], not {threshold}")
        self.model = model
        self.threshold = float(threshold)

    def __call__(
        self, doc, events: tuple[Event, ...], entities: tuple[Entity, ...]
    ) -> tuple[Event, ...]:
        if not events:
            return events
        view = ArticleView.of(doc, events, entities)
        kept = []
        for event in events:
            probability = drop_probability(self.model, gate_features(doc, event, view))
            if probability >= self.threshold:
                log.debug("gate drops %s %r (%.2f)", event.type, event.trigger.text, probability)
                continue
            kept.append(event)
        return tuple(kept)


def load(model_dir: Path) -> EventGate:
    """The gate with its model read from ``model_dir``; ``ValueError`` if it is unusable."""
    path = Path(model_dir) / MODEL_FILE
    model = load_model(path)
    try:
        return EventGate(model)
    except ValueError as error:
        raise ValueError(f"cannot use the learned model {path}: {error}") from error
