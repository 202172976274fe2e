"""Word lists of the ontology folder that event rules read (charges.yaml, dating.yaml,
told-content.yaml, state-groups.yaml): one reader for them all, and the folder they come from.

The rules reading them are reached from deep inside the event stage, through role, modality and
date readers that take no settings. An ``Extractor`` therefore names its settings' ontology
folder on each Doc it parses (``use_ontology_dir``), and each list is read from that folder
(once per file: the readers are cached by path). A Doc parsed elsewhere (a library caller, a
test) reads the bundled folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from kg.errors import ConfigError
from kg.settings import DEFAULT_ONTOLOGY_DIR

T = TypeVar("T")
_DOC_KEY = "kg.ontology_dir"  # Doc.user_data key of the folder an Extractor reads


def use_ontology_dir(doc, folder: Path) -> None:
    """Make the rules read their word lists from ``folder`` (an absolute path) on ``doc``."""
    doc.user_data[_DOC_KEY] = folder


def read_all_word_files(folder: Path) -> None:
    """Read every word list of ``folder`` once, so that a missing or malformed file is a
    ConfigError before the first article rather than in the middle of one."""
    from kg.extract.alleged_acts import CHARGES_FILE, charge_words
    from kg.extract.body_kinds import GROUPS_FILE, state_groups
    from kg.extract.dating_words import DATING_FILE, dating_words
    from kg.extract.told_words import STANCES_FILE, stance_words

    charge_words(folder / CHARGES_FILE)
    state_groups(folder / GROUPS_FILE)
    dating_words(folder / DATING_FILE)
    stance_words(folder / STANCES_FILE)


def words_on(doc, name: str, reader: Callable[[Path], T]) -> T:
    """``reader`` applied to the file ``name`` of the ontology folder named on ``doc`` (else of
    the bundled one), kept on the Doc for the next rule that asks."""
    key = (_DOC_KEY, name)
    words = doc.user_data.get(key)
    if words is None:
        folder = doc.user_data.get(_DOC_KEY, DEFAULT_ONTOLOGY_DIR)
        words = doc.user_data[key] = reader(folder / name)
    return words


def read_word_file(path: Path, what: str, build: Callable[[dict], T]) -> T:
    """``build`` applied to the YAML mapping at ``path``; a one-line ConfigError naming the
    file when it is missing or malformed (a key missing, a list that is no list)."""
    import yaml

    from kg.yamlio import load_yaml

    try:
        return build(load_yaml(path.read_text(encoding="utf-8")))
    except (OSError, KeyError, TypeError, AttributeError, ValueError, yaml.YAMLError) as exc:
        raise ConfigError(
            f"cannot read the {what} {path}: {exc}",
            hint=f"copy {path.name} from the repository's ontologies/ into that folder",
        ) from None


def lower_words(data: dict, key: str) -> frozenset[str]:
    """The words listed under ``key``, lower-case."""
    return frozenset(str(w).lower() for w in data[key])
