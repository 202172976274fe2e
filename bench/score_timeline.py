#!/usr/bin/env python3
"""Score cross-document timelines on the SemEval-2015 Task 4 trial data (30 WikiNews articles
about Apple, gold timelines of 6 target entities).

    .venv/bin/python bench/score_timeline.py [--errors] [--store URL]

What it does (see bench/timeline_gold.py for how the data is read):

1. writes each TimeML article as a JSON Lines record {id, title, published = DCT, text} and reads
   it back with the project's reader (kg.ingest.iter_articles), checking the text is unchanged so
   offsets map back to sentences and tokens;
2. ingests them into a fresh store (kg.pipeline.ingest_articles, one worker) and merges events
   across documents (kg.merge.merge_store), as ``kg ingest`` does;
3. per target entity, finds the entity by name (kg.query.resolve_entity, names and aliases) and
   reads its timeline with kg.query.timeline; also reads the whole timeline (no filter) to tell
   "no event at this trigger" from "event found but not linked to the entity".

Matching: a timeline event matches a gold row when a trigger of one of its member events overlaps
a span of one of the row's mentions. Figures per target and overall:

- *found*: gold rows matched by the entity's timeline (recall); *any-entity*: gold rows matched
  by an event of the whole timeline, whatever its participants (an upper bound for linking);
- *precision*: the entity's timeline events that match a gold row of that entity;
- *date*: of the found dated rows, those whose predicted date (TIMEX3 value from the text)
  equals the gold date at the gold precision; *date+DCT* also counts an undated prediction whose
  publication date equals it (where the timeline draws it); gold XXXX rows are counted apart;
- *order*: of the pairs of found dated rows with different gold ORDER, those our timeline puts in
  the same order (by the date it sorts on); ties on our side count as disagreement;
- *clusters*: gold rows with mentions in several documents, and gold ORDER groups spanning
  several documents, that one merged event of ours reproduces (covers mentions of >= 2 of its
  documents).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_gold import (
    Document,
    GoldRow,
    Target,
    load_documents,
    load_targets,
    mention_spans,
)

# Names tried for each target, in order, when its timeline-file name is not an entity name or
# alias: how the articles name it (the gold name "Beatles Apple Corps" appears in no article).
TARGET_NAMES = {
    "Beatles Apple Corps": ("Beatles Apple Corps", "Apple Corps", "Apple Corps Ltd"),
    "iPhone 3G": ("iPhone 3G",),
    "iPhone 4": ("iPhone 4",),
    "iPod": ("iPod",),
    "iTunes store": ("iTunes store", "iTunes Store", "iTunes Music Store", "iTunes"),
    "Steve Jobs": ("Steve Jobs", "Jobs"),
}


@dataclass(frozen=True)
class Predicted:
    """One timeline event, reduced to what scoring needs."""

    id: str
    label: str
    date_value: str | None
    sort_date: str | None
    published: str | None
    merged: bool
    triggers: tuple[tuple[str, int, int, str], ...]  # (docid, start, end, text)
    date_text: str | None = None

    @property
    def docs(self) -> frozenset[str]:
        return frozenset(t[0] for t in self.triggers)


@dataclass
class Score:
    rows: int = 0
    found: int = 0
    any_entity: int = 0
    entity_in_sentence: int = 0
    predicted: int = 0
    predicted_matched: int = 0
    dated_found: int = 0
    date_right: int = 0
    date_right_dct: int = 0
    undated_found: int = 0
    pairs: int = 0
    pairs_agree: int = 0
    clusters: int = 0
    clusters_merged: int = 0
    groups: int = 0
    groups_merged: int = 0
    misses: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
        self.misses.update(other.misses)


# --- ingest ----------------------------------------------------------------------------------


def write_jsonl(docs: dict[str, Document], path: Path) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for doc in docs.values():
            record = {"id": doc.docid, "title": doc.title, "published": doc.dct, "text": doc.text}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")


@dataclass
class Run:
    """The ingested store and what analysis needs from the extraction."""

    store: object
    ids: dict[str, str]  # article id -> docid
    report: object
    merged: object
    extractions: dict[str, object]  # docid -> kg.types.Extraction
    lemmas: dict[tuple[str, int, int], str]  # (docid, start, end) of every token -> lemma
    lexicon: dict[str, str]  # trigger lemma -> "plain" or "constrained" (see lexicon_kinds)
    seconds: float = 0.0


def ingest(docs: dict[str, Document], store_url: str) -> Run:
    """Read the articles back through the project's reader, extract them with one Extractor,
    store them and merge events across documents (what ``kg ingest`` does, in one process)."""
    from kg.extract import Extractor
    from kg.ingest import IngestOptions, iter_articles
    from kg.merge import merge_store
    from kg.pipeline import IngestReport, store_extractions
    from kg.settings import Settings
    from kg.store import open_store

    settings = Settings.load(workers=1)
    store = open_store(store_url, settings)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "timeline-trial.jsonl"
        write_jsonl(docs, path)
        articles = list(iter_articles([path], IngestOptions()))
    refused = [str(a) for a in articles if isinstance(a, Exception)]
    if refused:
        raise SystemExit(f"reader refused records: {refused}")
    by_text = {doc.text: doc.docid for doc in docs.values()}
    changed = [a.record for a in articles if a.text not in by_text]
    if changed:
        raise SystemExit(f"the reader changed the text of {changed}: offsets would not map back")
    extractor = Extractor(settings)
    extractions = list(extractor.extract_many(articles))
    report = IngestReport()
    store_extractions(
        extractions, store, report, fail=report.failures.append, model=settings.spacy_model
    )
    lemmas = {
        (by_text[doc.text], tok.idx, tok.idx + len(tok)): tok.lemma_.lower()
        for doc in extractor.nlp.pipe((a.text for a in articles), batch_size=8)
        for tok in doc
    }
    lexicon = lexicon_kinds(extractor.lexicon)
    return Run(
        store=store,
        ids={a.id: by_text[a.text] for a in articles},
        report=report,
        merged=merge_store(store),
        extractions={by_text[x.article.text]: x for x in extractions},
        lemmas=lemmas,
        lexicon=lexicon,
    )


def lexicon_kinds(lexicon) -> dict[str, str]:
    """Each trigger lemma of the lexicon: "plain" when some rule takes it alone, "constrained"
    when every rule wants an object, particle or preposition ("sell ... secrets")."""
    kinds: dict[str, str] = {}
    for rule in (*lexicon.verbs, *lexicon.nouns):
        plain = not getattr(rule, "constrained", False)
        for lemma in rule.lemmas:
            if plain or lemma not in kinds:
                kinds[lemma] = "plain" if plain else "constrained"
    return kinds


# --- the project's timeline ------------------------------------------------------------------


def find_entity(store, target: Target) -> tuple[str | None, str]:
    """The entity id the target's names resolve to, and the name that resolved (or why not)."""
    from kg.errors import QueryError
    from kg.query import resolve_entity

    reasons = []
    for name in TARGET_NAMES.get(target.name, (target.name,)):
        try:
            return resolve_entity(store, name), name
        except QueryError as exc:
            reasons.append(str(exc))
    return None, "; ".join(reasons)


