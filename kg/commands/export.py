"""``kg export``: the whole store, or a filtered timeline, as JSON-LD, Turtle, TriG, N-Quads, CSV,
TimelineJS or STIX 2.1."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

FORMATS = ("jsonld", "turtle", "trig", "nquads", "csv", "timelinejs", "stix")
# Timeline filter options: (flag, TimelineFilter field, type, help).
FILTERS = (
    ("--actor", "actor", str, "events with this actor (entity id or name)"),
    ("--type", "event_type", str, "fine event type, e.g. Arrest"),
    ("--plover", "plover", str, "PLOVER category, e.g. ACCUSE"),
    ("--country", "country", str, "events involving this country"),
    ("--platform", "platform", str, "events on this platform"),
    ("--source", "source", str, "events reported by this outlet"),
    ("--since", "since", str, "events on or after this date (YYYY-MM-DD)"),
    ("--until", "until", str, "events on or before this date (YYYY-MM-DD)"),
    ("--min-confidence", "min_confidence", float, "events at least this confident (0-1)"),
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export the store or a filtered timeline",
        description="Export the whole store, or with timeline filters only the matching events. "
        "RDF formats keep named graphs (trig, nquads, jsonld) or merge them (turtle).",
    )
    parser.add_argument("--format", choices=FORMATS, default="jsonld", help="default: jsonld")
    parser.add_argument("--output", "-o", type=Path, help="file to write (default: stdout)")
    for flag, dest, kind, text in FILTERS:
        parser.add_argument(flag, dest=dest, type=kind, help=text)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace, settings) -> int:
    from kg.export import export
    from kg.store import open_store

    timeline_filter = build_filter(args)
    with open_store(settings.store, settings, read_only=True) as store:
        if args.output is None:
            count = export(
                store,
                args.format,
                sys.stdout.buffer,
                settings=settings,
                timeline_filter=timeline_filter,
            )
            sys.stdout.flush()
        else:
            count = _export_to_file(store, args, settings, timeline_filter)
    unit = "events" if args.format in ("csv", "timelinejs", "stix") else "triples"
    print(f"exported {count} {unit} as {args.format}", file=sys.stderr)
    return 0


def build_filter(args: argparse.Namespace):
    """A kg.query.TimelineFilter from the options given, or None for the whole store."""
    given = {dest: getattr(args, dest) for _, dest, _, _ in FILTERS}
    given = {k: v for k, v in given.items() if v is not None}
    if not given and args.format not in ("csv", "timelinejs", "stix"):
        return None
    import dataclasses

    from kg.query import TimelineFilter

    known = {f.name for f in dataclasses.fields(TimelineFilter)}
    return TimelineFilter(**{k: v for k, v in given.items() if k in known})


def _export_to_file(store, args: argparse.Namespace, settings, timeline_filter) -> int:
    """Write next to the target and rename, so a failed export never leaves half a file."""
    from kg.errors import InputError
    from kg.export import export

    partial = args.output.with_name(args.output.name + ".partial")
    try:
        with partial.open("wb") as out:
            count = export(
                store, args.format, out, settings=settings, timeline_filter=timeline_filter
            )
        partial.replace(args.output)
    except OSError as exc:
        raise InputError(f"cannot write: {exc.strerror}", path=str(args.output)) from None
    finally:
        partial.unlink(missing_ok=True)
    return count
