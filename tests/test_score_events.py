"""Trigger matching of bench/score_events.py: gold triggers are copied from the raw file, the
extractor's offsets are in the text the reader made of it."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))

from score_events import trigger_spans


def test_gold_trigger_with_markdown_emphasis_matches_the_text_read_without_it():
    text = "The minister told The Today Show on Monday that he was furious."
    spans = trigger_spans(text, "told *The* *Today Show* on Monday")
    assert [text[s:e] for s, e in spans] == ["told The Today Show on Monday"]


def test_trigger_still_matches_raw_text_that_keeps_the_asterisks():
    text = "He told *The* *Today Show* on Monday."
    assert [text[s:e] for s, e in trigger_spans(text, "told *The* *Today Show*")] == [
        "told *The* *Today Show*"
    ]


def test_trigger_matches_across_line_breaks_and_either_apostrophe():
    text = "Moscow’s envoy was\nexpelled on Friday."
    assert trigger_spans(text, "Moscow's envoy was expelled") == [(0, 27)]


def test_trigger_absent_from_the_text_matches_nothing():
    assert trigger_spans("Nothing happened.", "expelled") == []
