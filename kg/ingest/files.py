"""Finding input files and reading each with the reader for its extension."""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from kg.errors import InputError
from kg.ingest.build import Draft
from kg.ingest.decode import read_file_bytes, read_file_text

log = logging.getLogger(__name__)

FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xml": "feed",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".feed": "feed",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
}
# A JSON document or feed is read whole; allow it to hold many articles of normal size.
WHOLE_FILE_FACTOR = 5


def _hidden(name: str) -> bool:
    return name.startswith(".")


def find_files(paths: Iterable[str | Path]) -> Iterator[tuple[Path, str] | InputError]:
    """Files to read, in a deterministic order: each named path in turn, directories walked
    recursively in sorted order without hidden entries and unsupported types. A single path
    may be given instead of a list."""
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for given in paths:
        path = Path(given)
        shown = str(given)
        if path.is_dir():
            yield from _walk(path)
        elif not path.exists():
            yield InputError("no such file or directory", path=shown)
        elif path.suffix.lower() not in FORMATS:
            yield InputError(
                f"unsupported file type {path.suffix or '(no extension)'}; supported: "
                + " ".join(sorted(FORMATS)),
                path=shown,
            )
        else:
            yield path, shown


def _walk(directory: Path) -> Iterator[tuple[Path, str]]:
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            path = Path(root) / name
            if _hidden(name):
                continue
            if path.suffix.lower() not in FORMATS:
                log.debug("skipping %s: unsupported file type", path)
                continue
            yield path, str(path)


def read_drafts(
    path: Path,
    shown: str,
    *,
    max_bytes: int,
    field_map: Mapping[str, str],
    names: Mapping[str, tuple[str, ...]],
    today: dt.date,
) -> Iterator[Draft | InputError]:
    """The drafts in one file (several for feeds and record files)."""
    from kg.ingest import feeds, html, records, text

    kind = FORMATS[path.suffix.lower()]
    try:
        if kind == "jsonl":
            yield from records.parse_jsonl(path, path=shown, names=names)
        elif kind == "csv":
            yield from records.parse_csv(path, path=shown, names=names, max_bytes=max_bytes)
        elif kind == "feed":
            data = read_file_bytes(
                path, max_bytes=max_bytes * WHOLE_FILE_FACTOR, shown=shown, what="feed file"
            )
            yield from feeds.parse_feed(data, path=shown)
        elif kind == "json":
            content = read_file_text(
                path,
                max_bytes=max_bytes * WHOLE_FILE_FACTOR,
                shown=shown,
                what="JSON document (JSON Lines are streamed)",
            )
            yield from records.parse_json(content, path=shown, names=names)
        elif kind == "html":
            content = read_file_text(path, max_bytes=max_bytes, shown=shown, html=True)
            yield html.parse_html(content, today=today, path=shown)
        else:
            content = read_file_text(path, max_bytes=max_bytes, shown=shown)
            yield text.parse_text(content, markdown=kind == "markdown", field_map=field_map)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", path=shown)
