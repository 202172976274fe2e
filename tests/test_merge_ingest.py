"""The merge after `kg ingest` compares the events the ingest collected instead of reading back
what it wrote: the collected records must be exactly those the store gives back, and a merge
after a second ingest (new articles, one article rewritten) must equal a merge from scratch."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.merge import IngestRecords, merge_store, read_event_records
from kg.pipeline import ingest
from kg.settings import Settings
from kg.store import open_store
from kg.vocab import MERGED_GRAPH

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
# Reports of overlapping happenings (Russia restricting platforms), so that some events merge.
SOME_SAMPLES = (
    "russia-blocks-telegram.txt",
    "russia-blocks-linkedin.txt",
    "russia-restricts-whatsapp-telegram-calls.txt",
    "russia-twitter-slowdown.txt",
    "russia-meta-extremist-ban.txt",
    "meta-bans-russian-state-media.txt",
    "durov-telegram-investigation.md",
    "news-database-export.csv",
)
MERGED_TRIPLES = "SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g = ?merged) }"


def report(outlet: str, text: str, published: str = "2023-05-05") -> str:
    """An outlet's article; its URL is its id, so a rewritten article replaces the first."""
    url = f"https://{outlet.lower()}.example/story"
    return (
        f"Title: {outlet} report\nPublished: {published}\nSource: {outlet}\nURL: {url}\n\n{text}\n"
    )


SANCTION = "The United States sanctioned Russia's GRU on Thursday over the hacking campaign."
EXPULSION = "Poland expelled a Russian diplomat on Thursday, the foreign ministry said."


@pytest.fixture(scope="module")
def settings() -> Settings:
    return Settings.load()


def ingest_with_records(paths: list[Path], store, settings: Settings) -> IngestRecords:
    records = IngestRecords.read(store)
    result = ingest(paths, settings, store, workers=1, records=records)
    assert result.ok, result.failures
    return records


def merged_graph(store) -> set[tuple[str, str, str]]:
    rows = store.query(MERGED_TRIPLES, {"merged": MERGED_GRAPH}).rows
    return {tuple(str(term) for term in row) for row in rows}


def test_collected_records_are_what_the_store_gives_back(tmp_path, settings):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SOME_SAMPLES:
        shutil.copy(SAMPLES / name, folder / name)
    with open_store(f"oxigraph:{tmp_path}/kg", settings) as store:
        collected = ingest_with_records([folder], store, settings).events()
        stored = read_event_records(store)
    by_iri = sorted(collected, key=lambda r: r.iri)
    assert by_iri == sorted(stored, key=lambda r: r.iri)
    assert len(by_iri) > 40
    assert any(r.earliest for r in by_iri) and any(r.actors for r in by_iri)
    assert any(r.earliest is None and r.published for r in by_iri)  # dated by publication only


def test_merge_after_a_second_ingest_equals_a_merge_from_scratch(tmp_path, settings):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "wire.txt").write_text(report("Wire", SANCTION), encoding="utf-8")
    (first / "daily.txt").write_text(report("Daily", SANCTION), encoding="utf-8")
    # The second run: one more outlet on the sanction, and the wire's article rewritten.
    (second / "weekly.txt").write_text(report("Weekly", SANCTION), encoding="utf-8")
    (second / "wire.txt").write_text(report("Wire", EXPULSION), encoding="utf-8")
    with open_store(f"oxigraph:{tmp_path}/kg", settings) as store:
        merge_store(store, ingest_with_records([first], store, settings).events())
        after_first = merged_graph(store)
        rerun = ingest_with_records([second / "weekly.txt", second / "wire.txt"], store, settings)
        merge_store(store, rerun.events())
        after_second = merged_graph(store)
        merge_store(store)  # from scratch: every event read from the store
        from_scratch = merged_graph(store)
    assert after_first and after_second  # the sanction is merged both times
    assert after_second != after_first  # the members changed: daily + weekly, not the wire
    assert after_second == from_scratch
