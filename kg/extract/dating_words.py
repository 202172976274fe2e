"""The words of ontologies/dating.yaml, read once: verbs of publishing, whose participle dates
what a piece or report tells ("in an opinion piece published on Monday")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ConfigError
from kg.settings import DEFAULT_ONTOLOGY_DIR

DATING_WORDS_PATH = DEFAULT_ONTOLOGY_DIR / "dating.yaml"


@dataclass(frozen=True)
class DatingWords:
    """Lower-case lemmas."""

    publishing_verbs: frozenset[str]


@lru_cache(maxsize=4)
def dating_words(path: Path = DATING_WORDS_PATH) -> DatingWords:
    """The words read from ``path``; a ConfigError if the file is missing or malformed."""
    import yaml

    from kg.yamlio import load_yaml

    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
        return DatingWords(frozenset(str(w).lower() for w in data["publishing_verbs"]))
    except (OSError, KeyError, TypeError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"cannot read the dating words {path}: {exc}",
            hint="restore ontologies/dating.yaml from the repository",
        ) from None
