"""State bodies named by their kind: the words of ontologies/state-groups.yaml and the latest
body of a kind the article named before a noun.

"Police charged", "agents searched" (``group_nouns``: kg/extract/unnamed_bodies.py) and "the
regulator said", "the court ruled" (``kind_nouns``, read by kg/extract/reference.py) name a body
the story named before by what it is: the latest Agency whose name holds one of the kind's
words ("Italian Data Protection Authority" for "the regulator").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract.word_files import lower_words, read_word_file, words_on
from kg.settings import DEFAULT_ONTOLOGY_DIR

if TYPE_CHECKING:
    from kg.extract.reference import EntityIndex, Hit

GROUPS_FILE = "state-groups.yaml"
GROUPS_PATH = DEFAULT_ONTOLOGY_DIR / GROUPS_FILE


@dataclass(frozen=True)
class StateGroups:
    """The words of ontologies/state-groups.yaml, lower-case."""

    body_words: dict[str, tuple[str, ...]]  # "police" -> words a police body's name holds
    habit_adverbs: frozenset[str]
    singular_nouns: frozenset[str]  # "the police", "the government": the body in the singular
    kind_words: dict[str, tuple[str, ...]]  # "regulator" -> words a regulator's name holds
    government_nouns: frozenset[str]  # "government": in the plural, several states
    foreign_modifiers: frozenset[str]  # "foreign police": not the story's state
    document_nouns: frozenset[str]  # "the affidavit said she ...": a paper, never "she"
    force_nouns: frozenset[str]  # "a U.S. fighter jet", "Russian troops": the state's forces
    platform_kinds: frozenset[str]  # "the service": a platform too, when one is named nearer
    belongings: frozenset[str]  # "home", "phone": what a person's measure may befall


@lru_cache(maxsize=4)
def state_groups(path: Path = GROUPS_PATH) -> StateGroups:
    """The group nouns read from ``path``; a ConfigError if the file is missing or bad."""
    return read_word_file(path, "state group nouns", _groups)


def _groups(data: dict) -> StateGroups:
    return StateGroups(
        body_words=_word_lists(data["group_nouns"]),
        habit_adverbs=lower_words(data, "habit_adverbs"),
        singular_nouns=lower_words(data, "singular_nouns"),
        kind_words=_word_lists(data["kind_nouns"]),
        government_nouns=lower_words(data, "government_nouns"),
        foreign_modifiers=lower_words(data, "foreign_modifiers"),
        document_nouns=lower_words(data, "document_nouns"),
        force_nouns=lower_words(data, "force_nouns"),
        platform_kinds=lower_words(data, "platform_kinds"),
        belongings=lower_words(data, "belongings"),
    )


def _word_lists(nouns: dict) -> dict[str, tuple[str, ...]]:
    return {
        str(n).lower(): tuple(str(w).lower() for w in words or ()) for n, words in nouns.items()
    }


def state_groups_of(doc) -> StateGroups:
    """The group nouns of the ontology folder named on ``doc``."""
    return words_on(doc, GROUPS_FILE, state_groups)


def body_named_before(
    noun, body_words: tuple[str, ...], state: Hit | None, index: EntityIndex
) -> Hit | None:
    """The latest Agency named before ``noun`` whose name holds one of ``body_words`` (and
    that serves ``state``, when one is named on the noun)."""
    for j in range(noun.i - 1, -1, -1):
        hit = index.at(noun.doc[j])
        if hit is None or hit.entity.type != "Agency":
            continue
        if state is not None and hit.entity.country != state.entity.id:
            continue
        name = hit.entity.name.lower()
        if any(word in name for word in body_words):
            return hit
    return None


def described_body(tok, index: EntityIndex) -> list[Hit]:
    """ "the regulator said", "the court ruled": a singular noun of ``kind_nouns`` after "the"
    that the entity stage left unlinked is the latest Agency of that kind named before."""
    groups = state_groups_of(tok.doc)
    words = groups.kind_words.get(tok.lemma_.lower())
    if not words or tok.tag_ != "NN" or index.at(tok) is not None:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return []
    body = body_named_before(tok, words, None, index)
    if body is None:
        return []
    if tok.lemma_.lower() in groups.platform_kinds and _platform_between(body, tok, index):
        return []  # "the BND ... Twitter went dark ... the service said": Twitter's service
    return [body]


def _platform_between(body: Hit, tok, index: EntityIndex) -> bool:
    """A platform is named after ``body`` and before ``tok``."""
    return any(
        hit.entity.type == "Platform" and hit.mention.start > body.mention.start
        for hit in index.in_range(0, tok.i)
    )
