"""Announcing an act the story already told is no new happening (round 17d). Sentences
written for these tests."""

from __future__ import annotations

from event_helpers import day, run

LEDE = "Britain expelled 23 Russian diplomats on Monday. "


def _triggers(events) -> list[tuple[str, str]]:
    return sorted((e.type, e.trigger.text) for e in events)


def _after_lede(nlp, resources, sentence: str):
    text = LEDE + sentence
    return run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")])


def test_announcing_the_decision_told_before_is_no_statement(nlp, resources):
    events = _after_lede(nlp, resources, "Anna Berg announced the decision in a video message.")
    assert ("Statement", "announced") not in _triggers(events)


def test_the_words_joined_to_a_retold_announcement_go_with_it(nlp, resources):
    sentence = "Anna Berg announced the measure, saying the diplomats were a threat to security."
    events = _after_lede(nlp, resources, sentence)
    assert not [e for e in events if e.type == "Statement"]


def test_an_assessment_announced_in_the_passive_is_no_statement(nlp, resources):
    events = _after_lede(nlp, resources, "The British assessment was announced by Anna Berg.")
    assert ("Statement", "announced") not in _triggers(events)


def test_announcing_what_was_decided_is_news(nlp, resources):
    sentence = "Anna Berg announced on Tuesday that Britain would also close a consulate."
    events = _after_lede(nlp, resources, sentence)
    assert ("Statement", "announced") in _triggers(events)


def test_announcing_an_indefinite_thing_is_news(nlp, resources):
    events = _after_lede(nlp, resources, "Anna Berg announced a new visa policy for students.")
    assert ("Statement", "announced") in _triggers(events)


def test_a_decision_announced_with_what_it_is_stays(nlp, resources):
    sentence = "Anna Berg announced the decision to close the consulate in Leipzig."
    events = _after_lede(nlp, resources, sentence)
    assert any(e.trigger.text == "announced" for e in events)
