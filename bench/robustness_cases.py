"""The catalogue of bad inputs bench/robustness.py feeds to `kg ingest` and `kg import`.

Each ingest case is a few files dropped next to one good article; ``refused`` says whether kg must
report the case as a failure (one line, exit 1) or read it (exit 0, maybe with a warning);
``good_inside`` counts good records inside the bad files that must still go in. All texts are
written for this script.
"""

from __future__ import annotations

import json
import zipfile
from dataclasses import dataclass, field
from io import BytesIO


@dataclass(frozen=True)
class IngestCase:
    name: str
    files: dict[str, bytes]
    refused: bool
    good_inside: int = 0
    args: tuple[str, ...] = field(default=())


def article(n: int, published: str = "2023-05-02", extra: str = "") -> str:
    return (
        f"Title: Report {n}\nPublished: {published}\n\n"
        f"The FBI arrested a man in Boston on Monday, case {n}. Prosecutors said he passed "
        f"documents to Russia's GRU in 2022. The Kremlin denied any involvement.{extra}\n"
    )


def _zip() -> bytes:
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello")
    return buffer.getvalue()


def _jsonl(*records: object) -> bytes:
    return ("\n".join(json.dumps(r) for r in records) + "\n").encode()


GOOD_RECORD = {"title": "Rec", "text": "The SBU detained a suspect in Kyiv on Tuesday, rec 1."}
FIFTY_MB = (b"The agency said nothing new on Monday. " * 1_350_000)[:50_000_000]
RSS = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
    "<item><title>Good</title><pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate>"
    "<description>The CIA warned of recruitment on LinkedIn on Friday, feed 1.</description>"
    "</item><item><title>Empty</title></item><item><title><![CDATA[broken</item>"
    "</channel></rss>"
)


def ingest_cases() -> list[IngestCase]:
    return [
        IngestCase("empty file", {"empty.txt": b""}, True),
        IngestCase("blank file", {"blank.md": b"  \n\n \t\n"}, True),
        IngestCase("PDF named .txt", {"scan.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"}, True),
        IngestCase("PNG named .html", {"photo.html": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"}, True),
        IngestCase("ZIP named .jsonl", {"bundle.jsonl": _zip()}, True),
        IngestCase("invalid UTF-8 noise", {"noise.txt": bytes(range(128, 256)) * 40}, True),
        IngestCase(
            "cp1252 legacy encoding",
            {
                "legacy.txt": article(
                    901, extra=" \u201cNo comment\u201d, said the caf\u00e9."
                ).encode("cp1252")
            },
            False,
        ),
        IngestCase("50 MB text file", {"huge.txt": FIFTY_MB}, True),
        IngestCase(
            "JSON Lines broken line",
            {"broken.jsonl": _jsonl(GOOD_RECORD)[:-1] + b'\n{"title": "Bad", "text": \n'},
            True,
            good_inside=1,
        ),
        IngestCase(
            "JSON Lines text is a number/list/null",
            {"typed.jsonl": _jsonl(GOOD_RECORD, {"text": 42}, {"text": ["a"]}, {"text": None})},
            True,
            good_inside=1,
        ),
        IngestCase("JSON Lines record is a list", {"list.jsonl": _jsonl([1, 2])}, True),
        IngestCase("malformed JSON document", {"doc.json": b'{"text": "The CIA said'}, True),
        IngestCase(
            "CSV missing text column",
            {"rows.csv": b"title,published\nOnly a title,2023-05-02\n"},
            True,
        ),
        IngestCase(
            "CSV short row + quoted newlines",
            {
                "rows.csv": b'title,text,published\n"Two\nlines","The CIA warned of spies on '
                b'Friday.\nSecond line, csv 1.",2023-05-02\nshort\n'
            },
            True,
            good_inside=1,
        ),
        IngestCase("feed with malformed entries", {"wire.rss": RSS.encode()}, True, good_inside=1),
        IngestCase("file named .rss that is not a feed", {"fake.rss": b"just words here"}, True),
        IngestCase(
            "HTML with no main text",
            {
                "nav.html": b"<html><head><script>alert(1)</script></head><body><nav>Home | About"
                b"</nav></body></html>"
            },
            True,
        ),
        IngestCase(
            "far-past publication date", {"old.txt": article(902, "0001-01-01").encode()}, False
        ),
        IngestCase(
            "far-future publication date", {"new.txt": article(903, "9999-12-31").encode()}, False
        ),
        IngestCase(
            "unparseable publication date", {"odd.txt": article(904, "soonish").encode()}, False
        ),
        IngestCase(
            "German article",
            {
                "de.txt": "Der Bundesnachrichtendienst warnte am Montag vor russischen Agenten, "
                "die über soziale Netzwerke Informanten anwerben wollen. Die Behörde sagte, "
                "dass die Zahl der Fälle in diesem Jahr deutlich gestiegen sei und dass sie "
                "mit den Partnern in Europa zusammenarbeite.".encode()
            },
            True,
        ),
        IngestCase(
            "one-sentence article", {"one.txt": b"The CIA warned of spies on Friday."}, False
        ),
        IngestCase(
            "control, bidi and emoji characters",
            {
                "ctl.txt": article(
                    905,
                    extra=" \x07\x1b[31m\u202eRLO\u202c \U0001f575 \u0645\u0631"
                    "\u062d\u0628\u0627\x7f",
                ).encode()
            },
            False,
        ),
        IngestCase(
            "huge JSON Lines record among good ones",
            {"big.jsonl": _jsonl(GOOD_RECORD, {"text": "word " * 5_000_000})},
            True,
            good_inside=1,
        ),
    ]


EX = "<http://e.org/a> <http://e.org/p>"
MALFORMED_RDF = {
    "turtle syntax error": ("bad.ttl", f'{EX} "ok" .\n<http://e.org/b> <'),
    "TriG bad IRI": ("bad.trig", f"<http://e.org/g> {{\n{EX} <a b> .\n}}"),
    "N-Quads missing dot": ("bad.nq", f'{EX} "x" <http://e.org/g>\n'),
    "JSON-LD truncated": ("bad.jsonld", '{"@id": "http://e.org/a",\n "http://e.org/p": '),
    "JSON-LD wrong @type": (
        "typed.jsonld",
        '[{"@id": "http://e.org/a", "http://e.org/p": [{"@type": 5}]}]',
    ),
    "RDF/XML without namespaces": ("bad.rdf", "<rdf:RDF><rdf:Description/>"),
    "binary named .ttl": ("image.ttl", "\x89PNG\r\n\x1a\n"),
}
