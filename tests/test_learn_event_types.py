"""The learned event-type stage: the shipped model loads, keeps its types inside our taxonomy,
leaves plain statements and clear acts alone, does not undo a telling the rules typed by what
it tells, and is exactly what retraining on the samples gives."""

import json
import sys
from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.learn import type_stage
from kg.settings import Settings
from kg.taxonomy import event_types
from kg.types import Article

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "ontologies" / "models"


@pytest.fixture(scope="module")
def extractor():
    return Extractor(Settings(learned_stages=False))


@pytest.fixture(scope="module")
def stage():
    return type_stage.load(MODELS)


def _events(extractor, text: str):
    article = Article(id="t1", text=text, published="2024-03-14")
    doc, _ = next(extractor.parsed([article]))
    extraction = extractor.from_doc(doc, article)
    return doc, extraction


def _staged(extractor, stage, text: str, trigger: str):
    doc, extraction = _events(extractor, text)
    events = stage(doc, extraction.events, extraction.entities)
    return next(e for e in events if e.trigger.text == trigger)


def test_every_type_the_model_can_give_is_ours_and_in_the_predicted_category(stage):
    plover_of = {name: t.plover for name, t in event_types(ROOT / "ontologies").items()}
    choice = stage.choice
    for key, name in choice.by_rule_type.items():
        assert plover_of[name] == key.split("|")[1], key
    for plover, name in choice.by_plover.items():
        assert plover_of[name] == plover
    assert set(stage.model.labels) <= set(plover_of.values())
    assert 0.5 <= choice.threshold < 1.0


def test_a_plain_statement_and_a_clear_arrest_are_left_alone(extractor, stage):
    said = _staged(
        extractor,
        stage,
        "Norwegian Prime Minister Jonas Gahr Store said on Tuesday that his government would "
        "present its budget in October.",
        "said",
    )
    assert (said.type, said.plover) == ("Statement", "STATEMENT")
    arrested = _staged(
        extractor,
        stage,
        "Polish police arrested a Belarusian man on Friday on suspicion of spying for Minsk.",
        "arrested",
    )
    assert (arrested.type, arrested.plover) == ("Arrest", "COERCE")


@pytest.mark.parametrize(
    ("text", "trigger", "plover"),
    [
        (
            "Canadian Defence Minister Bill Blair said on Monday that Chinese state hackers were "
            "behind the intrusion into the parliament's email system.",
            "said",
            "ACCUSE",
        ),
        (
            "Canadian Defence Minister Bill Blair said on Monday that Beijing would face "
            "consequences if the intrusions into the parliament's email system continued.",
            "said",
            "THREATEN",
        ),
        (
            "A spokeswoman for the Russian embassy said on Friday that the espionage "
            "allegations were groundless and politically motivated.",
            "said",
            "REJECT",
        ),
    ],
)
def test_clear_tellings_keep_the_category_they_tell(extractor, stage, text, trigger, plover):
    assert _staged(extractor, stage, text, trigger).plover == plover


def test_a_damaged_model_file_gives_a_clear_error(tmp_path):
    (tmp_path / type_stage.MODEL_FILE).write_text('{"labels": ["ACCUSE"', encoding="utf-8")
    with pytest.raises(ValueError, match=r"event-types\.json"):
        type_stage.load(tmp_path)


def test_a_model_without_its_type_choice_is_refused(tmp_path):
    data = json.loads((MODELS / type_stage.MODEL_FILE).read_text(encoding="utf-8"))
    del data["meta"]["type_choice"]
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / type_stage.MODEL_FILE).write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="type_choice"):
        type_stage.load(tmp_path / "models")


@pytest.mark.slow
def test_retraining_on_the_samples_reproduces_the_shipped_model(tmp_path):
    sys.path.insert(0, str(ROOT / "bench"))
    import train_event_types

    out = tmp_path / type_stage.MODEL_FILE
    assert train_event_types.main(["--out", str(out)]) == 0
    assert out.read_bytes() == (MODELS / type_stage.MODEL_FILE).read_bytes()
