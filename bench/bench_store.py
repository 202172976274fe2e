"""Store and query speed on a store of the 5,000-article corpus (issue 6, item 5).

Builds the store once with `kg ingest` (kept in bench/out/store-N for reruns), then prints medians:
- the timeline query for one actor (LIMIT 100): the busiest actor and a typical one;
- events per month by type;
- a full JSON-LD export (triples per second) through `kg export`;
- `kg --help` start-up time.

    python bench/bench_store.py --articles 5000 --runs 10
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

KG = Path(sys.executable).with_name("kg")
ACTORS = """
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
SELECT ?actor (COUNT(DISTINCT ?event) AS ?n)
WHERE { GRAPH ?g { ?event sem:hasActor ?actor } }
GROUP BY ?actor ORDER BY DESC(?n)
"""


def median_ms(action, runs: int) -> tuple[float, list[float]]:
    action()  # warm caches once, as an analyst's second click would
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), times


def build_store(articles: int, workers: int) -> str:
    path = HERE / "out" / f"store-{articles}"
    url = f"oxigraph:{path}"
    if not (path / "CURRENT").exists():
        corpus = write_corpus(articles, HERE / "out" / f"corpus-{articles}.jsonl")
        print(f"building {url} from {corpus} ...", flush=True)
        cmd = [str(KG), "-q", "--store", url, "ingest", str(corpus), "--workers", str(workers)]
        subprocess.run(cmd, check=True)
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from kg.query import run_named
    from kg.store import open_store

    url = build_store(args.articles, args.workers)
    with open_store(url, read_only=True) as store:
        triples = store.triple_count()
        actors = store.query(ACTORS).rows
        print(f"store {url}: {triples} triples, {len(actors)} actors")
        busiest, typical = actors[0], actors[len(actors) // 2]
        for label, (actor, count) in (("busiest", busiest), ("typical", typical)):
            ms, _ = median_ms(
                lambda a=actor: run_named(store, "timeline", {"actor": str(a)}, limit=100),
                args.runs,
            )
            print(f"timeline, {label} actor ({int(count)} events), LIMIT 100: median {ms:.1f} ms")
        ms, _ = median_ms(lambda: run_named(store, "events_per_month"), args.runs)
        print(f"events per month by type: median {ms:.1f} ms")

    export_runs = []
    for _ in range(3):
        start = time.perf_counter()
        cmd = [str(KG), "-q", "--store", url, "export", "--format", "jsonld", "--output"]
        subprocess.run([*cmd, "/dev/null"], check=True)
        export_runs.append(time.perf_counter() - start)
    seconds = statistics.median(export_runs)
    print(f"JSON-LD export: median {seconds:.1f} s, {triples / seconds:,.0f} triples/s")

    help_runs = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([str(KG), "--help"], check=True, stdout=subprocess.DEVNULL)
        help_runs.append(time.perf_counter() - start)
    print(f"kg --help: median {statistics.median(help_runs) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
