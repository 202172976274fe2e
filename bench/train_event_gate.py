"""Train the learned event gate (kg/learn/event_gate.py) on the annotated samples.

Examples are every event the rule stages (and the learned stages before the gate) propose on all
samples; an event is "keep" when score_events pairs it with a gold event, else "drop".

    train_event_gate.py --cv   10-fold article-level cross-validation: found and precision (as
                               score_events counts them: paired predictions) with no gate and
                               with the gate at several thresholds, and the gold events the gate
                               would lose; then fits on all samples and writes the model with
                               those figures and the chosen threshold in its meta
    train_event_gate.py        fits on all samples and writes the model, keeping the CV figures
                               and threshold of the model file already there (deterministic:
                               the same samples and rules give the same bytes)
"""

from __future__ import annotations

import argparse
import importlib.util
import logging
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_alignment import AlignedArticle, aligned_articles, folds

from kg.learn import linear
from kg.learn.draft_event_gate import DROP, KEEP, MODEL_FILE, drop_probability
from kg.learn.gate_features import ArticleView, gate_features
from kg.learn.stages import ORDER

log = logging.getLogger("train_event_gate")

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "ontologies" / "models" / MODEL_FILE
# Regularisation and thresholds, compared by cross-validation only.
L2 = 4.0
MIN_COUNT = 3
EPOCHS = 300
THRESHOLDS = (0.6, 0.7, 0.75, 0.775, 0.8, 0.825, 0.85, 0.875, 0.9, 0.95)
# The trade: the lowest threshold whose CV found count falls by at most this share.
MAX_FOUND_LOSS = 0.01


@dataclass(frozen=True)
class Example:
    article: str
    features: dict[str, float]
    label: str
    summary: str  # type, trigger and sentence, to show what a lost event looks like


def earlier_stages() -> tuple[str, ...]:
    """The learned stages that run before the gate and are installed."""
    before = ORDER[: ORDER.index("event_gate")]
    return tuple(n for n in before if importlib.util.find_spec(f"kg.learn.{n}") is not None)


def examples_of(articles: Sequence[AlignedArticle]) -> list[Example]:
    """One example per proposed event, labelled by whether it stands for a gold event."""
    examples = []
    for article in articles:
        events = article.extraction.events
        view = ArticleView.of(article.doc, events, article.extraction.entities)
        for i, event in enumerate(events):
            label = KEEP if article.gold_of(i) is not None else DROP
            sentence = article.extraction.article.text[event.evidence.start : event.evidence.end]
            summary = f"{event.type} {event.trigger.text!r}: {' '.join(sentence.split())[:140]}"
            features = gate_features(article.doc, event, view)
            examples.append(Example(article.record["id"], features, label, summary))
    return examples


def fit(examples: Sequence[Example], meta: dict | None = None) -> linear.LinearModel:
    return linear.fit(
        [e.features for e in examples],
        [e.label for e in examples],
        l2=L2,
        min_count=MIN_COUNT,
        epochs=EPOCHS,
        meta=meta,
    )


def cross_validate(articles: Sequence[AlignedArticle], examples: Sequence[Example]) -> dict:
    """Found and precision with no gate and at each threshold, over article-level folds."""
    by_article: dict[str, list[Example]] = {}
    for example in examples:
        by_article.setdefault(example.article, []).append(example)
    scored: list[tuple[float, Example]] = []
    for train, test in folds(articles):
        model = fit([e for a in train for e in by_article.get(a.record["id"], [])])
        for article in test:
            for example in by_article.get(article.record["id"], []):
                scored.append((drop_probability(model, example.features), example))
    gold = sum(len(a.record["events"]) for a in articles)
    found = sum(e.label == KEEP for _, e in scored)
    figures = {"gold": gold, "none": {"found": found, "predicted": len(scored)}}
    for threshold in THRESHOLDS:
        kept = [e for p, e in scored if p < threshold]
        figures[str(threshold)] = {
            "found": sum(e.label == KEEP for e in kept),
            "predicted": len(kept),
        }
    figures["threshold"] = chosen_threshold(figures)
    lost = sorted((p, e.summary) for p, e in scored if e.label == KEEP)
    figures["lost_at_threshold"] = [s for p, s in lost if p >= figures["threshold"]][:12]
    return figures


def chosen_threshold(figures: dict) -> float:
    """The lowest threshold that loses at most MAX_FOUND_LOSS of the found events."""
    least_found = figures["none"]["found"] * (1 - MAX_FOUND_LOSS)
    fitting = [t for t in THRESHOLDS if figures[str(t)]["found"] >= least_found]
    return min(fitting) if fitting else 1.0


def report(figures: dict) -> None:
    gold = figures["gold"]
    rows = [("none", figures["none"])] + [(str(t), figures[str(t)]) for t in THRESHOLDS]
    print(f"10-fold article-level CV on samples ({gold} gold events)")
    print("  threshold   found           precision")
    for name, row in rows:
        found, predicted = row["found"], row["predicted"]
        print(
            f"  {name:>9}   {found:>4} {found / gold:6.1%}   {found:>4}/{predicted:<5}"
            f" {found / max(predicted, 1):6.1%}"
        )
    print(f"chosen threshold {figures['threshold']}; gold events it loses (most confident first):")
    for summary in figures["lost_at_threshold"]:
        print(f"  - {summary}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate, then write the model")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    stages = earlier_stages()
    articles = aligned_articles("samples", stages=stages)
    examples = examples_of(articles)
    if args.cv:
        figures = cross_validate(articles, examples)
        report(figures)
    else:
        previous = linear.load(MODEL_PATH).meta
        figures = dict(previous.get("cv", {}))  # type: ignore[call-overload]
        figures["threshold"] = previous["threshold"]
    meta = {
        "threshold": figures["threshold"],
        "trained_on": f"samples: {len(articles)} articles, {len(examples)} proposed events",
        "after_stages": list(stages),
        "hyper_parameters": {"l2": L2, "min_count": MIN_COUNT, "epochs": EPOCHS},
        "cv": {k: v for k, v in figures.items() if k != "threshold"},
    }
    fit(examples, meta).save(MODEL_PATH)
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} (threshold {figures['threshold']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
