"""Train the learned event-type stage (kg/learn/event_types.py) on the annotated samples.

Examples are the predicted events of all samples that stand for a gold event (score_events'
pairing), with the rule stages' features; the label is the gold PLOVER category. The model
predicts PLOVER, the category the scorer and users read; which of our fine types an event gets
in that category is read from the same gold (``type_choice`` in the model's meta).

    train_event_types.py --cv   10-fold article-level cross-validation at several thresholds:
                                type accuracy of paired events, rules vs stage, gains and losses
                                per gold category; then fits on all samples and writes the model
                                with those figures and the best threshold in its meta
    train_event_types.py        fits on all samples and writes the model, keeping the CV figures
                                and threshold of the model file already there (deterministic:
                                the same samples and rules give the same bytes)
"""

from __future__ import annotations

import argparse
import datetime
import logging
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_alignment import AlignedArticle, aligned_articles, folds

from kg.learn import linear
from kg.learn.features import entity_types_of
from kg.learn.type_features import WordClasses, type_features, word_classes
from kg.learn.type_stage import MODEL_FILE, TypeChoice, predicted_type

log = logging.getLogger("train_event_types")

ROOT = Path(__file__).resolve().parent.parent
MODEL_PATH = ROOT / "ontologies" / "models" / MODEL_FILE
# Regularisation and thresholds, compared by cross-validation only.
L2 = 1.0
MIN_COUNT = 2
EPOCHS = 300
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9)


@dataclass(frozen=True)
class Example:
    article: str
    features: dict[str, float]
    gold_plover: str
    gold_type: str | None  # the gold fine type when it is one of ours in the gold category
    rule_type: str
    rule_plover: str


def examples_of(
    articles: Sequence[AlignedArticle],
    plover_of: dict[str, str],
    classes: WordClasses,
) -> list[Example]:
    """One example per predicted event paired with a gold event of a category we have."""
    categories = set(plover_of.values())
    examples = []
    for article in articles:
        entity_types = entity_types_of(article.extraction.entities)
        for i, event in enumerate(article.extraction.events):
            gold = article.gold_of(i)
            if gold is None or gold["type"] not in categories:
                continue
            fine = gold.get("fine_type")
            ours = fine if plover_of.get(fine) == gold["type"] else None
            features = type_features(article.doc, event, entity_types, classes)
            examples.append(
                Example(
                    article.record["id"],
                    features,
                    gold["type"],
                    ours,
                    event.type,
                    event.plover,
                )
            )
    return examples


def type_choice(examples: Sequence[Example], plover_of: dict[str, str], threshold: float) -> dict:
    """Our type per (rule type, gold category) and per category: the most frequent gold type."""
    by_pair: dict[str, Counter] = {}
    by_plover: dict[str, Counter] = {}
    for ex in examples:
        if ex.gold_type is None or ex.gold_plover == ex.rule_plover:
            continue
        by_pair.setdefault(f"{ex.rule_type}|{ex.gold_plover}", Counter())[ex.gold_type] += 1
        by_plover.setdefault(ex.gold_plover, Counter())[ex.gold_type] += 1
    for ex in examples:  # a category never re-typed to still needs a type: its usual one
        if ex.gold_type is not None:
            by_plover.setdefault(ex.gold_plover, Counter())[ex.gold_type] += 0
    for name, plover in plover_of.items():
        by_plover.setdefault(plover, Counter())[name] += 0
    return {
        "threshold": threshold,
        "by_rule_type": {k: _most(c) for k, c in sorted(by_pair.items())},
        "by_plover": {k: _most(c) for k, c in sorted(by_plover.items())},
    }


def _most(counter: Counter) -> str:
    return min(counter, key=lambda name: (-counter[name], name))


def fit(examples: Sequence[Example], plover_of: dict[str, str], threshold: float, meta: dict):
    meta = {**meta, "type_choice": type_choice(examples, plover_of, threshold)}
    return linear.fit(
        [ex.features for ex in examples],
        [ex.gold_plover for ex in examples],
        l2=L2,
        min_count=MIN_COUNT,
        epochs=EPOCHS,
        meta=meta,
    )


