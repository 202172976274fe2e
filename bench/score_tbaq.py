"""Score kg.extract.timexes.tag_timexes on TimeBank + AQUAINT (TempEval-3 TBAQ-cleaned).

Usage: .venv/bin/python bench/score_tbaq.py [--data DIR] [--corpus TimeBank|AQUAINT] [--errors N]

For each .tml file: the plain TEXT (tags removed) is tagged with the document creation time
(DCT) and compared with the gold TIMEX3 annotations of the TEXT (the DCT timex itself lives in the
header and is not scored). Prints, per corpus and overall: strict extent P/R/F1 (same offsets),
relaxed extent P/R/F1 (overlap, one-to-one), value P/R/F1 (relaxed match with identical value),
type accuracy over relaxed matches, and throughput in words per CPU second.

The value figure is the one issue 3's target is judged on. A second line, "value,
notation-blind", also counts a value that differs from the gold only in how TIMEX3 writes the same
period (the gold writes a year as 1989, 1989-XX or 1989-XX-XX, a decade as 198 or 198X, a
century as 19 or 19XX, a week as W8 or W08, an hour as T17 or T17:00), so that the errors left
can be read apart from the notation differences.
"""

from __future__ import annotations

import argparse
import html
import random
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from shared_data import SHARED

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.extract.timexes import tag_timexes

DEFAULT_DATA = SHARED / "data" / "tbaq"
_TAG = re.compile(r"<(/?)([A-Za-z0-9]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class Counts:
    gold: int = 0
    predicted: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    same_notation: int = 0
    type: int = 0
    words: int = 0
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    def add(self, other: Counts) -> None:
        for name in ("gold", "predicted", "strict", "relaxed", "value", "same_notation"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.type += other.type
        self.words += other.words
        self.seconds += other.seconds
        self.errors += other.errors


def parse_tml(path: Path) -> tuple[str, str, list[Gold]]:
    """(plain text of TEXT, DCT value, gold timexes with offsets into that text)."""
    raw = path.read_text(encoding="utf-8")
    dct = re.search(r"<DCT>\s*<TIMEX3[^>]*value=\"([^\"]+)\"", raw)
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.DOTALL)
    if not dct or not body:
        raise ValueError(f"{path}: no DCT or TEXT")
    pieces: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[Gold] = []
    position = 0
    source = body.group(1)
    for m in _TAG.finditer(source):
        chunk = html.unescape(source[position : m.start()])
        pieces.append(chunk)
        length += len(chunk)
        position = m.end()
        closing, name = m.group(1) == "/", m.group(2)
        if name != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            start, attrs = open_timex.pop()
            text = "".join(pieces)[start:length]
            gold.append(Gold(start, length, text, attrs.get("type", ""), attrs.get("value", "")))
    pieces.append(html.unescape(source[position:]))
    return "".join(pieces), dct.group(1)[:10], sorted(gold, key=lambda g: g.start)


def score_document(path: Path) -> Counts:
    text, dct, gold = parse_tml(path)
    started = time.process_time()  # CPU time: fair on a shared machine
    predicted = tag_timexes(text, dct)
    counts = Counts(seconds=time.process_time() - started, words=len(text.split()))
    counts.gold, counts.predicted = len(gold), len(predicted)
    counts.strict = len({(g.start, g.end) for g in gold} & {(p.start, p.end) for p in predicted})
    used: set[int] = set()
    for g in gold:
        match = next(
            (
                i
                for i, p in enumerate(predicted)
                if i not in used and p.start < g.end and g.start < p.end
            ),
            None,
        )
        if match is None:
            counts.errors.append(f"MISS {path.stem} dct={dct} {g.text!r} {g.type} {g.value}")
            continue
        used.add(match)
        p = predicted[match]
        counts.relaxed += 1
        counts.type += p.type == g.type
        counts.value += p.value == g.value
        counts.same_notation += same_notation(p.value) == same_notation(g.value)
        if p.value != g.value:
            counts.errors.append(
                f"VALUE {path.stem} dct={dct} {g.text!r} {g.type} {g.value} | got {p.text!r} "
                f"{p.type} {p.value} | ...{_context(text, g.start, g.end)}..."
            )
    for i, p in enumerate(predicted):
        if i not in used:
            counts.errors.append(
                f"EXTRA {path.stem} dct={dct} {p.text!r} {p.type} {p.value} "
                f"| ...{_context(text, p.start, p.end)}..."
            )
    return counts


_NOTATION = (
    (re.compile(r"-W(\d)$|-W(\d)-"), lambda m: f"-W0{m[1] or m[2]}" + ("-" if m[2] else "")),
    (re.compile(r"^(\d{4})(?:-XX)+$"), lambda m: m[1]),
    (re.compile(r"^(\d{3})X$|^(\d{2})XX$"), lambda m: m[1] or m[2]),
    (re.compile(r"T(\d\d)$"), lambda m: f"T{m[1]}:00"),
)


def same_notation(value: str) -> str:
    """``value`` in one notation of the several TIMEX3 allows for the same period."""
    for pattern, written in _NOTATION:
        value = pattern.sub(written, value)
    return value


def _context(text: str, start: int, end: int) -> str:
    return re.sub(r"\s+", " ", text[max(0, start - 60) : end + 40])


def _prf(correct: int, predicted: int, gold: int) -> str:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}"


def report(name: str, c: Counts) -> None:
    print(f"{name}: {c.gold} gold, {c.predicted} predicted timexes, {c.words} words")
    print(f"  strict extent   {_prf(c.strict, c.predicted, c.gold)}")
    print(f"  relaxed extent  {_prf(c.relaxed, c.predicted, c.gold)}")
    print(f"  value           {_prf(c.value, c.predicted, c.gold)}")
    print(f"  value, notation-blind {_prf(c.same_notation, c.predicted, c.gold)} (not the target)")
    type_accuracy = c.type / c.relaxed if c.relaxed else 0.0
    print(f"  type accuracy   {type_accuracy:.3f} (over relaxed matches)")
    speed = c.words / c.seconds if c.seconds else 0.0
    print(f"  speed           {speed:,.0f} words per CPU second ({c.seconds:.2f} s tagging)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TBAQ-cleaned folder")
    parser.add_argument("--corpus", choices=("TimeBank", "AQUAINT"), help="score one corpus")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors")
    parser.add_argument("--kind", choices=("MISS", "VALUE", "EXTRA"), help="only these errors")
    args = parser.parse_args(argv)
    corpora = [args.corpus] if args.corpus else ["TimeBank", "AQUAINT"]
    total = Counts()
    tag_timexes("warm-up on Friday", "2024-10-03")  # builds the patterns once, outside timing
    for corpus in corpora:
        counts = Counts()
        for path in sorted((args.data / corpus).glob("*.tml")):
            counts.add(score_document(path))
        report(corpus, counts)
        total.add(counts)
    if len(corpora) > 1:
        report("overall", total)
    errors = [e for e in total.errors if not args.kind or e.startswith(args.kind)]
    for line in random.Random(0).sample(errors, min(args.errors, len(errors))):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
