"""bench/why_missed.py: a missed gold event is put at the step of the event stage where its
trigger was lost, so a round of rules can start from the largest cause."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from why_missed import lost_at, traced_event_stage

from kg.extract import Extractor
from kg.settings import Settings
from kg.types import Article

TEXT = (
    "The FBI arrested Ivan Petrov in Boston on Monday. "
    "Petrov zorbled the stolen files before his arrest. "
    "Somebody was arrested later."
)


@pytest.fixture(scope="module")
def traced():
    with traced_event_stage() as trace:
        extraction = Extractor(Settings()).extract(
            Article(id="t", text=TEXT, published="2024-05-21")
        )
        return extraction, trace


def _lost(traced, trigger: str):
    extraction, trace = traced
    return lost_at(extraction.article.text, {"trigger": trigger}, extraction.events, trace)


def test_a_found_event_is_not_reported_lost(traced):
    assert _lost(traced, "arrested Ivan Petrov") is None


def test_a_word_no_trigger_matches_is_a_lexicon_miss(traced):
    cause, lemmas, types = _lost(traced, "zorbled the stolen files")
    assert (cause, lemmas, types) == ("no lexicon match", [], [])


def test_a_matched_trigger_without_participants_is_rejected_at_drafting(traced):
    cause, lemmas, _ = _lost(traced, "Somebody was arrested")
    assert cause == "rejected at drafting" and lemmas == ["arrest"]


def test_the_stage_is_restored_after_tracing():
    import kg.extract.events as stage

    before = stage._draft
    with traced_event_stage():
        assert stage._draft is not before
    assert stage._draft is before
