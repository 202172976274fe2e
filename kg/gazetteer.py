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
        # Official only: posts with terms, so "the CIA director" on a date resolves to a person.
        # ``org`` is a local id of an org/ entry, or a full id: heads of state and government
        # hold their post at the Country (``org: country/us``). Dates are YYYY[-MM[-DD]]; a
        # partial date covers its whole month or year; a missing bound is open.
        posts:
          - {title: Director, org: cia, start: 2021-03-19, end: 2025-01-20}
        # optional disambiguation for short, ambiguous aliases such as "X" ("guarded" aliases):
        case_sensitive: [X]            # these surfaces only match with exactly this casing
        context: [Twitter, Musk, post, account]   # ...and only with one of these words (single
                                                  # tokens) in the same sentence; applies to
                                                  # guarded surfaces only
        nouns: [group, hackers]       # "the group" may refer back to it (a name without such a
                                      # word: MuddyWater); name words count already

A file may also give ``titles:``, a mapping from a post title to its synonyms in news text
(``Director: [chief, head, director general]``), so ``officials_holding("chief", ...)`` finds the
Director; a synonym may stand for one title only.

Unknown keys, demonyms or capitals outside a Country, posts outside an Official or Person, a
start after its end, a guarded surface that the entry does not have, ``context``
without ``case_sensitive``, a country that is not a Country entry and a Wikidata QID used by two
entries are all rejected with a ConfigError naming the file.

Entity ids are namespaced by kind so a person typed Official in one article and Person in another
keeps one id: ``org/`` (Agency, Organization, Platform), ``person/`` (Official, Person),
``country/`` and ``place/``.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from kg.errors import ConfigError
from kg.gazetteer_checks import check_entry, check_references, check_unique_qids
from kg.types import ENTITY_TYPES
from kg.yamlio import load_yaml

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
_ENTRY_KEYS = frozenset(
    {"id", "name", "type", "wikidata", "country", "aliases", "demonyms", "capitals", "posts"}
    | {"case_sensitive", "context", "context_scope", "nouns"}
)
_POST_KEYS = frozenset({"title", "org", "start", "end"})


def entity_id(entity_type: str, local: str) -> str:
    return f"{NAMESPACE_OF_TYPE[entity_type]}/{local}"


# Latin letters that Unicode does not decompose into a base letter and an accent.
_UNDECOMPOSED = str.maketrans(
    {"ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"} | dict(zip("łøđðəıħ", "loddeih", strict=True))
)


def slugify(name: str) -> str:
    """ASCII slug of a name: "Edvardas Šileris" -> "edvardas-sileris". Accents are dropped;
    a letter of another script becomes its code point, so two such names keep two slugs."""
    folded = unicodedata.normalize("NFKD", name.lower().translate(_UNDECOMPOSED))
    ascii_ = "".join(
        c if c.isascii() else f"-u{ord(c):x}-" for c in folded if not unicodedata.combining(c)
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_).strip("-")
    return slug or "x"


