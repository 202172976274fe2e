"""The learned stages, in the order ``kg.extract.Extractor`` applies them after the rule stages.

A stage module ``kg.learn.<name>`` has ``load(model_dir: Path) -> Stage``, reading its model from
``<ontology_dir>/models/``. The type stage comes first: the gate that keeps or drops a proposed
event reads the event's type among its features.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.settings import Settings
    from kg.types import Entity, Event

Stage = Callable[["Doc", tuple["Event", ...], tuple["Entity", ...]], tuple["Event", ...]]

ORDER = ("event_types", "event_gate")


def load_stages(settings: Settings) -> list[Stage]:
    """The stages of ``ORDER`` whose module is installed, each with its model loaded once."""
    model_dir = settings.ontology_dir / "models"
    stages = []
    for name in ORDER:
        module_name = f"kg.learn.{name}"
        # While a stage is being built its module may not exist yet; then it is simply not run.
        if importlib.util.find_spec(module_name) is None:
            continue
        stages.append(importlib.import_module(module_name).load(model_dir))
    return stages
