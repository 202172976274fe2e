"""Round 16a, violence by meaning: the lexicon's words of physical attack (ASSAULT) beyond
"attack", "kill" and "bomb", each with what makes it the violent sense. Sentences written for
these tests, with verbs the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen kidnapped John Smith on Tuesday.", {"target": {"person/john-smith"}}),
        (
            "Russian artillery pounded Acme's factory overnight.",
            {"actor": {"country/ru"}, "target": {"org/acme"}},
        ),
        (
            "Iranian forces clashed with Russian troops near the border on Friday.",
            {"actor": {"country/ir"}, "target": {"country/ru"}},
        ),
        (
            "Police said Smith's abduction was carried out by Iranian agents.",
            {"actor": {"country/ir"}, "target": {"person/john-smith"}},
        ),
    ],
)
def test_violent_verbs_and_nouns_are_attacks(nlp, resources, text, expected):
    assert roles(only(run(nlp, resources, text), "Attack")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops ambushed a convoy carrying Acme engineers on Sunday.",
        "Iranian agents detonated a car bomb outside Acme's offices.",
        "Russian saboteurs burned down a warehouse owned by Acme.",
        "Iranian police fired on protesters outside Acme's offices.",
        "A gunfight between Russian and Iranian troops broke out on Monday.",
    ],
)
def test_the_attacker_of_a_violent_act_is_its_actor(nlp, resources, text):
    attack = only(run(nlp, resources, text), "Attack")
    assert roles(attack)["actor"] <= {"country/ru", "country/ir"}


@pytest.mark.parametrize(
    "text",
    [
        "Smith and Berg clashed over the budget on Monday.",
        "The clash between Berg and Smith over the budget went on for hours.",
        "Acme shot a video in France.",
        "Smith fired back at his critics on Monday.",
        "Acme burned through its cash last year.",
        "Acme eliminated its fees for Iranian customers.",
        "Berg threw a party for Acme staff.",
        "Acme exchanged letters with Globex.",
    ],
)
def test_look_alikes_of_violence_are_no_attack(nlp, resources, text):
    assert all(e.type != "Attack" for e in run(nlp, resources, text))


def test_an_attempt_is_an_attack_only_on_a_life(nlp, resources):
    events = run(nlp, resources, "The attempt by Acme to buy Globex failed.")
    assert all(e.type != "Attack" for e in events)
    attempt = run(nlp, resources, "Iranian agents made an attempt on Smith's life in March.")
    assert [e.type for e in attempt] == ["Attack"]
