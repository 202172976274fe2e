"""A news lede introduces people by description and the next sentence names them (by the
description's noun as a title, or with their age). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_the_lede_s_description_is_the_person_named_next_with_age_or_title(nlp, resources):
    text = (
        "A federal judge on Thursday sentenced a former defence contractor to nine years in "
        "prison. Judge Anna Berg told John Smith, 52, that he had betrayed the country."
    )
    event = only(run(nlp, resources, text), "Conviction")
    assert roles(event) == {"actor": {"person/anna-berg"}, "target": {"person/john-smith"}}
    assert event.label == "Anna Berg sentences John Smith"


def test_a_passive_lede_subject_is_the_person_named_next_with_age(nlp, resources):
    text = (
        "A former contractor was sentenced on Thursday to nine years in prison. "
        "John Smith, 52, pleaded guilty in November."
    )
    assert roles(only(run(nlp, resources, text), "Conviction")) == {"target": {"person/john-smith"}}


def test_a_name_in_apposition_to_another_noun_is_not_the_lede_s_person(nlp, resources):
    text = (
        "A court sentenced a former engineer on Monday. "
        "Her lawyer, Anna Berg, 44, said she would appeal."
    )
    assert [e.type for e in run(nlp, resources, text)] == ["Statement"]


def test_a_person_named_later_in_the_story_is_not_the_lede_s_description(nlp, resources):
    text = (
        "A former contractor was sentenced on Thursday. The case drew wide attention. "
        "John Smith, 52, said the sentence was fair."
    )
    assert [e.type for e in run(nlp, resources, text)] == ["Statement"]
