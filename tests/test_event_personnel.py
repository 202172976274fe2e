"""Officials put out of their posts: dismissed, fired, sacked, replaced, removed "as head of" are
a Withdrawal (RETREAT) of the one removed, as resigning is; firing missiles, dismissing
claims, removing accounts are other acts. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Acme dismissed John Smith on Monday.",
        "John Smith was sacked as director of the agency.",
        "The FBI removed John Smith as head of its cyber division.",
        "Britain replaced its ambassador John Smith in July.",
    ],
)
def test_an_official_put_out_of_a_post_is_withdrawn(nlp, resources, text):
    removal = only(run(nlp, resources, text), "Withdrawal")
    assert "person/john-smith" in roles(removal)["target"]


def test_resigning_is_the_official_s_own_withdrawal(nlp, resources):
    removal = only(run(nlp, resources, "John Smith resigned on Wednesday."), "Withdrawal")
    assert roles(removal) == {"actor": {"person/john-smith"}}


@pytest.mark.parametrize(
    "text",
    [
        "Russia fired three missiles at Acme.",
        "France dismissed the claims as absurd.",
        "Meta removed the accounts on Tuesday.",
        "Acme replaced the servers in June.",
    ],
)
def test_other_things_fired_dismissed_or_removed_are_no_withdrawal(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "Withdrawal"]


def test_a_relative_clause_s_subject_is_not_what_it_holds(nlp, resources):
    text = "Russia demanded access to John Smith, who also holds Russian citizenship."
    assert not [e for e in run(nlp, resources, text) if e.type == "Arrest"]


def test_hiring_someone_to_gather_information_is_intelligence_work(nlp, resources):
    text = "Acme hired John Smith to collect information about Anna Berg."
    work = only(run(nlp, resources, text), "Espionage")
    assert roles(work)["actor"] == {"org/acme"}


def test_hiring_someone_for_other_work_stays_an_agreement(nlp, resources):
    text = "Acme hired John Smith to run its sales team."
    assert [e.type for e in run(nlp, resources, text)] == ["Agreement"]
