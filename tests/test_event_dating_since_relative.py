"""A relative clause saying since when someone has been what they are ("X, who has led the
agency since 2019, ...") names when that began; it never dates another act of the sentence
through the nearest-free-expression fallback. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.settings import Settings
from kg.types import Article


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(Settings())


def _dates(extractor: Extractor, text: str) -> dict[str, str | None]:
    extraction = extractor.extract(Article(id="a", text=text, published="2024-05-10"))
    return {e.trigger.text: e.date.value for e in extraction.events}


def test_since_in_a_relative_clause_does_not_date_the_main_act(extractor):
    text = "Russia, which has ruled Crimea since 2014, expelled two German diplomats."
    assert _dates(extractor, text)["expelled"] is None


def test_the_main_acts_own_time_still_dates_it(extractor):
    text = "Russia, which has ruled Crimea since 2014, expelled two German diplomats on Monday."
    assert _dates(extractor, text)["expelled"] == "2024-05-06"


def test_since_on_the_act_itself_still_dates_it(extractor):
    text = "Russia has blocked LinkedIn since 2016, the regulator said."
    assert _dates(extractor, text)["blocked"] == "2016"