@dataclass(frozen=True, slots=True)
class Post:
    title: str
    org: str | None  # full entity id of the body
    start: str | None
    end: str | None

    def held_on(self, day: str) -> bool:
        """True if the post was held on ISO date ``day`` (unknown bounds count as open).

        A partial bound covers its whole period: ``end: 2018`` includes 2018-12-31.
        """
        after_start = self.start is None or day[: len(self.start)] >= self.start
        before_end = self.end is None or day[: len(self.end)] <= self.end
        return after_start and before_end


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
    # where a guarded surface looks for its context: its sentence, or the whole article (where
    # naming the entry's country counts too: "Congress" in a story with no U.S. is not the U.S.
    # Congress, though its own sentence seldom says "U.S."), or right before it ("the military
    # intelligence service Must": a context word ends the words before, a comma between)
    context_scope: str = "sentence"
    # common nouns a later "the <noun>" may stand for ("the group" for MuddyWater), besides the
    # words of its names ("the agency" for the Central Intelligence Agency)
    nouns: tuple[str, ...] = ()
    source_file: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        """Every surface form that names the entry itself (not demonyms or capitals)."""
        return (self.name, *self.aliases)

    @property
    def called(self) -> frozenset[str]:
        """Words a later "the <noun>" may call the entry by (lower case): the words of its
        names ("agency" for the Central Intelligence Agency) and its listed ``nouns``."""
        words = {w.lower() for name in self.names for w in re.findall(r"[A-Za-z]+", name)}
        return frozenset(words) | frozenset(self.nouns)

    def is_guarded(self, surface: str) -> bool:
        """True if ``surface`` is an ambiguous form of this entry: it must match with exactly the
        listed casing and, when ``context`` is set, only near one of the context words."""
        return " ".join(surface.split()) in self.case_sensitive


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, GazetteerEntry]
    _by_alias: dict[str, tuple[str, ...]] = field(repr=False, default_factory=dict)
    # guarded (case-sensitive) surfaces, keyed by their exact whitespace-normalised form
    _by_exact: dict[str, tuple[str, ...]] = field(repr=False, default_factory=dict)
    # post title synonyms ("chief", "head" -> "director"), normalised
    _titles: dict[str, str] = field(repr=False, default_factory=dict)

    def get(self, entry_id: str) -> GazetteerEntry | None:
        return self.entries.get(entry_id)

    def lookup(self, surface: str) -> tuple[GazetteerEntry, ...]:
        """Entries named by ``surface`` (case-insensitive, whitespace-normalised; guarded
        surfaces such as "X" only in their listed casing). Context words are not checked here."""
        exact = self._by_exact.get(" ".join(surface.replace("’", "'").split()), ())
        ids = dict.fromkeys((*self._by_alias.get(normalise(surface), ()), *exact))
        return tuple(self.entries[i] for i in ids)

    def by_type(self, entity_type: str) -> Iterable[GazetteerEntry]:
        return (e for e in self.entries.values() if e.type == entity_type)

    def country_of_place(self, place: str) -> GazetteerEntry | None:
        """The country whose capital or name is ``place``, in the gazetteer's spelling."""
        return next((e for e in self.by_type("Country") if place in (*e.capitals, *e.names)), None)

    def canonical_title(self, title: str) -> str:
        """The normalised post title that ``title`` stands for ("MI6 chief" asks for "director")."""
        key = normalise(title)
        return self._titles.get(key, key)

    def officials_holding(self, title: str, org_id: str | None, day: str) -> list[GazetteerEntry]:
        """Officials whose post matches ``title`` at ``org_id`` on ``day``; titles compare
        case-insensitively and through the synonyms of the files' ``titles`` mappings."""
        wanted = self.canonical_title(title)
        return [
            e
            for e in self.entries.values()
            for p in e.posts
            if self.canonical_title(p.title) == wanted
            and (org_id is None or p.org == org_id)
            and p.held_on(day)
        ]

    def officials_of_country(
        self, title: str, country_id: str, day: str, abroad: frozenset[str] = frozenset()
    ) -> list[GazetteerEntry]:
        """Officials whose post matches ``title`` on ``day`` at the country itself ("the German
        chancellor") or at one of its bodies at home ("Britain's foreign secretary"), not at a
        body whose name has a word of ``abroad`` (an embassy: which one is not said)."""
        wanted = self.canonical_title(title)
        found: dict[str, GazetteerEntry] = {}
        for entry in self.entries.values():
            for post in entry.posts:
                body = self.entries.get(post.org) if post.org else None
                at_home = post.org == country_id or (
                    body is not None
                    and body.country == country_id
                    and not abroad & {w.lower() for w in body.name.split()}
                )
                if at_home and self.canonical_title(post.title) == wanted and post.held_on(day):
                    found[entry.id] = entry
        return list(found.values())


def normalise(surface: str) -> str:
    return " ".join(surface.replace("’", "'").split()).lower()


def load_gazetteer(ontology_dir: Path, extra_dirs: Iterable[Path] = ()) -> Gazetteer:
    """Read and validate every gazetteer file. Raises ConfigError naming the file and entry."""
    return _load_cached(Path(ontology_dir) / "gazetteer", tuple(Path(p) for p in extra_dirs))


