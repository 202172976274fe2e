"""The learned event-type stage: re-types a proposed event by what its sentence says.

Rules type an event by its trigger word and a few telling patterns; on text they were not
written from they often leave a telling as a plain Statement when what it says makes it an
accusation, a denial or a warning, and confuse neighbouring acts (a ban as a sanction, a cyber
operation as an attack). A linear model over the event's features (``kg.learn.type_features``)
predicts the PLOVER category; the stage re-types the event only when the model is confident
(the threshold chosen by cross-validation, stored in the model) and disagrees with the rule.

The new type is one of our taxonomy whose PLOVER category is the predicted one: the type the
training gold most often gives for that rule type and category, else for that category alone
(both tables in the model's meta). Everything else of the event (trigger, participants, date,
label) is left as the rules made it.

Not run by default: ``kg.learn.stages`` runs ``kg.learn.event_types``, which does not exist
yet (cross-validation on the samples finds no gain worth its cost; see docs/events.md,
"Learned stages: event types"). Enabling it is one line there: ``from kg.learn.type_stage
import load``.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path

from kg.learn.features import entity_types_of
from kg.learn.linear import LinearModel
from kg.learn.linear import load as load_model
from kg.learn.type_features import type_features, word_classes
from kg.taxonomy import event_types
from kg.types import Entity, Event

log = logging.getLogger(__name__)

MODEL_FILE = "event-types.json"


@dataclass(frozen=True)
class TypeChoice:
    """What the model's meta says about turning a predicted PLOVER category into our type."""

    threshold: float  # least probability of the predicted category to re-type
    by_rule_type: Mapping[str, str]  # "Statement|ACCUSE" -> "Accusation"
    by_plover: Mapping[str, str]  # "ACCUSE" -> "Accusation"

    @classmethod
    def from_meta(cls, meta: Mapping[str, object]) -> TypeChoice:
        choice = meta.get("type_choice")
        if not isinstance(choice, Mapping):
            raise ValueError("the event-type model has no 'type_choice' in its meta")
        return cls(
            float(choice["threshold"]), dict(choice["by_rule_type"]), dict(choice["by_plover"])
        )

    def our_type(self, rule_type: str, plover: str) -> str | None:
        """Our type for an event the rules typed ``rule_type`` and the model calls ``plover``."""
        return self.by_rule_type.get(f"{rule_type}|{plover}") or self.by_plover.get(plover)


def predicted_type(
    model: LinearModel,
    choice: TypeChoice,
    features: Mapping[str, float],
    rule_plover: str,
    rule_type: str,
    threshold: float | None = None,
) -> str | None:
    """The type the model gives an event instead of its rule type, or None to keep it."""
    plover, probability = model.best(features)
    least = choice.threshold if threshold is None else threshold
    if plover == rule_plover or probability < least:
        return None
    return choice.our_type(rule_type, plover)


class EventTypeStage:
    """Re-types the events the model confidently puts in another PLOVER category."""

    def __init__(self, model: LinearModel, ontology_dir: Path) -> None:
        self.model = model
        self.choice = TypeChoice.from_meta(model.meta)
        self.plover_of = {name: t.plover for name, t in event_types(ontology_dir).items()}
        self.classes = word_classes(ontology_dir, self.plover_of)
        unknown = sorted(
            t
            for t in (*self.choice.by_rule_type.values(), *self.choice.by_plover.values())
            if t not in self.plover_of
        )
        if unknown:
            raise ValueError(f"the event-type model names types not in the taxonomy: {unknown}")

    def __call__(self, doc, events: tuple[Event, ...], entities: tuple[Entity, ...]):
        entity_types = entity_types_of(entities)
        revised = []
        for event in events:
            features = type_features(doc, event, entity_types, self.classes)
            new_type = predicted_type(self.model, self.choice, features, event.plover, event.type)
            if new_type is None or new_type == event.type:
                revised.append(event)
                continue
            log.debug("re-typed %s %s -> %s", event.trigger.text, event.type, new_type)
            revised.append(replace(event, type=new_type, plover=self.plover_of[new_type]))
        return tuple(revised)


def load(model_dir: Path) -> EventTypeStage:
    """The stage with its model read from ``model_dir``; ``ValueError`` if it is unusable."""
    path = Path(model_dir) / MODEL_FILE
    model = load_model(path)
    try:
        return EventTypeStage(model, Path(model_dir).parent)
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"cannot use the learned model {path}: {error}") from error