def cross_validate(articles, examples: list[Example], plover_of: dict[str, str], k: int = 10):
    """Per threshold: (correct with the stage, per-category Counter of gains and losses)."""
    by_article: dict[str, list[Example]] = {}
    for ex in examples:
        by_article.setdefault(ex.article, []).append(ex)
    rules = sum(ex.rule_plover == ex.gold_plover for ex in examples)
    results = {t: [0, Counter(), Counter()] for t in THRESHOLDS}
    for train_articles, test_articles in folds(articles, k):
        train = [ex for a in train_articles for ex in by_article.get(a.record["id"], [])]
        test = [ex for a in test_articles for ex in by_article.get(a.record["id"], [])]
        model = fit(train, plover_of, THRESHOLDS[0], {})
        choice = TypeChoice.from_meta(model.meta)
        for threshold, tally in results.items():
            for ex in test:
                new = predicted_type(
                    model, choice, ex.features, ex.rule_plover, ex.rule_type, threshold
                )
                plover = ex.rule_plover if new is None else plover_of[new]
                tally[0] += plover == ex.gold_plover
                was, now = ex.rule_plover == ex.gold_plover, plover == ex.gold_plover
                if now and not was:
                    tally[1][ex.gold_plover] += 1
                if was and not now:
                    tally[2][ex.gold_plover] += 1
    return rules, results


def report(rules: int, total: int, results: dict) -> tuple[float, dict]:
    """Prints the CV figures; returns the best threshold and the figures for the meta."""
    print(f"paired events: {total}; rules alone: {rules}/{total} = {rules / total:.1%}")
    best = max(results, key=lambda t: (results[t][0], t))
    figures = {"examples": total, "rules_correct": rules, "by_threshold": {}}
    for threshold, (correct, gains, losses) in results.items():
        mark = " <- chosen" if threshold == best else ""
        print(f"threshold {threshold}: stage {correct}/{total} = {correct / total:.1%}{mark}")
        per_class = sorted(set(gains) | set(losses))
        print("   " + ", ".join(f"{c} +{gains[c]}/-{losses[c]}" for c in per_class))
        figures["by_threshold"][str(threshold)] = {
            "stage_correct": correct,
            "gains": dict(sorted(gains.items())),
            "losses": dict(sorted(losses.items())),
        }
    return best, figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate, then write the model")
    parser.add_argument("--out", type=Path, default=MODEL_PATH, help="model file to write")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    from kg.settings import Settings
    from kg.taxonomy import event_types

    settings = Settings.load(learned_stages=False)
    plover_of = {name: t.plover for name, t in event_types(settings.ontology_dir).items()}
    articles = aligned_articles("samples")
    classes = word_classes(settings.ontology_dir, plover_of)
    examples = examples_of(articles, plover_of, classes)
    if args.cv:
        rules, results = cross_validate(articles, examples, plover_of)
        threshold, figures = report(rules, len(examples), results)
        figures["date"] = datetime.date.today().isoformat()
        cv = {"threshold": threshold, "figures": figures}
    else:
        previous = linear.load(MODEL_PATH).meta if MODEL_PATH.exists() else {}
        cv = previous.get("cv") or {"threshold": max(THRESHOLDS), "figures": {}}
    meta = {
        "what": "PLOVER category of a proposed event paired with a gold event (samples)",
        "training": {
            "articles": len(articles),
            "examples": len(examples),
            "rules_correct": sum(ex.rule_plover == ex.gold_plover for ex in examples),
            "l2": L2,
            "min_count": MIN_COUNT,
            "epochs": EPOCHS,
        },
        "cv": cv,
    }
    model = fit(examples, plover_of, float(cv["threshold"]), meta)
    meta["training"] = {
        **meta["training"],
        "features": len(model.weights),
        "labels": len(model.labels),
    }
    model = replace(model, meta={**model.meta, "training": meta["training"]})
    model.save(args.out)
    log.info("wrote %s: %d features, %d labels", args.out, len(model.weights), len(model.labels))
    return 0


if __name__ == "__main__":
    sys.exit(main())
