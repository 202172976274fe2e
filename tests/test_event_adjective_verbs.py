"""A past-tense verb joined by "and" that the parser reads as an adjective of its own object
("..., and shared knowledge of classified information") is still a verb of the clause's
subject; a real adjective is not (sentences written for these tests)."""

from __future__ import annotations

from event_helpers import roles, run


def _espionage(nlp, resources, text: str):
    return [e for e in run(nlp, resources, text) if e.type == "Espionage"]


def test_a_joined_verb_read_as_an_adjective_after_a_telling_is_an_act(nlp, resources):
    text = (
        "Over the next eight months, John Smith told the agent that he was willing to work "
        "for the Russian government, and shared knowledge of classified information."
    )
    (act,) = _espionage(nlp, resources, text)
    assert roles(act)["actor"] == {"person/john-smith"}


def test_a_joined_verb_read_as_an_adjective_after_a_meeting_is_an_act(nlp, resources):
    text = "John Smith met the agent in May, and shared knowledge of classified information."
    (act,) = _espionage(nlp, resources, text)
    assert roles(act)["actor"] == {"person/john-smith"}


def test_a_real_adjective_is_no_act(nlp, resources):
    text = "John Smith told the agent about their shared knowledge of classified information."
    assert _espionage(nlp, resources, text) == []
