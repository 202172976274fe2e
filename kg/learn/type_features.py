"""Word-class features for the event-type stage: what KIND of words a telling's content holds.

A bag of single words learns little from a thousand examples: "said the hackers were behind
the breach" and "said the spies were responsible for the intrusion" share no content word. The
project's own word classes do generalise: the trigger lexicon tells which PLOVER category an
event word belongs to (breach, intrusion: COERCE), and ``ontologies/told-content.yaml`` names
the classes of words that make a telling an accusation, a verdict or a denial (``culprit_
predicates``: behind, responsible). So each content word also gives the classes it belongs to
(``content_act=COERCE``, ``content_class=culprit_predicates``), and so does the rest of the
sentence (``sentence_act=...``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from kg.learn.features import content_tokens, event_features, trigger_head
from kg.types import Event

TOLD_CONTENT_FILE = "told-content.yaml"
_NEGATIONS = frozenset({"not", "no", "never", "n't", "nothing", "none"})


@dataclass(frozen=True)
class WordClasses:
    acts: Mapping[str, frozenset[str]]  # lemma -> PLOVER categories it triggers
    told: Mapping[str, frozenset[str]]  # lemma -> told-content word lists it is in

    def features(self, doc, event: Event) -> dict[str, float]:
        """The class features of ``event``'s content clauses and of the rest of its sentence."""
        head = trigger_head(doc, event)
        content = content_tokens(head)
        inside = {t.i for t in content}
        features: dict[str, float] = {}
        for token in content:
            self._add(features, "content", token)
        for token in head.sent:
            if token.i not in inside and token.i != head.i:
                self._add(features, "sentence", token)
        return features

    def _add(self, features: dict[str, float], where: str, token) -> None:
        lemma = token.lemma_.lower()
        if where == "content" and lemma in _NEGATIONS:
            features["content_negated"] = 1.0
        for plover in self.acts.get(lemma, ()):
            features[f"{where}_act={plover}"] = 1.0
        for name in self.told.get(lemma, ()):
            features[f"{where}_class={name}"] = 1.0


def word_classes(ontology_dir: Path, plover_of: Mapping[str, str]) -> WordClasses:
    """The classes read from the trigger lexicon and the told-content word lists."""
    from kg.extract.trigger_lexicon import load_lexicon

    lexicon = load_lexicon(ontology_dir, set(plover_of))
    acts: dict[str, set[str]] = {}
    # plain speech verbs are the tellings themselves, not what they tell
    triggers = [(r.type, r.lemmas) for r in lexicon.verbs if not r.statement]
    triggers += [(r.type, r.lemmas) for r in lexicon.nouns if r.type is not None]
    for event_type, lemmas in triggers:
        for lemma in lemmas:
            acts.setdefault(lemma, set()).add(plover_of[event_type])
    told: dict[str, set[str]] = {}
    data = yaml.safe_load((Path(ontology_dir) / TOLD_CONTENT_FILE).read_text(encoding="utf-8"))
    for name, words in sorted(data.items()):
        if isinstance(words, list):
            for word in words:
                if isinstance(word, str):
                    told.setdefault(word.lower(), set()).add(name)
    return WordClasses(
        {k: frozenset(v) for k, v in acts.items()}, {k: frozenset(v) for k, v in told.items()}
    )


def type_features(
    doc, event: Event, entity_types: Mapping[str, str], classes: WordClasses
) -> dict[str, float]:
    """What the event-type model reads: the shared event features plus the word classes."""
    return {**event_features(doc, event, entity_types), **classes.features(doc, event)}
