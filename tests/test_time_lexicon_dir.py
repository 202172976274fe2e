"""The time word lists follow the ``ontology_dir`` setting, like the gazetteer and triggers do:
a user who copies ontologies/ and edits its time.yaml gets their words in `kg timex` and in
`kg extract`, and a folder without a time.yaml is a one-line configuration error."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg.cli import main
from kg.extract import Extractor
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings
from kg.types import Article

TEXT = "Protesters gathered in the capital on Founders Day, the ministry said."
DCT = "2023-10-03"


@pytest.fixture
def own_ontologies(tmp_path) -> Path:
    """A copy of ontologies/ whose time.yaml knows one more fixed-date holiday."""
    root = tmp_path / "ontologies"
    shutil.copytree(DEFAULT_ONTOLOGY_DIR, root)
    time_yaml = root / "time.yaml"
    words = time_yaml.read_text(encoding="utf-8")
    assert "\nholidays:\n" in words
    time_yaml.write_text(
        words.replace("\nholidays:\n", "\nholidays:\n  founders day: [9, 12]\n"), encoding="utf-8"
    )
    return root


def _timex_rows(capsys, path: Path) -> list[dict]:
    assert main(["timex", "--dct", DCT, str(path)]) == 0
    return json.loads(capsys.readouterr().out)


def test_kg_timex_reads_the_time_words_of_the_configured_ontology_dir(
    tmp_path, capsys, monkeypatch, own_ontologies
):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert _timex_rows(capsys, article) == []  # the bundled words know no "Founders Day"
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(own_ontologies))
    rows = _timex_rows(capsys, article)
    assert [(r["text"], r["value"]) for r in rows] == [("Founders Day", "2023-09-12")]


def test_extraction_dates_with_the_configured_time_words(own_ontologies):
    article = Article(id="a", text=TEXT, published=DCT)
    own = Extractor(Settings(ontology_dir=own_ontologies)).extract(article)
    assert [(t.text, t.value) for t in own.timexes] == [("Founders Day", "2023-09-12")]


def test_an_ontology_dir_without_time_words_is_a_one_line_error(
    tmp_path, capsys, monkeypatch, own_ontologies
):
    (own_ontologies / "time.yaml").unlink()
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("KG_ONTOLOGY_DIR", str(own_ontologies))
    assert main(["timex", "--dct", DCT, str(article)]) != 0
    err = capsys.readouterr().err
    assert "time.yaml" in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
