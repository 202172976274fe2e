"""From the fields a reader found (a Draft) to an Article: cleaning, size and language checks,
publication date and id."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from kg.errors import InputError
from kg.ingest.dates import choose_published
from kg.ingest.decode import check_text_size, clean_text
from kg.ingest.ids import article_id, record_article_id
from kg.ingest.language import check_language
from kg.types import Article


@dataclass(frozen=True)
class Draft:
    """What a reader found for one article, before checks and inference."""

    text: str
    format: str
    title: str | None = None
    published: object = None  # raw metadata date: string, date or None
    source: str | None = None
    url: str | None = None
    id: str | None = None  # an id given by a record
    record: str | None = None  # locator inside the file: "line 3", "entry 2"


def _one_line(value: str | None) -> str | None:
    if value is None:
        return None
    value = " ".join(clean_text(value).split())
    return value or None


def build_article(
    draft: Draft,
    *,
    path: str | None,
    published_option: str | None,
    languages: tuple[str, ...],
    max_bytes: int,
    today: dt.date,
) -> Article:
    check_text_size(draft.text, max_bytes=max_bytes, path=path, record=draft.record)
    text = clean_text(draft.text)
    if not text:
        raise InputError("no article text found", path=path, record=draft.record)
    language = check_language(text, languages, path=path, record=draft.record)
    where = f"{path} [{draft.record}]" if draft.record else str(path or "")
    published = choose_published(
        metadata=draft.published, text=text, option=published_option, today=today, where=where
    )
    url = _one_line(draft.url)
    given_id = _one_line(draft.id)
    ident = article_id(url, text) if url or not given_id else record_article_id(given_id)
    return Article(
        id=ident,
        text=text,
        title=_one_line(draft.title),
        published=published.date,
        published_source=published.source,
        source=_one_line(draft.source),
        url=url,
        path=path,
        record=draft.record,
        language=language,
        format=draft.format,
    )
