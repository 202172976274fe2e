"""Saved web pages: trafilatura finds the main text, title, date and site name, offline.

trafilatura is handed the markup itself (never a URL), so nothing is fetched.
"""

from __future__ import annotations

import datetime as dt
import logging
import re

from kg.errors import InputError
from kg.ingest.build import Draft

log = logging.getLogger(__name__)
# Fewer words than this is navigation residue ("Home"), not an article.
_MIN_WORDS = 5

_BLOCK_TAGS = frozenset(
    (
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "tr",
        "section",
        "article",
        "header",
        "footer",
        "figure",
        "figcaption",
        "hr",
        "dd",
        "dt",
    )
)


def parse_html(markup: str, *, today: dt.date, path: str | None) -> Draft:
    import trafilatura
    from trafilatura.settings import Document

    try:
        document = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={
                "original_date": True,
                "extensive_search": False,  # only markup (meta, JSON-LD, <time>), not body text
                "max_date": (today + dt.timedelta(days=366)).isoformat(),
            },
        )
    except Exception as exc:  # a parser bug on hostile markup must not stop the batch
        log.debug("trafilatura failed on %s", path, exc_info=True)
        raise InputError(f"cannot parse the HTML ({type(exc).__name__})", path=path) from None
    if not isinstance(document, Document):  # None, or a dict with other trafilatura options
        raise InputError("no article text found", path=path, hint="is it an article page?")
    text = (document.text or "").strip()
    if len(text.split()) < _MIN_WORDS:
        raise InputError("no article text found", path=path, hint="is it an article page?")
    title = document.title or None
    text = _drop_leading_title(text, title)
    if len(text.split()) < _MIN_WORDS:
        raise InputError("no article text found (only a title)", path=path)
    source = document.sitename or _meta_content(markup, "og:site_name")
    return Draft(
        text=_paragraphs(text),
        format="html",
        title=title,
        published=document.date,
        source=source,
        url=document.url,
    )


def _drop_leading_title(text: str, title: str | None) -> str:
    """trafilatura keeps the page's <h1> as first line; it is the title, not body."""
    first, _, rest = text.partition("\n")
    if title and " ".join(first.split()) == " ".join(title.split()):
        return rest.strip()
    return text


def _paragraphs(text: str) -> str:
    """One blank line between paragraphs, as in the text formats."""
    return re.sub(r"\n+", "\n\n", text)


def _meta_content(markup: str, name: str) -> str | None:
    pattern = rf"<meta[^>]+(?:property|name)=[\"']{re.escape(name)}[\"'][^>]*>"
    tag = re.search(pattern, markup, re.IGNORECASE)
    content = re.search(r"content=[\"']([^\"']+)[\"']", tag[0], re.IGNORECASE) if tag else None
    return content[1].strip() if content else None


def html_to_text(fragment: str) -> str:
    """Feed entry HTML to plain text: tags removed, block elements become paragraph breaks."""
    if "<" not in fragment:
        return _unescape(fragment)
    import lxml.html
    from lxml import etree

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _unescape(re.sub(r"<[^>]*>", " ", fragment))
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n\n" + (element.text or "")
    text = root.text_content()
    text = re.sub(r"[ \t]+", " ", text)
    return re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()


def _unescape(text: str) -> str:
    import html

    return html.unescape(text)
