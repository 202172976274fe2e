"""``kg extract PATH...``: print entities and dated events of articles as JSON (DESIGN 5.1).

Nothing is stored; the output is what ``kg ingest`` would put in the graph, for inspection,
debugging and piping into other tools. Unreadable inputs are reported one line each on stderr and
the command goes on with the rest, exiting 1 at the end if any failed.
"""

from __future__ import annotations

import argparse
import json
import sys

from kg.commands._args import iso_day

FORMATS = ("jsonl", "json", "pretty")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="print the entities and dated events found in articles (JSON)",
        description="Extract entities and dated events from article files and print them as "
        "JSON, one object per article (DESIGN 5.1). Nothing is stored.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument(
        "--published",
        type=iso_day,
        metavar="YYYY-MM-DD",
        help="publication date for articles that carry none (relative dates resolve to it)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="jsonl",
        help="jsonl: one object per line (default); json: one array; pretty: indented objects",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    from kg.errors import InputError
    from kg.extract import Extractor
    from kg.extract.jsonout import extraction_to_json
    from kg.ingest import IngestOptions, iter_articles

    extractor = Extractor(settings)
    failures = 0
    collected: list[dict] = []

    def articles():
        nonlocal failures
        for item in iter_articles(args.paths, IngestOptions(published=args.published)):
            if isinstance(item, InputError):
                failures += 1
                print(f"kg extract: {item}", file=sys.stderr)
                continue
            yield item

    for extraction in extractor.extract_many(articles(), batch_size=settings.batch_size):
        where = extraction.article.path or extraction.article.id
        for warning in extraction.warnings:
            print(f"kg extract: {where}: warning: {warning}", file=sys.stderr)
        record = extraction_to_json(extraction)
        if args.format == "json":
            collected.append(record)
        elif args.format == "pretty":
            print(json.dumps(record, ensure_ascii=False, indent=2), flush=True)
        else:
            print(json.dumps(record, ensure_ascii=False), flush=True)
    if args.format == "json":
        print(json.dumps(collected, ensure_ascii=False, indent=2))
    return 1 if failures else 0
