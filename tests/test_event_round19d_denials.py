"""A speaker denying something of what it owns denies (round 19d): "its phones did not censor
messages" is the speaker's own, as "it did not" is; its rivals and others' things are not.
Sentences written for these tests."""

from __future__ import annotations

from event_helpers import types_of


def test_what_the_speaker_owns_told_negated_is_a_denial(nlp, resources):
    assert "Denial" in types_of(
        nlp, resources, "Twitter said its app did not share data with China."
    )
    assert "Denial" in types_of(
        nlp, resources, "Acme said its engineers had never handed source code to Russia."
    )


def test_its_rivals_or_anothers_things_told_negated_are_no_denial(nlp, resources):
    for text in (
        "Twitter said its rivals had not paid the fine.",
        "Twitter said Globex's phones did not censor messages.",
    ):
        types = types_of(nlp, resources, text)
        assert "Denial" not in types and "Statement" in types, text


def test_what_the_speaker_owns_told_plainly_is_no_denial(nlp, resources):
    types = types_of(nlp, resources, "Twitter said its app shared data with advertisers.")
    assert "Denial" not in types
