"""Denials told in a joined clause, by "nothing", or by a body's lawyer (round 18c).
Sentences written for these tests."""

from __future__ import annotations

from event_helpers import types_of


def test_a_denial_in_a_clause_joined_by_and_is_a_denial(nlp, resources):
    text = "Acme said it had received the letter and was not aware of any wrongdoing."
    assert "Denial" in types_of(nlp, resources, text)


def test_knowing_nothing_told_to_reporters_is_a_denial(nlp, resources):
    text = "Anna Berg told reporters that she knew nothing about the hack."
    assert "Denial" in types_of(nlp, resources, text)


def test_a_lawyer_speaking_of_the_company_denies_for_it(nlp, resources):
    text = "A lawyer for Acme told the court that the company was not involved in the hack."
    assert "Denial" in types_of(nlp, resources, text)


def test_nothing_wrong_about_someone_elses_act_is_no_denial(nlp, resources):
    text = "Anna Berg said there was nothing illegal about Smith contacting Acme."
    assert "Denial" not in types_of(nlp, resources, text)


def test_a_joined_clause_about_something_else_is_no_denial(nlp, resources):
    text = "Anna Berg said the allegations were old and were not linked to Acme."
    assert "Denial" not in types_of(nlp, resources, text)


def test_a_joined_promise_is_no_denial(nlp, resources):
    text = "Anna Berg said she had met Smith and would not comment further."
    assert "Denial" not in types_of(nlp, resources, text)


def test_a_lawyer_speaking_of_a_ruling_is_no_denial(nlp, resources):
    text = "A lawyer for Acme said the ruling was not final."
    assert "Denial" not in types_of(nlp, resources, text)


def test_the_head_of_a_body_speaking_of_the_company_denies_for_it(nlp, resources):
    text = "John Smith, the head of Acme, said the company had not shared any data with China."
    assert "Denial" in types_of(nlp, resources, text)


def test_the_head_of_a_body_speaking_of_another_body_denies_nothing(nlp, resources):
    text = "John Smith, the head of Acme, said the ministry had not shared any data."
    assert "Denial" not in types_of(nlp, resources, text)
