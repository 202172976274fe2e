"""``kg merge``: recompute cross-document merged events (``kg ingest`` runs it at the end)."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "merge",
        help="merge events reported by several articles into one event with several sources",
        description="Rebuild the merged graph: per-article events of the same type, with a "
        "shared participant and overlapping dates, from different articles, become one merged "
        "event linking every source. Idempotent; `kg ingest` runs it unless --no-merge.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    from kg.merge import merge_store
    from kg.store import open_store

    with open_store(settings.store, settings) as store:
        report = merge_store(store)
    if not args.quiet:
        print(
            f"{report.events} events: {report.member_events} reported by several articles, "
            f"merged into {report.merged_events} events"
        )
    return 0
