#!/usr/bin/env python3
"""Found events typed otherwise than their gold: which PLOVER type became which, and where.

    .venv/bin/python bench/type_confusion.py [--set seeds|geo-dev|samples] [ID ...]

Pairs predictions with gold events exactly as ``score_events.py`` does (same matching, same
preference for pairs of one type), then counts, for every found event whose PLOVER category
differs from the gold's, the pair (gold type / gold fine type -> predicted type / our event
type), most frequent first, and lists each one with its gold trigger and summary. Give article
ids to look at those articles only (e.g. the least-tuned ones).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import score_events as scoring

from kg.extract import Extractor
from kg.settings import Settings


def confusions(record: dict, extraction) -> list[tuple[tuple[str, ...], str]]:
    """(gold type, gold fine type, predicted type, our type) and a line, per mistyped event."""
    text = extraction.article.text
    events = list(extraction.events)
    gold_names = scoring.gold_names(record)
    predicted_names = scoring.predicted_names(extraction)
    candidates = [
        scoring.gold_candidates(text, gold, gold_names, predicted_names, events)
        for gold in record["events"]
    ]
    found = []
    for g, p in scoring.pair_up(candidates).items():
        gold, event = record["events"][g], events[p]
        if event.plover == gold["type"]:
            continue
        pair = (gold["type"], str(gold.get("fine_type")), event.plover, event.type)
        line = f"{record['id']}: {pair[0]}/{pair[1]} -> {pair[2]}/{pair[3]} '{gold['trigger']}'"
        found.append((pair, f"{line} | {gold.get('summary', '')[:80]}"))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=sorted(scoring.SETS), default="samples")
    parser.add_argument("ids", nargs="*", help="only these article ids")
    args = parser.parse_args(argv)
    gold_path, folder = scoring.SETS[args.set]
    records = scoring.load_gold(gold_path)
    if args.ids:
        records = [r for r in records if r["id"] in set(args.ids)]
    pairs = list(scoring.articles_for(records, folder))
    extractor = Extractor(Settings.load())
    counts: Counter[tuple[str, ...]] = Counter()
    lines: list[str] = []
    for (record, _), extraction in zip(
        pairs, extractor.extract_many([a for _, a in pairs]), strict=True
    ):
        for pair, line in confusions(record, extraction):
            counts[pair] += 1
            lines.append(line)
    for pair, n in counts.most_common():
        print(f"{n:4d}  {pair[0]}/{pair[1]} -> {pair[2]}/{pair[3]}")
    print()
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
