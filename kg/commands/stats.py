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
    """Triples and graphs from the store API; events and entities from kg/queries/stats.rq."""
    from kg.vocab import GRAPH_BASE, MERGED_GRAPH

    graphs = store.graph_iris()
    figures: dict = {
        "triples": store.triple_count(),
        "article graphs": sum(
            1 for g in graphs if g.startswith(GRAPH_BASE) and g != str(MERGED_GRAPH)
        ),
        "merged graph": str(MERGED_GRAPH) in graphs,
    }
    figures.update(_named_stats(store))
    return figures


def _named_stats(store) -> dict:
    """The rows of kg/queries/stats.rq (the KG model's named query) as {name: count}."""
    from pathlib import Path

    path = Path(__file__).resolve().parent.parent / "queries" / "stats.rq"
    if not path.is_file():
        return {}
    text = path.read_text(encoding="utf-8")
    result = store.query(text)
    if result.kind != "select" or not result.rows:
        return {}
    if len(result.rows) == 1:
        return {
            name: _number(value) for name, value in zip(result.vars, result.rows[0], strict=True)
        }
    # Several rows: (label, count) pairs such as entities per type.
    return {str(row[0]): _number(row[-1]) for row in result.rows}


def _number(term) -> int | str:
    try:
        return int(term)
    except (TypeError, ValueError):
        return "" if term is None else str(term)


def _cell(value: object) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return f"{value:,}" if isinstance(value, int) else str(value)
