"""Extraction: one article in, its entities, time expressions and dated events out.

``Extractor`` loads the spaCy pipeline, gazetteer, event taxonomy and trigger lexicon once, then
parses articles in batches with a single ``nlp.pipe`` pass (one parse per article; every stage
reads the same ``Doc``)::

    extractor = Extractor(settings)
    for extraction in extractor.extract_many(articles):
        ...

An article without a publication date has nothing to resolve "Wednesday" or "last year" against:
its relative expressions keep their words but get no date (value ``XXXX...``, event date None)
and the extraction carries a warning saying so.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from kg.types import Article, Extraction, Timex

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from kg.settings import Settings

log = logging.getLogger(__name__)

# Two reference dates far apart in year, month and weekday: an expression whose value does not
# depend on the reference date ("3 March 2021") resolves the same against both.
_PROBE_DATES = ("2001-06-15", "2013-02-26")
NO_DATE_WARNING = (
    "article has no publication date: relative time expressions (e.g. 'Wednesday', 'last year') "
    "are left unresolved; give one with --published YYYY-MM-DD"
)


class Extractor:
    """Composes nlp -> entities -> timexes -> events; loads its resources once."""

    def __init__(self, settings: Settings) -> None:
        from kg.entity_lexicon import load_lexicon as load_entity_lexicon
        from kg.extract.reference import called_by
        from kg.extract.trigger_lexicon import load_lexicon
        from kg.extract.word_files import read_all_word_files
        from kg.gazetteer import load_gazetteer
        from kg.nlp import load_nlp, model_version
        from kg.taxonomy import event_types

        self.settings = settings
        self.nlp = load_nlp(settings)
        self.model = model_version(self.nlp)
        self.gazetteer = load_gazetteer(settings.ontology_dir, settings.gazetteer_dirs)
        self.called = called_by(self.gazetteer)
        self.entity_lexicon = load_entity_lexicon(settings.ontology_dir)
        self.taxonomy = event_types(settings.ontology_dir)
        self.lexicon = load_lexicon(settings.ontology_dir, set(self.taxonomy))
        self.ontology_dir = Path(settings.ontology_dir).resolve()
        read_all_word_files(self.ontology_dir)  # a missing or bad file fails here, once
        self.time_lexicon = time_lexicon_path(settings)

    def extract(self, article: Article) -> Extraction:
        return next(self.extract_many([article], batch_size=1))

    def extract_many(
        self, articles: Iterable[Article], batch_size: int = 8
    ) -> Iterator[Extraction]:
        """Extractions in input order; texts are parsed lazily, ``batch_size`` at a time.

        A text longer than ``CHUNK_CHARS`` is parsed in pieces cut at paragraph (else sentence,
        else word) boundaries and joined back into one Doc with the article's exact text, so a
        20,000-sentence article needs neither spaCy's 1M-character limit raised nor gigabytes of
        parser memory.
        """
        pieces = ((chunk, (article, last)) for article in articles
                  for chunk, last in _chunks(article.text))  # fmt: skip
        parsed: list[Doc] = []
        for doc, (article, last) in self.nlp.pipe(pieces, as_tuples=True, batch_size=batch_size):
            parsed.append(doc)
            if last:
                whole = parsed[0] if len(parsed) == 1 else _joined(parsed)
                parsed = []
                yield self._from_doc(whole, article)

    def _from_doc(self, doc, article: Article) -> Extraction:
        from kg.extract.entities import extract_entities
        from kg.extract.events import extract_events
        from kg.extract.word_files import use_ontology_dir

        use_ontology_dir(doc, self.ontology_dir)
        entities = extract_entities(doc, article, self.gazetteer, self.entity_lexicon)
        timexes, warnings = _timexes(article, self.time_lexicon)
        events = extract_events(
            doc,
            article,
            entities,
            timexes,
            self.lexicon,
            self.taxonomy,
            self.called,
            self.gazetteer,
        )
        return Extraction(
            article=article,
            entities=entities,
            events=events,
            timexes=tuple(timexes),
            model=self.model,
            warnings=warnings,
        )


def _joined(pieces: list[Doc]) -> Doc:
    """One Doc of the pieces of an article. Their user_data holds notes on each piece (lines
    marked, the piece's text), not the whole's, and spaCy warns about every key it cannot
    merge; ``exclude`` is in spaCy 3's ``from_docs`` though missing from its type stub."""
    from spacy.tokens import Doc

    return Doc.from_docs(  # type: ignore[call-arg]
        pieces, ensure_whitespace=False, exclude=["user_data"]
    )


CHUNK_CHARS = 100_000
_BREAKS = ("\n\n", "\n", ". ", " ")


def _chunks(text: str) -> Iterator[tuple[str, bool]]:
    """Consecutive pieces of ``text`` (joined, they are ``text``), each flagged if last."""
    start = 0
    while len(text) - start > CHUNK_CHARS:
        window = text[start : start + CHUNK_CHARS]
        cut = next((window.rfind(b) + len(b) for b in _BREAKS if window.rfind(b) > 0), len(window))
        yield text[start : start + cut], False
        start += cut
    yield text[start:], True


def time_lexicon_path(settings: Settings) -> Path:
    """The settings' time word lists (ontologies/time.yaml unless ontology_dir moves it), read
    and checked now so that a broken file stops the run before any article is read."""
    from kg.extract.timepatterns import LEXICON_FILE, load_lexicon

    path = Path(settings.ontology_dir).resolve() / LEXICON_FILE
    load_lexicon(path)
    return path


def _timexes(
    article: Article, lexicon_path: Path | None = None
) -> tuple[list[Timex], tuple[str, ...]]:
    from kg.extract.timepatterns import LEXICON_PATH
    from kg.extract.timexes import tag_timexes

    path = lexicon_path or LEXICON_PATH
    if article.published:
        return tag_timexes(article.text, article.published, path), ()
    first, second = (tag_timexes(article.text, day, path) for day in _PROBE_DATES)
    stable = {(t.start, t.end, t.value) for t in second}
    return [t if (t.start, t.end, t.value) in stable else _unresolved(t) for t in first], (
        NO_DATE_WARNING,
    )


def _unresolved(timex: Timex) -> Timex:
    """A relative expression with no reference date: keep its words, drop the guessed date."""
    if timex.type not in ("DATE", "TIME"):
        return timex
    return replace(timex, value="XXXX", precision=None, earliest=None, latest=None)


__all__ = ["NO_DATE_WARNING", "Extractor"]
