"""Round 16d, support and outrage voiced, and malware outbreaks, by meaning. Sentences written
for these tests, with words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Germany expressed solidarity with France after the attack.",
        "Britain threw its weight behind Lopez.",
        "Berg pledged her support to Lopez on Monday.",
    ],
)
def test_backing_given_or_voiced_is_support(nlp, resources, text):
    support = only(run(nlp, resources, text), "Support")
    assert roles(support)["actor"] <= {"country/de", "country/gb", "person/anna-berg"}


def test_assistance_provided_stays_aid(nlp, resources):
    text = "Germany provided assistance to France."
    assert all(e.type != "Support" for e in run(nlp, resources, text))


def test_outrage_voiced_criticises(nlp, resources):
    text = "Germany voiced outrage at the detention of Smith."
    assert roles(only(run(nlp, resources, text), "Criticism"))["actor"] == {"country/de"}


def test_concern_voiced_is_no_criticism(nlp, resources):
    text = "Germany voiced concern about the health of Smith."
    assert all(e.type != "Criticism" for e in run(nlp, resources, text))


def test_a_malware_outbreak_is_a_cyber_operation(nlp, resources):
    text = "Acme's worm outbreak of 2017 cost Globex millions."
    assert only(run(nlp, resources, text), "CyberOperation")


def test_a_virus_outbreak_is_no_cyber_operation(nlp, resources):
    text = "Acme's virus outbreak of 2020 closed its offices."
    assert all(e.type != "CyberOperation" for e in run(nlp, resources, text))
