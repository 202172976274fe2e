"""RSS / Atom / RDF feed files: one article per entry. feedparser reads the bytes we hand it and
never a URL, so nothing is fetched."""

from __future__ import annotations

import datetime as dt
import io
import logging
from collections.abc import Iterator

from kg.errors import InputError
from kg.ingest.build import Draft
from kg.ingest.dates import parse_date
from kg.ingest.html import html_to_text

log = logging.getLogger(__name__)


def parse_feed(data: bytes, *, path: str | None) -> Iterator[Draft | InputError]:
    """Drafts for the feed's entries, an InputError for each entry without text, or one
    InputError when the file is not a feed at all."""
    import feedparser

    # A stream, never bytes or str: feedparser opens strings as URLs and bytes as file names.
    try:
        feed = feedparser.parse(io.BytesIO(data))
    except Exception as exc:  # a parser bug on hostile input must not stop the batch
        log.debug("feedparser failed on %s", path, exc_info=True)
        yield InputError(f"cannot parse the feed ({type(exc).__name__})", path=path)
        return
    entries = list(feed.entries)
    if not entries:
        reason = "not a readable RSS/Atom feed" if feed.bozo else "feed has no entries"
        detail = f" ({feed.get('bozo_exception')})" if feed.bozo else ""
        yield InputError(f"{reason}{detail}", path=path)
        return
    if feed.bozo:
        log.warning(
            "%s: feed is not well-formed (%s); reading what can be read",
            path,
            feed.get("bozo_exception"),
        )
    source = feed.feed.get("title") or None
    for number, entry in enumerate(entries, start=1):
        record = f"entry {number}"
        text = _entry_text(entry)
        if not text:
            yield InputError("no text (no content or summary)", path=path, record=record)
            continue
        yield Draft(
            text=text,
            format="feed",
            title=html_to_text(entry.get("title") or "") or None,
            published=_entry_date(entry),
            source=source,
            url=entry.get("link") or None,
            record=record,
        )


def _entry_text(entry: dict) -> str:
    """The longest of the entry's content blocks and summary, as plain text."""
    candidates = [c.get("value") or "" for c in entry.get("content") or []]
    candidates.append(entry.get("summary") or "")
    best = max(candidates, key=len)
    return html_to_text(best) if best.strip() else ""


def _entry_date(entry: dict) -> object:
    """The date as written in the entry (feedparser's parsed tuples are shifted to UTC)."""
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if raw and parse_date(raw):
            return raw
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return next((entry.get(k) for k in ("published", "updated") if entry.get(k)), None)
