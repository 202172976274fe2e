"""Checks of gazetteer entries: each entry as ``kg.gazetteer`` reads it (its guards, and fields
only some types may have), then across the loaded entries (every country and post organisation
named exists, and no Wikidata QID names two entries)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import ConfigError

if TYPE_CHECKING:
    from kg.gazetteer import GazetteerEntry

_CONTEXT_SCOPES = ("sentence", "article", "before")


def check_entry(where: str, entry: GazetteerEntry) -> None:
    """Rejects an entry whose guards or type-bound fields are inconsistent (``where`` names
    the file and entry in the error)."""
    _check_guards(where, entry)
    _check_kind_fields(where, entry)


def check_references(entries: dict[str, GazetteerEntry]) -> None:
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


def check_unique_qids(entries: dict[str, GazetteerEntry]) -> None:
    owner: dict[str, GazetteerEntry] = {}
    for entry in entries.values():
        if not entry.wikidata:
            continue
        other = owner.setdefault(entry.wikidata, entry)
        if other is not entry:
            raise ConfigError(
                f"{entry.source_file}: {entry.id} has wikidata {entry.wikidata}, already used by "
                f"{other.id} in {other.source_file}"
            )


def _check_kind_fields(where: str, entry: GazetteerEntry) -> None:
    if (entry.demonyms or entry.capitals) and entry.type != "Country":
        raise ConfigError(f"{where}: only a Country has demonyms or capitals")
    if entry.posts and entry.type not in ("Official", "Person"):
        raise ConfigError(f"{where}: only an Official or Person holds posts")


def _check_guards(where: str, entry: GazetteerEntry) -> None:
    surfaces = {*entry.names, *entry.demonyms, *entry.capitals}
    stray = [s for s in entry.case_sensitive if s not in surfaces]
    if stray:
        raise ConfigError(f"{where}: case_sensitive lists {stray} which the entry does not name")
    if entry.context and not entry.case_sensitive:
        raise ConfigError(f"{where}: context only guards case_sensitive surfaces; list them too")
    if entry.context_scope not in _CONTEXT_SCOPES:
        raise ConfigError(f"{where}: context_scope must be one of {', '.join(_CONTEXT_SCOPES)}")
    if entry.context_scope == "article" and not (entry.context or entry.country):
        raise ConfigError(f"{where}: context_scope article needs context words or a country")
    if entry.context_scope == "before" and not (entry.context and entry.case_sensitive):
        raise ConfigError(f"{where}: context_scope before needs context words and case_sensitive")
    if entry.context_scope == "article" and not entry.case_sensitive:
        raise ConfigError(f"{where}: context_scope only guards case_sensitive surfaces; list them")
