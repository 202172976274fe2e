"""Timeline exports, built from kg.query.timeline events: CSV (one row per event) and TimelineJS 3
JSON. STIX lives in kg.export.stix."""

from __future__ import annotations

import csv
import html
import io
import json
from dataclasses import replace
from typing import Any, BinaryIO

CSV_COLUMNS = (
    "id",
    "date",
    "precision",
    "earliest",
    "latest",
    "date_text",
    "date_source",
    "placed_at",
    "published",
    "type",
    "plover",
    "label",
    "confidence",
    "actors",
    "targets",
    "recipients",
    "platforms",
    "places",
    "negated",
    "hedged",
    "merged",
    "sources",
    "urls",
    "articles",
    "evidence",
)


def timeline_events(store: Any, timeline_filter: Any = None) -> list[Any]:
    """Every event the filter selects (no page limit), in timeline order."""
    from kg.query import TimelineFilter, timeline

    flt = timeline_filter or TimelineFilter()
    return timeline(store, replace(flt, limit=None, offset=0))


def write_timeline_export(store: Any, fmt: str, out: BinaryIO, timeline_filter: Any) -> int:
    events = timeline_events(store, timeline_filter)
    if fmt == "csv":
        text = to_csv(events)
    elif fmt == "timelinejs":
        text = json.dumps(to_timelinejs(events), indent=1, ensure_ascii=False) + "\n"
    else:
        from kg.export.stix import to_stix_bundle

        text = to_stix_bundle(events)
    out.write(text.encode("utf-8"))
    return len(events)


def _names(event: Any, role: str) -> str:
    return "; ".join(p.name for p in event.role(role))


def to_csv(events: list[Any]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in events:
        writer.writerow(
            [
                e.id,
                e.date_value or "",
                e.precision or "",
                e.earliest or "",
                e.latest or "",
                e.date_text or "",
                e.date_source or "",
                e.sort_date or "",
                e.published or "",
                e.type,
                e.plover or "",
                e.label,
                "" if e.confidence is None else f"{e.confidence:.2f}",
                _names(e, "actor"),
                _names(e, "target"),
                _names(e, "recipient"),
                _names(e, "platform"),
                _names(e, "place"),
                str(e.negated).lower(),
                str(e.hedged).lower(),
                str(e.merged).lower(),
                "; ".join(sorted({s.source for s in e.sources if s.source})),
                "; ".join(s.url for s in e.sources if s.url),
                "; ".join(s.article_id for s in e.sources),
                " | ".join(ev.sentence for ev in e.evidence if ev.sentence),
            ]
        )
    return buffer.getvalue()


def to_timelinejs(events: list[Any]) -> dict[str, Any]:
    """TimelineJS 3 JSON: events without any date (not even a publication date) are left out."""
    slides = []
    for e in events:
        start = _timelinejs_date(e.date_value, e.precision) or _timelinejs_date(e.sort_date, "day")
        if start is None:
            continue
        slide: dict[str, Any] = {
            "start_date": start,
            "text": {"headline": html.escape(e.label), "text": _slide_text(e)},
            "group": e.plover or e.type,
            "unique_id": e.id.replace("/", "-"),
        }
        end = _interval_end(e)
        if end:
            slide["end_date"] = end
        slides.append(slide)
    return {
        "title": {
            "text": {"headline": "newskg timeline", "text": f"{len(slides)} events"},
        },
        "events": slides,
    }


def _timelinejs_date(value: str | None, precision: str | None) -> dict[str, int] | None:
    """``{"year", "month", "day"}`` down to the precision the date has (ISO values only)."""
    if not value or not value[:4].isdigit():
        return None
    parts = value.split("-")
    date: dict[str, int] = {"year": int(parts[0])}
    if precision in ("month", "day") and len(parts) > 1 and parts[1].isdigit():
        date["month"] = int(parts[1])
        if precision == "day" and len(parts) > 2 and parts[2][:2].isdigit():
            date["day"] = int(parts[2][:2])
    return date


def _interval_end(e: Any) -> dict[str, int] | None:
    """An end date for week/quarter/season values, whose start and end are different days."""
    if e.precision in ("day", "month", "year") or not e.earliest or not e.latest:
        return None
    if e.earliest == e.latest or not e.date_value:
        return None
    return _timelinejs_date(e.latest, "day")


def _slide_text(e: Any) -> str:
    """HTML for the slide body; every piece of text is escaped (it comes from articles)."""
    lines = []
    if e.date_value is None:
        lines.append("<p><em>No date in the text; placed at the publication date.</em></p>")
    elif e.date_text and e.date_text != e.date_value:
        lines.append(f"<p>Date: {html.escape(e.date_text)} → {html.escape(e.date_value)}</p>")
    actors = ", ".join(html.escape(p.name) for p in e.actors)
    if actors:
        lines.append(f"<p>Actors: {actors}</p>")
    for ev in e.evidence:
        if ev.sentence:
            lines.append(f"<blockquote>{html.escape(ev.sentence)}</blockquote>")
    sources = []
    for s in e.sources:
        name = html.escape(s.title or s.source or s.article_id)
        if s.url and s.url.startswith(("https://", "http://")):  # no javascript: links
            sources.append(f'<a href="{html.escape(s.url, quote=True)}">{name}</a>')
        else:
            sources.append(name)
    if sources:
        lines.append("<p>Sources: " + "; ".join(sources) + "</p>")
    return "\n".join(lines)
