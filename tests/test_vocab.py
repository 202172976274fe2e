"""The vocabulary in Python (kg.vocab, kg.taxonomy) and in Turtle (ontologies/) say the same."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, SKOS
from world_recruitment import article_a

from kg import namespaces
from kg.errors import ConfigError
from kg.rdf import RunInfo, extraction_to_graph
from kg.settings import DEFAULT_ONTOLOGY_DIR
from kg.taxonomy import event_types, plover_categories
from kg.vocab import (
    CAMEO_BASE,
    ENTITY_BASE,
    NKG,
    PLOVER_BASE,
    SEM,
    article_iri,
    bind_prefixes,
    entity_iri,
    event_iri,
    graph_iri,
    local_id,
)

# The shared brief's table: fine type -> (PLOVER category, CAMEO code). Written out here, not read
# from the Turtle, so the test fails if the scheme drifts from the agreed taxonomy.
AGREED_TYPES = {
    "Statement": ("STATEMENT", "010"),
    "Report": ("STATEMENT", "010"),
    "RecruitmentCampaign": ("REQUEST", "020"),
    "RecruitmentApproach": ("REQUEST", "020"),
    "Appeal": ("REQUEST", "020"),
    "Warning": ("THREATEN", "130"),
    "Threat": ("THREATEN", "130"),
    "Accusation": ("ACCUSE", "112"),
    "Criticism": ("ACCUSE", "111"),
    "Attribution": ("ACCUSE", "112"),
    "Indictment": ("ACCUSE", "1121"),
    "Investigation": ("ACCUSE", "090"),
    "Denial": ("REJECT", "016"),
    "Refusal": ("REJECT", "120"),
    "Arrest": ("COERCE", "173"),
    "Conviction": ("COERCE", "173"),
    "Deportation": ("COERCE", "174"),
    "AccountTakedown": ("COERCE", "1721"),
    "Ban": ("COERCE", "1721"),
    "CyberOperation": ("COERCE", "170"),
    "InfluenceOperation": ("COERCE", "170"),
    "Espionage": ("COOPERATE", "064"),
    "IntelligenceSharing": ("COOPERATE", "064"),
    "Meeting": ("CONSULT", "040"),
    "Agreement": ("AGREE", "057"),
    "Admission": ("CONCEDE", "015"),
    "GuiltyPlea": ("CONCEDE", "015"),
    "Sanction": ("SANCTION", "163"),
    "Expulsion": ("SANCTION", "161"),
    "Support": ("SUPPORT", "051"),
    "Aid": ("AID", "070"),
    "Protest": ("PROTEST", "140"),
    "Mobilization": ("MOBILIZE", "150"),
    "Attack": ("ASSAULT", "180"),
    "Withdrawal": ("RETREAT", "080"),
}
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, SEM.RoleType}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(DEFAULT_ONTOLOGY_DIR / "newskg.ttl")


@pytest.fixture(scope="module")
def scheme() -> Graph:
    return Graph().parse(DEFAULT_ONTOLOGY_DIR / "event-types.ttl")


def _nkg_terms() -> set[str]:
    return {str(NKG[name]) for name in NKG.__annotations__}


def test_every_python_term_is_declared_in_the_ontology(ontology: Graph) -> None:
    declared = {str(s) for s, o in ontology.subject_objects(RDF.type) if o in DECLARATION_TYPES}
    assert _nkg_terms() - declared == set()


def test_every_term_the_turtle_uses_exists_in_python(ontology: Graph, scheme: Graph) -> None:
    used = {
        str(term)
        for graph in (ontology, scheme)
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and str(term).startswith(str(NKG._NS))
    }
    assert used - _nkg_terms() == set()


def test_nkg_namespace_refuses_unknown_terms() -> None:
    with pytest.raises(AttributeError):
        _ = NKG.confidense  # a typo must fail loudly, not mint a term


def test_scheme_covers_exactly_the_agreed_types() -> None:
    types = event_types(DEFAULT_ONTOLOGY_DIR)
    assert {name: (t.plover, t.cameo) for name, t in types.items()} == AGREED_TYPES
    assert all(t.label and t.definition for t in types.values())
    assert types["AccountTakedown"].iri == "https://w3id.org/newskg/event-type/AccountTakedown"


def test_broad_and_close_matches_agree_with_the_codes(scheme: Graph) -> None:
    for name, (plover, cameo) in AGREED_TYPES.items():
        concept = URIRef(f"https://w3id.org/newskg/event-type/{name}")
        assert set(scheme.objects(concept, SKOS.broadMatch)) == {URIRef(PLOVER_BASE + plover)}
        assert set(scheme.objects(concept, SKOS.closeMatch)) == {URIRef(CAMEO_BASE + cameo)}
        for target, code in ((PLOVER_BASE + plover, plover), (CAMEO_BASE + cameo, cameo)):
            assert (URIRef(target), RDF.type, SKOS.Concept) in scheme
            assert (URIRef(target), SKOS.notation, Literal(code)) in scheme


def test_plover_categories_are_the_sixteen_plus_statement() -> None:
    assert plover_categories(DEFAULT_ONTOLOGY_DIR) == tuple(
        sorted(
            [
                "AGREE",
                "CONSULT",
                "SUPPORT",
                "CONCEDE",
                "COOPERATE",
                "AID",
                "RETREAT",
                "REQUEST",
                "ACCUSE",
                "REJECT",
                "THREATEN",
                "PROTEST",
                "SANCTION",
                "MOBILIZE",
                "COERCE",
                "ASSAULT",
                "STATEMENT",
            ]
        )
    )


def test_broken_scheme_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "event-types.ttl").write_text("@prefix x: <http://x/> .\nx:a x:b ", "utf-8")
    with pytest.raises(ConfigError, match="cannot parse"):
        event_types(tmp_path)


def test_missing_scheme_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        event_types(tmp_path / "nowhere")


def test_iris_follow_the_agreed_patterns() -> None:
    assert entity_iri("org/cia") == URIRef("https://w3id.org/newskg/id/org/cia")
    assert event_iri("a1-61") == URIRef("https://w3id.org/newskg/event/a1-61")
    assert article_iri("a1") == URIRef("https://w3id.org/newskg/article/a1")
    assert graph_iri("a1") == URIRef("https://w3id.org/newskg/graph/a1")


def test_ids_with_unsafe_characters_make_valid_iris_and_round_trip() -> None:
    iri = entity_iri("person/josé <x>")
    assert " " not in iri and "<" not in iri
    assert local_id(str(iri), ENTITY_BASE) == "person/josé <x>"


def test_bind_prefixes_sets_our_prefixes() -> None:
    graph = bind_prefixes(Graph(bind_namespaces="none"))
    prefixes = dict(graph.namespaces())
    assert prefixes["nkg"] == URIRef(str(NKG._NS))
    assert prefixes["sem"] == URIRef("http://semanticweb.cs.vu.nl/2009/11/sem/")
    assert prefixes["schema"] == URIRef("https://schema.org/")


def test_jsonld_context_is_unambiguous_and_round_trips() -> None:
    def no_duplicates(pairs: list[tuple[str, object]]) -> dict[str, object]:
        keys = [k for k, _ in pairs]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
        return dict(pairs)

    text = (DEFAULT_ONTOLOGY_DIR / "context.jsonld").read_text("utf-8")
    context = json.loads(text, object_pairs_hook=no_duplicates)["@context"]
    graph = extraction_to_graph(article_a(), RunInfo(version="1", started="2026-11-23T00:00:00Z"))
    compacted = graph.serialize(format="json-ld", context=context)
    assert '"confidence": "0.82"' in compacted  # the typed term was used, not the full IRI
    assert set(Graph().parse(data=compacted, format="json-ld")) == set(graph)


def test_plain_string_namespaces_are_the_vocabulary_terms() -> None:
    assert str(NKG.plover) == namespaces.NKG_NS + "plover"
    assert str(NKG.cameo) == namespaces.NKG_NS + "cameo"
    assert str(SKOS.prefLabel) == namespaces.SKOS_NS + "prefLabel"


def test_extraction_code_and_taxonomy_load_without_rdflib() -> None:
    """`kg extract` and every extraction worker skip rdflib's import (about 0.2 s each)."""
    code = (
        "import sys, kg.extract, kg.extract.entities, kg.extract.events, kg.extract.timexes, "
        "kg.extract.jsonout, kg.nlp, kg.gazetteer, kg.taxonomy\n"
        f"assert kg.taxonomy.event_types({str(DEFAULT_ONTOLOGY_DIR)!r})\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rdflib'))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
