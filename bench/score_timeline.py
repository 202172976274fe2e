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
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from timeline_gold import Document, Target, load_documents, load_targets
from timeline_match import (
    Predicted,
    Score,
    merged_audit,
    score_target,
    timeml_coverage,
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
    pronoun_subjects: frozenset[tuple[str, int, int]]  # tokens whose subject is a pronoun
    lexicon: dict[str, str]  # trigger lemma -> "plain" or "constrained" (see lexicon_kinds)


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
    lemmas, pronoun_subjects = {}, set()
    for doc in extractor.nlp.pipe((a.text for a in articles), batch_size=8):
        for tok in doc:
            key = (by_text[doc.text], tok.idx, tok.idx + len(tok))
            lemmas[key] = tok.lemma_.lower()
            if any(c.dep_.startswith("nsubj") and c.pos_ == "PRON" for c in tok.children):
                pronoun_subjects.add(key)
    lexicon = lexicon_kinds(extractor.lexicon)
    return Run(
        store=store,
        ids={a.id: by_text[a.text] for a in articles},
        report=report,
        merged=merge_store(store),
        extractions={by_text[x.article.text]: x for x in extractions},
        lemmas=lemmas,
        pronoun_subjects=frozenset(pronoun_subjects),
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


# --- diagnostics: why an event is missing ----------------------------------------------------


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


def lemmas_at(run: Run, spans: list[tuple[str, int, int]]) -> set[str]:
    """Lemmas of the tokens overlapping any of the spans."""
    return {run.lemmas[token] for token in tokens_at(run.lemmas, spans)}


def tokens_at(tokens, spans: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The (docid, start, end) tokens of ``tokens`` that overlap any of the spans."""
    return [
        (doc, start, end)
        for doc, start, end in tokens
        if any(doc == d and start < e and s < end for d, s, e in spans)
    ]


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


def print_score(name: str, entity: str, s: Score, top_lemmas: int = 0) -> None:
    print(f"{name}  [{entity}]")
    print(
        f"  gold rows {s.rows}: found {_pct(s.found, s.rows)}; by an event of any entity "
        f"{s.any_entity}; entity recognised in the row's sentence {s.entity_in_sentence}"
    )
    print(f"  precision {_pct(s.predicted_matched, s.predicted)} of the entity's events")
    print(
        f"  date (text) {_pct(s.date_right, s.dated_found)} ({s.text_dated} dated by text);"
        f" date+DCT "
        f"{_pct(s.date_right_dct, s.dated_found)}; found gold-undated {s.undated_found}"
    )
    print(
        f"  order pairs {_pct(s.pairs_agree, s.pairs)} (tied on our side {s.pairs_tied}); "
        f"as listed {_pct(s.pairs_listed, s.pairs)}"
    )
    print(
        f"  cross-doc rows merged {_pct(s.clusters_merged, s.clusters)}; "
        f"cross-doc ORDER groups merged {_pct(s.groups_merged, s.groups)}"
    )
    if s.misses:
        print("  errors by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(s.misses.items())))
    if top_lemmas:
        common = s.unknown_lemmas.most_common(top_lemmas)
        print(
            "  commonest trigger lemmas not in the lexicon: "
            + ", ".join(f"{k} {v}" for k, v in common)
        )


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
    covered, tags, on_tags, triggers = timeml_coverage(docs, everything)
    print(
        f"TimeML EVENT tags with an event of ours: {_pct(covered, tags)}; "
        f"our triggers on an EVENT tag: {_pct(on_tags, triggers)}"
    )
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
            pronoun_subject=lambda spans: bool(tokens_at(run.pronoun_subjects, spans)),
            entity_sentences=sentences_naming(run, docs, entity) if entity else frozenset(),
        )
        if entity is None:
            how = f"not recognised; similar entities: {', '.join(similar_entities(store, target))}"
        shown = f"{entity} ({entity_type(run, entity)}) via {how!r}" if entity else how
        print_score(target.name, shown, score)
        if args.errors:
            print("\n".join(score.errors))
        total.add(score)
    print_score("ALL", f"{len(targets)} targets", total, top_lemmas=20)
    if args.errors:
        print("\n".join(merged_audit(everything, targets, docs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
