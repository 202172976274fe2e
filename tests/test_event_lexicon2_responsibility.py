"""Round 16d, responsibility and proposals by meaning: holding someone to account, laying the
blame, pinning an act on someone; measures proposed or recommended (Appeal); an inquiry taken
over or handed on (Investigation). Sentences written for these tests, with words the
development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


def test_holding_someone_accountable_attributes_the_act(nlp, resources):
    text = "Germany held Russia accountable for the cyberattack on its parliament."
    attribution = only(run(nlp, resources, text), "Attribution")
    assert roles(attribution)["actor"] == {"country/de"}
    assert "country/ru" in roles(attribution)["target"]


@pytest.mark.parametrize(
    "text",
    [
        "Berg laid the blame squarely on Russia.",
        "Germany put the responsibility for the outage on Iran.",
    ],
)
def test_blame_laid_on_someone_accuses_them(nlp, resources, text):
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation)["actor"] <= {"person/anna-berg", "country/de"}


def test_an_act_pinned_on_someone_is_an_attribution(nlp, resources):
    text = "Britain pinned the bombing on China."
    assert roles(only(run(nlp, resources, text), "Attribution"))["actor"] == {"country/gb"}


def test_hopes_pinned_on_talks_are_no_attribution(nlp, resources):
    text = "Britain pinned its hopes on the talks with China."
    assert all(e.type not in ("Attribution", "Accusation") for e in run(nlp, resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "Germany proposed freezing the assets of the bank.",
        "Berg recommended sanctions against the firm.",
        "France tabled an embargo on the exports.",
    ],
)
def test_a_measure_proposed_is_an_appeal(nlp, resources, text):
    appeal = only(run(nlp, resources, text), "Appeal")
    assert roles(appeal)["actor"] <= {"country/de", "person/anna-berg", "country/fr"}


def test_a_proposed_measure_is_not_taken(nlp, resources):
    text = "Germany proposed freezing the assets of the bank."
    assert all(e.type != "Sanction" for e in run(nlp, resources, text))


@pytest.mark.parametrize(
    "text",
    ["Berg proposed a toast to Lopez.", "Lopez recommended the book to Smith."],
)
def test_no_measure_proposed_is_no_appeal(nlp, resources, text):
    assert all(e.type != "Appeal" for e in run(nlp, resources, text))


def test_an_inquiry_taken_over_or_handed_on_is_an_investigation(nlp, resources):
    taken = only(run(nlp, resources, "The FBI took over the probe in May."), "Investigation")
    assert roles(taken)["actor"] == {"org/fbi"}
    handed = only(run(nlp, resources, "Acme handed the case to the FBI."), "Investigation")
    assert roles(handed) == {"actor": {"org/acme"}, "recipient": {"org/fbi"}}


@pytest.mark.parametrize(
    "text", ["Acme took over Globex in May.", "Acme handed the documents to the FBI."]
)
def test_taking_over_a_firm_or_handing_papers_is_no_investigation(nlp, resources, text):
    assert all(e.type != "Investigation" for e in run(nlp, resources, text))


@pytest.mark.parametrize(
    "text", ["Britain blamed the bombing on China.", "Britain pinned the hack on China."]
)
def test_who_an_act_is_blamed_on_is_not_what_it_struck(nlp, resources, text):
    struck = [e for e in run(nlp, resources, text) if e.type in ("Attack", "CyberOperation")]
    assert all("country/cn" not in roles(e).get("target", set()) for e in struck)


def test_an_attack_on_someone_still_strikes_them(nlp, resources):
    text = "Britain blamed China for the attack on Acme."
    assert roles(only(run(nlp, resources, text), "Attack"))["target"] == {"org/acme"}
