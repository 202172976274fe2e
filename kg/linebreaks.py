"""Line breaks as sentence boundaries, set before the parser runs.

Scraped news puts headlines, photo captions, bylines and datelines on lines of their own, often
without final punctuation ("Clinton, blowing the pipes of peace" above "An American citizen
was sentenced ..."). Left to itself the parser reads across the single line break and builds one
tree over caption and lede, so the lede's subject becomes the object of a preposition in the
caption. The ``newskg_line_sentences`` component marks the first token of each line as a sentence
start, which the parser respects.

Hard-wrapped text (every line of a paragraph cut at a fixed width) is the exception: there a line
break is only layout, so the continuation lines of a wrapped paragraph are left alone.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc

COMPONENT = "newskg_line_sentences"
LINES_MARKED = "newskg_lines_marked"  # doc.user_data key set by the component
_TEXT = "newskg_text"  # doc.user_data key: the Doc's text, joined once
_LINE_RUNS = re.compile(r"[^\n]+(?:\n[^\n]+)*")  # runs of non-empty lines: one paragraph each
# A paragraph wrapped at a fixed width: every line at most this long, all but the last at least
# _WRAPPED_MIN (a line cut at a word boundary near the width, not a caption or a headline).
_WRAPPED_MAX = 100
_WRAPPED_MIN = 45


def line_starts(text: str) -> list[int]:
    """Offsets where a line that begins a new unit of text starts: every line except the
    continuation lines of a hard-wrapped paragraph."""
    starts: list[int] = []
    for run in _LINE_RUNS.finditer(text):
        lines = run.group().split("\n")
        wrapped = len(lines) >= 2 and all(len(line) <= _WRAPPED_MAX for line in lines)
        wrapped = wrapped and all(len(line) >= _WRAPPED_MIN for line in lines[:-1])
        offset = run.start()
        for n, line in enumerate(lines):
            if n == 0 or not wrapped:
                starts.append(offset + len(line) - len(line.lstrip()))
            offset += len(line) + 1
    return starts


def doc_text(doc: Doc) -> str:
    """The Doc's text. ``Doc.text`` joins every token again at each use and several stages
    read it, so the first reader keeps it in ``doc.user_data`` (``Doc.from_docs`` drops such
    keys: a Doc joined from chunks computes its own)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def mark_line_starts(doc: Doc) -> Doc:
    """Set ``is_sent_start`` on the first token of every line that begins a unit, and note in
    ``doc.user_data`` that it ran (``shapes.sentences`` then need not cut the sentences again)."""
    text = doc_text(doc)
    if "\n" in text:
        for offset in line_starts(text):
            # the token that starts at the line's first character, found without walking the doc
            span = doc.char_span(offset, offset + 1, alignment_mode="expand")
            if span is not None and span.start > 0 and span[0].idx == offset:
                span[0].is_sent_start = True
    doc.user_data[LINES_MARKED] = True
    return doc


def register_component() -> None:
    from spacy.language import Language

    if not Language.has_factory(COMPONENT):
        Language.component(COMPONENT, func=mark_line_starts)
