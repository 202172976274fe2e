"""Exports read back to the same data: JSON-LD (compacted, plain-JSON friendly), TriG, N-Quads,
Turtle; export then import gives an isomorphic dataset."""

from __future__ import annotations

import io
import json

import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg.cli import main
from kg.export import export
from kg.export.jsonld import write_jsonld
from kg.store import open_store

EX = "http://example.org/"
SCHEMA = "https://schema.org/"
SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/"
G1, G2 = f"{EX}graph/1", f"{EX}graph/2"

# A context exercising what a hand-written one uses: prefixes, plain terms, typed terms, @id
# terms, @vocab-typed terms, language terms, @set containers and a default language.
CONTEXT = {
    "ex": EX,
    "schema": SCHEMA,
    "sem": SEM,
    "xsd": str(XSD),
    "name": "schema:name",
    "Event": "sem:Event",
    "startDate": {"@id": "sem:hasTimeStamp", "@type": "xsd:date"},
    "actor": {"@id": "sem:hasActor", "@type": "@id"},
    "eventType": {"@id": "sem:eventType", "@type": "@vocab"},
    "labelFr": {"@id": "http://www.w3.org/2000/01/rdf-schema#label", "@language": "fr"},
    "source": {"@id": "schema:isBasedOn", "@type": "@id", "@container": "@set"},
    "comment": {"@id": "http://www.w3.org/2000/01/rdf-schema#comment", "@language": None},
    "@language": "en",
}


