"""Safe HTML for the UI: every piece of article or store text goes through ``html.escape``.

Article titles, sentences and entity names come from untrusted web pages and feeds, so the UI
never passes them to ``unsafe_allow_html`` unescaped, and only http(s) URLs become links.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import urlsplit

# CSS class per highlighted kind; the stylesheet is in STYLE below.
KINDS = ("actor", "target", "participant", "trigger", "time")
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True, slots=True)
class Mark:
    """A stretch of a sentence to highlight, offsets relative to the sentence."""

    start: int
    end: int
    kind: str  # one of KINDS
    title: str = ""  # tooltip, e.g. "actor: Central Intelligence Agency"


def esc(text: object) -> str:
    """Escape any value for HTML text and attribute context."""
    return html.escape("" if text is None else str(text), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (no javascript:, data:, relative)."""
    if not isinstance(url, str) or not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url.strip()


def link(url: str | None, text: str) -> str:
    """An escaped external link, or just the escaped text when the URL is not safe."""
    target = safe_url(url)
    if target is None:
        return esc(text)
    return f'<a href="{esc(target)}" target="_blank" rel="noopener noreferrer">{esc(text)}</a>'


def wikidata_url(qid: str | None) -> str | None:
    """The Wikidata page of a QID, or None when the value is not a QID."""
    if not isinstance(qid, str) or not qid:
        return None
    qid = qid.rsplit("/", 1)[-1]
    return f"https://www.wikidata.org/wiki/{qid}" if _QID.match(qid) else None


def highlight(sentence: str, marks: Iterable[Mark]) -> str:
    """The sentence as escaped HTML with each mark wrapped in ``<mark class="kg-KIND">``.

    Marks outside the sentence are dropped; overlapping marks keep the first one that starts
    (ties: the longer one), because nested highlights would be unreadable anyway.
    """
    usable = sorted(
        (m for m in marks if 0 <= m.start < m.end <= len(sentence)),
        key=lambda m: (m.start, -(m.end - m.start)),
    )
    parts: list[str] = []
    cursor = 0
    for mark in usable:
        if mark.start < cursor:
            continue
        parts.append(esc(sentence[cursor : mark.start]))
        kind = mark.kind if mark.kind in KINDS else "participant"
        title = f' title="{esc(mark.title)}"' if mark.title else ""
        parts.append(
            f'<mark class="kg-{kind}"{title}>{esc(sentence[mark.start : mark.end])}</mark>'
        )
        cursor = mark.end
    parts.append(esc(sentence[cursor:]))
    return "".join(parts)


def badge(text: str, colour: str) -> str:
    """A small coloured label (event type, PLOVER category)."""
    colour = colour if re.fullmatch(r"#[0-9a-fA-F]{6}", colour) else "#666666"
    return f'<span class="kg-badge" style="background:{colour}">{esc(text)}</span>'


STYLE = """
<style>
[data-testid="stMainBlockContainer"] {padding-top: 2.2rem; padding-bottom: 2rem;}
h1 {font-size: 1.9rem !important; padding-bottom: .2rem !important;}
.kg-evidence {border-left: 3px solid #8da0cb; padding: .4rem .8rem; margin: .3rem 0 .2rem 0;
  background: rgba(141,160,203,.08); line-height: 1.7; font-size: 0.97rem;}
.kg-evidence mark {padding: 0 .15rem; border-radius: 3px;}
mark.kg-actor {background: #fdd49e;}
mark.kg-target {background: #c6dbef;}
mark.kg-participant {background: #e5e5e5;}
mark.kg-trigger {background: #fbb4ae; font-weight: 600;}
mark.kg-time {background: #ccebc5;}
.kg-source {color: #666; font-size: 0.85rem; margin-bottom: .8rem;}
.kg-badge {color: #fff; border-radius: 4px; padding: .05rem .45rem; font-size: .78rem;
  font-weight: 600; margin-right: .3rem; white-space: nowrap;}
.kg-title {margin: 0 0 .3rem 0; font-weight: 600;}
.kg-when {margin: .5rem 0 .2rem 0;}
.kg-legend mark {padding: 0 .3rem; border-radius: 3px; margin-right: .5rem; font-size: .8rem;}
</style>
"""

LEGEND = (
    '<div class="kg-legend"><mark class="kg-actor">actor</mark>'
    '<mark class="kg-target">target</mark><mark class="kg-participant">other participant</mark>'
    '<mark class="kg-trigger">trigger</mark><mark class="kg-time">time expression</mark></div>'
)
