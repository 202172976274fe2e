"""The words of ontologies/dating.yaml, read once: verbs of publishing, whose participle dates
what a piece or report tells ("in an opinion piece published on Monday"), and verbs of
answering, whose "by" gerund took place when the act answered did ("expelled X in February,
and Russia responded by expelling Y"); and verbs of telling, whose dated use in the lede dates
the same speaker's further tellings ("the AIVD said on Thursday")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.extract.word_files import lower_words, read_word_file, words_on
from kg.settings import DEFAULT_ONTOLOGY_DIR

DATING_FILE = "dating.yaml"
DATING_WORDS_PATH = DEFAULT_ONTOLOGY_DIR / DATING_FILE


@dataclass(frozen=True)
class DatingWords:
    """Lower-case lemmas."""

    publishing_verbs: frozenset[str]
    response_verbs: frozenset[str]
    telling_verbs: frozenset[str]


@lru_cache(maxsize=4)
def dating_words(path: Path = DATING_WORDS_PATH) -> DatingWords:
    """The words read from ``path``; a ConfigError if the file is missing or malformed."""
    return read_word_file(
        path,
        "dating words",
        lambda data: DatingWords(
            lower_words(data, "publishing_verbs"),
            lower_words(data, "response_verbs"),
            lower_words(data, "telling_verbs"),
        ),
    )


def dating_words_of(doc) -> DatingWords:
    """The dating words of the ontology folder named on ``doc``."""
    return words_on(doc, DATING_FILE, dating_words)
