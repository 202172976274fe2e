#!/usr/bin/env python3
"""Score ``kg extract`` events against hand-made gold: the seeds, geo-dev and samples/expected.

    .venv/bin/python bench/score_events.py [--set seeds|geo-dev|samples] [-v]

Gold files share one schema (``/work/shared/seeds/seeds-gold.json``, geo-dev ``gold.json``,
``tests/expected/*.json`` for the articles in ``samples/``): per article, entities (name,
aliases) and events (trigger text, PLOVER type, actors, targets, platforms, date at its
precision). Conventions of geo-dev's README:

- a gold event is *found* when a predicted event's trigger (or a further mention of it) overlaps
  an occurrence of the gold trigger text and they share at least one participant (gold actors,
  targets and platforms against every predicted participant, compared by entity names and
  aliases); each prediction matches at most one gold event: a maximum matching, same PLOVER
  type preferred (pairs of the same type are made first);
- *found, same type* also requires the same PLOVER category;
- *precision*: predicted events matched to a gold event, over all predicted events (gold lists
  only what its annotator judged reportable, so this is a floor);
- *dated*: of the found gold events with a non-null date, those whose predicted date lies inside
  the gold period (a finer prediction inside it counts, a coarser one does not);
- *type accuracy*: found events with the gold PLOVER category.

Prints one block per set and, with -v, every missed gold event (with its cause: no trigger
there, the prediction there taken by another gold event, or participants not shared) and every
unmatched prediction.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from shared_data import SHARED

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "seeds": (SHARED / "seeds" / "seeds-gold.json", SHARED / "seeds"),
    "geo-dev": (SHARED / "data" / "geo-dev" / "gold.json", SHARED / "data" / "geo-dev"),
    "samples": (ROOT / "tests" / "expected", ROOT / "samples"),
}
# seeds-gold.json names articles by id only.
SEED_FILES = {
    "seed-cia": "cia-recruitment-campaign.txt",
    "seed-linkedin": "china-linkedin-recruitment.txt",
}


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    found_typed: int = 0
    predicted: int = 0
    matched_predictions: int = 0
    gold_dated_found: int = 0
    dated_right: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    by_type: dict[str, list[int]] = field(default_factory=dict)  # PLOVER -> [found, gold]

    def add(self, other: Tally) -> None:
        for name in ("gold", "found", "found_typed", "predicted", "matched_predictions"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.gold_dated_found += other.gold_dated_found
        self.dated_right += other.dated_right
        self.misses += other.misses
        self.extras += other.extras
        for plover, (found, gold) in other.by_type.items():
            mine = self.by_type.setdefault(plover, [0, 0])
            mine[0] += found
            mine[1] += gold


def norm(text: str) -> str:
    text = text.replace("’", "'").lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^(the|a|an)\s+", "", text.strip())
    return " ".join(text.split())


def load_gold(path: Path) -> list[dict]:
    if path.is_dir():
        records = []
        for file in sorted(path.glob("*.json")):
            records.append(json.loads(file.read_text(encoding="utf-8")))
        return records
    return json.loads(path.read_text(encoding="utf-8"))


def trigger_spans(text: str, trigger: str) -> list[tuple[int, int]]:
    # Gold triggers are copied from the raw file; the reader drops Markdown emphasis ("told
    # *The* *Today Show*"), so asterisks around a word may or may not be in the text read.
    words = [
        r"\**" + re.sub("['’]", "['’]", re.escape(w.strip("*"))) + r"\**" for w in trigger.split()
    ]
    pattern = re.compile(r"\s+".join(words), re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def gold_names(record: dict) -> dict[str, set[str]]:
    names = {}
    for ent in record["entities"]:
        names[ent["name"]] = {norm(ent["name"]), *(norm(a) for a in ent["aliases"])}
    return names


def predicted_names(extraction) -> dict[str, set[str]]:
    names = {}
    for ent in extraction.entities:
        forms = {norm(ent.name), *(norm(a) for a in ent.aliases)}
        forms |= {norm(m.text) for m in ent.mentions}
        names[ent.id] = forms
    return names


def in_period(event_date, gold_value: str) -> bool:
    from kg.extract.timenorm import interval_of

    gold = interval_of(gold_value)
    if gold is None or event_date.value is None or event_date.earliest is None:
        return False
    return gold[0] <= event_date.earliest and event_date.latest <= gold[1]


def score_article(record: dict, extraction) -> Tally:
    text = extraction.article.text
    gnames = gold_names(record)
    pnames = predicted_names(extraction)
    events = list(extraction.events)
    tally = Tally(gold=len(record["events"]), predicted=len(events))
    candidates = [gold_candidates(text, gold, gnames, pnames, events) for gold in record["events"]]
    matched = pair_up(candidates)
    for g, gold in enumerate(record["events"]):
        where = f"{record['id']}: {gold['type']} '{gold['trigger']}'"
        counts = tally.by_type.setdefault(gold["type"], [0, 0])
        counts[1] += 1
        counts[0] += g in matched
        if g not in matched:
            tally.misses.append(f"{where} [{miss_cause(text, gold, events, matched)}]")
            continue
        event = events[matched[g]]
        tally.found += 1
        tally.matched_predictions += 1
        tally.found_typed += event.plover == gold["type"]
        if gold.get("date"):
            tally.gold_dated_found += 1
            right = in_period(event.date, gold["date"])
            tally.dated_right += right
            if not right:
                tally.misses.append(f"{where}: date {event.date.value} != {gold['date']}")
    used = set(matched.values())
    for i, event in enumerate(events):
        if i not in used:
            extra = f"{event.type} '{event.trigger.text}' {event.label}"
            tally.extras.append(f"{record['id']}: {extra}")
    return tally


def predictions_at(text: str, trigger: str, events) -> list[int]:
    """Indexes of the predictions whose trigger, or a further mention, overlaps an occurrence
    of the gold ``trigger`` text."""
    spans = trigger_spans(text, trigger)
    return [
        i
        for i, event in enumerate(events)
        if any(
            a < d and c < b
            for a, b in spans
            for c, d in ((s.start, s.end) for s in (event.trigger, *event.mentions))
        )
    ]


def miss_cause(text: str, gold: dict, events: list, matched: dict[int, int]) -> str:
    """Why a gold event went unmatched, for grouping misses by cause: "no trigger" (no
    prediction overlaps the gold trigger: the stage never kept an event there;
    bench/why_missed.py says where it was lost), "taken" (the predictions there match other
    gold events: folded into one of them), or "participants" (a prediction is there but shares
    no participant with the gold event: the roles are wrong), naming what that prediction had."""
    there = predictions_at(text, gold["trigger"], events)
    if not there:
        return "no trigger"
    free = [i for i in there if i not in matched.values()]
    if not free:
        return "taken"
    event = events[free[0]]
    return f"participants: {event.type} {event.label}"


def gold_candidates(text: str, gold: dict, gnames, pnames, events) -> list[tuple[bool, int]]:
    """(of another PLOVER type?, index) of the predictions that may be ``gold``: a trigger
    overlapping it and a shared participant; same type first."""
    people = gold["actors"] + gold["targets"] + gold["platforms"]
    wanted = set().union(*(gnames.get(n, {norm(n)}) for n in people))
    candidates = []
    for i in predictions_at(text, gold["trigger"], events):
        event = events[i]
        forms = set().union(*(pnames.get(p.entity, set()) for p in event.participants))
        if wanted and not (forms & wanted):
            continue
        candidates.append((event.plover != gold["type"], i))
    return sorted(candidates)


def pair_up(candidates: list[list[tuple[bool, int]]]) -> dict[int, int]:
    """Gold index -> prediction index, each prediction used once: a maximum matching (augmenting
    paths), built from same-type pairs first. Taking predictions greedily in gold order let a
    gold event of another type take the only prediction a later gold event of its own type
    could match ("officials said hackers had broken into": the Attribution took the
    intrusion), so the score depended on the order of the gold file."""
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(g: int, any_type: bool, seen: set[int]) -> bool:
        for other_type, p in candidates[g]:
            if p in seen or (other_type and not any_type):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], any_type, seen):
                owner[p] = g
                return True
        return False

    for any_type in (False, True):
        for g in range(len(candidates)):
            if g not in owner.values():
                augment(g, any_type, set())
    return {g: p for p, g in owner.items()}


def articles_for(records: list[dict], folder: Path):
    """(record, Article) pairs, reading each file with kg.ingest like ``kg extract`` does."""
    from kg.errors import InputError
    from kg.ingest import IngestOptions, iter_articles

    for record in records:
        options = IngestOptions(published=record.get("published"))
        path = folder / (record.get("file") or SEED_FILES[record["id"]])
        wanted = record.get("record")
        for item in iter_articles([str(path)], options):
            if isinstance(item, InputError):
                print(f"  cannot read {path}: {item}", file=sys.stderr)
                continue
            if wanted is None or item.record == wanted:
                yield record, item
                break


def pct(part: int, whole: int) -> str:
    return f"{part}/{whole} = {100 * part / whole:.0f}%" if whole else "n/a"


def score_set(name: str, extractor, verbose: bool) -> Tally:
    gold_path, folder = SETS[name]
    records = load_gold(gold_path)
    pairs = list(articles_for(records, folder))
    total = Tally()
    started = time.perf_counter()
    extractions = list(extractor.extract_many([a for _, a in pairs]))
    seconds = time.perf_counter() - started
    for (record, _), extraction in zip(pairs, extractions, strict=True):
        total.add(score_article(record, extraction))
    print(f"== {name}: {len(pairs)} articles, {total.gold} gold events, ", end="")
    print(f"{total.predicted} predicted")
    print(f"  events found (recall)        {pct(total.found, total.gold)}")
    print(f"  found with same PLOVER type  {pct(total.found_typed, total.gold)}")
    print(f"  precision                    {pct(total.matched_predictions, total.predicted)}")
    print(f"  found with the gold date     {pct(total.dated_right, total.gold_dated_found)}")
    print(f"  PLOVER type accuracy (found) {pct(total.found_typed, total.found)}")
    recall = ", ".join(f"{t} {f}/{g}" for t, (f, g) in sorted(total.by_type.items()))
    print(f"  found by gold PLOVER type    {recall}")
    words = sum(len(a.text.split()) for _, a in pairs)
    print(f"  extraction time              {seconds:.1f}s, {words / seconds:.0f} words/s")
    if verbose:
        for line in total.misses:
            print(f"  MISS  {line}")
        for line in total.extras:
            print(f"  EXTRA {line}")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: all")
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(ROOT))
    from kg.extract import Extractor
    from kg.settings import Settings

    extractor = Extractor(Settings.load())
    for name in args.set or ("seeds", "geo-dev", "samples"):
        if SETS[name][0].exists():
            score_set(name, extractor, args.verbose)
        else:
            print(f"== {name}: {SETS[name][0]} not found, skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
