"""Entity precision/recall/F1 per type on the hand-made gold sets.

Corpora: /work/shared/seeds (seeds-gold.json), /work/shared/data/geo-dev (gold.json) and
tests/expected/*.json (articles in samples/). A predicted entity matches a gold entity when the
types agree and the predicted name, an alias or a mention text equals the gold name or one of its
aliases (case, whitespace, curly apostrophes and a possessive 's and a leading
article ignored); matching is one-to-one.
Place entities are not scored: the gold lists sub-national places with events, not as entities.

    .venv/bin/python bench/score_entities.py [--errors] [--roles] [--corpus seeds|geo-dev|samples]
    [--shared /work/shared] [--ontology-dir DIR]

``--roles`` also counts the roles of officials and persons that name their body or country
(the gold sets list no roles, so this is a coverage figure, not a precision), and lists those
that name none.

``--ontology-dir`` scores with another gazetteer (a folder with ``gazetteer/*.yaml`` and
``entity-patterns.yaml``), e.g. countries only, to see what the rules do without known names.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

from shared_data import SHARED

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.entity_lexicon import load_lexicon  # noqa: E402
from kg.extract.entities import extract_entities  # noqa: E402
from kg.gazetteer import load_gazetteer  # noqa: E402
from kg.nlp import load_nlp  # noqa: E402
from kg.settings import Settings  # noqa: E402
from kg.types import Article  # noqa: E402

SCORED_TYPES = ("Agency", "Official", "Person", "Platform", "Country", "Organization")
SEED_FILES = {
    "seed-cia": "cia-recruitment-campaign.txt",
    "seed-linkedin": "china-linkedin-recruitment.txt",
}


def norm(text: str) -> str:
    """A surface form compared without case, a possessive ending or a leading article: "the
    Russian embassy in Prague" in the gold names what "Russian embassy in Prague" does."""
    text = " ".join(text.replace("’", "'").split()).lower()
    text = re.sub(r"^(?:the|a|an) ", "", text)
    return re.sub(r"(?:'s|')$", "", text).strip()


def load_corpus(name: str, shared: Path) -> list[tuple[Article, list[dict]]]:
    if name == "seeds":
        gold = json.loads((shared / "seeds" / "seeds-gold.json").read_text())
        return [_text_article(shared / "seeds" / SEED_FILES[r["id"]], r) for r in gold]
    if name == "geo-dev":
        folder = shared / "data" / "geo-dev"
        gold = json.loads((folder / "gold.json").read_text())
        return [_text_article(folder / r["file"], r) for r in gold]
    return _samples()


def _text_article(path: Path, record: dict) -> tuple[Article, list[dict]]:
    article = Article(
        id=record["id"],
        text=path.read_text(encoding="utf-8"),
        published=record["published"],
        path=str(path),
    )
    return article, record["entities"]


def _samples() -> list[tuple[Article, list[dict]]]:
    from dataclasses import replace

    from kg.ingest import IngestOptions, iter_articles

    pairs = []
    for path in sorted((ROOT / "tests" / "expected").glob("*.json")):
        record = json.loads(path.read_text())
        source = ROOT / "samples" / record["file"]
        found = [a for a in iter_articles([source], IngestOptions()) if isinstance(a, Article)]
        wanted = record.get("record")
        match = [a for a in found if wanted is None or a.record == wanted] or found[:1]
        if match:
            pairs.append((replace(match[0], published=record["published"]), record["entities"]))
        else:
            print(f"  (skipped {path.name}: no article read from {source.name})")
    return pairs


