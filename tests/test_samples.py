"""The bundled samples and their hand-written expected outputs stay consistent with each other."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.types import ENTITY_TYPES

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
EXPECTED = sorted((Path(__file__).resolve().parent / "expected").glob("*.json"))
PLOVER = {
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
    "STATEMENT",
}  # fmt: skip


def _flat(text: str) -> str:
    return " ".join(text.replace("’", "'").split()).lower()


def test_samples_cover_required_formats() -> None:
    suffixes = {p.suffix for p in SAMPLES.iterdir() if p.is_file()}
    assert {".txt", ".md", ".html", ".xml", ".jsonl", ".csv"} <= suffixes


def test_samples_hold_only_articles_and_enough_of_them() -> None:
    # `kg ingest samples/` must read every file there as articles (12+ of them).
    files = [p for p in SAMPLES.rglob("*") if p.is_file()]
    assert all(p.suffix in {".txt", ".md", ".html", ".xml", ".jsonl", ".csv"} for p in files)
    assert len(files) >= 9


def test_at_least_four_expected_outputs() -> None:
    assert len(EXPECTED) >= 4


@pytest.mark.parametrize("path", EXPECTED, ids=lambda p: p.stem)
def test_expected_output_matches_its_article(path: Path) -> None:
    record = json.loads(path.read_text(encoding="utf-8"))
    source = _flat((SAMPLES / record["file"]).read_text(encoding="utf-8"))
    names = {e["name"] for e in record["entities"]}
    for entity in record["entities"]:
        assert entity["type"] in ENTITY_TYPES
        for alias in entity["aliases"]:
            assert _flat(alias) in source, f"alias {alias!r} not in {record['file']}"
    for event in record["events"]:
        assert event["type"] in PLOVER
        assert _flat(event["trigger"]) in source, f"trigger {event['trigger']!r} not in text"
        if event["date_text"]:
            assert _flat(event["date_text"]) in source
        for key in ("actors", "targets", "platforms"):
            assert set(event[key]) <= names, f"{key} of {event['summary']!r} not entities"
