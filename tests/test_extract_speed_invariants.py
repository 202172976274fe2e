"""The Doc lookups the extraction steps share for speed find what a walk over the tokens finds."""

from __future__ import annotations

import pytest

spacy = pytest.importorskip("spacy")

from spacy.attrs import LEMMA, LOWER  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

from kg.extract.shapes import string_hashes, tokens_lemmatised, tokens_lowered, tokens_with  # noqa: E402

WORDS = ["The", "agency", "said", "the", "Agency", "had", "said", "nothing", "THE", "end"]
LEMMAS = ["the", "agency", "say", "the", "agency", "have", "say", "nothing", "the", "end"]


@pytest.fixture
def doc() -> Doc:
    return Doc(spacy.blank("en").vocab, words=WORDS, lemmas=LEMMAS)


def test_tokens_lowered_finds_every_case_of_a_word_in_order(doc):
    assert tokens_lowered(doc, ["the"]) == [0, 3, 8]
    assert tokens_lowered(doc, ["agency", "the"]) == [0, 1, 3, 4, 8]


def test_tokens_lowered_finds_nothing_for_absent_words(doc):
    assert tokens_lowered(doc, ["embassy"]) == []
    assert tokens_lowered(doc, []) == []


def test_tokens_lemmatised_reads_lemmas_not_forms(doc):
    assert tokens_lemmatised(doc, ["say"]) == [2, 6]
    assert tokens_lemmatised(doc, ["said"]) == []


def test_a_large_word_set_finds_the_same_tokens_as_a_walk(doc):
    # more words than the Doc has distinct values: the lookup walks the Doc's values instead
    words = ["say", "agency", "nothing", *(f"word{i}" for i in range(50))]
    assert tokens_with(doc, LOWER, string_hashes(words)) == [1, 4, 7]
    assert tokens_with(doc, LEMMA, string_hashes(words)) == [1, 2, 4, 6, 7]


def test_repeated_lookups_of_different_attributes_do_not_mix(doc):
    assert tokens_lowered(doc, ["said"]) == [2, 6]
    assert tokens_lemmatised(doc, ["said"]) == []
    assert tokens_lowered(doc, ["said"]) == [2, 6]
