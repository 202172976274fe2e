"""RDF terms written as N-Triples text: IRIs checked, strings escaped, typed literals in the
canonical form stores give back. Used by ``kg.rdf`` to write an article's triples directly."""

from __future__ import annotations

import re
from typing import Any

from kg.rdfterms import XSD

SLUG_RE = re.compile(r"[^a-z0-9]+")
# Characters an IRI cannot hold between angle brackets (N-Triples IRIREF).
_NOT_IN_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\]')
# N-Triples string escapes: quote, backslash and every control character.
_ESCAPES = {c: f"\\u{c:04X}" for c in range(0x20)} | {
    ord("\\"): "\\\\",
    ord('"'): '\\"',
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
}


class Terms(dict):
    """Vocabulary terms in their N-Triples form, each written once per process."""

    def __missing__(self, term: Any) -> str:
        written = self[term] = iri(str(term))
        return written


T = Terms()


def slug(text: str) -> str:
    return SLUG_RE.sub("-", text.lower()).strip("-") or "none"


def iri(text: str) -> str:
    if _NOT_IN_IRI.search(text):
        raise ValueError(f"cannot write {text!r} as an IRI")
    return f"<{text}>"


def string(text: str) -> str:
    return f'"{text.translate(_ESCAPES)}"'


def typed(text: str, datatype: Any) -> str:
    return f'"{text.translate(_ESCAPES)}"^^{T[datatype]}'


def integer(value: int) -> str:
    return f'"{value}"^^{T[XSD.integer]}'


def boolean(value: bool) -> str:
    return f'"{"true" if value else "false"}"^^{T[XSD.boolean]}'


def decimal(value: float) -> str:
    """Canonical xsd:decimal text with at most 3 decimals (0.82, 1.0): what stores give back."""
    text = f"{value:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text
