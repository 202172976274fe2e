"""Deterministic article ids: the same article gets the same id on every run and machine."""

from __future__ import annotations

import hashlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": "80", "https": "443"}


def normalise_url(url: str) -> str:
    """Lower-case scheme and host, drop the fragment, default port and ``utm_*`` parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port is not None and str(parts.port) != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_")
    ]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def _digest(kind: str, value: str) -> str:
    return "a" + hashlib.sha256(f"{kind}:{value}".encode()).hexdigest()[:15]


def article_id(url: str | None, text: str) -> str:
    """``a`` + 15 hex chars of SHA-256 of the normalised URL, else of the whitespace-normalised
    text, so the same article read from two formats without a URL gets the same id."""
    if url and url.strip():
        return _digest("url", normalise_url(url))
    return _digest("text", " ".join(text.split()))


def record_article_id(raw_id: str) -> str:
    """The article id for a record that carries its own ``id`` field (and no URL): a hash of
    that id, so an edited record replaces its earlier version instead of adding a copy."""
    return _digest("id", raw_id.strip())
