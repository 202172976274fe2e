"""Predicted events paired with the gold events they stand for: the data the learned stages
(kg/learn) are trained and cross-validated on.

For each article of a gold set (see score_events.SETS): its parse, the extraction the rule
stages make of it (plus the learned stages named in ``stages``, so a later stage is trained on
what the earlier ones give it), and which gold event each predicted event stands for, by
score_events' own pairing (overlapping trigger, a shared participant, same type first). A
prediction paired with no gold event is an extra.

Cross-validation folds are whole articles, so no sentence of a test article is seen in training.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass

import score_events as se


@dataclass
class AlignedArticle:
    record: dict
    doc: object  # the spaCy Doc every stage read
    extraction: object  # kg.types.Extraction
    gold_index: dict[int, int]  # predicted event index -> gold event index

    def gold_of(self, event_index: int) -> dict | None:
        """The gold event predicted event ``event_index`` stands for, if any."""
        g = self.gold_index.get(event_index)
        return None if g is None else self.record["events"][g]


def aligned_articles(set_name: str, stages: Sequence[str] = ()) -> list[AlignedArticle]:
    """Every article of ``set_name`` with its predictions paired to its gold events."""
    from kg.extract import Extractor
    from kg.settings import Settings

    settings = Settings.load(learned_stages=False)
    extractor = Extractor(settings)
    model_dir = settings.ontology_dir / "models"
    extractor.learned_stages = [
        importlib.import_module(f"kg.learn.{name}").load(model_dir) for name in stages
    ]
    gold_path, folder = se.SETS[set_name]
    pairs = list(se.articles_for(se.load_gold(gold_path), folder))
    aligned = []
    parsed = extractor.parsed(article for _, article in pairs)
    for (record, _), (doc, article) in zip(pairs, parsed, strict=True):
        extraction = extractor.from_doc(doc, article)
        aligned.append(AlignedArticle(record, doc, extraction, _pairing(record, extraction)))
    return aligned


def _pairing(record: dict, extraction) -> dict[int, int]:
    events = list(extraction.events)
    gold_names = se.gold_names(record)
    predicted_names = se.predicted_names(extraction)
    text = extraction.article.text
    candidates = [
        se.gold_candidates(text, gold, gold_names, predicted_names, events)
        for gold in record["events"]
    ]
    return {p: g for g, p in se.pair_up(candidates).items()}


def folds(articles: Sequence[AlignedArticle], k: int = 10) -> list[tuple[list, list]]:
    """(train, test) article lists for ``k``-fold cross-validation, by sorted article id."""
    ordered = sorted(articles, key=lambda a: a.record["id"])
    return [
        ([a for i, a in enumerate(ordered) if i % k != fold], ordered[fold::k]) for fold in range(k)
    ]
