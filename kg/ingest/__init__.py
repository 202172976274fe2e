"""Ingestion: files, feeds and records in the formats analysts have, turned into Articles.

    for item in iter_articles(["inbox/"], IngestOptions(published="2024-10-03")):
        if isinstance(item, InputError):
            log.warning("%s", item)  # one line: file [record]: reason
        else:
            handle(item)

Bad files and records come out as InputError values (never raised) so one broken file does not
stop a batch. docs/input-formats.md describes formats, fields and how the date is chosen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from kg.errors import ConfigError, InputError
from kg.ingest.build import Draft, build_article
from kg.ingest.ids import article_id
from kg.types import Article

__all__ = ["IngestOptions", "article_id", "count_inputs", "iter_articles", "read_text"]


@dataclass(frozen=True)
class IngestOptions:
    # --published YYYY-MM-DD: the date of articles whose metadata and dateline give none; it
    # wins over dates found in the body text.
    published: str | None = None
    # Remap record and front-matter fields, e.g. {"text": "article_body", "published": "pub_date"}.
    field_map: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # One article text larger than this is refused with a clear error.
    max_bytes: int = 20_000_000
    # Accepted languages (ISO 639-1); others -> UnsupportedLanguageError.
    languages: tuple[str, ...] = ("en",)
    # The day taken as today for plausibility checks of dates; None = the real today.
    today: dt.date | None = None


def _today(options: IngestOptions) -> dt.date:
    return options.today or dt.date.today()


def _check_published(value: str | None) -> None:
    if value is None:
        return
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise ConfigError(
            f"published date {value!r} is not a date", hint="use YYYY-MM-DD, e.g. 2024-10-03"
        ) from None


def iter_articles(
    paths: Iterable[str | Path], options: IngestOptions = IngestOptions()
) -> Iterator[Article | InputError]:
    """Yield Articles; yield (never raise) an InputError per bad file or record so callers
    continue. Raises ConfigError only for invalid options (field map, published date)."""
    from kg.ingest.files import find_files, read_drafts
    from kg.ingest.records import field_names

    names = field_names(options.field_map)
    _check_published(options.published)
    today = _today(options)
    for found in find_files(paths):
        if isinstance(found, InputError):
            yield found
            continue
        path, shown = found
        for draft in read_drafts(
            path,
            shown,
            max_bytes=options.max_bytes,
            field_map=options.field_map,
            names=names,
            today=today,
        ):
            if isinstance(draft, InputError):
                yield draft
                continue
            try:
                yield _build(draft, shown, options, today)
            except InputError as exc:
                yield exc


def _build(draft: Draft, path: str | None, options: IngestOptions, today: dt.date) -> Article:
    return build_article(
        draft,
        path=path,
        published_option=options.published,
        languages=options.languages,
        max_bytes=options.max_bytes,
        today=today,
    )


def read_text(
    text: str,
    *,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
    url: str | None = None,
    options: IngestOptions = IngestOptions(),
) -> Article:
    """An Article from pasted text (the UI). Header lines and a headline in the text are read as
    in a .txt file; the arguments given win over them. ``published`` counts as an explicit
    --published. Raises InputError (empty, too big, not English), ConfigError for a bad date."""
    from dataclasses import replace

    from kg.ingest.decode import check_text_size
    from kg.ingest.text import parse_text

    check_text_size(text, max_bytes=options.max_bytes, path=None, record=None)
    if not text.strip():
        raise InputError("empty text", hint="paste the article text")
    draft = parse_text(
        text, markdown=False, field_map=options.field_map, take_headline=title is None
    )
    draft = replace(
        draft, title=title or draft.title, source=source or draft.source, url=url or draft.url
    )
    merged = replace(options, published=published or options.published)
    _check_published(merged.published)
    return _build(draft, None, merged, _today(merged))


def count_inputs(paths: Iterable[str | Path]) -> int | None:
    """Number of files iter_articles will open (not records): a cheap progress-bar total."""
    from kg.ingest.files import find_files

    return sum(1 for found in find_files(paths) if not isinstance(found, InputError))
