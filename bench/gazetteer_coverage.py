"""How much of a gold set's entity list the gazetteer knows, with the right type and QID.

For each gold entity (name + aliases) of a gold file in the geo-dev format, looks every surface
up in the gazetteer (possessive 's and a leading "the" stripped, curly apostrophes folded) and
prints, per type: entities covered, covered with the gold type, and Wikidata agreement where both
sides give a QID. Disagreeing QIDs and type mismatches are listed; they are the ones to check.
No NLP runs: this measures the data, not the extractor. Note: the bundled gazetteer was written
knowing geo-dev's entity list, so geo-dev coverage is optimistic for unseen news.

    .venv/bin/python bench/gazetteer_coverage.py [--gold /work/shared/data/geo-dev/gold.json]
    [--missing]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

from shared_data import SHARED

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.gazetteer import Gazetteer, GazetteerEntry, load_gazetteer  # noqa: E402
from kg.settings import Settings  # noqa: E402

DEFAULT_GOLD = SHARED / "data" / "geo-dev" / "gold.json"
SCORED_TYPES = ("Agency", "Country", "Official", "Organization", "Platform")


def variants(surface: str) -> list[str]:
    text = surface.replace("’", "'").strip()
    text = re.sub(r"'s?$", "", text)
    forms = [text, re.sub(r"^the\s+", "", text, flags=re.IGNORECASE)]
    return list(dict.fromkeys(forms))


def resolve(gazetteer: Gazetteer, gold: dict) -> list[GazetteerEntry]:
    found: dict[str, GazetteerEntry] = {}
    for surface in (gold["name"], *gold.get("aliases", [])):
        for form in variants(surface):
            for entry in gazetteer.lookup(form):
                found.setdefault(entry.id, entry)
            country_forms = [
                e for e in gazetteer.by_type("Country") if form in (*e.demonyms, *e.capitals)
            ]
            for entry in country_forms:
                found.setdefault(entry.id, entry)
    return list(found.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--missing", action="store_true", help="list gold entities not covered")
    args = parser.parse_args()
    settings = Settings.load()
    gazetteer = load_gazetteer(settings.ontology_dir, settings.gazetteer_dirs)
    records = json.loads(args.gold.read_text(encoding="utf-8"))
    unique = {(e["type"], e["name"]): e for r in records for e in r["entities"]}
    totals, covered, typed = Counter(), Counter(), Counter()
    qid_same, qid_diff, notes, missing = 0, [], [], []
    for (gold_type, name), gold in sorted(unique.items()):
        if gold_type not in SCORED_TYPES:
            continue
        totals[gold_type] += 1
        hits = resolve(gazetteer, gold)
        if not hits:
            missing.append(f"{gold_type}: {name}")
            continue
        covered[gold_type] += 1
        same_type = [h for h in hits if h.type == gold_type]
        if same_type:
            typed[gold_type] += 1
        else:
            notes.append(f"type: {name} gold {gold_type}, gazetteer {[h.type for h in hits]}")
        for hit in same_type:
            if gold.get("wikidata") and hit.wikidata:
                if gold["wikidata"] == hit.wikidata:
                    qid_same += 1
                else:
                    qid_diff.append(f"{name}: gold {gold['wikidata']}, gazetteer {hit.wikidata}")
    print(f"gold: {args.gold} ({len(unique)} distinct entities)")
    print(f"{'type':<13}{'gold':>6}{'covered':>9}{'right type':>12}")
    for entity_type in SCORED_TYPES:
        print(
            f"{entity_type:<13}{totals[entity_type]:>6}{covered[entity_type]:>9}"
            f"{typed[entity_type]:>12}"
        )
    total = sum(totals.values())
    print(f"{'all':<13}{total:>6}{sum(covered.values()):>9}{sum(typed.values()):>12}")
    print(f"wikidata: {qid_same} agree, {len(qid_diff)} disagree")
    for line in (*qid_diff, *notes):
        print("  " + line)
    if args.missing:
        print("not covered:")
        for line in missing:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
