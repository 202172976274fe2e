"""What the learned stages see of an event: its rule type, its trigger, what a telling says and
who takes part, by entity type."""

import pytest

from kg.extract import Extractor
from kg.learn.features import entity_types_of, event_features
from kg.settings import Settings
from kg.types import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor(Settings(learned_stages=False))


def _features_of(extractor, text: str, lemma: str) -> dict[str, float]:
    article = Article(id="f1", text=text, published="2024-03-14")
    doc, _ = next(extractor.parsed([article]))
    extraction = extractor.from_doc(doc, article)
    types = entity_types_of(extraction.entities)
    for event in extraction.events:
        features = event_features(doc, event, types)
        if f"lemma={lemma}" in features:
            return features
    raise AssertionError(f"no event triggered by {lemma!r}: {extraction.events}")


def test_a_tellings_content_words_are_apart_from_the_rest_of_its_sentence(extractor):
    text = (
        "The Dutch foreign ministry said on Tuesday that the GRU was responsible for the "
        "attempted hack of the chemical weapons watchdog in The Hague."
    )
    features = _features_of(extractor, text, "say")
    assert features["content=responsible"] == 1.0
    assert "sentence=responsible" not in features
    assert any(name.startswith("role:actor=") for name in features)


def test_the_rule_type_and_the_participants_entity_types_are_features(extractor):
    text = "Meta removed 40 accounts on Facebook run from Iran, the company said on Thursday."
    features = _features_of(extractor, text, "remove")
    event_type = next(name for name in features if name.startswith("type="))
    assert f"lemma|type=remove|{event_type[5:]}" in features
    assert features["role:actor=Platform"] == 1.0  # Meta
    assert features["role:target=Country"] == 1.0  # Iran