@lru_cache(maxsize=4)
def _load_cached(base: Path, extra: tuple[Path, ...]) -> Gazetteer:
    entries: dict[str, GazetteerEntry] = {}
    titles: dict[str, str] = {}
    for folder_index, folder in enumerate((base, *extra)):
        if not folder.is_dir():
            raise ConfigError(f"gazetteer folder {folder} not found")
        seen_here: set[str] = set()
        for path in sorted(folder.glob("*.yaml")):
            file_entries, file_titles = _read_file(path)
            _merge_titles(path, titles, file_titles)
            for entry in file_entries:
                if entry.id in seen_here:
                    raise ConfigError(f"{path}: duplicate gazetteer id {entry.id!r}")
                seen_here.add(entry.id)
                if folder_index == 0 and entry.id in entries:
                    raise ConfigError(f"{path}: duplicate gazetteer id {entry.id!r}")
                entries[entry.id] = entry  # user folders override bundled entries
    check_references(entries)
    check_unique_qids(entries)
    by_alias: dict[str, list[str]] = {}
    by_exact: dict[str, list[str]] = {}
    for entry in entries.values():
        for surface in entry.names:
            if entry.is_guarded(surface):
                key, index = " ".join(surface.replace("’", "'").split()), by_exact
            else:
                key, index = normalise(surface), by_alias
            ids = index.setdefault(key, [])
            if entry.id not in ids:
                ids.append(entry.id)
    return Gazetteer(
        entries,
        {k: tuple(v) for k, v in by_alias.items()},
        {k: tuple(v) for k, v in by_exact.items()},
        titles,
    )


def _read_file(path: Path) -> tuple[list[GazetteerEntry], dict[str, str]]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}: cannot read gazetteer: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise ConfigError(f"{path}: expected a mapping with an 'entities' list")
    unknown = sorted(set(map(str, data)) - {"type", "entities", "titles"})
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key(s) {', '.join(unknown)}")
    default_type = data.get("type")
    entries = [_entry(path, i, raw, default_type) for i, raw in enumerate(data["entities"])]
    return entries, _read_titles(path, data.get("titles") or {})


def _read_titles(path: Path, raw: object) -> dict[str, str]:
    """``titles: {Director: [chief, head]}`` -> {"chief": "director", "head": "director"}."""
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: titles must map a post title to a list of synonyms")
    synonyms: dict[str, str] = {}
    for title, words in raw.items():
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise ConfigError(f"{path}: titles: {title!r} needs a list of non-empty synonyms")
        for word in words:
            _merge_titles(path, synonyms, {normalise(word): normalise(str(title))})
    return synonyms


def _merge_titles(path: Path, titles: dict[str, str], new: dict[str, str]) -> None:
    for word, title in new.items():
        if titles.setdefault(word, title) != title:
            raise ConfigError(
                f"{path}: title synonym {word!r} stands for both {titles[word]!r} and {title!r}"
            )


def _entry(path: Path, index: int, raw: object, default_type: object) -> GazetteerEntry:
    where = f"{path} entry {index}"
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: expected a mapping")
    unknown = sorted(set(map(str, raw)) - _ENTRY_KEYS)
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(unknown)}; known: {_known()}")
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
    entry = GazetteerEntry(
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
        context_scope=str(raw.get("context_scope", "sentence")),
        nouns=tuple(n.lower() for n in _strings(where, raw, "nouns")),
        source_file=path.name,
    )
    check_entry(f"{where} ({local})", entry)
    return entry


def _known() -> str:
    return ", ".join(sorted(_ENTRY_KEYS))


def _strings(where: str, raw: dict, key: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: {key} must be a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _post(where: str, raw: object) -> Post:
    if not isinstance(raw, dict) or not isinstance(raw.get("title"), str):
        raise ConfigError(f"{where}: each post needs a title")
    unknown = sorted(set(map(str, raw)) - _POST_KEYS)
    if unknown:
        raise ConfigError(f"{where}: post has unknown key(s) {', '.join(unknown)}")
    bounds = []
    for key in ("start", "end"):
        value = raw.get(key)
        if value is not None and not _DATE_RE.match(str(value)):
            raise ConfigError(f"{where}: post {key} {value!r} is not YYYY[-MM[-DD]]")
        bounds.append(str(value) if value is not None else None)
    start, end = bounds
    if start and end and start[: len(end)] > end[: len(start)]:
        raise ConfigError(f"{where}: post {raw['title']!r} starts {start} after it ends {end}")
    return Post(raw["title"], _post_org(where, raw.get("org")), start, end)


def _post_org(where: str, org: object) -> str | None:
    """A local id means an org/ entry; a full id (``country/us``) is taken as it is."""
    if not org:
        return None
    text = str(org)
    if "/" not in text:
        return entity_id("Agency", text)
    namespace, _, local = text.partition("/")
    if namespace not in set(NAMESPACE_OF_TYPE.values()) or not _ID_RE.match(local):
        raise ConfigError(f"{where}: post org {text!r} is neither a local id nor org/.. country/..")
    return text
