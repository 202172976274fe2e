"""A multinomial logistic regression over sparse, named features.

Training (``fit``) uses numpy on a dense matrix: the annotated samples give a few thousand
examples and features, so a dense full-batch fit takes seconds and needs no further library.
Applying a model (``LinearModel.probabilities``) is plain Python over the handful of features
one example has, so a learned stage costs microseconds per event.

A model is saved as JSON (labels, bias, per-feature weights, and free-form ``meta`` such as the
figures of its cross-validation) so it is data a user can inspect, diff and retrain.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

Features = Mapping[str, float]


@dataclass(frozen=True)
class LinearModel:
    labels: tuple[str, ...]
    bias: tuple[float, ...]
    weights: Mapping[str, tuple[float, ...]]  # feature -> one weight per label
    meta: Mapping[str, object] = field(default_factory=dict)

    def probabilities(self, features: Features) -> dict[str, float]:
        """Label -> probability for one example (features unknown to the model count zero)."""
        scores = list(self.bias)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for i, weight in enumerate(row):
                    scores[i] += weight * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {label: e / total for label, e in zip(self.labels, exps, strict=True)}

    def best(self, features: Features) -> tuple[str, float]:
        """The most probable label and its probability."""
        probabilities = self.probabilities(features)
        label = max(self.labels, key=probabilities.__getitem__)
        return label, probabilities[label]

    def to_json(self) -> dict:
        return {
            "labels": list(self.labels),
            "bias": [round(b, 5) for b in self.bias],
            "weights": {f: [round(w, 5) for w in row] for f, row in sorted(self.weights.items())},
            "meta": dict(self.meta),
        }

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.to_json(), indent=1, sort_keys=True, ensure_ascii=False)
        path.write_text(text + "\n", encoding="utf-8")


def from_json(data: Mapping) -> LinearModel:
    labels = tuple(data["labels"])
    weights = {f: tuple(float(w) for w in row) for f, row in data["weights"].items()}
    bad = [f for f, row in weights.items() if len(row) != len(labels)]
    if len(data["bias"]) != len(labels) or bad:
        raise ValueError(f"model weights do not match its {len(labels)} labels: {bad[:3]}")
    return LinearModel(labels, tuple(float(b) for b in data["bias"]), weights, data.get("meta", {}))


def load(path: Path) -> LinearModel:
    """The model saved at ``path``; ``ValueError`` names the file when it is not a model."""
    try:
        return from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise ValueError(f"cannot read the learned model {path}: {error}") from error


def fit(
    examples: Sequence[Features],
    labels: Sequence[str],
    *,
    l2: float = 1.0,
    min_count: int = 2,
    epochs: int = 300,
    learning_rate: float = 0.1,
    meta: Mapping[str, object] | None = None,
) -> LinearModel:
    """A model fitted to ``examples`` (feature dicts) and their ``labels``.

    Features seen in fewer than ``min_count`` examples are dropped (they can only be memorised);
    ``l2`` is the penalty on the summed squared weights, relative to the number of examples.
    Full-batch Adam from zero weights: deterministic, so a retrained model is byte-identical."""
    import numpy as np

    if len(examples) != len(labels) or not examples:
        raise ValueError("fit needs as many labels as examples, and at least one")
    label_names = tuple(sorted(set(labels)))
    counts = Counter(name for example in examples for name in example)
    names = sorted(name for name, n in counts.items() if n >= min_count)
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(examples), len(names) + 1))
    x[:, -1] = 1.0  # the bias column, not penalised
    for row, example in enumerate(examples):
        for name, value in example.items():
            if name in column:
                x[row, column[name]] = value
    y = np.zeros((len(examples), len(label_names)))
    index = {label: i for i, label in enumerate(label_names)}
    y[np.arange(len(labels)), [index[label] for label in labels]] = 1.0
    w = _adam(x, y, l2 / len(examples), epochs, learning_rate)
    weights = {name: tuple(float(v) for v in w[column[name]]) for name in names}
    bias = tuple(float(v) for v in w[-1])
    return LinearModel(label_names, bias, weights, dict(meta or {}))


def _adam(x, y, l2: float, epochs: int, learning_rate: float):
    import numpy as np

    w = np.zeros((x.shape[1], y.shape[1]))
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    penalised = np.ones((x.shape[1], 1))
    penalised[-1] = 0.0
    for step in range(1, epochs + 1):
        scores = x @ w
        scores -= scores.max(axis=1, keepdims=True)
        p = np.exp(scores)
        p /= p.sum(axis=1, keepdims=True)
        gradient = x.T @ (p - y) / len(x) + l2 * penalised * w
        m = 0.9 * m + 0.1 * gradient
        v = 0.999 * v + 0.001 * gradient**2
        w -= learning_rate * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return w
