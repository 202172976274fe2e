"""The benchmark corpus: real newswire text from TBAQ (TimeBank + AQUAINT, 256 articles),
replicated with distinct ids, URLs and publication dates to any size, written as JSON Lines that
`kg ingest` reads. The texts stay outside the repository: this script reads ../shared/ at run time.

    python bench/corpus.py --articles 5000 --output bench/out/corpus-5000.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date, timedelta
from pathlib import Path

from shared_data import SHARED

TBAQ = SHARED / "data" / "tbaq"
_TAG = re.compile(r"<[^>]+>")
_DCT = re.compile(
    r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"|value="([^"]+)"[^>]*functionInDocument="CREATION_TIME"'
)


def tbaq_articles(root: Path = TBAQ) -> list[dict]:
    """(id, published, text) of every TBAQ article, in a stable order."""
    articles = []
    for path in sorted(root.glob("*/*.tml")):
        raw = path.read_text(encoding="utf-8")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        text = _TAG.sub("", body).strip()
        match = _DCT.search(raw)
        published = (match.group(1) or match.group(2))[:10] if match else "2000-01-01"
        articles.append({"id": path.stem, "published": published, "text": text})
    if not articles:
        raise SystemExit(f"no TBAQ articles (*/*.tml) under {root}: set KG_SHARED")
    return articles


def replicate(articles: list[dict], count: int) -> list[dict]:
    """``count`` articles cycling through the originals, each copy with its own id, URL and date."""
    records = []
    for i in range(count):
        original = articles[i % len(articles)]
        copy = i // len(articles)
        published = date.fromisoformat(original["published"]) + timedelta(days=copy)
        records.append(
            {
                "id": f"{original['id']}-{copy}",
                "title": f"{original['id']} (copy {copy})",
                "published": published.isoformat(),
                "source": "TBAQ benchmark",
                "url": f"https://bench.newskg.example/{original['id']}/{copy}",
                "text": original["text"],
            }
        )
    return records


def write_corpus(count: int, output: Path) -> Path:
    output.parent.mkdir(parents=True, exist_ok=True)
    with output.open("w", encoding="utf-8") as fh:
        for record in replicate(tbaq_articles(), count):
            fh.write(json.dumps(record) + "\n")
    return output


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--output", type=Path, default=None)
    args = parser.parse_args()
    output = args.output or Path(__file__).parent / "out" / f"corpus-{args.articles}.jsonl"
    write_corpus(args.articles, output)
    words = sum(len(json.loads(line)["text"].split()) for line in output.open())
    print(f"{output}: {args.articles} articles, {words} words")


if __name__ == "__main__":
    main()
