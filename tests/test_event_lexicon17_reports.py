"""Round 17c, more unmatched happenings by meaning: loot leaked by its object ("the stolen
files were posted"), deception by false identity, reports written up and findings put out,
suspects watched by those who guard a state. Sentences written for these tests, with look-alike
negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, run, types_of


def test_stolen_files_put_online_are_leaked(nlp, resources):
    text = "The stolen emails of Acme were released on Telegram in May."
    assert only(run(nlp, resources, text), "CyberOperation")


def test_own_files_posted_are_no_leak(nlp, resources):
    text = "Acme posted the annual files of its board on its website in May."
    assert "CyberOperation" not in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iranian agents created fake profiles to approach British officials in 2022.",
        "John Smith used a forged passport to enter Germany in 2019.",
    ],
)
def test_a_false_identity_used_is_deception(nlp, resources, text):
    assert only(run(nlp, resources, text), "InfluenceOperation")


def test_a_real_identity_used_is_no_deception(nlp, resources):
    text = "John Smith used his passport to enter Germany in 2019."
    assert "InfluenceOperation" not in types_of(nlp, resources, text)


def test_an_advisory_drafted_is_a_report(nlp, resources):
    text = "The FBI and the BfV drafted a joint advisory on the campaign in May."
    assert only(run(nlp, resources, text), "Report")


def test_a_letter_drafted_is_no_report(nlp, resources):
    text = "Anna Berg drafted a letter to her sister in May."
    assert "Report" not in types_of(nlp, resources, text)


def test_findings_put_out_are_a_report(nlp, resources):
    text = "The FBI released its findings on the intrusion at Acme on Monday."
    assert only(run(nlp, resources, text), "Report")


def test_findings_only_cited_are_no_report(nlp, resources):
    text = "Russia rejected the findings of the FBI on Monday."
    assert "Report" not in types_of(nlp, resources, text)


def test_suspects_tailed_by_police_are_under_inquiry(nlp, resources):
    text = "John Smith was tailed by police for three weeks before his arrest in May."
    assert only(run(nlp, resources, text), "Investigation")


def test_a_match_watched_by_officers_is_no_inquiry(nlp, resources):
    text = "Anna Berg watched the football match with John Smith in May."
    assert "Investigation" not in types_of(nlp, resources, text)
