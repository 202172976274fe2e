"""Round 21a: what befalls a person's belonging ("his flat", "her phone": ``belongings`` of
ontologies/state-groups.yaml) befalls the person "his" or "her" stands for, never the verb's
own subject; a person of theirs ("his lawyer") is someone else (pronouns.belongings_owner).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, run_with

_NAMED = {
    "person/vogel": ("Person", ["Karl Vogel"]),
    "person/berg": ("Person", ["Mia Berg"]),
    "country/lv": ("Country", ["Latvia"]),
}


def _targets(nlp, resources, text: str, trigger: str) -> set[str]:
    """Targets of the events told by ``trigger`` (as the trigger or a further mention)."""
    events = [
        e
        for e in run_with(nlp, resources, text, _NAMED)
        if trigger in (e.trigger.text, *(m.text for m in e.mentions))
    ]
    return set().union(set(), *(roles(e).get("target", set()) for e in events))


@pytest.mark.parametrize(
    ("text", "trigger", "owner"),
    [
        (
            "Karl Vogel flew to Latvia on Monday. His flat and his office were searched.",
            "searched",
            "person/vogel",
        ),
        ("Karl Vogel said on Friday that his phone had been hacked.", "hacked", "person/vogel"),
        (
            "Mia Berg said on Monday that Karl Vogel had hacked her laptop.",
            "hacked",
            "person/berg",
        ),
        (
            "Mia Berg fled to Latvia in May. Latvia froze her accounts on Friday.",
            "froze",
            "person/berg",
        ),
    ],
)
def test_a_persons_belonging_befallen_befalls_the_person(nlp, resources, text, trigger, owner):
    assert owner in _targets(nlp, resources, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "not_target"),
    [
        # a person of his is someone else
        (
            "Karl Vogel was questioned in Latvia on Monday. His lawyer was arrested on Friday.",
            "arrested",
            "person/vogel",
        ),
        # never the verb's own subject
        (
            "Mia Berg said on Monday that Karl Vogel had hacked her laptop.",
            "hacked",
            "person/vogel",
        ),
    ],
)
def test_a_person_of_theirs_or_the_doer_is_not_befallen(nlp, resources, text, trigger, not_target):
    assert not_target not in _targets(nlp, resources, text, trigger)
