"""SemEval-2015 Task 4 (TimeLine) trial data: TimeML articles and gold timelines, as plain data.

Conventions worked out from the trial data itself:

- each ``.tml`` has ``<DOCID>``, the creation time in ``<DCT><TIMEX3 ... value=...>``, the title
  in ``<EXTRAINFO>`` and a ``<TEXT>`` of ``<s id="N">`` sentences numbered from 1; sentence 1 is
  the dateline ("June 8 , 2010"). Tokens are separated by single spaces ("Apple 's", "2010 ,").
- the plain text we ingest is the sentences, tags stripped, joined by one newline, so every
  character offset maps back to a sentence and token exactly.
- a gold row is ``ORDER<TAB>DATE<TAB>MENTION[<TAB>MENTION...]``; a mention is
  ``DOCID-SENTENCE-WORD`` with SENTENCE the ``<s id>`` and WORD the token text; ``_`` joins the
  tokens of a multi-word mention ("court_case"). Mentions on one row corefer; rows sharing ORDER
  are simultaneous. DATE is YYYY-MM-DD, YYYY-MM, YYYY, with ``X`` for unknown parts.
- when WORD occurs several times in its sentence, the occurrence tagged ``<EVENT>`` is meant; if
  that still leaves several, all of them are kept as candidate spans.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from shared_data import SHARED

DATA = SHARED / "data" / "timeline-trial"
CORPUS_DIR = DATA / "Corpus-trial-data_task4_TimeML"
GOLD_DIR = DATA / "TimeLines_trial_data_task4_v1.2"

# Mention document ids in gold v1.2 that name no article: 9590 is 9509 (its sentence 10 has the
# EVENT "access" the iTunes store row names).
DOCID_TYPOS = {"9590": "9509"}

_DOCID_RE = re.compile(r"<DOCID>\s*([^<\s]+)\s*</DOCID>")
_DCT_RE = re.compile(r'<DCT>.*?value="([^"]+)".*?</DCT>', re.S)
_TITLE_RE = re.compile(r"<EXTRAINFO>(.*?)</EXTRAINFO>", re.S)
_SENTENCE_RE = re.compile(r'<s id="(\d+)">(.*?)</s>', re.S)
_TAG_RE = re.compile(r"<(/?)(\w+)([^>]*)>")
_EID_RE = re.compile(r'eid="([^"]+)"')


@dataclass(frozen=True)
class Sentence:
    number: int
    start: int  # offsets in Document.text, end exclusive
    end: int


@dataclass(frozen=True)
class TaggedEvent:
    eid: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Document:
    docid: str
    dct: str
    title: str
    text: str
    sentences: tuple[Sentence, ...]
    events: tuple[TaggedEvent, ...]

    def sentence(self, number: int) -> Sentence | None:
        return next((s for s in self.sentences if s.number == number), None)


@dataclass(frozen=True)
class MentionRef:
    docid: str
    sentence: int
    word: str  # token text; "_" joins tokens

    def __str__(self) -> str:
        return f"{self.docid}-{self.sentence}-{self.word}"


@dataclass(frozen=True)
class GoldRow:
    order: int
    date: str  # as in the file: 2010-06-07, 2010-06, 2010, XXXX-XX-XX
    mentions: tuple[MentionRef, ...]

    @property
    def dated(self) -> bool:
        return bool(self.date) and not self.date.startswith("X")

    @property
    def docs(self) -> frozenset[str]:
        return frozenset(m.docid for m in self.mentions)


@dataclass(frozen=True)
class Target:
    name: str  # first line of the timeline file, e.g. "iPhone 4"
    file: str
    rows: tuple[GoldRow, ...]


def parse_tml(source: str) -> Document:
    """A TimeML document as plain text (sentences joined by newlines) with sentence and
    ``<EVENT>`` offsets in that text."""
    docid = _DOCID_RE.search(source)
    dct = _DCT_RE.search(source)
    if docid is None or dct is None:
        raise ValueError("not a TimeML document with DOCID and DCT")
    title = _TITLE_RE.search(source)
    pieces: list[str] = []
    sentences: list[Sentence] = []
    events: list[TaggedEvent] = []
    offset = 0
    for number, body in _SENTENCE_RE.findall(source):
        if pieces:
            pieces.append("\n")
            offset += 1
        text, tagged = _strip_tags(body, offset)
        pieces.append(text)
        sentences.append(Sentence(int(number), offset, offset + len(text)))
        events.extend(tagged)
        offset += len(text)
    return Document(
        docid=docid.group(1),
        dct=dct.group(1)[:10],
        title=_plain(title.group(1)) if title else "",
        text="".join(pieces),
        sentences=tuple(sentences),
        events=tuple(events),
    )


def _plain(fragment: str) -> str:
    return unicodedata.normalize("NFC", html.unescape(fragment)).strip()


def _strip_tags(body: str, base: int) -> tuple[str, list[TaggedEvent]]:
    """The sentence's text without tags (entities unescaped) and its EVENT spans."""
    out: list[str] = []
    length = 0
    events: list[TaggedEvent] = []
    open_event: tuple[str, int] | None = None
    position = 0
    for tag in _TAG_RE.finditer(body):
        chunk = _plain_inline(body[position : tag.start()])
        out.append(chunk)
        length += len(chunk)
        position = tag.end()
        closing, name, attrs = tag.groups()
        if name != "EVENT":
            continue
        if not closing:
            eid = _EID_RE.search(attrs)
            open_event = (eid.group(1) if eid else "", length)
        elif open_event is not None:
            eid, start = open_event
            text = "".join(out)[start:length]
            events.append(TaggedEvent(eid, base + start, base + length, text))
            open_event = None
    out.append(_plain_inline(body[position:]))
    return "".join(out), events


