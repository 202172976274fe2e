"""Round 20a: a person a lede introduces by age alone ("A 17-year-old from Tampa was
arrested") is the person the next sentence first names as the subject of something other than
speech (kg/extract/aged_people.py). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import in_role_at, run_with

_NAMED = {
    "person/zielinski": ("Person", ["Piotr Zielinski"]),
    "person/berg": ("Person", ["Tomas Berg"]),
    "person/kowal": ("Official", ["Anna Kowal"]),
    "place/gdansk": ("Place", ["Gdansk"]),
}


def _targets(nlp, resources, text: str, trigger: str) -> set[str]:
    return in_role_at(run_with(nlp, resources, text, _NAMED), trigger, "target")


@pytest.mark.parametrize(
    ("text", "trigger", "person"),
    [
        (
            "WARSAW — A 45-year-old from Gdansk was detained on Tuesday on suspicion of arson. "
            "Piotr Zielinski is accused of setting fire to a depot.",
            "detained",
            "person/zielinski",
        ),
        (
            "A 31-year-old man was charged on Monday over the theft of the files. Tomas Berg "
            "faces up to ten years in prison, Anna Kowal said.",
            "charged",
            "person/berg",
        ),
    ],
)
def test_a_lede_person_of_an_age_is_the_one_named_next(nlp, resources, text, trigger, person):
    assert _targets(nlp, resources, text, trigger) == {person}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # who speaks of the case is not in it
        (
            "A 45-year-old was detained on Tuesday in Gdansk. Anna Kowal said the case was grave.",
            "detained",
        ),
        # named before the lede's description: someone else
        (
            "Tomas Berg opened the hearing. A 31-year-old was charged on Monday in Gdansk. "
            "Tomas Berg faces a long trial.",
            "charged",
        ),
        # far from the lede: the story has moved on
        (
            "Gdansk was calm. The port reopened. Trade resumed. Ships came in. A 31-year-old "
            "was charged on Monday in Gdansk. Tomas Berg faces a long trial.",
            "charged",
        ),
    ],
)
def test_a_speaker_a_person_named_before_or_far_from_the_lede_is_not_them(
    nlp, resources, text, trigger
):
    assert not _targets(nlp, resources, text, trigger) & {"person/berg", "person/kowal"}