def read_timeline(store, ids: dict[str, str], actor: str | None) -> list[Predicted]:
    from kg.query import TimelineFilter, timeline

    events = timeline(store, TimelineFilter(actor=actor, limit=None))
    return [_predicted(e, ids) for e in events]


def _predicted(event, ids: dict[str, str]) -> Predicted:
    triggers = tuple(
        (ids.get(ev.article_id, ev.article_id), start, end, text)
        for ev in event.evidence
        for text, start, end in ev.triggers
    )
    published = event.sources[0].published if event.sources else None
    return Predicted(
        id=event.id,
        label=event.label,
        date_value=event.date_value,
        sort_date=event.sort_date,
        published=published,
        merged=event.merged,
        triggers=triggers,
        date_text=event.date_text,
    )


# --- matching and scoring --------------------------------------------------------------------


def row_spans(row: GoldRow, docs: dict[str, Document]) -> list[tuple[str, int, int]]:
    return [
        (m.docid, start, end)
        for m in row.mentions
        if m.docid in docs
        for start, end in mention_spans(docs[m.docid], m)
    ]


def matches(event: Predicted, spans: list[tuple[str, int, int]]) -> bool:
    return any(
        doc == d and start < e and s < end
        for doc, start, end, _ in event.triggers
        for d, s, e in spans
    )


