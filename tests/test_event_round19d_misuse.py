"""A telling that a third party misused something accuses it (round 19d): deceptive means, or
a thing used for a harm or by a culprit. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import targets_of, types_of


def test_deceptive_means_accuse_their_user(nlp, resources):
    text = "Meta said Globex had created bogus profiles to praise the minister."
    assert targets_of(nlp, resources, text, "Accusation") == {"org/globex"}
    text = "Anna Berg said the defence ministry relied on criminal contract hackers."
    assert targets_of(nlp, resources, text, "Accusation") == {"org/ministry"}


def test_a_thing_used_for_a_harm_or_by_a_culprit_accuses(nlp, resources):
    for text in (
        "Anna Berg said the tool had been used to spy on reporters.",
        "Anna Berg said the platform was used by the organisers of the blast.",
    ):
        assert "Accusation" in types_of(nlp, resources, text), text


def test_plain_use_or_the_speakers_own_accuses_no_one(nlp, resources):
    for text in (
        "Meta said Globex had used encryption to protect its messages.",
        "Anna Berg said the platform was used by millions of people.",
        "Meta said it had created fake profiles to test its own systems.",
    ):
        types = types_of(nlp, resources, text)
        assert "Accusation" not in types, text


def test_a_third_party_posing_a_danger_is_accused(nlp, resources):
    text = "Anna Berg said Globex represented a grave risk to national security."
    assert targets_of(nlp, resources, text, "Accusation") == {"org/globex"}
    text = "Anna Berg said the apps made by Globex endangered the privacy of users."
    assert "Accusation" in types_of(nlp, resources, text)


def test_no_danger_a_possible_one_or_a_deed_accuses_no_one(nlp, resources):
    for text in (
        "Anna Berg said Globex posed no threat to anyone.",
        "Anna Berg said Globex could pose a risk one day.",
        "Anna Berg said leaking the files had endangered lives.",
    ):
        assert "Accusation" not in types_of(nlp, resources, text), text
