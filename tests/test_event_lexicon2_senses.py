"""Round 16d: a noun listed by several rules has several senses, tried in the lexicon's order
until one's constraints hold ("a call for sanctions" asks; "a call with Berg" and "a video
call" are contacts). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run

from kg.extract.trigger_nouns import match_noun


def test_a_call_for_something_asks_for_it(nlp, resources):
    text = "Germany repeated its call for the release of Smith."
    appeal = only(run(nlp, resources, text), "Appeal")
    assert roles(appeal)["actor"] == {"country/de"}
    assert all(e.type != "Meeting" for e in run(nlp, resources, text))


def test_a_call_with_someone_is_still_a_contact(nlp, resources):
    text = "Berg's call with Lopez lasted an hour."
    meeting = only(run(nlp, resources, text), "Meeting")
    assert roles(meeting) == {"actor": {"person/anna-berg"}, "target": {"person/maria-lopez"}}
    assert all(e.type != "Appeal" for e in run(nlp, resources, text))


@pytest.mark.parametrize("kind", ["telephone", "video"])
def test_a_call_by_its_modifier_is_a_contact(nlp, resources, kind):
    text = f"Berg made a {kind} call to Lopez on Friday."
    assert roles(only(run(nlp, resources, text), "Meeting"))["actor"] == {"person/anna-berg"}


@pytest.mark.parametrize(
    "text",
    [
        "Berg said the call was a close one.",  # a judgement, no contact nor appeal
        "Lopez took the call in her office.",
    ],
)
def test_a_call_with_no_sense_named_is_no_event(nlp, resources, text):
    lexicon, _ = resources
    assert all(match_noun(t, lexicon) is None for t in nlp(text) if t.lemma_ == "call")
