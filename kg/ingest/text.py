"""Plain text and Markdown: header lines or YAML front matter, a headline as title, and Markdown
markup stripped so that the body reads as plain prose (offsets are into that plain text)."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

from kg.ingest.build import Draft
from kg.ingest.dates import is_date_line
from kg.ingest.decode import clean_text

log = logging.getLogger(__name__)

# Header keys (lower case) and the Draft field they fill.
_HEADER_KEYS = {
    "title": "title",
    "headline": "title",
    "published": "published",
    "date": "published",
    "datepublished": "published",
    "source": "source",
    "url": "url",
    "link": "url",
    "id": "id",
}
# Header keys that are recognised (so the block still counts as headers) but not used.
_IGNORED_HEADER_KEYS = frozenset(
    (
        "author",
        "authors",
        "by",
        "byline",
        "tags",
        "keywords",
        "category",
        "categories",
        "section",
        "language",
        "lang",
        "updated",
        "modified",
        "description",
        "summary",
        "image",
    )
)
_HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][A-Za-z ]{0,20}):\s*(?P<value>.*)$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_HEADLINE_MAX = 200


def parse_text(
    raw: str, *, markdown: bool, field_map: Mapping[str, str], take_headline: bool = True
) -> Draft:
    """Split a text or Markdown document into metadata and body; ``take_headline=False`` keeps
    a first short line in the body (the caller has the title)."""
    text = clean_text(raw)
    fields, body = _front_matter(text, field_map)
    if not fields:
        fields, body = _header_block(body)
    body = body.lstrip("\n")
    if markdown:
        body = _take_markdown_title(body, fields)
        body = strip_markdown(body)
    else:
        body = strip_emphasis(body)
    if take_headline and "title" not in fields:
        title, body = _headline(body)
        if title:
            fields["title"] = title
    return Draft(text=body, format="markdown" if markdown else "text", **fields)


def _front_matter(text: str, field_map: Mapping[str, str]) -> tuple[dict[str, Any], str]:
    m = _FRONT_MATTER.match(text)
    if not m:
        return {}, text
    import yaml

    try:
        data = yaml.safe_load(m["yaml"])
    except yaml.YAMLError as exc:
        log.warning("front matter is not valid YAML, kept as text: %s", exc)
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    lowered = {str(k).lower(): v for k, v in data.items()}
    fields: dict[str, Any] = {}
    for key, target in _HEADER_KEYS.items():
        wanted = field_map.get(target, key).lower()
        value = lowered.get(wanted)
        if value not in (None, "") and target not in fields:
            fields[target] = value if target == "published" else str(value)
    return fields, text[m.end() :]


def _header_block(text: str) -> tuple[dict[str, Any], str]:
    """``Key: value`` lines up to the first blank line, if every line of it is a known key."""
    block, _, rest = text.partition("\n\n")
    lines = block.split("\n")
    matches = [_HEADER_LINE.match(line) for line in lines]
    keys = [_header_key(line) for line in lines]
    known = [key for key in keys if key in _HEADER_KEYS]
    if not known or not all(keys):
        return {}, text
    fields: dict[str, Any] = {}
    for m, key in zip(matches, keys, strict=True):
        target = _HEADER_KEYS.get(key)
        if m and target and m["value"].strip() and target not in fields:
            fields[target] = m["value"].strip()
    return fields, rest


def _header_key(line: str) -> str:
    """The normalised key of a ``Key: value`` line with a key we know, else ""."""
    m = _HEADER_LINE.match(line)
    key = m["key"].lower().replace(" ", "") if m else ""
    return key if key in _HEADER_KEYS or key in _IGNORED_HEADER_KEYS else ""


def _headline(text: str) -> tuple[str | None, str]:
    """A first line that is a paragraph of its own, shorter than 200 characters and without
    final punctuation is a headline; it becomes the title and leaves the body."""
    first, sep, rest = text.partition("\n\n")
    first = first.strip()
    if (
        sep
        and rest.strip()
        and "\n" not in first
        and len(first) < _HEADLINE_MAX
        and not first.endswith((".", "!", ",", ";", ":", "-", "—", "–"))
        and not is_date_line(first)
        and not _header_key(first)
    ):
        return first, rest
    return None, text


_ATX_HEADING = re.compile(r"^#{1,6}[ \t]+(?P<text>.*?)[ \t#]*$", re.MULTILINE)


def _take_markdown_title(text: str, fields: dict[str, Any]) -> str:
    """A level-1 heading opening the document is its title (unless a header gave another one,
    then the heading stays in the body)."""
    m = re.match(r"\A#[ \t]+(?P<title>[^\n]+?)[ \t#]*(?:\n|\Z)", text)
    if not m:
        return text
    heading = strip_markdown(m["title"]).strip()
    if "title" not in fields:
        fields["title"] = heading
    elif fields["title"] != heading:
        return text
    return text[m.end() :]


# Strong before emphasis.
_EMPHASIS = (
    (re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1"), r"\g<text>"),  # strong
    (re.compile(r"(?<![\w*])\*(?=\S)(?P<text>[^*\n]+?)(?<=\S)\*(?!\w)"), r"\g<text>"),
)
# Order matters: images before links, strong before emphasis.
_MARKDOWN_RULES = (
    (re.compile(r"^```[^\n]*$|^~~~[^\n]*$", re.MULTILINE), ""),  # code fence lines
    (re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+.*$", re.MULTILINE), ""),  # link definitions
    # setext headings: a line underlined with === or ---
    (re.compile(r"^(?P<text>[^\n]*\w[^\n]*)\n(?:=+|-+)[ \t]*$", re.MULTILINE), r"\g<text>"),
    (re.compile(r"^\s{0,3}(?:[-*_][ \t]*){3,}$", re.MULTILINE), ""),  # horizontal rules
    (_ATX_HEADING, r"\g<text>"),
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.MULTILINE), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+", re.MULTILINE), ""),  # list markers
    (re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]"), ""),  # images
    (re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)"), r"\g<text>"),  # inline links
    (re.compile(r"\[(?P<text>[^\]]+)\]\[[^\]]*\]"), r"\g<text>"),  # reference links
    (re.compile(r"<(?P<url>https?://[^>\s]+)>"), r"\g<url>"),  # autolinks
    (re.compile(r"</?[A-Za-z][^>\n]*>"), ""),  # inline HTML tags
    (re.compile(r"`(?P<text>[^`\n]+)`"), r"\g<text>"),  # inline code
    *_EMPHASIS,
    (re.compile(r"(?<![\w_])_(?=\S)(?P<text>[^_\n]+?)(?<=\S)_(?!\w)"), r"\g<text>"),
    (re.compile(r"~~(?=\S)(?P<text>.+?)(?<=\S)~~"), r"\g<text>"),  # strikethrough
    (re.compile(r"\\(?P<char>[\\`*_{}\[\]()#+\-.!>])"), r"\g<char>"),  # escapes
)


def strip_emphasis(text: str) -> str:
    """``**bold**`` and ``*italic*`` markers left in plain text copied from the web or a Markdown
    editor ("**Omri Goren**, 37"): they would split names for the language model."""
    for pattern, replacement in _EMPHASIS:
        text = pattern.sub(replacement, text)
    return text


def strip_markdown(text: str) -> str:
    """Markdown to readable plain text: link text kept, images dropped, markers removed."""
    for pattern, replacement in _MARKDOWN_RULES:
        text = pattern.sub(replacement, text)
    text = re.sub(r"(?<=\S)[ \t]{2,}(?=\S)", " ", text)  # gaps left by dropped images
    return re.sub(r"\n{3,}", "\n\n", clean_text(text))
