"""Ingestion benchmark on real newswire: throughput per format and publication-date inference.

Reads the TimeBank + AQUAINT TimeML files (text and gold document creation time, DCT), writes
each article's body (no metadata) in every format into a temporary folder, reads it back with
kg.ingest and prints articles/s per format and how often the inferred date (dateline or body
text) equals the DCT, differs from it, or stays unknown.

    .venv/bin/python bench/ingest_bench.py [TBAQ_DIR]
"""

from __future__ import annotations

import csv
import datetime as dt
import html
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from shared_data import SHARED

from kg.errors import InputError
from kg.ingest import IngestOptions, iter_articles

DEFAULT_DIR = SHARED / "data" / "tbaq"
GEO_DEV = DEFAULT_DIR.parent / "geo-dev"


def load_tbaq(folder: Path) -> list[tuple[str, str, str]]:
    """(doc id, body text, DCT) for every .tml file."""
    docs = []
    seen: set[str] = set()  # a few documents are in the corpus twice
    for path in sorted(folder.rglob("*.tml")):
        xml = path.read_text(encoding="utf-8")
        dct = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', xml, re.DOTALL)
        body = re.search(r"<TEXT>(.*)</TEXT>", xml, re.DOTALL)
        if dct and body and path.stem not in seen:
            seen.add(path.stem)
            text = html.unescape(re.sub(r"<[^>]+>", "", body[1])).strip()
            docs.append((path.stem, text, dct[1]))
    return docs


def write_formats(docs: list[tuple[str, str, str]], folder: Path) -> dict[str, Path]:
    paths = {fmt: folder / fmt for fmt in ("txt", "html", "jsonl", "csv")}
    for path in paths.values():
        path.mkdir()
    with (
        (paths["jsonl"] / "all.jsonl").open("w") as jsonl,
        (paths["csv"] / "all.csv").open("w", newline="") as handle,
    ):
        table = csv.writer(handle)
        table.writerow(["id", "text"])
        for doc_id, text, _dct in docs:
            (paths["txt"] / f"{doc_id}.txt").write_text(text)
            paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in text.split("\n\n"))
            (paths["html"] / f"{doc_id}.html").write_text(
                f"<html><head><title>{doc_id}</title></head><body><article>{paragraphs}"
                "</article></body></html>"
            )
            jsonl.write(json.dumps({"id": doc_id, "text": text}) + "\n")
            table.writerow([doc_id, text])
    return paths


def main() -> int:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_DIR
    docs = load_tbaq(folder)
    if not docs:
        print(f"no TimeML files under {folder}")
        return 1
    words = sum(len(text.split()) for _, text, _ in docs)
    print(f"{len(docs)} articles, {words} words from {folder}")
    gold = [dct for _, _, dct in docs]
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_formats(docs, Path(tmp))
        for fmt, path in paths.items():
            start = time.perf_counter()
            items = list(iter_articles([path], IngestOptions()))
            seconds = time.perf_counter() - start
            errors = sum(isinstance(item, InputError) for item in items)
            print(
                f"{fmt:6s} {len(items) / seconds:8.1f} articles/s "
                f"{words / seconds:10.0f} words/s  errors {errors}"
            )
            if fmt == "txt":
                report_dates(items, gold)
    report_datelines(docs)
    report_geo_dev(GEO_DEV)
    return 0


def report_datelines(docs: list[tuple[str, str, str]]) -> None:
    """With --published set to the DCT, how often a dateline overrides it and agrees."""
    from kg.ingest import read_text

    outcome: Counter[str] = Counter()
    for _, text, dct in docs:
        article = read_text(text, published=dct)
        if article.published_source == "dateline":
            days = abs((dt.date.fromisoformat(article.published) - dt.date.fromisoformat(dct)).days)
            outcome["dateline = DCT" if days == 0 else f"dateline {days} day(s) off"] += 1
        else:
            outcome[article.published_source] += 1
    print("with --published = DCT:", dict(sorted(outcome.items())))


def report_geo_dev(folder: Path) -> None:
    """Headline-as-title and dates on the geo-dev plain-text articles (metadata kept apart)."""
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        return
    items = list(iter_articles(paths, IngestOptions()))
    articles = [a for a in items if not isinstance(a, InputError)]
    titled = sum(1 for a in articles if a.title and a.title not in a.text)
    sources = Counter(a.published_source for a in articles)
    print(
        f"geo-dev: {len(articles)}/{len(paths)} read, {titled} with a headline title, "
        f"date sources {dict(sources)}"
    )


def report_dates(items: list, gold: list[str]) -> None:
    outcome: Counter[str] = Counter()
    for item, dct in zip(items, gold, strict=True):
        if isinstance(item, InputError) or item.published is None:
            outcome["unknown"] += 1
        else:
            verdict = "right" if item.published == dct else "wrong"
            outcome[f"{item.published_source} {verdict}"] += 1
    print("date inference without metadata (vs gold DCT):")
    for key, count in sorted(outcome.items()):
        print(f"  {key:16s} {count:4d}  {count / len(gold):6.1%}")


if __name__ == "__main__":
    sys.exit(main())
