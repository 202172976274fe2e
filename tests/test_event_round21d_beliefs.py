"""What the speaker believes or suspects passes its clause on (round 21d): "said she believed
Iran was responsible for the attack" attributes it, as "had concluded that" does; a belief
denied and a belief with no culprit in it do not. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import run, targets_of, types_of


def test_a_belief_that_someone_was_behind_a_harm_attributes_it(nlp, resources):
    text = "Berg said she believed Iran was responsible for the attack."
    assert "country/ir" in targets_of(nlp, resources, text, "Attribution")
    text = "The Treasury said it suspected Russian hackers were behind the leak."
    assert "country/ru" in targets_of(nlp, resources, text, "Attribution")
    text = "Acme said it thought Chinese spies had carried out the intrusion."
    assert "Attribution" in types_of(nlp, resources, text)


def test_a_belief_denied_or_with_no_culprit_attributes_nothing(nlp, resources):
    for text in (
        "Berg said she did not believe Iran was responsible.",
        "Berg said she thought the meeting with Smith was useful.",
    ):
        types = {e.type for e in run(nlp, resources, text)}
        assert "Attribution" not in types, text
