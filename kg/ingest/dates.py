"""Publication dates: parsing metadata dates, reading datelines, and choosing the best evidence.

Precedence (first that yields a plausible date wins):
  1. ``metadata``: a header, front matter, HTML meta / JSON-LD, feed or record field;
  2. ``dateline``: "WASHINGTON, Oct. 3 (Reuters) -" at the start of the body (a missing year is
     taken from ``--published``, else from the latest year mentioned in the text if that is this
     year or last year);
  3. ``option``: ``--published`` given by the user for the whole batch;
  4. ``text``: a full date the body gives as its publication date ("Published 3 Oct 2024", or a
     short date line near the top), not after today;
  5. ``unknown``: no date.
Dates before 1900 or more than a year after today are ignored with a warning.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import re
from dataclasses import dataclass

from kg.datelines import CAPITALS

log = logging.getLogger(__name__)

EARLIEST = dt.date(1900, 1, 1)
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# "October 3, 2024" / "Oct. 3 2024" / "3 October 2024" / "3rd of Oct 2024" / "2024-10-03".
_FULL_DATES = (
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
)
_MONTH_DAY = (
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+{_MONTH}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
)
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A dateline: a place in capitals (optionally ", State"), then a date and/or an (Agency), then a
# dash or colon, all within the first line of the body.
_DATELINE = re.compile(
    rf"^\s*(?P<place>[{CAPITALS}][{CAPITALS}.'\- ]{{1,40}}"
    rf"(?:,\s*[{CAPITALS}](?:[^\W\d_]|[.\- ]){{1,25}})?)"
    r"(?P<rest>[^\n]{0,60}?)\s*(?:--|[-–—:])\s",
)
_DATELINE_DAY_MONTH_YEAR = re.compile(
    r"\b(?P<day>\d\d?)[/.]\s?(?P<month>\d\d?)[/.]\s?(?P<year>(?:19|20)\d\d)\b"
)


@dataclass(frozen=True)
class Published:
    date: str | None  # ISO YYYY-MM-DD
    source: str  # one of kg.types.PUBLISHED_SOURCES


def plausible(day: dt.date, today: dt.date, *, what: str, where: str = "") -> bool:
    """Refuse dates before 1900 or more than a year after today (with a warning naming
    ``where``, the file and record, when given)."""
    if day < EARLIEST or day > today + dt.timedelta(days=366):
        prefix = f"{where}: " if where else ""
        log.warning(
            "%signoring %s date %s: before 1900 or more than a year ahead", prefix, what, day
        )
        return False
    return True


def parse_date(value: object) -> dt.date | None:
    """A metadata date: ISO 8601 (date or datetime, as written, not shifted to UTC), RFC 2822,
    or an absolute English date; None if it cannot be read."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    text = value.strip()
    iso = re.match(r"^((?:1[0-9]|20)\d\d)-(\d\d)-(\d\d)(?:$|[T ]\d)", text)
    if iso:
        return _safe_date(int(iso[1]), int(iso[2]), int(iso[3]))
    try:
        return email.utils.parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    found = _first_full_date(text)
    return found or _dateparser(text)


def _dateparser(text: str) -> dt.date | None:
    import dateparser

    parsed = dateparser.parse(
        text,
        languages=["en"],
        settings={
            "PARSERS": ["custom-formats", "absolute-time"],
            "REQUIRE_PARTS": ["day", "month", "year"],
        },
    )
    return parsed.date() if parsed else None


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(raw: str) -> int:
    return int(raw) if raw.isdigit() else _MONTHS[raw.lower().rstrip(".")]


def _first_full_date(text: str) -> dt.date | None:
    hits = sorted((m.start(), m) for pattern in _FULL_DATES for m in pattern.finditer(text))
    for _, m in hits:
        day = _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
        if day:
            return day
    return None