def date_agrees(gold: str, predicted: str | None) -> bool:
    """The predicted TIMEX3 value, cut to the gold precision, equals the gold date; a coarser
    prediction does not."""
    if not predicted or not gold or gold.startswith("X"):
        return False
    known = gold.split("-X")[0].rstrip("-")  # "2008-03-XX" is month precision
    return len(predicted) >= len(known) and predicted[: len(known)] == known


def placed_on(event: Predicted) -> str | None:
    """The date the timeline draws the event on: its own date, else its publication date."""
    return event.date_value or event.published


def sort_key(event: Predicted) -> str:
    return event.sort_date or event.published or ""


def score_target(
    target: Target,
    docs: dict[str, Document],
    mine: list[Predicted],
    everything: list[Predicted],
    *,
    linked: bool = True,
    lemmas_of: Callable[[list[tuple[str, int, int]]], set[str]] = lambda spans: set(),
    lexicon: dict[str, str] | None = None,
    entity_sentences: frozenset[tuple[str, int]] = frozenset(),
) -> Score:
    score = Score(rows=len(target.rows), predicted=len(mine))
    score.entity_in_sentence = sum(
        any((m.docid, m.sentence) in entity_sentences for m in row.mentions) for row in target.rows
    )
    spans = [row_spans(row, docs) for row in target.rows]
    hits: dict[int, Predicted] = {}
    for i, (row, row_span) in enumerate(zip(target.rows, spans, strict=True)):
        mine_hit = next((e for e in mine if matches(e, row_span)), None)
        any_hit = mine_hit or next((e for e in everything if matches(e, row_span)), None)
        score.any_entity += any_hit is not None
        if mine_hit is None:
            if any_hit is not None:
                reason = "event not linked to entity" if linked else "entity not recognised"
            else:
                reason = _why_no_event(lemmas_of(row_span), lexicon or {})
            score.misses[reason] += 1
            lemmas = "/".join(sorted(lemmas_of(row_span)))
            score.errors.append(
                f"  miss [{reason}] {row.order} {row.date} {_mentions(row)} (lemma {lemmas})"
            )
            continue
        hits[i] = mine_hit
        score.found += 1
        _score_date(score, row, mine_hit)
    all_spans = [s for row_span in spans for s in row_span]
    for event in mine:
        if matches(event, all_spans):
            score.predicted_matched += 1
        else:
            score.errors.append(f"  extra {event.sort_date} {event.label!r} {_triggers(event)}")
    _score_order(score, target, hits)
    _score_clusters(score, target, spans, mine)
    return score


def _why_no_event(lemmas: set[str], lexicon: dict[str, str]) -> str:
    kinds = {lexicon[lemma] for lemma in lemmas if lemma in lexicon}
    if "plain" in kinds:
        return "no event, lemma in lexicon"
    if kinds:
        return "no event, lemma in lexicon only with an object/particle/prep"
    return "no event, lemma not in lexicon"


def _score_date(score: Score, row: GoldRow, event: Predicted) -> None:
    if not row.dated:
        score.undated_found += 1
        return
    score.dated_found += 1
    score.date_right += date_agrees(row.date, event.date_value)
    right = date_agrees(row.date, placed_on(event))
    score.date_right_dct += right
    if not right:
        score.misses["found, date wrong"] += 1
        score.errors.append(
            f"  date {row.date} != {event.date_value or 'none'} from {event.date_text!r}"
            f" (published {event.published})"
            f" {_mentions(row)}"
        )


