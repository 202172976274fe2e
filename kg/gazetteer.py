"""Gazetteers: known agencies, officials, platforms, countries and organisations, read from YAML.

Files: ``ontologies/gazetteer/*.yaml`` plus any folder in ``Settings.gazetteer_dirs`` (a user's
entries with the same id replace the bundled ones). Each file is::

    type: Agency            # default entity type of the file's entries (one of ENTITY_TYPES)
    entities:
      - id: cia             # unique within its namespace; [a-z0-9-]+
        name: Central Intelligence Agency
        wikidata: Q37230    # optional, only when sure
        country: us         # optional, id of a Country entry
        aliases: [CIA, U.S. Central Intelligence Agency]
        # Country only:
        demonyms: [American]          # "American officials" -> the state as actor
        capitals: [Washington]        # "Washington said" -> the government (metonym)
        # Official only: posts with terms, so "the CIA director" on a date resolves to a person
        posts:
          - {title: Director, org: cia, start: 2021-03-19, end: 2025-01-20}
        # optional disambiguation for short, ambiguous aliases such as "X":
        case_sensitive: [X]            # these aliases only match with exactly this casing
        context: [Twitter, Musk, post, account]   # ...and only with one of these words nearby

Entity ids are namespaced by kind so a person typed Official in one article and Person in another
keeps one id: ``org/`` (Agency, Organization, Platform), ``person/`` (Official, Person),
``country/`` and ``place/``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.errors import ConfigError
from kg.types import ENTITY_TYPES

NAMESPACE_OF_TYPE = {
    "Agency": "org",
    "Organization": "org",
    "Platform": "org",
    "Official": "person",
    "Person": "person",
    "Country": "country",
    "Place": "place",
}
_ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def entity_id(entity_type: str, local: str) -> str:
    return f"{NAMESPACE_OF_TYPE[entity_type]}/{local}"


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "x"


@dataclass(frozen=True, slots=True)
class Post:
    title: str
    org: str | None  # full entity id of the body
    start: str | None
    end: str | None

    def held_on(self, day: str) -> bool:
        """True if the post was held on ISO date ``day`` (unknown bounds count as open)."""
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    id: str  # full entity id, e.g. "org/cia"
    name: str
    type: str
    wikidata: str | None = None
    country: str | None = None  # full entity id of the country
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capitals: tuple[str, ...] = ()
    posts: tuple[Post, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    source_file: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form that names the entry itself (not demonyms or capitals)."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, GazetteerEntry]
    _by_alias: dict[str, tuple[str, ...]] = field(repr=False, default_factory=dict)

    def get(self, entry_id: str) -> GazetteerEntry | None:
        return self.entries.get(entry_id)

    def lookup(self, surface: str) -> tuple[GazetteerEntry, ...]:
        """Entries named by ``surface`` (case-insensitive, whitespace-normalised)."""
        return tuple(self.entries[i] for i in self._by_alias.get(normalise(surface), ()))

    def by_type(self, entity_type: str) -> Iterable[GazetteerEntry]:
        return (e for e in self.entries.values() if e.type == entity_type)

    def officials_holding(self, title: str, org_id: str | None, day: str) -> list[GazetteerEntry]:
        """Officials whose post matches ``title`` (case-insensitive) at ``org_id`` on ``day``."""
        wanted = normalise(title)
        return [
            e
            for e in self.entries.values()
            for p in e.posts
            if normalise(p.title) == wanted
            and (org_id is None or p.org == org_id)
            and p.held_on(day)
        ]


def normalise(surface: str) -> str:
    return " ".join(surface.replace("’", "'").split()).lower()


def load_gazetteer(ontology_dir: Path, extra_dirs: Iterable[Path] = ()) -> Gazetteer:
    """Read and validate every gazetteer file. Raises ConfigError naming the file and entry."""
    return _load_cached(Path(ontology_dir) / "gazetteer", tuple(Path(p) for p in extra_dirs))


@lru_cache(maxsize=4)
def _load_cached(base: Path, extra: tuple[Path, ...]) -> Gazetteer:
    entries: dict[str, GazetteerEntry] = {}
    for folder_index, folder in enumerate((base, *extra)):
        if not folder.is_dir():
            raise ConfigError(f"gazetteer folder {folder} not found")
        seen_here: set[str] = set()
        for path in sorted(folder.glob("*.yaml")):
            for entry in _read_file(path):
                if entry.id in seen_here:
                    raise ConfigError(f"{path}: duplicate gazetteer id {entry.id!r}")
                seen_here.add(entry.id)
                if folder_index == 0 and entry.id in entries:
                    raise ConfigError(f"{path}: duplicate gazetteer id {entry.id!r}")
                entries[entry.id] = entry  # user folders override bundled entries
    _check_references(entries)
    by_alias: dict[str, list[str]] = {}
    for entry in entries.values():
        for surface in entry.names:
            ids = by_alias.setdefault(normalise(surface), [])
            if entry.id not in ids:
                ids.append(entry.id)
    return Gazetteer(entries, {k: tuple(v) for k, v in by_alias.items()})


def _read_file(path: Path) -> list[GazetteerEntry]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read gazetteer: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise ConfigError(f"{path}: expected a mapping with an 'entities' list")
    default_type = data.get("type")
    return [_entry(path, i, raw, default_type) for i, raw in enumerate(data["entities"])]


def _entry(path: Path, index: int, raw: object, default_type: object) -> GazetteerEntry:
    where = f"{path} entry {index}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping")
    entity_type = raw.get("type", default_type)
    if entity_type not in ENTITY_TYPES:
        raise ConfigError(f"{where}: type {entity_type!r} is not one of {', '.join(ENTITY_TYPES)}")
    local, name = str(raw.get("id", "")), raw.get("name")
    if not _ID_RE.match(local) or not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: needs an id ([a-z0-9-]+) and a name")
    qid = raw.get("wikidata")
    if qid is not None and not _QID_RE.match(str(qid)):
        raise ConfigError(f"{where} ({local}): wikidata {qid!r} is not a QID like Q37230")
    country = raw.get("country")
    return GazetteerEntry(
        id=entity_id(entity_type, local),
        name=name.strip(),
        type=entity_type,
        wikidata=str(qid) if qid else None,
        country=entity_id("Country", str(country)) if country else None,
        aliases=_strings(where, raw, "aliases"),
        demonyms=_strings(where, raw, "demonyms"),
        capitals=_strings(where, raw, "capitals"),
        posts=tuple(_post(where, p) for p in raw.get("posts") or ()),
        case_sensitive=_strings(where, raw, "case_sensitive"),
        context=_strings(where, raw, "context"),
        source_file=path.name,
    )


def _strings(where: str, raw: dict, key: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _post(where: str, raw: object) -> Post:
    if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
        raise ConfigError(f"{where}: each post needs a title")
    bounds = []
    for key in ("start", "end"):
        value = raw.get(key)
        if value is not None and not _DATE_RE.match(str(value)):
            raise ConfigError(f"{where}: post {key} {value!r} is not YYYY[-MM[-DD]]")
        bounds.append(str(value) if value is not None else None)
    org = raw.get("org")
    return Post(raw["title"], entity_id("Agency", str(org)) if org else None, *bounds)


def _check_references(entries: dict[str, GazetteerEntry]) -> None:
    for entry in entries.values():
        if entry.country and entry.country not in entries:
            raise ConfigError(
                f"{entry.source_file}: {entry.id} names unknown country {entry.country}"
            )
        for post in entry.posts:
            if post.org and post.org not in entries:
                raise ConfigError(
                    f"{entry.source_file}: {entry.id} post at unknown body {post.org}"
                )
