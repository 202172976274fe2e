#!/usr/bin/env python3
"""Where in the event stage each missed gold event was lost, to group misses by cause.

    .venv/bin/python bench/why_missed.py [--set seeds|geo-dev|samples] [--cause CAUSE]

For every gold event with no prediction at its trigger (``score_events.py -v`` calls these
"no trigger"), the last step of ``kg.extract.events`` its trigger words reached:

- ``no lexicon match``: no trigger of ontologies/triggers.yaml matched there: the lexicon lacks
  the word or sense (extend the data, or the trigger finder's reading of the phrase);
- ``rejected at drafting``: a trigger matched but no event was drafted (no named participant,
  a speech verb without a speaker, an act only alleged inside a charge, negated speech...);
- ``dropped after drafting``: an event was drafted there, then removed by a later pass of the
  stage (folding, redundant statements, denied acts) without keeping a mention there.

Prints one line per such miss with the lemmas matched and the types drafted, then the counts.
The event stage is traced by wrapping its trigger finder and drafting step for the run.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from score_events import SETS, articles_for, load_gold, predictions_at, trigger_spans

CAUSES = ("no lexicon match", "rejected at drafting", "dropped after drafting")


@dataclass
class StageTrace:
    """Character spans the event stage reached: trigger matches (with the head's lemma) and
    drafted events (with their type)."""

    matches: list[tuple[int, int, str]] = field(default_factory=list)
    drafts: list[tuple[int, int, str]] = field(default_factory=list)

    def clear(self) -> None:
        self.matches.clear()
        self.drafts.clear()


@contextmanager
def traced_event_stage() -> Iterator[StageTrace]:
    """Record what ``kg.extract.events`` matched and drafted while the block runs."""
    import kg.extract.events as stage

    trace = StageTrace()
    find_triggers, draft = stage.find_triggers, stage._draft

    def traced_find(sent, lexicon, candidates):
        found = find_triggers(sent, lexicon, candidates)
        doc = sent.doc
        for m in found:
            last = doc[m.end - 1]
            trace.matches.append((doc[m.start].idx, last.idx + len(last), doc[m.head].lemma_))
        return found

    def traced_draft(doc, match, *args, **kwargs):
        drafted = draft(doc, match, *args, **kwargs)
        if drafted is not None:
            trace.drafts.append((drafted.trigger.start, drafted.trigger.end, drafted.type))
        return drafted

    stage.find_triggers, stage._draft = traced_find, traced_draft
    try:
        yield trace
    finally:
        stage.find_triggers, stage._draft = find_triggers, draft


def lost_at(text: str, gold: dict, events, trace: StageTrace) -> tuple[str, list, list] | None:
    """(cause, lemmas matched, types drafted) for a gold event no prediction overlaps, else
    None."""
    if predictions_at(text, gold["trigger"], events):
        return None
    spans = trigger_spans(text, gold["trigger"])

    def overlaps(start: int, end: int) -> bool:
        return any(a < end and start < b for a, b in spans)

    lemmas = [lemma for start, end, lemma in trace.matches if overlaps(start, end)]
    types = [kind for start, end, kind in trace.drafts if overlaps(start, end)]
    cause = CAUSES[2] if types else CAUSES[1] if lemmas else CAUSES[0]
    return cause, lemmas, types


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="default: all")
    parser.add_argument("--cause", choices=CAUSES, help="list only these misses")
    args = parser.parse_args(argv)
    from kg.extract import Extractor
    from kg.settings import Settings

    extractor = Extractor(Settings.load())
    counts: Counter[str] = Counter()
    with traced_event_stage() as trace:
        for name in args.set or sorted(SETS):
            gold_path, folder = SETS[name]
            for record, article in articles_for(load_gold(gold_path), folder):
                trace.clear()
                extraction = extractor.extract(article)
                events = list(extraction.events)
                for gold in record["events"]:
                    lost = lost_at(extraction.article.text, gold, events, trace)
                    if lost is None:
                        continue
                    cause, lemmas, types = lost
                    counts[f"{name}: {cause}"] += 1
                    if args.cause in (None, cause):
                        where = f"{record['id']}: {gold['type']} '{gold['trigger']}'"
                        print(f"{cause:22} {where} matched={lemmas} drafted={types}")
    for key, count in sorted(counts.items()):
        print(f"{count:4}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
