"""The word lists event rules read (charges.yaml, dating.yaml, told-content.yaml,
state-groups.yaml) follow the ``ontology_dir`` setting like the gazetteer and triggers: a user
who copies ontologies/ and edits its charges.yaml changes which acts are read as what someone
is charged with, and a folder without one of the files is a one-line configuration error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract import Extractor
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings
from kg.types import Article

TEXT = "The FBI accused John Smith of spying for Russia on Monday."


def _copy(tmp_path: Path) -> Path:
    root = tmp_path / "ontologies"
    shutil.copytree(DEFAULT_ONTOLOGY_DIR, root)
    return root


@pytest.fixture
def without_accuse(tmp_path) -> Path:
    """A copy of ontologies/ whose charges.yaml no longer counts "accuse" as charging."""
    root = _copy(tmp_path)
    charges = root / "charges.yaml"
    words = charges.read_text(encoding="utf-8")
    line = "charging_verbs: [accuse, charge, indict, convict, suspect]"
    assert line in words
    charges.write_text(words.replace(line, "charging_verbs: [charge, indict, convict, suspect]"))
    return root


def _spies(settings: Settings) -> list[list[str]]:
    """Actors of each espionage event read from TEXT."""
    extraction = Extractor(settings).extract(Article(id="a", text=TEXT, published="2024-05-02"))
    return [
        [p.entity for p in event.participants if p.role == "actor"]
        for event in extraction.events
        if event.type == "Espionage"
    ]


def test_the_charged_act_is_read_with_the_configured_charge_words(without_accuse):
    assert _spies(Settings()) == [["person/john-smith"]]  # the bundled words: accused of spying
    assert ["person/john-smith"] not in _spies(Settings(ontology_dir=without_accuse))


@pytest.mark.parametrize(
    "name", ["charges.yaml", "dating.yaml", "told-content.yaml", "state-groups.yaml"]
)
def test_an_ontology_dir_without_a_word_file_is_a_one_line_error(
    tmp_path, capsys, monkeypatch, name
):
    root = _copy(tmp_path)
    (root / name).unlink()
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(root))
    assert main(["extract", "--published", "2024-05-02", str(article)]) != 0
    err = capsys.readouterr().err
    assert name in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