def _score_order(score: Score, target: Target, hits: dict[int, Predicted]) -> None:
    dated = [i for i in sorted(hits) if target.rows[i].dated]
    for i, j in combinations(dated, 2):
        gold = target.rows[i].order - target.rows[j].order
        if gold == 0:
            continue
        ours_i, ours_j = sort_key(hits[i]), sort_key(hits[j])
        score.pairs += 1
        score.pairs_agree += (ours_i < ours_j) if gold < 0 else (ours_i > ours_j)


def _score_clusters(
    score: Score, target: Target, spans: list[list[tuple[str, int, int]]], mine: list[Predicted]
) -> None:
    """Gold rows (coreference) and ORDER groups (simultaneity) spanning several documents."""
    for row, row_span in zip(target.rows, spans, strict=True):
        if len(row.docs) > 1:
            score.clusters += 1
            merged = _merged_across(row_span, mine)
            score.clusters_merged += merged
            score.errors.append(f"  cross-doc row {_docs_found(row_span, mine)}: {_mentions(row)}")
    groups: dict[int, list[tuple[str, int, int]]] = {}
    for row, row_span in zip(target.rows, spans, strict=True):
        groups.setdefault(row.order, []).extend(row_span)
    for order, group in sorted(groups.items()):
        if len({doc for doc, _, _ in group}) > 1:
            score.groups += 1
            score.groups_merged += _merged_across(group, mine)
            score.errors.append(f"  cross-doc ORDER {order} {_docs_found(group, mine)}")


def _docs_found(spans: list[tuple[str, int, int]], mine: list[Predicted]) -> str:
    """Which of the documents have an event of ours, and whether one event spans several."""
    docs = sorted({d for d, _, _ in spans})
    found = sorted({d for d, s, e in spans if any(matches(ev, [(d, s, e)]) for ev in mine)})
    merged = "merged" if _merged_across(spans, mine) else "not merged"
    return f"docs {','.join(docs)}: events in {','.join(found) or 'none'}, {merged}"


def _merged_across(spans: list[tuple[str, int, int]], mine: list[Predicted]) -> bool:
    """One event of ours whose triggers cover gold mentions in two or more documents."""
    for event in mine:
        covered = {d for d, s, e in spans if matches(event, [(d, s, e)])}
        if len(covered) > 1:
            return True
    return False


def _mentions(row: GoldRow) -> str:
    return " ".join(str(m) for m in row.mentions)


def _triggers(event: Predicted) -> str:
    return " ".join(f"{d}:{t}@{s}" for d, s, _, t in event.triggers)


def sentences_naming(run: Run, docs: dict[str, Document], entity: str) -> frozenset:
    """(docid, sentence number) of every sentence where the extractor found the entity."""
    found = set()
    for docid, extraction in run.extractions.items():
        for ent in extraction.entities:
            if ent.id != entity:
                continue
            for mention in ent.mentions:
                found.update(
                    (docid, s.number)
                    for s in docs[docid].sentences
                    if s.start <= mention.start < s.end
                )
    return frozenset(found)


def entity_type(run: Run, entity: str) -> str:
    types = {e.type for x in run.extractions.values() for e in x.entities if e.id == entity}
    return "/".join(sorted(types)) or "?"


def merged_audit(everything: list[Predicted], targets: list[Target], docs) -> list[str]:
    """Each merged event of ours with the gold rows (any target) its member triggers fall on."""
    rows = [(t.name, row, row_spans(row, docs)) for t in targets for row in t.rows]
    lines = []
    for event in (e for e in everything if e.merged):
        gold = sorted(
            {
                f"{name} #{row.order} {row.date}"
                for name, row, spans in rows
                if matches(event, spans)
            }
        )
        lines.append(f"  merged {event.label!r} {_triggers(event)} -> gold {gold or 'none'}")
    return lines


def lemmas_at(run: Run, spans: list[tuple[str, int, int]]) -> set[str]:
    """Lemmas of the tokens overlapping any of the spans."""
    return {
        lemma
        for (doc, start, end), lemma in run.lemmas.items()
        for d, s, e in spans
        if doc == d and start < e and s < end
    }


