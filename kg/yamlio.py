"""Reading the YAML data files of ontologies/ quickly: libyaml's C loader when PyYAML has it
(about ten times faster than the pure-Python one on the gazetteers), the safe loader always."""

from __future__ import annotations

from typing import Any

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> Any:
    """Parse YAML text with the safe loader (no arbitrary objects); raises yaml.YAMLError."""
    return yaml.load(text, Loader=_SAFE_LOADER)
