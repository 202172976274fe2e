"""The dateline's country that an unnamed state group acts for ("TROMSO — Prosecutors
charged ...") is read from the gazetteer the article's entities were read with, so a user's own
gazetteer entries count there as they do in the entity stage."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.extract import Extractor
from kg.settings import DEFAULT_ONTOLOGY_DIR, Settings
from kg.types import Article

TEXT = (
    "TROMSO — Prosecutors charged John Smith with spying for Russia on Monday. "
    "Norway has expelled 15 Russians since 2022."
)


@pytest.fixture
def tromso_a_capital(tmp_path) -> Path:
    """A copy of ontologies/ whose gazetteer gives Norway a second capital, Tromso."""
    root = tmp_path / "ontologies"
    shutil.copytree(DEFAULT_ONTOLOGY_DIR, root)
    countries = root / "gazetteer" / "countries.yaml"
    words = countries.read_text(encoding="utf-8")
    assert "capitals: [Oslo]" in words
    countries.write_text(words.replace("capitals: [Oslo]", "capitals: [Oslo, Tromso]"))
    return root


def _charge_actors(settings: Settings) -> set[str]:
    extraction = Extractor(settings).extract(Article(id="a", text=TEXT, published="2024-05-10"))
    (charge,) = [e for e in extraction.events if e.type == "Indictment"]
    return {p.entity for p in charge.participants if p.role == "actor"}


def test_the_dateline_state_comes_from_the_configured_gazetteer(tromso_a_capital):
    assert "country/no" not in _charge_actors(Settings())  # bundled: Tromso is no capital
    assert _charge_actors(Settings(ontology_dir=tromso_a_capital)) == {"country/no"}
