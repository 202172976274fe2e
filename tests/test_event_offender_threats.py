"""A statement telling of a measure ordered or announced against whoever does something
threatens them ("directed prosecutors to bring charges against anyone who defied the ban"); a
measure taken, or a generic "anyone" not punished, is no threat (sentences written for these
tests)."""

from __future__ import annotations

from event_helpers import run


def _types(nlp, resources, text: str) -> set[str]:
    return {e.type for e in run(nlp, resources, text) if e.trigger.text == "said"}


def test_an_order_to_charge_anyone_who_defies_a_ban_threatens(nlp, resources):
    text = "Anna Berg said she had directed prosecutors to bring charges against anyone who "
    text += "defied the ban."
    assert _types(nlp, resources, text) == {"Threat"}


def test_a_that_clause_hung_on_the_day_is_still_what_is_said(nlp, resources):
    text = "Anna Berg said the same day that she had directed prosecutors to bring charges "
    text += "against anyone who defied the ban."
    assert _types(nlp, resources, text) == {"Threat"}


def test_arrests_announced_for_those_who_protest_threaten(nlp, resources):
    assert _types(nlp, resources, "Anna Berg said police would arrest those who protest.") == {
        "Threat"
    }


def test_arrests_made_of_those_who_protested_are_no_threat(nlp, resources):
    text = "Anna Berg said police had arrested those who protested."
    assert "Threat" not in _types(nlp, resources, text)


def test_anyone_who_is_praised_is_not_threatened(nlp, resources):
    text = "Anna Berg said anyone who defied the ban was a patriot."
    assert "Threat" not in _types(nlp, resources, text)
