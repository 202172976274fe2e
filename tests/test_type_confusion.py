"""bench/type_confusion.py: a found event whose PLOVER type differs from the gold's is listed
with both types, and an event of the gold's type is not, so a typing round starts from the
largest confusion."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from type_confusion import confusions

from kg.extract import Extractor
from kg.settings import Settings
from kg.types import Article

TEXT = "The FBI arrested Ivan Petrov in Boston on Monday. Moscow expelled two British diplomats."


def _gold(trigger: str, plover: str, actors: list[str], targets: list[str]) -> dict:
    return {
        "trigger": trigger,
        "type": plover,
        "actors": actors,
        "targets": targets,
        "platforms": [],
        "summary": trigger,
    }


@pytest.fixture(scope="module")
def extraction():
    return Extractor(Settings()).extract(Article(id="t", text=TEXT, published="2024-05-21"))


def test_only_the_event_typed_otherwise_is_listed(extraction):
    record = {
        "id": "t",
        "entities": [
            {"name": "Federal Bureau of Investigation", "aliases": ["FBI"]},
            {"name": "Ivan Petrov", "aliases": []},
            {"name": "Russia", "aliases": ["Moscow"]},
        ],
        "events": [
            _gold(
                "arrested Ivan Petrov",
                "COERCE",
                ["Federal Bureau of Investigation"],
                ["Ivan Petrov"],
            ),
            # the expulsion told as if the gold had typed it a statement
            _gold("expelled two British diplomats", "STATEMENT", ["Russia"], []),
        ],
    }
    found = confusions(record, extraction)
    assert [pair for pair, _ in found] == [("STATEMENT", "None", "SANCTION", "Expulsion")]
    assert "'expelled two British diplomats'" in found[0][1]
