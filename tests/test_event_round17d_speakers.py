"""Who speaks a reported clause, when the parse hides the speaker: a dateline read as a second
subject, and a speech verb joined by "and" to an act of the same subject (round 17d).
Sentences written for these tests."""

from __future__ import annotations

from event_helpers import roles, run


def _types(events) -> list[tuple[str, str]]:
    return sorted((e.type, e.trigger.text) for e in events)


def test_a_body_saying_it_will_retaliate_after_criticising_threatens_itself(nlp, resources):
    text = "The Kremlin called the expulsions unfriendly and said it would retaliate."
    events = run(nlp, resources, text)
    assert ("Statement", "said") not in _types(events)
    (threat,) = [e for e in events if e.type == "Threat"]
    assert threat.attributed_to == "country/ru"


def test_a_joined_speech_verb_with_a_subject_of_its_own_keeps_its_speaker(nlp, resources):
    text = "The Kremlin called the expulsions unfriendly and Anna Berg said Russia would retaliate."
    events = run(nlp, resources, text)
    (statement,) = [e for e in events if e.type == "Statement"]
    assert roles(statement)["actor"] == {"person/anna-berg"}


def test_a_joined_speech_verb_reports_its_shared_subjects_own_act(nlp, resources):
    text = "Meta rejected the claims and said it had removed 40 accounts run from Iran."
    events = run(nlp, resources, text)
    (takedown,) = [e for e in events if e.type == "AccountTakedown"]
    assert takedown.attributed_to == "org/meta"
    assert ("Statement", "said") not in _types(events)


def test_a_dateline_read_as_a_subject_does_not_hide_the_speaker(nlp, resources):
    text = (
        "MENLO PARK, California — Meta said on Monday it was banning RT and other Russian "
        "state media outlets from its apps."
    )
    events = run(nlp, resources, text)
    (ban,) = [e for e in events if e.type == "Ban"]
    assert ban.attributed_to == "org/meta"
    assert ("Statement", "said") not in _types(events)


def test_a_subject_after_its_verb_is_still_the_speaker(nlp, resources):
    text = '"We will retaliate," said the Kremlin, after Britain expelled 23 diplomats.'
    events = run(nlp, resources, text)
    assert all(e.attributed_to in (None, "country/ru") for e in events)


def test_a_that_clause_hung_on_the_speech_verbs_day_is_what_it_says(nlp, resources):
    text = (
        "The defence ministry said the same day that China would take necessary measures to "
        "protect the legitimate rights of Chinese companies."
    )
    (threat,) = [e for e in run(nlp, resources, text) if e.type == "Threat"]
    assert threat.attributed_to == "org/ministry"


def test_a_clause_on_a_day_of_another_act_is_not_its_speech(nlp, resources):
    text = "Russia expelled the diplomats the same day that Britain said it would retaliate."
    events = run(nlp, resources, text)
    assert all(e.attributed_to != "country/ru" for e in events)
