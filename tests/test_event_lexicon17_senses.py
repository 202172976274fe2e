"""Round 17c, words in a sense that is not the news sense: a rule broken is no intrusion
("breached the treaty", "a breach of contract"), something thrown away is no leak ("dumped a
bicycle"), and what a measure does told with the measure as its doer is no second act ("the
sanctions freeze their assets"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, run, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Russia breached the ceasefire agreement with Germany on Monday.",
        "Globex accused Acme of a breach of its contract in May.",
        "Iran flew drones over Germany in breach of sanctions in 2023.",
    ],
)
def test_a_rule_broken_is_no_intrusion(nlp, resources, text):
    assert "CyberOperation" not in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian hackers breached Acme's network in May.",
        "The FBI investigated the breach of Acme's servers in 2021.",
    ],
)
def test_a_network_entered_is_still_an_intrusion(nlp, resources, text):
    assert only(run(nlp, resources, text), "CyberOperation")


def test_something_thrown_away_is_no_leak(nlp, resources):
    text = "Police said John Smith dumped a motorbike and a rifle in the river."
    assert "CyberOperation" not in types_of(nlp, resources, text)


def test_files_dumped_are_leaked(nlp, resources):
    text = "Russian hackers dumped the files of Acme on a forum in May."
    assert only(run(nlp, resources, text), "CyberOperation")


@pytest.mark.parametrize(
    "text",
    [
        "The sanctions freeze the assets of John Smith in Britain.",
        "Britain listed Acme under a regime which bars Acme from buying chips.",
    ],
)
def test_what_a_measure_does_is_no_second_act(nlp, resources, text):
    events = run(nlp, resources, text)
    assert not [e for e in events if e.type == "Ban" or e.trigger.text.startswith("freeze")]


def test_a_state_that_banned_something_still_banned_it(nlp, resources):
    text = "Russia, which banned LinkedIn in 2016, fined Globex on Monday."
    assert only(run(nlp, resources, text), "Ban")


def test_a_state_freezing_assets_still_sanctions(nlp, resources):
    text = "Britain froze the assets of John Smith on Monday."
    assert only(run(nlp, resources, text), "Sanction")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg pointed to earlier hacks of Acme and Globex.",
        "Germany pointed to the poisoning of Smith as proof.",
    ],
)
def test_an_act_pointed_to_is_cited_not_attributed(nlp, resources, text):
    assert "Attribution" not in {e.type for e in run(nlp, resources, text)}


def test_a_doer_pointed_to_is_attributed(nlp, resources):
    text = "The BfV pointed to Russia after the intrusion at Acme on Monday."
    assert only(run(nlp, resources, text), "Attribution")


@pytest.mark.parametrize(
    "text",
    [
        "The hackers targeted journalists who had criticised Russia, Acme said.",
        "Lopez, who supports Anna Berg, spoke in Berlin.",
        "The FBI named Globex, which posts videos of its attacks on Telegram.",
    ],
)
def test_who_someone_is_is_no_act(nlp, resources, text):
    types = {e.type for e in run(nlp, resources, text)}
    assert not types & {"Criticism", "Support", "Report"}


def test_a_known_body_criticising_in_a_relative_clause_still_criticises(nlp, resources):
    text = "The defence ministry, which condemned the expulsion of Smith, summoned Anna Berg."
    assert only(run(nlp, resources, text), "Criticism")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said Acme's apps threaten Germany's security.",
        "Berg said Acme's collection of data threatened to give Iran access to it.",
    ],
)
def test_a_danger_named_is_no_threat_made(nlp, resources, text):
    assert "Threat" not in {e.type for e in run(nlp, resources, text)}


def test_a_state_threatening_a_state_still_threatens(nlp, resources):
    assert only(run(nlp, resources, "Russia threatened Germany on Monday."), "Threat")


def test_a_gunman_approaching_is_no_recruitment(nlp, resources):
    text = "Police said the gunman approached Smith from behind on a bicycle in Berlin."
    assert "RecruitmentApproach" not in {e.type for e in run(nlp, resources, text)}


def test_things_supporting_are_no_backing(nlp, resources):
    text = "Acme said its technologies support American interests."
    assert "Support" not in {e.type for e in run(nlp, resources, text)}


def test_an_appeal_decided_on_is_no_new_appeal(nlp, resources):
    text = "The court rejected the appeal of Acme against the ban in March."
    assert "Appeal" not in {e.type for e in run(nlp, resources, text)}