def tricky_dataset() -> dict[str, Graph]:
    """Two graphs holding every kind of term the writer must get right."""
    event, cia = URIRef(f"{EX}event/1"), URIRef(f"{EX}id/cia")
    rdf_type = URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    one, two = Graph(), Graph()
    blank = BNode("b1")
    for triple in [
        (event, rdf_type, URIRef(f"{SEM}Event")),
        (event, rdf_type, URIRef(f"{EX}Other")),
        (event, URIRef(f"{SCHEMA}name"), Literal('Agency "launches"\ndrive')),
        (event, URIRef(f"{SCHEMA}name"), Literal("lancement", lang="fr")),
        (event, URIRef(f"{SEM}hasTimeStamp"), Literal("2024-10-02", datatype=XSD.date)),
        (event, URIRef(f"{SEM}hasTimeStamp"), Literal("2024-10", datatype=XSD.gYearMonth)),
        (event, URIRef(f"{SEM}hasActor"), cia),
        (event, URIRef(f"{SEM}hasActor"), blank),
        (event, URIRef(f"{SEM}eventType"), URIRef(f"{SEM}Event")),
        (event, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("fr", lang="fr")),
        (event, URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("plain")),
        (event, URIRef(f"{SCHEMA}isBasedOn"), URIRef(f"{EX}article/a1")),
        (event, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"), Literal("no language")),
        (event, URIRef("http://other.example/p"), Literal("0.82", datatype=XSD.decimal)),
        (event, URIRef("http://other.example/p"), Literal("true", datatype=XSD.boolean)),
        (blank, URIRef(f"{SCHEMA}name"), Literal("unnamed actor", lang="en")),
    ]:
        one.add(triple)
    two.add((cia, URIRef(f"{SCHEMA}name"), Literal("Central Intelligence Agency", lang="en")))
    two.add((cia, URIRef(f"{SCHEMA}name"), Literal("CIA")))
    return {G1: one, G2: two}


def dataset_of(store) -> Dataset:
    out = io.BytesIO()
    store.dump(out, "nquads")
    dataset = Dataset()
    dataset.parse(data=out.getvalue().decode(), format="nquads")
    return dataset


def same_dataset(a: Dataset, b: Dataset) -> bool:
    names = {str(g.identifier) for g in a.graphs() if len(g)}
    if names != {str(g.identifier) for g in b.graphs() if len(g)}:
        return False
    return all(isomorphic(a.graph(URIRef(n)), b.graph(URIRef(n))) for n in names)


@pytest.fixture
def store():
    with open_store("memory:") as opened:
        opened.replace_graphs(tricky_dataset())
        yield opened


def test_jsonld_with_a_rich_context_parses_back_to_the_same_dataset(store):
    import pyoxigraph as ox

    out = io.BytesIO()
    dump = io.BytesIO()
    store.dump(dump, "nquads")
    count = write_jsonld(ox.parse(dump.getvalue(), format=ox.RdfFormat.N_QUADS), CONTEXT, out)
    assert count == 18
    parsed = Dataset()
    parsed.parse(data=out.getvalue().decode(), format="json-ld")
    assert same_dataset(parsed, dataset_of(store))


def test_jsonld_reads_as_plain_json_with_context_terms(store):
    import pyoxigraph as ox

    out = io.BytesIO()
    dump = io.BytesIO()
    store.dump(dump, "nquads")
    write_jsonld(ox.parse(dump.getvalue(), format=ox.RdfFormat.N_QUADS), CONTEXT, out)
    document = json.loads(out.getvalue())
    graphs = {g["@id"]: g["@graph"] for g in document["@graph"]}
    event = next(n for n in graphs["ex:graph/1"] if n["@id"] == "ex:event/1")
    assert event["@type"] == ["Event", "ex:Other"]
    assert event["startDate"] == "2024-10-02"  # typed term: the bare date
    assert event["actor"][1] == "ex:id/cia"  # @id term: the IRI as a string
    assert event["eventType"] == "Event"  # @vocab term: the term name
    assert event["labelFr"] == ["fr", {"@value": "plain"}]  # the plain one stays explicit
    assert event["source"] == ["ex:article/a1"]  # @set: always a list
    assert event["comment"] == "no language"
    cia = next(n for n in graphs["ex:graph/2"] if n["@id"] == "ex:id/cia")
    assert "Central Intelligence Agency" in cia["name"]  # default language en: a bare string


def test_jsonld_export_uses_the_project_context(store):
    out = io.BytesIO()
    export(store, "jsonld", out)
    document = json.loads(out.getvalue())
    assert isinstance(document["@context"], dict)  # inlined: no network needed to read it
    parsed = Dataset()
    parsed.parse(data=out.getvalue().decode(), format="json-ld")
    assert same_dataset(parsed, dataset_of(store))


@pytest.mark.parametrize("fmt", ["jsonld", "trig", "nquads"])
def test_export_then_import_gives_the_same_dataset(store, fmt):
    out = io.BytesIO()
    export(store, fmt, out)
    with open_store("memory:") as fresh:
        fresh.load(io.BytesIO(out.getvalue()), fmt)
        assert same_dataset(dataset_of(fresh), dataset_of(store))


def test_turtle_merges_the_graphs(store):
    out = io.BytesIO()
    export(store, "turtle", out)
    merged = Graph()
    merged.parse(data=out.getvalue().decode(), format="turtle")
    expected = Graph()
    for graph in tricky_dataset().values():
        for triple in graph:
            expected.add(triple)
    assert isomorphic(merged, expected)


def test_export_is_deterministic(store):
    first, second = io.BytesIO(), io.BytesIO()
    export(store, "jsonld", first)
    export(store, "jsonld", second)
    assert first.getvalue() == second.getvalue()


def test_cli_export_writes_the_file(tmp_path, capsys):
    url = f"oxigraph:{tmp_path / 'kg'}"
    with open_store(url) as opened:
        opened.replace_graphs(tricky_dataset())
    target = tmp_path / "out.trig"
    assert main(["--store", url, "export", "--format", "trig", "--output", str(target)]) == 0
    assert "exported 18 triples as trig" in capsys.readouterr().err
    parsed = Dataset()
    parsed.parse(target, format="trig")
    with open_store(url, read_only=True) as opened:
        assert same_dataset(parsed, dataset_of(opened))
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".partial"] == []
