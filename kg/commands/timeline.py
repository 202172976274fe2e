"""``kg timeline``: the dated events of the store, filtered, as a table, CSV or JSON."""

from __future__ import annotations

import argparse
import csv
import io
import json
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.query import TimelineEvent
    from kg.settings import Settings

CSV_COLUMNS = (
    "date",
    "precision",
    "date_text",
    "date_source",
    "earliest",
    "latest",
    "published",
    "type",
    "plover",
    "label",
    "actors",
    "targets",
    "platforms",
    "sources",
    "confidence",
    "negated",
    "hedged",
    "event",
)
MAX_COUNT = 1_000_000_000


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="list dated events, filtered by actor, type, country, platform, source, dates",
        description="Events in date order; an event reported by several articles is listed "
        "once with all its sources. Entities are given by id (org/cia) or name (CIA).",
    )
    parser.add_argument("--actor", help="entity taking part in any role (id or name)")
    parser.add_argument("--entity-type", help="a participant of this type (Agency, Platform...)")
    parser.add_argument("--type", dest="event_type", help="fine event type, e.g. Arrest")
    parser.add_argument("--plover", help="PLOVER category, e.g. COERCE")
    parser.add_argument("--country", help="participant is, or belongs to, this country")
    parser.add_argument("--platform", help="platform the event happened on")
    parser.add_argument("--source", help="outlet that reported the event")
    parser.add_argument("--since", help="events that can have happened on or after YYYY-MM-DD")
    parser.add_argument("--until", help="events that can have happened on or before YYYY-MM-DD")
    parser.add_argument("--min-confidence", type=float, help="lowest confidence, 0 to 1")
    parser.add_argument("--limit", type=_count, default=100, help="events to list (0 = all)")
    parser.add_argument("--offset", type=_count, default=0, help="events to skip")
    parser.add_argument("--format", choices=("table", "csv", "json"), default="table")
    parser.set_defaults(func=run)


def _count(text: str) -> int:
    """A whole number of events: negative or astronomically large ones are usage errors (the
    store's SPARQL parser refuses LIMITs past 64 bits)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
    if not 0 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"must be between 0 and {MAX_COUNT}, not {text}")
    return value


def run(args: argparse.Namespace, settings: Settings) -> int:
    from kg.query import TimelineFilter, timeline
    from kg.store import open_store

    flt = TimelineFilter(
        actor=args.actor,
        entity_type=args.entity_type,
        event_type=_checked_type(args.event_type, settings),
        plover=_checked_plover(args.plover, settings),
        country=args.country,
        platform=args.platform,
        source=args.source,
        since=args.since,
        until=args.until,
        min_confidence=args.min_confidence,
        limit=args.limit if args.limit > 0 else None,
        offset=args.offset,
    )
    with open_store(settings.store, settings, read_only=True) as store:
        events = timeline(store, flt)
    write = {"table": _table, "csv": _csv, "json": _json}[args.format]
    sys.stdout.write(write(events))
    return 0


def _checked_type(name: str | None, settings: Settings) -> str | None:
    from kg.errors import InputError
    from kg.taxonomy import event_types

    if not name:
        return None
    types = event_types(settings.ontology_dir)
    matches = [t for t in types if t.lower() == name.lower()]
    if not matches:
        raise InputError(f"unknown event type {name!r}", hint=f"one of: {', '.join(types)}")
    return matches[0]


def _checked_plover(name: str | None, settings: Settings) -> str | None:
    from kg.errors import InputError
    from kg.taxonomy import plover_categories

    if not name:
        return None
    categories = plover_categories(settings.ontology_dir)
    if name.upper() not in categories:
        raise InputError(
            f"unknown PLOVER category {name!r}", hint=f"one of: {', '.join(categories)}"
        )
    return name.upper()


def _date(e: TimelineEvent) -> str:
    """The event's date as the text supports it, else its report date marked with '~'."""
    if e.date_value:
        return e.date_value
    return f"~{e.sort_date}" if e.sort_date else "?"


def _names(refs: tuple[Any, ...]) -> str:
    return "; ".join(p.name for p in refs)


def _row(e: TimelineEvent) -> dict[str, Any]:
    return {
        "date": _date(e),
        "precision": e.precision or "",
        "date_text": e.date_text or "",
        "date_source": e.date_source or "",
        "earliest": e.earliest or "",
        "latest": e.latest or "",
        "published": e.published or "",
        "type": e.type,
        "plover": e.plover or "",
        "label": e.label,
        "actors": _names(e.actors),
        "targets": _names(e.targets),
        "platforms": _names(e.platforms),
        "sources": "; ".join(s.source or s.article_id for s in e.sources),
        "confidence": "" if e.confidence is None else f"{e.confidence:.2f}",
        "negated": "yes" if e.negated else "",
        "hedged": "yes" if e.hedged else "",
        "event": e.id,
    }


def _csv(events: list[TimelineEvent]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(_row(e))
    return out.getvalue()


def _json(events: list[TimelineEvent]) -> str:
    return json.dumps([e.to_dict() for e in events], ensure_ascii=False, indent=2) + "\n"


def _table(events: list[TimelineEvent]) -> str:
    if not events:
        return "no events match\n"
    columns = ("date", "type", "label", "actors", "sources", "confidence")
    rows = [{c: str(_row(e)[c]) for c in columns} for e in events]
    widths = {c: min(48, max(len(c), *(len(r[c]) for r in rows))) for c in columns}
    lines = ["  ".join(c.upper().ljust(widths[c]) for c in columns)]
    for r in rows:
        cells = [_cut(r[c], widths[c]).ljust(widths[c]) for c in columns]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines) + f"\n{len(events)} event(s); '~' marks a date taken from publication\n"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
