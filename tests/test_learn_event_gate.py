"""The learned event gate: it keeps clear news events, drops a clear non-event the rules propose,
and its shipped model file loads, fails clearly when damaged, and retrains to the same bytes."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.learn import draft_event_gate as event_gate
from kg.settings import Settings
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "ontologies" / "models"


@pytest.fixture(scope="module")
def rules_only():
    return Extractor(Settings(learned_stages=False))


@pytest.fixture(scope="module")
def gate():
    return event_gate.load(MODEL_DIR)


def _proposed_and_gated(rules_only, gate, text: str):
    """The events the rules propose on ``text`` and those the gate keeps of them."""
    article = Article(id="gate-test", text=text, published="2025-02-11")
    doc, _ = next(rules_only.parsed([article]))
    extraction = rules_only.from_doc(doc, article)
    return extraction.events, gate(doc, extraction.events, extraction.entities)


def _triggers(events) -> set[str]:
    return {event.trigger.text.lower() for event in events}


def test_an_arrest_by_named_police_is_kept(rules_only, gate):
    text = (
        "Lithuanian police arrested two men in Vilnius on Monday on suspicion of spying for "
        "Belarus, prosecutors said.\n\nThe men were detained after a months-long investigation."
    )
    proposed, kept = _proposed_and_gated(rules_only, gate, text)
    assert "arrested" in _triggers(proposed)
    assert "arrested" in _triggers(kept)


def test_a_ban_of_a_named_platform_by_a_named_state_is_kept(rules_only, gate):
    text = "Nepal banned TikTok on Monday, saying the video app disrupted social harmony."
    proposed, kept = _proposed_and_gated(rules_only, gate, text)
    assert "banned" in _triggers(proposed)
    assert "banned" in _triggers(kept)


def test_other_outlets_coverage_of_the_story_is_dropped(rules_only, gate):
    text = (
        "Nepal banned TikTok on Monday, saying the video app disrupted social harmony.\n\n"
        'The Himalayan Times reports that the decision was "long expected" among officials, '
        "and the Kathmandu Post reports the same."
    )
    proposed, kept = _proposed_and_gated(rules_only, gate, text)
    assert "reports" in _triggers(proposed)  # the rules propose each outlet's report as an act
    assert "reports" not in _triggers(kept)
    assert "banned" in _triggers(kept)


def test_kept_events_keep_their_order_and_content(rules_only, gate):
    text = (
        "Lithuanian police arrested two men in Vilnius on Monday on suspicion of spying for "
        "Belarus, prosecutors said. Nepal banned TikTok on Monday."
    )
    proposed, kept = _proposed_and_gated(rules_only, gate, text)
    assert [e for e in proposed if e in kept] == list(kept)


def test_the_shipped_model_holds_its_threshold_and_cross_validation_figures(gate):
    assert 0.5 <= gate.threshold <= 1.0
    cv = gate.model.meta["cv"]
    assert cv["none"]["found"] >= cv[str(gate.threshold)]["found"]


def test_a_damaged_model_file_names_itself_in_the_error(tmp_path):
    (tmp_path / event_gate.MODEL_FILE).write_text('{"labels": ["keep", "drop"], "bias": [', "utf-8")
    with pytest.raises(ValueError, match=r"event-gate\.json"):
        event_gate.load(tmp_path)


def test_a_model_without_a_threshold_is_refused(tmp_path):
    data = json.loads((MODEL_DIR / event_gate.MODEL_FILE).read_text("utf-8"))
    del data["meta"]["threshold"]
    (tmp_path / event_gate.MODEL_FILE).write_text(json.dumps(data), "utf-8")
    with pytest.raises(ValueError, match="threshold"):
        event_gate.load(tmp_path)


@pytest.mark.slow
def test_retraining_reproduces_the_shipped_model_byte_for_byte(tmp_path):
    path = MODEL_DIR / event_gate.MODEL_FILE
    shipped = path.read_bytes()
    try:
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "train_event_gate.py")], check=True, cwd=ROOT
        )
        assert path.read_bytes() == shipped
    finally:
        path.write_bytes(shipped)
