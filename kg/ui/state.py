"""Long-lived resources of the UI: settings, the read-only store handle, the loaded catalog.

Streamlit reruns the page script on every click, so anything slow is cached here:
``st.cache_resource`` keeps one store handle and one Catalog per store *version*. The version of an
embedded Oxigraph store is a fingerprint of its files, so a `kg ingest` running next to the UI
shows up on the next rerun; remote stores are asked for their triple count every few seconds.
"""

from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import streamlit as st

if TYPE_CHECKING:
    from kg.settings import Settings
    from kg.store import Store
    from kg.ui.data import Catalog, Filters

log = logging.getLogger(__name__)
REMOTE_VERSION_TTL_SECONDS = 10


def settings() -> Settings:
    """Settings from the environment and ./newskg.toml (cheap; read on every run)."""
    from kg.settings import Settings

    return Settings.load()


def store_version(url: str) -> str:
    """A value that changes whenever the store's content may have changed."""
    scheme, _, rest = url.partition(":")
    if scheme == "oxigraph":
        return _directory_fingerprint(Path(rest or "./data/kg"))
    return str(_remote_triple_count(url))


def _directory_fingerprint(path: Path) -> str:
    """Names, sizes and modification times of the store's files: RocksDB rewrites on commit."""
    digest = hashlib.sha1(str(path.resolve()).encode())
    try:
        entries = sorted(path.iterdir())
    except OSError:
        return "missing"
    for entry in entries:
        try:
            info = entry.stat()
        except OSError:  # a file compacted away while we looked
            continue
        digest.update(f"{entry.name}:{info.st_size}:{info.st_mtime_ns};".encode())
    return digest.hexdigest()


@st.cache_data(ttl=REMOTE_VERSION_TTL_SECONDS, show_spinner=False)
def _remote_triple_count(url: str) -> int:
    return store(url, "").triple_count()


@st.cache_resource(max_entries=2, show_spinner=False)
def store(url: str, version: str) -> Store:
    """The store opened read-only; a new handle per version so a read-only snapshot stays fresh."""
    from kg.store import open_store

    log.info("opening store %s (version %s)", url, version[:12])
    return open_store(url, settings(), read_only=True)


def current_store() -> tuple[Store, str]:
    """The store of the current settings and its version."""
    url = settings().store
    version = store_version(url)
    return store(url, version), version


@st.cache_resource(max_entries=2, show_spinner="Loading events from the store…")
def _catalog(url: str, version: str) -> Catalog:
    from kg.ui.load import load_catalog

    return load_catalog(store(url, version))


def catalog() -> Catalog:
    """Every event, participant, entity and source of the store (cached per store version)."""
    url = settings().store
    return _catalog(url, store_version(url))


def chart_spec(filters: Filters, group: str) -> dict:
    """The timeline chart's Vega-Lite spec for these filters (cached per store version).

    Building and validating the Altair chart for 10,000 events is about half of the timeline
    page's server time, and every new session asks for the same default view.
    """
    url = settings().store
    return _chart_spec(url, store_version(url), filters, group)


@st.cache_data(max_entries=16, show_spinner=False)
def _chart_spec(url: str, version: str, filters: Filters, group: str) -> dict:
    from kg.ui.chart import chart_rows, timeline_spec
    from kg.ui.data import filter_events

    events = filter_events(_catalog(url, version), filters)
    return timeline_spec(chart_rows(events, filters.axis, group), group)


def evidence(member_id: str, article_id: str):
    """Sentence and highlight spans of one report (cached per store version)."""
    url = settings().store
    return _evidence(member_id, article_id, url, store_version(url))


@st.cache_resource(max_entries=512, show_spinner=False)
def _evidence(member_id: str, article_id: str, url: str, version: str):
    from kg.ui.load import evidence as read_evidence

    return read_evidence(store(url, version), member_id, article_id)


def refresh() -> None:
    """Forget every cached handle and table (after an ingest from the UI)."""
    store.clear()
    _catalog.clear()
    _chart_spec.clear()
    _evidence.clear()
    _remote_triple_count.clear()
