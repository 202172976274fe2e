"""Offline language identification: py3langid on the start of the text plus a cheap check of
English function words, which rescues short or name-heavy English texts that langid mislabels."""

from __future__ import annotations

import re

from kg.errors import UnsupportedLanguageError

_SAMPLE_CHARS = 2000
_SHORT_WORDS = 20
# Share of words that must be English function words for a text to pass as English. Running
# English prose has 30-50 %; German or French prose has almost none of these.
_STOPWORD_SHARE = 0.15
# The most frequent English function words that are not also common words in the other
# languages of Western news (no "a", "in", "an", "die", "on"...).
_ENGLISH_STOPWORDS = frozenset(
    (
        "the",
        "of",
        "and",
        "to",
        "is",
        "was",
        "for",
        "that",
        "with",
        "as",
        "by",
        "at",
        "from",
        "it",
        "its",
        "this",
        "be",
        "are",
        "were",
        "has",
        "have",
        "had",
        "been",
        "not",
        "but",
        "or",
        "which",
        "who",
        "their",
        "they",
        "he",
        "she",
        "his",
        "her",
        "will",
        "would",
        "said",
        "says",
        "after",
        "about",
        "into",
        "than",
        "more",
        "also",
        "over",
        "new",
        "we",
        "our",
        "you",
        "there",
        "when",
        "what",
        "can",
        "could",
        "should",
    )
)
_WORD = re.compile(r"[^\W\d_]+")


def english_share(text: str) -> float:
    words = [w.lower() for w in _WORD.findall(text[:_SAMPLE_CHARS])]
    if not words:
        return 0.0
    return sum(1 for w in words if w in _ENGLISH_STOPWORDS) / len(words)


def _mostly_latin(words: list[str]) -> bool:
    letters = "".join(words)
    return sum(ch.isascii() for ch in letters) >= 0.8 * len(letters) if letters else True


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language."""
    sample = text[:_SAMPLE_CHARS]
    share = english_share(sample)
    if share >= _STOPWORD_SHARE:
        return "en"
    words = _WORD.findall(sample)
    if len(words) < _SHORT_WORDS and _mostly_latin(words):
        # Too short for langid ("Kremlin denies report" comes out German): assume English.
        return "en"
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)


def check_language(
    text: str, accepted: tuple[str, ...], *, path: str | None, record: str | None
) -> str:
    """The language of ``text`` if accepted, else UnsupportedLanguageError."""
    language = detect_language(text)
    if language not in accepted:
        raise UnsupportedLanguageError(
            f"language {language!r} not supported yet (only {', '.join(accepted)}); skipped",
            path=path,
            record=record,
        )
    return language
