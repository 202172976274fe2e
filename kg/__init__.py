"""newskg: turn geopolitical news into a dated event timeline and an RDF knowledge graph.

The public API is small and stable; everything else is an implementation detail:

- ``Settings`` — configuration, passed explicitly;
- ``iter_articles`` / ``IngestOptions`` — read files, feeds and exports into ``Article`` objects;
- ``Extractor`` — spaCy-based extraction of entities, time expressions and events;
- ``extraction_to_graph`` — map an ``Extraction`` to RDF;
- ``open_store`` — the embedded Oxigraph store, memory, or a remote SPARQL endpoint;
- ``ingest`` — the whole job, as ``kg ingest`` runs it.

Attributes are imported lazily so ``import kg`` (and ``kg --help``) stays fast.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "Settings": "kg.settings",
    "iter_articles": "kg.ingest",
    "IngestOptions": "kg.ingest",
    "Extractor": "kg.extract",
    "extraction_to_graph": "kg.rdf",
    "open_store": "kg.store",
    "ingest": "kg.pipeline",
    "Article": "kg.types",
    "Entity": "kg.types",
    "Event": "kg.types",
    "Extraction": "kg.types",
    "KGError": "kg.errors",
}
__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
