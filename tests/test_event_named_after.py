"""One person a lede charges or holds by description ("an Arizona woman", "a man") is whom the
next sentence names: by a name that sentence charges or holds too, or by a definite noun of the
same kind with the name beside it. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors on Thursday charged an Arizona woman with fraud. "
        "John Smith, who was arrested on Wednesday, is accused of running a laptop farm.",
        "A man was arrested in Berlin on Tuesday. "
        "The suspect, identified only as John Smith, is a German national.",
        "The FBI arrested a man on Tuesday. The man, John Smith, had worked for Acme.",
        "The FBI detained a sailor in May. "
        "The suspect, John Smith, was held in San Diego, the Navy said.",
    ],
)
def test_the_one_held_is_the_person_named_next(nlp, resources, text):
    held = next(e for e in run(nlp, resources, text) if e.type in ("Indictment", "Arrest"))
    assert "person/john-smith" in roles(held)["target"]


def test_a_speaker_named_next_is_not_the_one_charged(nlp, resources):
    text = "The FBI charged a former officer with fraud. Anna Berg said the case was serious."
    charge = only(run(nlp, resources, text), "Indictment")
    assert "person/anna-berg" not in roles(charge).get("target", set())


def test_a_name_the_next_sentence_does_not_hold_is_no_one_charged(nlp, resources):
    text = "The FBI charged a woman with fraud. John Smith welcomed the decision."
    charge = only(run(nlp, resources, text), "Indictment")
    assert "person/john-smith" not in roles(charge).get("target", set())


def test_several_people_held_are_not_one_person_named_next(nlp, resources):
    text = "The FBI arrested two men on Tuesday. The suspect, John Smith, is 40."
    arrest = only(run(nlp, resources, text), "Arrest")
    assert "person/john-smith" not in roles(arrest).get("target", set())
