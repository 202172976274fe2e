"""What a decision already made "will" do is that decision's act, not a prospect; other futures
and hypotheses stay unreported (sentences written for these tests)."""

from __future__ import annotations

from event_helpers import only, roles, run


def _bans(nlp, resources, text: str):
    return [e for e in run(nlp, resources, text) if e.type == "Ban"]


def test_what_a_ruling_will_do_is_told_as_done(nlp, resources):
    ban = only(run(nlp, resources, "The ruling will bar John Smith from office."), "Ban")
    assert roles(ban)["target"] == {"person/john-smith"}


def test_what_a_court_order_will_do_is_told_as_done(nlp, resources):
    text = "A court order will ban Acme from selling phones in Russia."
    assert len(_bans(nlp, resources, text)) == 1


def test_what_a_ruling_would_do_stays_a_hypothesis(nlp, resources):
    assert _bans(nlp, resources, "The ruling would bar John Smith from office.") == []


def test_what_a_bill_will_do_stays_a_prospect(nlp, resources):
    assert _bans(nlp, resources, "The bill will bar John Smith from office.") == []


def test_what_an_agency_will_do_stays_a_prospect(nlp, resources):
    assert _bans(nlp, resources, "The FBI will bar John Smith from office.") == []
