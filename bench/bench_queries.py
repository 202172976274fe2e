"""RDF mapping cost and named-query speed on a synthetic store (no spaCy: the extractions are
generated), so the RDF model and the queries can be measured at scale in a minute.

Generates N articles of invented text (seeded; entities drawn with a Zipf-like skew so one actor
is busy), maps them with kg.rdf.extraction_to_ntriples as the ingest workers do, writes them to an
on-disk Oxigraph store in batches of 100 graphs, then prints medians for the named queries of
kg.query.

    python bench/bench_queries.py --articles 5000 --runs 10        # about 1M triples
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kg.rdf import RunInfo, extraction_to_ntriples  # noqa: E402
from kg.store.terms import SerializedGraph  # noqa: E402
from kg.types import (  # noqa: E402
    Article,
    Entity,
    Event,
    EventDate,
    Extraction,
    Participant,
    Span,
)

TYPES = [
    ("RecruitmentCampaign", "REQUEST", "launched"),
    ("Accusation", "ACCUSE", "accused"),
    ("Arrest", "COERCE", "arrested"),
    ("AccountTakedown", "COERCE", "removed"),
    ("Warning", "THREATEN", "warned"),
    ("Statement", "STATEMENT", "said"),
    ("Sanction", "SANCTION", "sanctioned"),
    ("Meeting", "CONSULT", "met"),
]
KINDS = [("Agency", "org", 60), ("Platform", "org", 20), ("Country", "country", 40)]
KINDS += [("Official", "person", 200), ("Organization", "org", 80)]


def entity_pool(rng: random.Random) -> list[tuple[str, str, str]]:
    pool = []
    for kind, namespace, count in KINDS:
        for i in range(count):
            pool.append((f"{namespace}/{kind.lower()}-{i}", f"{kind} Number {i}", kind))
    rng.shuffle(pool)
    return pool


def make_extraction(n: int, rng: random.Random, pool: list, weights: list[float]) -> Extraction:
    day = 1 + n % 28
    published = f"2024-{1 + n % 12:02d}-{day:02d}"
    text, events, mentioned = "", [], {}
    for k in range(rng.randint(3, 6)):
        etype, plover, verb = rng.choice(TYPES)
        chosen = {e[0]: e for e in rng.choices(pool, weights=weights, k=3)}
        people = list(chosen.values())
        start = len(text)
        parts, participants = [], []
        for role, (eid, name, kind) in zip(("actor", "target", "recipient"), people, strict=False):
            offset = start + sum(len(p) + 1 for p in parts)
            parts.append(name)
            participants.append(Participant(role, eid, name, offset, offset + len(name)))
            mentioned.setdefault(eid, (name, kind, []))[2].append(
                Span(name, offset, offset + len(name))
            )
        sentence = f"{parts[0]} {verb} {' '.join(parts[1:])} on Monday."
        trigger_at = start + len(parts[0]) + 1
        monday = start + len(sentence) - len("Monday.")
        events.append(
            Event(
                id=f"art{n}-{trigger_at}",
                type=etype,
                plover=plover,
                label=f"{parts[0]} {verb} {parts[-1]}",
                trigger=Span(verb, trigger_at, trigger_at + len(verb)),
                date=EventDate(
                    published, "Monday", monday, monday + 6, "day", published, published, "text"
                )
                if k % 3
                else EventDate(None, source="published"),
                participants=tuple(participants),
                evidence=Span(sentence, start, start + len(sentence)),
                confidence=round(rng.uniform(0.3, 0.95), 2),
            )
        )
        text += sentence + " "
    entities = tuple(
        Entity(id=eid, name=name, type=kind, mentions=tuple(spans))
        for eid, (name, kind, spans) in sorted(mentioned.items())
    )
    article = Article(
        id=f"art{n}",
        text=text,
        title=f"Synthetic article {n}",
        published=published,
        published_source="metadata",
        source=f"Outlet {n % 25}",
        url=f"https://example.org/{n}",
    )
    return Extraction(article=article, entities=entities, events=tuple(events), model="synthetic")


def build(path: Path, articles: int) -> None:
    from kg.store import open_store
    from kg.vocab import graph_iri

    rng = random.Random(7)
    pool = entity_pool(rng)
    weights = [1 / (rank + 1) for rank in range(len(pool))]
    run = RunInfo(version="bench", model="synthetic", started="2026-11-23T00:00:00Z")
    map_s = store_s = 0.0
    triples = 0
    with open_store(f"oxigraph:{path}") as store:
        batch = {}
        for n in range(articles):
            ex = make_extraction(n, rng, pool, weights)
            t0 = time.perf_counter()
            lines = extraction_to_ntriples(ex, run)
            graph = SerializedGraph("\n".join(lines), len(lines))
            map_s += time.perf_counter() - t0
            triples += len(graph)
            batch[str(graph_iri(ex.article.id))] = graph
            if len(batch) == 100 or n == articles - 1:
                t0 = time.perf_counter()
                store.replace_graphs(batch)
                store_s += time.perf_counter() - t0
                batch = {}
    print(
        f"mapped {articles} articles, {triples} triples ({triples / articles:.0f}/article): "
        f"RDF mapping {map_s * 1000 / articles:.2f} ms/article, "
        f"store write {store_s * 1000 / articles:.2f} ms/article"
    )


def timed(action, runs: int) -> str:
    """Median and best of ``runs`` (the best is the steadier figure on a busy machine)."""
    action()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return f"median {statistics.median(times):.1f} ms, best {min(times):.1f} ms"


def measure(path: Path, runs: int) -> None:
    from kg import query as q
    from kg.store import open_store

    with open_store(f"oxigraph:{path}", read_only=True) as store:
        load, cores = os.getloadavg()[0], os.cpu_count()
        print(f"store: {store.triple_count()} triples; load average {load:.1f} on {cores} cores")
        ranked = q.run_named(store, "entities")
        busiest, typical = ranked[0], ranked[len(ranked) // 2]
        for label, row in (("busiest", busiest), ("typical", typical)):
            actor = str(row["entity"])
            flt = q.TimelineFilter(actor=actor, limit=100)
            pick = timed(
                lambda a=actor: q.run_named(store, "timeline", {"actor": a}, limit=100), runs
            )
            full = timed(lambda f=flt: q.timeline(store, f), runs)
            print(f"timeline, {label} actor ({row['events']} events), LIMIT 100:")
            print(f"  timeline.rq alone: {pick}\n  kg.query.timeline with details: {full}")
        cases = {
            "timeline, no filter, LIMIT 100": lambda: q.timeline(store, q.TimelineFilter()),
            "timeline, plover COERCE since 2024-06-01": lambda: q.timeline(
                store, q.TimelineFilter(plover="COERCE", since="2024-06-01")
            ),
            "events per month by type": lambda: q.run_named(store, "events_per_month"),
            "cooccurrence agencies x platforms": lambda: q.run_named(
                store, "cooccurrence", {"rowType": "Agency", "columnType": "Platform"}
            ),
            "entities": lambda: q.run_named(store, "entities"),
            "stats": lambda: q.run_named(store, "stats"),
        }
        for label, action in cases.items():
            print(f"{label}: {timed(action, runs)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--store", type=Path, default=Path("/tmp/newskg-bench-queries"))
    parser.add_argument("--rebuild", action="store_true", help="rebuild the store")
    args = parser.parse_args()
    path = args.store.with_name(f"{args.store.name}-{args.articles}")
    if args.rebuild and path.exists():
        shutil.rmtree(path)
    if not path.exists():
        build(path, args.articles)
    measure(path, args.runs)


if __name__ == "__main__":
    main()
