"""Round 16d, evaluations by meaning: a named speaker's verdict on an act or a party, told by a
naming verb and its complement ("termed the expulsions unjustified") or a describing verb and
its "as" phrase. Untrue claims are denied, disapproval criticises, any other verdict is a
statement. Sentences written for these tests, with words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Berg termed the expulsions unjustified.",
        "Lopez deemed the vote illegitimate.",
        "Germany described the sanctions as draconian.",
        "Russia called the new tariffs arbitrary and excessive.",
        "Berg labelled the raids a grave mistake.",
    ],
)
def test_a_disapproving_verdict_criticises(nlp, resources, text):
    criticism = only(run(nlp, resources, text), "Criticism")
    assert roles(criticism)["actor"] <= {"person/anna-berg", "person/maria-lopez"} | {
        "country/de",
        "country/ru",
    }


def test_a_measure_called_groundless_is_criticised_a_claim_denied(nlp, resources):
    measure = run(nlp, resources, "Russia called the restrictions groundless.")
    assert [e.type for e in measure] == ["Criticism"]
    claim = run(nlp, resources, "Russia called the allegations a concoction.")
    assert [e.type for e in claim] == ["Denial"]


@pytest.mark.parametrize(
    "text",
    [
        "Berg called the agreement a milestone for the region.",
        "Lopez described the talks as constructive.",
        "Germany termed the release a triumph of patient diplomacy.",
    ],
)
def test_another_verdict_is_a_statement(nlp, resources, text):
    statement = only(run(nlp, resources, text), "Statement")
    assert roles(statement)["actor"] & {"person/anna-berg", "person/maria-lopez", "country/de"}


def test_a_verdict_in_a_relative_clause_with_its_own_speaker_counts(nlp, resources):
    text = "Smith wrote a memo in which he called Berg's ministry incompetent."
    criticism = only(run(nlp, resources, text), "Criticism")
    assert roles(criticism)["actor"] == {"person/john-smith"}


@pytest.mark.parametrize(
    "text",
    [
        "Berg called on Russia to free Smith.",  # an appeal, no verdict
        "Berg called Smith on Monday.",  # a phone call
        "The group called Sandworm hit Acme.",  # a name
        "Russia expelled two diplomats over what Berg called provocations.",  # a word quoted
        "Russia denied it, calling the accusations illegal.",  # qualifies the denial
        "Berg described Smith as a tall man with a beard.",  # no verdict
    ],
)
def test_no_verdict_or_no_speaker_of_its_own_makes_no_evaluation(nlp, resources, text):
    verdicts = ("Criticism", "Denial", "Statement")
    events = run(nlp, resources, text)
    assert not [e for e in events if e.type in verdicts and e.trigger.text in _VERDICT_WORDS]


_VERDICT_WORDS = ("called", "calling", "described")


def test_a_plain_noun_is_no_verdict_its_adjective_is(nlp, resources):
    assert not run(nlp, resources, "Berg called it a matter of time.")
    text = "Berg called the leak a very grave matter."
    assert roles(only(run(nlp, resources, text), "Statement"))["actor"] == {"person/anna-berg"}


@pytest.mark.parametrize(
    "text",
    [
        'Berg called the outage "a deliberate and sweeping intrusion into our networks."',
        "Germany called the leak an act of espionage.",
        "Russia called the boarding of its tanker an act of theft.",
    ],
)
def test_calling_an_act_a_hostile_act_criticises_it(nlp, resources, text):
    assert [e.type for e in run(nlp, resources, text)] == ["Criticism"]


def test_a_thing_called_a_tool_of_some_trade_is_no_verdict(nlp, resources):
    assert not run(nlp, resources, "Berg called the program a hacking tool.")
