"""Round 21a: a state measure told in the passive with no agent, reported by a state body, was
taken by that body ("The woman was held on Monday, according to the Guardia Civil";
kg/extract/sourced_measures.py). Acts a body only reports, measures in a named country, measures
on the source itself and sources that are people or firms are not. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import in_role_at, run_with

_NAMED = {
    "org/guardia": ("Agency", ["the Guardia Civil"]),
    "org/sbu": ("Agency", ["SBU"]),
    "org/ministry": ("Agency", ["the interior ministry"]),
    "country/ee": ("Country", ["Estonia"]),
    "country/lv": ("Country", ["Latvia"]),
    "person/vogel": ("Person", ["Karl Vogel"]),
    "person/novak": ("Official", ["Petra Novak"]),
    "org/acme": ("Organization", ["Acme"]),
}


def _actors(nlp, resources, text: str, trigger: str) -> set[str]:
    return in_role_at(run_with(nlp, resources, text, _NAMED), trigger, "actor")


@pytest.mark.parametrize(
    ("text", "trigger", "body"),
    [
        # the source after "according to", the one held unnamed
        (
            "A woman was held at her flat on Monday, according to the Guardia Civil.",
            "held",
            "org/guardia",
        ),
        # a speech verb the clause hangs on, after it
        ("A man has been charged with treason, SBU said on Friday.", "charged", "org/sbu"),
        # the speaker first, a counted unnamed target
        ("Estonia said on Sunday that six men had been detained.", "detained", "country/ee"),
        # a suspicion told as the source's, of a pronoun naming no one
        ("He is suspected of bribery, the interior ministry said.", "suspected", "org/ministry"),
        # a demand made of someone unnamed
        ("SBU said a diplomat had been asked to leave within a week.", "asked", "org/sbu"),
        # grounds given with a source that makes no telling of its own
        (
            "A man was detained on suspicion of spying, according to SBU.",
            "detained",
            "org/sbu",
        ),
    ],
)
def test_a_state_body_reporting_its_passive_measure_took_it(nlp, resources, text, trigger, body):
    assert body in _actors(nlp, resources, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "source"),
    [
        # an attack is no measure: the reporting state did not do it
        ("A man was shot in his car, according to the interior ministry.", "shot", "org/ministry"),
        # a measure in a named country is that state's
        ("Two men were arrested in Latvia, according to SBU.", "arrested", "org/sbu"),
        # a firm telling what others did
        ("A man had been detained, according to Acme.", "detained", "org/acme"),
        # the measure befell the source
        ("SBU said it had been asked to hand over the files.", "asked", "org/sbu"),
        # an agent named on a verb joined to it
        (
            "Two men were arrested and questioned by police, according to SBU.",
            "arrested",
            "org/sbu",
        ),
    ],
)
def test_what_a_source_only_reports_is_not_its_act(nlp, resources, text, trigger, source):
    assert source not in _actors(nlp, resources, text, trigger)


def test_the_country_where_a_measure_was_taken_still_takes_it(nlp, resources):
    text = "Two men were arrested in Latvia, according to SBU."
    assert _actors(nlp, resources, text, "arrested") == {"country/lv"}


def test_a_telling_of_a_measure_on_grounds_stays_an_accusation(nlp, resources):
    text = "SBU said a man had been detained on suspicion of spying for Latvia."
    events = run_with(nlp, resources, text, _NAMED)
    assert [e.type for e in events] == ["Accusation"]
