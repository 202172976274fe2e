"""What flows from the extraction workers to the single writer of ``kg.pipeline``: each article's
named graph already written as N-Triples (``Mapped``), with a tally of its extraction for the
run's report, or a ``Failure`` naming the input that could not be ingested."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.types import Extraction

if TYPE_CHECKING:
    from kg.merge import EventRecord


@dataclass(frozen=True)
class Failure:
    """An input that could not be ingested, with enough detail to retry it."""

    path: str | None
    record: str | None
    reason: str

    def line(self) -> str:
        where = self.path or "<input>"
        if self.record:
            where += f" [{self.record}]"
        return f"{where}: {self.reason}"


@dataclass
class IngestReport:
    articles: int = 0
    events: int = 0
    entities: int = 0
    failures: list[Failure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    event_types: Counter = field(default_factory=Counter)

    @property
    def ok(self) -> bool:
        return not self.failures

    def write(self, path: str | Path) -> None:
        """Write the failures as JSON Lines so a user can fix and retry exactly those inputs."""
        with Path(path).open("w", encoding="utf-8") as fh:
            for failure in self.failures:
                fh.write(json.dumps(failure.__dict__, ensure_ascii=False) + "\n")


@dataclass(frozen=True)
class Tally:
    """What the writer's report needs of an extraction: a few hundred bytes, where the whole
    extraction pickled is about 7 kB per article and took the worker and the writer 0.45 ms."""

    where: str  # the article's path, else its id
    events: int
    entities: int
    event_types: tuple[str, ...]
    warnings: tuple[str, ...]

    @classmethod
    def of(cls, extraction: Extraction) -> Tally:
        article = extraction.article
        return cls(
            where=article.path or article.id,
            events=len(extraction.events),
            entities=len(extraction.entities),
            event_types=tuple(e.type for e in extraction.events),
            warnings=extraction.warnings,
        )


@dataclass(frozen=True)
class Mapped:
    """An article's named graph, serialised where it was extracted (the RDF mapping runs in the
    workers, in parallel, and the single writer only writes), with the extraction's tally and,
    when the caller keeps extractions, the extraction itself."""

    tally: Tally
    graph_iri: str
    graph: Any  # kg.store.serialized.SerializedGraph
    extraction: Extraction | None = None
    article_iri: str = ""
    merge_records: tuple[EventRecord, ...] = ()  # what the merge after the ingest compares


def map_extraction(extraction: Extraction, run: Any, keep: bool = True) -> Mapped:
    """An extraction's graph as N-Triples, with its tally and, if ``keep``, itself."""
    from kg.merge import extraction_records
    from kg.namespaces import ARTICLE_BASE, GRAPH_BASE
    from kg.rdf import extraction_to_ntriples
    from kg.rdfterms import minted
    from kg.store.serialized import SerializedGraph

    iri = minted(GRAPH_BASE, extraction.article.id)
    lines = extraction_to_ntriples(extraction, run)
    graph = SerializedGraph("\n".join(lines), len(lines))
    kept = extraction if keep else None
    article_iri = minted(ARTICLE_BASE, extraction.article.id)
    records = extraction_records(extraction)
    return Mapped(Tally.of(extraction), iri, graph, kept, article_iri, records)


def run_info(model: str) -> Any:
    """Provenance of this run: tool version, model and start time (the one place for now())."""
    from kg import __version__
    from kg.rdf import RunInfo

    return RunInfo(
        tool="newskg",
        version=__version__,
        model=model,
        started=datetime.now(timezone.utc).replace(microsecond=0).isoformat(),
    )
