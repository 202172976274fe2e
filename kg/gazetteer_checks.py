"""Checks across the entries of a loaded gazetteer (``kg.gazetteer`` checks each entry as it
reads it): every country and post organisation named exists, and no Wikidata QID names two
entries."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kg.errors import ConfigError

if TYPE_CHECKING:
    from kg.gazetteer import GazetteerEntry


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
