"""A definite description ("the company said") never stands for an entity whose gazetteer
entry lists what it may be called and leaves that noun out: NATO may be "the alliance" or "the
bloc", never "the company". Sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run

from kg.extract.reference import called_by
from kg.gazetteer import load_gazetteer
from kg.settings import DEFAULT_ONTOLOGY_DIR

TEXT = "Acme hired 50 engineers on Monday. NATO met in Brussels. The company said it was pleased."


def test_the_company_is_not_an_alliance_named_since(nlp, resources):
    called = called_by(load_gazetteer(DEFAULT_ONTOLOGY_DIR))
    statement = only(run(nlp, resources, TEXT, called=called), "Statement")
    assert roles(statement)["actor"] == {"org/acme"}


def test_without_that_knowledge_the_latest_organisation_is_taken(nlp, resources):
    # the behaviour the gazetteer's nouns correct: NATO is the latest Organization named
    statement = only(run(nlp, resources, TEXT), "Statement")
    assert roles(statement)["actor"] == {"org/nato"}


def test_the_gazetteer_says_what_intergovernmental_bodies_may_be_called():
    called = called_by(load_gazetteer(DEFAULT_ONTOLOGY_DIR))
    assert "alliance" in called["org/nato"] and "company" not in called["org/nato"]
    assert "bloc" in called["org/european-union"]