# "Published 3 Oct 2024" at the start of a line, maybe after a byline ("By Ann Lee | ").
_CUE = re.compile(
    r"^[ \t]*(?:[^\n|·•]{1,60}[|·•][ \t]*)?"
    r"(?P<cue>(?:first\s+)?(?:published|posted|issued|released)|(?:last\s+)?(?:updated|modified))"
    r"\b(?:\s+(?:on|at))?[\s:,\-–—]*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE_LINES = 6
_BYLINE_WORDS = 12
_DATE_LINE_WORDS = 6


def text_date(text: str, today: dt.date) -> dt.date | None:
    """A publication date the body states: a full date after "Published"/"Posted" (else after
    "Updated") opening a line, or a short line near the top with a date ("Oct 3, 2024 10:32").

    Other full dates in the body are not used: measured on TimeBank+AQUAINT, "the latest full
    date in the text" was never the publication date (21 of 256 articles, all wrong: maturity
    dates, anniversaries, past events)."""
    published: list[dt.date] = []
    updated: list[dt.date] = []
    for cue in _CUE.finditer(text):
        found = _date_at(text, cue.end())
        if found and EARLIEST <= found <= today:
            kind = cue["cue"].lower()
            (updated if "updated" in kind or "modified" in kind else published).append(found)
    if published or updated:
        return (published or updated)[0]
    lines = [line.strip() for line in text.split("\n") if line.strip()][:_BYLINE_LINES]
    for line in lines:
        if len(line.split()) <= _BYLINE_WORDS:
            found = _first_full_date(line)
            if found and EARLIEST <= found <= today:
                return found
    return None


def is_date_line(line: str) -> bool:
    """A short line that is mostly a date ("Oct. 3, 2024 10:32 AM"): a date line, not a title."""
    return len(line.split()) <= _DATE_LINE_WORDS and _first_full_date(line) is not None


def _date_at(text: str, position: int) -> dt.date | None:
    """The full date starting right at ``position``, if any."""
    window = text[position : position + 40]
    for pattern in _FULL_DATES:
        m = pattern.match(window)
        if m:
            return _safe_date(int(m["year"]), _month_number(m["month"]), int(m["day"]))
    return None


def dateline_date(text: str, today: dt.date, reference: dt.date | None) -> dt.date | None:
    """The date of a dateline at the start of ``text``; a missing year comes from ``reference``
    (the year that puts the date nearest to it) or else the latest year mentioned in the text."""
    m = _DATELINE.match(text)
    if not m or not _is_place(m["place"]):
        return None
    head = m["place"] + m["rest"]
    numeric = _DATELINE_DAY_MONTH_YEAR.search(head)
    if numeric:
        # Day first as in most of the world; month first (US) only when day first is impossible.
        year, first, second = int(numeric["year"]), int(numeric["day"]), int(numeric["month"])
        return _safe_date(year, second, first) or _safe_date(year, first, second)
    for pattern in _MONTH_DAY:
        found = pattern.search(head)
        if found:
            return _with_year(found, text, today, reference)
    return None


def _is_place(place: str) -> bool:
    """A dateline place is written in capitals ("NEW YORK", "WASHINGTON, D.C.")."""
    letters = [ch for ch in place.split(",")[0] if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _with_year(
    m: re.Match[str], text: str, today: dt.date, reference: dt.date | None
) -> dt.date | None:
    month, day = _month_number(m["month"]), int(m["day"])
    if m["year"]:
        return _safe_date(int(m["year"]), month, day)
    if reference:
        candidates = [_safe_date(reference.year + d, month, day) for d in (-1, 0, 1)]
        valid = [c for c in candidates if c]
        return min(valid, key=lambda c: abs((c - reference).days)) if valid else None
    # Only for fresh news: in archives the latest year mentioned is often not the year of
    # the dateline (measured on TimeBank+AQUAINT: wrong in both cases), so old ones abstain.
    years = [int(y) for y in _ANY_YEAR.findall(text) if int(y) <= today.year]
    if not years or max(years) < today.year - 1:
        return None
    found = _safe_date(max(years), month, day)
    if found and found > today:
        found = _safe_date(found.year - 1, month, day)
    return found


def choose_published(
    *,
    metadata: object,
    text: str,
    option: str | None,
    today: dt.date,
    where: str = "",
) -> Published:
    """Apply the precedence of the module docstring to the evidence of one article; warnings
    name ``where`` (file and record) so the analyst can find the article."""
    meta = parse_date(metadata) if metadata not in (None, "") else None
    if metadata not in (None, "") and meta is None:
        prefix = f"{where}: " if where else ""
        log.warning("%scannot read the publication date %r; falling back", prefix, metadata)
    if meta and plausible(meta, today, what="metadata", where=where):
        return Published(meta.isoformat(), "metadata")
    reference = parse_date(option) if option else None
    line = dateline_date(text, today, reference)
    if line and plausible(line, today, what="dateline", where=where):
        return Published(line.isoformat(), "dateline")
    if reference and plausible(reference, today, what="--published", where=where):
        return Published(reference.isoformat(), "option")
    found = text_date(text, today)
    if found:
        return Published(found.isoformat(), "text")
    return Published(None, "unknown")
