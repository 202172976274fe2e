"""A body telling of a measure done to someone with no doer named relays its own act (round
17d). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run


def _types(events) -> list[str]:
    return sorted(e.type for e in events)


def test_a_detention_told_by_a_ministry_is_its_act(nlp, resources):
    text = "John Smith was detained in Paris after a tip-off, the defence ministry said."
    events = run(nlp, resources, text)
    arrest = only(events, "Arrest")
    assert "org/ministry" in roles(arrest)["actor"]
    assert "said" in [m.text for m in arrest.mentions]
    assert "Statement" not in _types(events)


def test_a_takedown_told_in_the_passive_by_the_platform_is_its_own(nlp, resources):
    text = "Meta said 40 accounts linked to Iran had been removed from Facebook."
    events = run(nlp, resources, text)
    assert "Statement" not in _types(events)
    assert "org/meta" in roles(only(events, "AccountTakedown"))["actor"]


def test_a_measure_told_with_its_doer_keeps_the_telling(nlp, resources):
    text = "John Smith was detained by Russian police in Moscow, the defence ministry said."
    events = run(nlp, resources, text)
    assert "org/ministry" not in roles(only(events, "Arrest")).get("actor", set())


def test_an_attack_told_in_the_passive_is_no_act_of_the_speaker(nlp, resources):
    text = "John Smith was poisoned with a nerve agent, the defence ministry said on Monday."
    events = run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")])
    assert "org/ministry" not in roles(only(events, "Attack")).get("actor", set())
    assert "Statement" in _types(events)


def test_a_telling_dated_to_another_day_than_the_measure_stays(nlp, resources):
    text = (
        "In a filing made public on Wednesday, the defence ministry said John Smith was "
        "detained on February 17 in the interest of national security."
    )
    times = [day(text, "on Wednesday", "2024-10-09"), day(text, "on February 17", "2024-02-17")]
    events = run(nlp, resources, text, times)
    assert "org/ministry" not in roles(only(events, "Arrest")).get("actor", set())


def test_a_person_telling_of_a_detention_did_not_detain(nlp, resources):
    text = "Anna Berg said John Smith was detained in Paris after a tip-off."
    events = run(nlp, resources, text)
    assert "person/anna-berg" not in roles(only(events, "Arrest")).get("actor", set())
