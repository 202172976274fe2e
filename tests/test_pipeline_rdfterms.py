"""The plain-string terms the extraction workers write (kg.rdfterms) are kg.vocab's terms: the
same IRIs, only terms the vocabularies define, and the same minted IRIs for any id."""

from __future__ import annotations

import pytest

from kg import namespaces, rdfterms, vocab


def _defined_terms(namespace: type) -> set[str]:
    """The terms an rdflib DefinedNamespace declares (its annotations, inherited ones too)."""
    return {name for cls in namespace.__mro__ for name in getattr(cls, "__annotations__", {})}


@pytest.mark.parametrize("name", sorted(rdfterms.VOCABULARIES))
def test_every_term_is_a_defined_term_of_the_same_iri(name: str) -> None:
    strings, terms = rdfterms.VOCABULARIES[name], getattr(vocab, name)
    assert set(strings.terms) <= _defined_terms(terms)
    assert all(getattr(strings, t) == str(getattr(terms, t)) for t in strings.terms)


def test_a_term_newskg_does_not_write_is_refused() -> None:
    with pytest.raises(AttributeError, match="nonsense"):
        rdfterms.SCHEMA.nonsense  # noqa: B018


@pytest.mark.parametrize(
    "identifier", ["org/fbi", "Person/Jane Doe", "a#b?c%20", "caf\u00e9/\u0645\u0631\u062d", ""]
)
def test_minted_iris_are_those_of_kg_vocab(identifier: str) -> None:
    pairs = [
        (namespaces.ENTITY_BASE, vocab.entity_iri),
        (namespaces.EVENT_BASE, vocab.event_iri),
        (namespaces.ARTICLE_BASE, vocab.article_iri),
        (namespaces.GRAPH_BASE, vocab.graph_iri),
        (namespaces.EVENT_TYPE_BASE, vocab.event_type_iri),
    ]
    for base, mint in pairs:
        assert rdfterms.minted(base, identifier) == str(mint(identifier))