def match(predicted, gold: list[dict]) -> tuple[list, list, list]:
    """(true positive pairs, false positive entities, missed gold entries)."""
    gold_left = list(gold)
    pairs, false_pos = [], []
    for entity in predicted:
        forms = {norm(entity.name)} | {norm(a) for a in entity.aliases}
        forms |= {norm(m.text) for m in entity.mentions}
        hit = next(
            (
                g
                for g in gold_left
                if g["type"] == entity.type
                and forms & ({norm(g["name"])} | {norm(a) for a in g["aliases"]})
            ),
            None,
        )
        if hit is None:
            false_pos.append(entity)
        else:
            gold_left.remove(hit)
            pairs.append((entity, hit))
    return pairs, false_pos, gold_left


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(
    name: str, pairs, nlp, gazetteer, lexicon, show_errors: bool, show_roles: bool = False
) -> dict[str, float]:
    counts = {t: Counter() for t in SCORED_TYPES}
    timing = Counter()
    roles: list[tuple[str, str, str, str | None]] = []
    for article, gold in pairs:
        t0 = time.perf_counter()
        doc = nlp(article.text)
        t1 = time.perf_counter()
        found = extract_entities(doc, article, gazetteer, lexicon)
        entities = [e for e in found if e.type != "Place"]
        gold = [g for g in gold if g["type"] in SCORED_TYPES]  # places are not scored either
        timing["nlp"] += t1 - t0
        timing["entities"] += time.perf_counter() - t1
        tp, fp, fn = match(entities, gold)
        roles += [(article.id, e.name, r.title, r.organization) for e in entities for r in e.roles]
        for entity, _ in tp:
            counts[entity.type]["tp"] += 1
        for entity in fp:
            counts.setdefault(entity.type, Counter())["fp"] += 1
        for g in fn:
            counts.setdefault(g["type"], Counter())["fn"] += 1
        if show_errors and (fp or fn):
            print(f"  {article.id}")
            for entity in fp:
                print(f"    FP {entity.type:12} {entity.name!r} {list(entity.aliases)[:4]}")
            for g in fn:
                print(f"    FN {g['type']:12} {g['name']!r} {g['aliases'][:4]}")
    print(f"{name}: {len(pairs)} articles")
    print(f"  {'type':13} {'P':>5} {'R':>5} {'F1':>5}  tp  fp  fn")
    total = Counter()
    for entity_type in SCORED_TYPES:
        c = counts[entity_type]
        total.update(c)
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        print(f"  {entity_type:13} {p:5.2f} {r:5.2f} {f:5.2f} {c['tp']:3} {c['fp']:3} {c['fn']:3}")
    p, r, f = prf(total["tp"], total["fp"], total["fn"])
    print(
        f"  {'micro':13} {p:5.2f} {r:5.2f} {f:5.2f} {total['tp']:3} {total['fp']:3} {total['fn']:3}"
    )
    if show_roles:
        print_roles(roles)
    overhead = timing["entities"] / timing["nlp"] if timing["nlp"] else 0.0
    print(
        f"  time: nlp {timing['nlp']:.2f}s, extract_entities {timing['entities']:.3f}s "
        f"({overhead:.1%} of nlp)"
    )
    return {"micro_f1": f}


def print_roles(roles: list[tuple[str, str, str, str | None]]) -> None:
    with_body = sum(1 for *_, org in roles if org)
    print(f"  roles: {len(roles)}, naming their body or country: {with_body}")
    for article_id, person, title, org in roles:
        if org is None:
            print(f"    no body: {article_id[:30]:30} {person!r} {title!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--roles", action="store_true", help="count roles naming a body")
    parser.add_argument("--corpus", action="append", choices=("seeds", "geo-dev", "samples"))
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--ontology-dir", type=Path, help="ontologies folder to use instead")
    args = parser.parse_args()
    settings = Settings.load(ontology_dir=args.ontology_dir)
    nlp = load_nlp(settings)
    gazetteer = load_gazetteer(settings.ontology_dir, settings.gazetteer_dirs)
    lexicon = load_lexicon(settings.ontology_dir)
    for corpus in args.corpus or ("seeds", "geo-dev", "samples"):
        pairs = load_corpus(corpus, args.shared)
        if pairs:
            score(corpus, pairs, nlp, gazetteer, lexicon, args.errors, args.roles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
