"""A plain telling joined to the speaker's verdict is that verdict's words (round 18c); a
joined telling that accuses by what it tells stays its own. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import run


def _types(nlp, resources, text: str) -> list[str]:
    return sorted(e.type for e in run(nlp, resources, text))


def test_a_telling_joined_to_a_condemnation_is_its_words(nlp, resources):
    text = "Anna Berg condemned the ban and said it was unacceptable."
    assert _types(nlp, resources, text) == ["Criticism"]


def test_a_participle_telling_of_a_condemnation_is_its_words(nlp, resources):
    text = "John Smith condemned the ban, telling reporters that it was unacceptable."
    assert "Statement" not in _types(nlp, resources, text)


def test_a_joined_telling_that_attributes_stays_its_own(nlp, resources):
    text = "Anna Berg called the hack outrageous and said Russia was behind it."
    types = _types(nlp, resources, text)
    assert len(types) == 2 and {"Accusation", "Attribution"} & set(types)


def test_another_speakers_telling_is_not_taken_in(nlp, resources):
    text = "Anna Berg condemned the ban, and John Smith said it was unacceptable."
    assert "said" in {e.trigger.text for e in run(nlp, resources, text)}