def _plain_inline(fragment: str) -> str:
    # No strip here: spaces between tags are part of the text.
    return unicodedata.normalize("NFC", html.unescape(fragment))


def parse_timeline(source: str, file: str = "") -> Target:
    lines = [line.rstrip("\n\r") for line in source.splitlines() if line.strip()]
    if not lines:
        raise ValueError(f"empty timeline file {file}")
    rows = []
    for line in lines[1:]:
        order, date, *mentions = line.split("\t")
        rows.append(GoldRow(int(order), date.strip(), tuple(_mention(m) for m in mentions)))
    return Target(lines[0].strip(), file, tuple(rows))


def _mention(text: str) -> MentionRef:
    docid, sentence, word = text.strip().split("-", 2)
    return MentionRef(DOCID_TYPOS.get(docid, docid), int(sentence), word)


def mention_spans(doc: Document, ref: MentionRef) -> list[tuple[int, int]]:
    """Character spans of a gold mention in ``doc.text``: occurrences of its token(s) in its
    sentence (ignoring case), narrowed to the ones tagged as EVENT when any is. A multi-word
    mention whose words are apart ("taking ... out") falls back to its separate words."""
    sentence = doc.sentence(ref.sentence)
    if sentence is None:
        return []
    words = ref.word.split("_")
    spans = _occurrences(doc, sentence, " ".join(words))
    if not spans and len(words) > 1:
        spans = [span for word in words for span in _occurrences(doc, sentence, word)]
    tagged = [s for s in spans if any(e.start < s[1] and s[0] < e.end for e in doc.events)]
    return tagged or spans


def _occurrences(doc: Document, sentence: Sentence, words: str) -> list[tuple[int, int]]:
    pattern = re.compile(r"(?<!\S)" + re.escape(words) + r"(?!\S)", re.I)
    text = doc.text[sentence.start : sentence.end]
    return [(sentence.start + m.start(), sentence.start + m.end()) for m in pattern.finditer(text)]


def load_documents(corpus_dir: Path = CORPUS_DIR) -> dict[str, Document]:
    docs = (parse_tml(p.read_text(encoding="utf-8")) for p in sorted(corpus_dir.glob("*.tml")))
    return {d.docid: d for d in docs}


def load_targets(gold_dir: Path = GOLD_DIR) -> list[Target]:
    return [
        parse_timeline(p.read_text(encoding="utf-8"), p.name)
        for p in sorted(gold_dir.glob("*.txt"))
    ]
