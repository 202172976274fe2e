"""The spaCy pipeline: model loading, the gazetteer component and its precedence over the model."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from kg.entity_lexicon import load_lexicon
from kg.errors import ConfigError
from kg.nlp import SPANS_KEY, load_nlp, model_version
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings

GAZETTEER = """
    type: Platform
    entities:
      - id: signal
        name: Signal
        aliases: [Signal Messenger]
      - id: linkedin
        name: LinkedIn
      - id: us
        type: Country
        name: United States
        aliases: [U.S., US]
        demonyms: [American]
        capitals: [Washington]
"""


@pytest.fixture(scope="module")
def settings(tmp_path_factory):
    root = tmp_path_factory.mktemp("ontologies")
    (root / "gazetteer").mkdir()
    (root / "gazetteer" / "test.yaml").write_text(textwrap.dedent(GAZETTEER), encoding="utf-8")
    shutil.copy(Path(DEFAULT_ONTOLOGY_DIR) / "entity-patterns.yaml", root)
    return Settings(ontology_dir=root)


@pytest.fixture(scope="module")
def nlp(settings):
    return load_nlp(settings)


def ents(doc):
    return [(e.text, e.label_, e.id_) for e in doc.ents]


def test_missing_model_is_a_config_error_that_says_how_to_install_it():
    with pytest.raises(ConfigError) as caught:
        load_nlp(Settings(spacy_model="xx_no_such_model_sm"))
    message = str(caught.value)
    assert "'xx_no_such_model_sm' is not installed" in message
    assert "pip install xx-no-such-model-sm" in message


def test_pipeline_keeps_the_parser_and_runs_the_gazetteer_after_the_ner(nlp):
    names = nlp.pipe_names
    assert {"tagger", "parser", "ner", "lemmatizer"} <= set(names)
    assert names.index("newskg_gazetteer") == names.index("ner") + 1


def test_model_version_names_model_and_version(nlp):
    assert model_version(nlp) == "en_core_web_sm 3.8.0"


def test_loaded_once_per_process(nlp, settings):
    assert load_nlp(settings) is nlp


def test_gazetteer_name_overrides_the_model_with_type_and_id(nlp):
    doc = nlp("The recruiter contacted her on LinkedIn in March.")
    assert ("LinkedIn", "Platform", "org/linkedin") in ents(doc)


def test_common_word_in_lower_case_is_not_the_platform(nlp):
    doc = nlp("The radio signal was weak, so they switched to Signal Messenger and Signal.")
    found = [(e.text, e.id_) for e in doc.ents if e.id_]
    assert found == [("Signal Messenger", "org/signal"), ("Signal", "org/signal")]


def test_short_all_capital_alias_matches_only_in_capitals(nlp):
    doc = nlp("Let us meet the US delegation.")
    assert [(e.text, e.id_) for e in doc.ents if e.id_] == [("US", "country/us")]


def test_demonyms_and_capitals_are_kept_as_gazetteer_spans_not_entities(nlp):
    doc = nlp("American officials in Washington said nothing.")
    spans = [(s.text, s.label_, s.id_) for s in doc.spans[SPANS_KEY]]
    assert spans == [("American", "demonym", "country/us"), ("Washington", "capital", "country/us")]
    assert not [e for e in doc.ents if e.id_]


def test_lexicon_error_names_the_file(tmp_path):
    (tmp_path / "entity-patterns.yaml").write_text("titles: [", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"entity-patterns\.yaml"):
        load_lexicon(tmp_path)
