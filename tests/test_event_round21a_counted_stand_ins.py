"""Round 21a: a word counting a group with no noun of its own ("Both were charged", "the two",
"the pair", "the trio") stands for the entities of the latest phrase of its sentence or the one
before that joins as many of one kind by "and" (kg/extract/definite_nouns.counted_stand_in).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import in_role_at, run_with

_NAMED = {
    "person/lind": ("Person", ["Ola Lind"]),
    "person/berg": ("Person", ["Mia Berg"]),
    "person/dahl": ("Person", ["Jon Dahl"]),
    "person/holm": ("Official", ["Eva Holm"]),
    "country/ee": ("Country", ["Estonia"]),
    "country/lv": ("Country", ["Latvia"]),
    "country/by": ("Country", ["Belarus"]),
}


def _roles(nlp, resources, text: str, trigger: str, role: str) -> set[str]:
    return in_role_at(run_with(nlp, resources, text, _NAMED), trigger, role)


@pytest.mark.parametrize(
    ("text", "trigger", "role", "meant"),
    [
        (
            "Ola Lind, a former naval officer, and Mia Berg, a translator, were held in May. "
            "Both were indicted for bribery in July.",
            "indicted",
            "target",
            {"person/lind", "person/berg"},
        ),
        (
            "Police questioned Ola Lind and Mia Berg on Monday. The pair were later convicted "
            "of fraud.",
            "convicted",
            "target",
            {"person/lind", "person/berg"},
        ),
        (
            "Ola Lind, Mia Berg and Jon Dahl flew home on Sunday. The trio had been expelled "
            "from Belarus.",
            "expelled",
            "target",
            {"person/lind", "person/berg", "person/dahl"},
        ),
        (
            "Estonia and Latvia summoned the envoys of Belarus. Both condemned the exercises.",
            "condemned",
            "actor",
            {"country/ee", "country/lv"},
        ),
    ],
)
def test_a_counting_word_stands_for_the_group_just_named(
    nlp, resources, text, trigger, role, meant
):
    assert _roles(nlp, resources, text, trigger, role) == meant


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # three named, "both" counts two: no one
        (
            "Ola Lind, Mia Berg and Jon Dahl were held in May. Both were indicted in July.",
            "indicted",
        ),
        # "the other two" are not the two named
        (
            "Ola Lind and Mia Berg were questioned. The other two were indicted in July.",
            "indicted",
        ),
        # the pair was named three sentences before: too far to be meant
        (
            "Ola Lind and Mia Berg were questioned. The ministry met on Friday. It sat long. "
            "It adjourned late. The two were indicted in July.",
            "indicted",
        ),
    ],
)
def test_a_counting_word_with_no_fitting_group_names_no_one(nlp, resources, text, trigger):
    assert not _roles(nlp, resources, text, trigger, "target") & {"person/lind", "person/berg"}