def timeml_coverage(docs: dict[str, Document], everything: list[Predicted]) -> str:
    """How many TimeML EVENT tags any event of ours has a trigger on, and the reverse."""
    tags = [(d.docid, e.start, e.end) for d in docs.values() for e in d.events]
    covered = sum(any(matches(ev, [tag]) for ev in everything) for tag in tags)
    triggers = [(d, s, e, t) for ev in everything for d, s, e, t in ev.triggers]
    on_tags = sum(
        any(d == td and s < te and ts < e for td, ts, te in tags) for d, s, e, _ in triggers
    )
    return (
        f"TimeML EVENT tags with an event of ours: {_pct(covered, len(tags))}; "
        f"our triggers on an EVENT tag: {_pct(on_tags, len(triggers))}"
    )


def similar_entities(store, target: Target) -> list[str]:
    """Entities whose name shares a word with the target's name (for an unrecognised target)."""
    from kg.query import run_named

    words = {w.lower() for w in target.name.split() if len(w) > 2}
    return sorted(
        f"{r['entity']}".rsplit("/id/", 1)[-1] + f" ({r['name']})"
        for r in run_named(store, "entities")
        if words & {w.lower() for w in str(r["name"]).split()}
    )


# --- report ----------------------------------------------------------------------------------


def _pct(part: int, whole: int) -> str:
    return f"{part}/{whole} ({100 * part / whole:.0f}%)" if whole else f"{part}/0"


def print_score(name: str, entity: str, s: Score) -> None:
    print(f"{name}  [{entity}]")
    print(
        f"  gold rows {s.rows}: found {_pct(s.found, s.rows)}; by an event of any entity "
        f"{s.any_entity}; entity recognised in the row's sentence {s.entity_in_sentence}"
    )
    print(f"  precision {_pct(s.predicted_matched, s.predicted)} of the entity's events")
    print(
        f"  date (text) {_pct(s.date_right, s.dated_found)}; date+DCT "
        f"{_pct(s.date_right_dct, s.dated_found)}; found gold-undated {s.undated_found}"
    )
    print(f"  order pairs {_pct(s.pairs_agree, s.pairs)}")
    print(
        f"  cross-doc rows merged {_pct(s.clusters_merged, s.clusters)}; "
        f"cross-doc ORDER groups merged {_pct(s.groups_merged, s.groups)}"
    )
    if s.misses:
        print("  why: " + ", ".join(f"{k} {v}" for k, v in sorted(s.misses.items())))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list misses and extra events")
    parser.add_argument("--store", default="memory:", help="store URL (default memory:)")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    docs, targets = load_documents(), load_targets()
    run = ingest(docs, args.store)
    store, ids, report, merged = run.store, run.ids, run.report, run.merged
    everything = read_timeline(store, ids, None)
    print(
        f"{report.articles} articles, {report.events} events, {report.entities} entities; "
        f"{merged.merged_events} merged events from {merged.member_events}; "
        f"{len(everything)} timeline events; {time.perf_counter() - started:.1f}s"
    )
    print(timeml_coverage(docs, everything))
    total = Score()
    for target in targets:
        entity, how = find_entity(store, target)
        mine = read_timeline(store, ids, entity) if entity else []
        score = score_target(
            target,
            docs,
            mine,
            everything,
            linked=entity is not None,
            lemmas_of=lambda spans: lemmas_at(run, spans),
            lexicon=run.lexicon,
            entity_sentences=sentences_naming(run, docs, entity) if entity else frozenset(),
        )
        if entity is None:
            how = f"not recognised; similar entities: {', '.join(similar_entities(store, target))}"
        shown = f"{entity} ({entity_type(run, entity)}) via {how!r}" if entity else how
        print_score(target.name, shown, score)
        if args.errors:
            print("\n".join(score.errors))
        total.add(score)
    print_score("ALL", f"{len(targets)} targets", total)
    if args.errors:
        print("\n".join(merged_audit(everything, targets, docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
