"""What the all-or-nothing `kg import` costs on a remote SPARQL server: time of the staged chunks
and of the final merge request (ADD staging graphs to the targets, then drop them).

Start a server first (docs/stores.md), then for example:

    python bench/bench_remote_import.py --store sparql+http://127.0.0.1:8890/sparql --triples 60000
    python bench/bench_remote_import.py --store sparql+http://127.0.0.1:7879/query \\
        --update-url http://127.0.0.1:7879/update --triples 60000 --chunk 4000

The triples go to three graphs under http://example.org/bench/ which are dropped afterwards.
"""

from __future__ import annotations

import argparse
import io
import time

from kg.settings import Settings
from kg.store import open_store, sparql

GRAPHS = [f"http://example.org/bench/graph/{n}" for n in range(3)]


def nquads(count: int) -> bytes:
    return "".join(
        f'<http://example.org/bench/s/{i}> <http://example.org/bench/n> "{i}" <{GRAPHS[i % 3]}> .\n'
        for i in range(count)
    ).encode()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--update-url")
    parser.add_argument("--triples", type=int, default=60_000)
    parser.add_argument("--chunk", type=int, help="triples per chunk (default: the store's)")
    args = parser.parse_args()
    if args.chunk:
        sparql.CHUNK_TRIPLES["generic"] = args.chunk
    timed: list[tuple[str, float]] = []
    chunk_update, send = sparql.SparqlStore.update, sparql.SparqlStore._send

    def update(self: sparql.SparqlStore, text: str) -> None:
        started = time.perf_counter()
        chunk_update(self, text)
        if "INSERT DATA" in text:  # not the drops before and after
            timed.append(("chunk", time.perf_counter() - started))

    def merge(self: sparql.SparqlStore, method: str, url: str, **request: object) -> object:
        started = time.perf_counter()
        response = send(self, method, url, **request)
        if "timeout" in request:  # only the merge request sets its own timeout
            timed.append(("merge", time.perf_counter() - started))
        return response

    sparql.SparqlStore.update, sparql.SparqlStore._send = update, merge  # type: ignore[method-assign]
    settings = Settings(store_update_url=args.update_url, store_timeout=120.0)
    with open_store(args.store, settings) as store:
        store.delete_graphs(GRAPHS)
        started = time.perf_counter()
        store.load(io.BytesIO(nquads(args.triples)), "nquads")
        total = time.perf_counter() - started
        store.delete_graphs(GRAPHS)
    chunks = [seconds for kind, seconds in timed if kind == "chunk"]
    merges = [seconds for kind, seconds in timed if kind == "merge"]
    print(f"{args.triples} triples in {total:.2f} s ({args.triples / total:,.0f} triples/s)")
    print(f"  {len(chunks)} chunks: {sum(chunks):.2f} s; merge request: {sum(merges):.2f} s")


if __name__ == "__main__":
    main()
