"""``kg stats``: what the store holds: triples, article graphs, events, entities per type."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "stats", help="count triples, articles, events and entities in the store"
    )
    parser.add_argument("--format", choices=("table", "json"), default="table")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    import json

    from kg.store import open_store

    with open_store(settings.store, settings, read_only=True) as store:
        figures = store_stats(store)
    if args.format == "json":
        print(json.dumps(figures, indent=2, sort_keys=True))
        return 0
    from rich.console import Console
    from rich.table import Table

    table = Table("what", "count", title=f"store {store.url}")
    for name, value in figures.items():
        table.add_row(name, _cell(value))
    Console().print(table)
    return 0


def store_stats(store) -> dict:
    """Triples and graphs from the store API; articles, events and entities from the named
    queries ``stats`` and ``entities`` (kg/queries)."""
    from collections import Counter

    from kg.namedquery import run_named
    from kg.store.staging import STAGING_BASE
    from kg.vocab import GRAPH_BASE, MERGED_GRAPH

    graphs = store.graph_iris()
    staging = [g for g in graphs if g.startswith(STAGING_BASE)]
    figures: dict = {
        "triples": store.triple_count(),
        "article graphs": sum(
            1
            for g in graphs
            if g.startswith(GRAPH_BASE) and g != str(MERGED_GRAPH) and g not in staging
        ),
        "merged graph": str(MERGED_GRAPH) in graphs,
    }
    if staging:  # a remote import cut off before it could clean up (docs/stores.md)
        figures["staging graphs of failed imports"] = len(staging)
    for row in run_named(store, "stats"):
        figures.update({name: _number(value) for name, value in sorted(row.items())})
    per_type = Counter(str(row["type"]) for row in run_named(store, "entities"))
    figures.update({f"entities: {kind}": n for kind, n in sorted(per_type.items())})
    return figures


def _number(term) -> int | str:
    try:
        return int(term)
    except (TypeError, ValueError):
        return "" if term is None else str(term)


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:,}" if isinstance(value, int) else str(value)
