"""``kg ingest PATH...``: read articles, extract events, store them in the knowledge graph.

Bad inputs are reported one line each (file, record, reason) while the good ones still go in;
the exit code is 1 when anything failed, and ``--report FILE`` lists the failures as JSON Lines
so they can be fixed and retried. Re-ingesting an article replaces its graph (no duplicates).
"""

from __future__ import annotations

import argparse
import json
import sys

from kg.commands._args import iso_day


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="read articles, extract dated events and store them",
        description="Read article files, folders (recursively), feeds and news-database exports; "
        "extract entities and dated events; store one named graph per article. Formats: .txt .md "
        ".html .xml/.rss/.atom .json .jsonl .csv",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files or folders to ingest")
    parser.add_argument(
        "--published",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="publication date for articles whose own metadata, dateline and text give none",
    )
    parser.add_argument(
        "--field",
        action="append",
        default=[],
        metavar="NAME=COLUMN",
        help="map a record field for JSON/JSONL/CSV inputs, e.g. --field text=article_body "
        "(fields: id, title, text, published, source, url); repeatable",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help="extraction processes (default: all cores; 1 = no extra process)",
    )
    parser.add_argument("--report", metavar="FILE", help="write failed inputs as JSON Lines")
    parser.add_argument(
        "--no-merge",
        action="store_true",
        help="skip cross-document merging at the end (run `kg merge` later)",
    )
    parser.add_argument(
        "--json", action="store_true", help="print the summary as JSON instead of text"
    )
    parser.set_defaults(func=run)


def _field_map(pairs: list[str]) -> dict[str, str]:
    from kg.errors import InputError

    mapping = {}
    for pair in pairs:
        name, sep, column = pair.partition("=")
        if not sep or not name or not column:
            raise InputError(f"--field {pair!r} is not NAME=COLUMN", hint="e.g. text=body")
        mapping[name.strip()] = column.strip()
    return mapping


def run(args: argparse.Namespace, settings) -> int:
    from kg.ingest import IngestOptions
    from kg.merge import IngestRecords, merge_store
    from kg.pipeline import ingest, start_worker_server
    from kg.progress import progress_bar
    from kg.store import open_store

    options = IngestOptions(published=args.published, field_map=_field_map(args.field))
    workers = args.workers or settings.workers
    start_worker_server(settings, workers)

    def on_failure(failure) -> None:
        print(f"kg ingest: skipped {failure.line()}", file=sys.stderr)

    with (
        open_store(settings.store, settings) as store,
        progress_bar("Ingesting articles", enabled=not args.quiet) as advance,
    ):
        # What the store holds before: with the events of the articles stored below, what the
        # merge compares, without reading back what this run wrote.
        records = None if args.no_merge else IngestRecords.read(store)
        report = ingest(
            args.paths,
            settings,
            store,
            options=options,
            workers=workers,
            progress=advance,
            on_failure=on_failure,
            records=records,
        )
        merged = None
        if records is not None and report.articles:
            merged = merge_store(store, records.events())
    if args.report:
        report.write(args.report)
    _print_summary(args, report, merged)
    return 0 if report.ok and report.articles else 1


def _print_summary(args: argparse.Namespace, report, merged) -> None:
    summary = {
        "articles": report.articles,
        "events": report.events,
        "entities": report.entities,
        "failed": len(report.failures),
        "merged_events": merged.merged_events if merged else None,
        "event_types": dict(sorted(report.event_types.items())),
    }
    if args.json:
        print(json.dumps(summary))
        return
    if report.articles == 0 and not report.failures:
        print("kg ingest: no articles found under the given paths", file=sys.stderr)
        return
    if args.quiet:
        return
    line = (
        f"ingested {report.articles} articles: {report.events} events, "
        f"{report.entities} entities (counted per article)"
    )
    if merged:
        line += f"; {merged.merged_events} events reported by several articles merged"
    if report.failures:
        line += f"; {len(report.failures)} inputs failed"
        if args.report:
            line += f" (listed in {args.report})"
    print(line)
