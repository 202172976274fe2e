"""Round 18a: a description in a concessive clause may name the subject of the clause the
concession hangs on ("..., although the company denied it"; kg/extract/governing.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg wrote that Acme had misled its users, although the company denied it.",
        "Maria Lopez said Acme broke the rules, while the company denied any wrongdoing.",
        "John Smith told reporters that Acme had cheated, though the firm denied the claim.",
    ],
)
def test_a_concessive_description_may_be_the_subject_it_concedes_to(nlp, resources, text):
    (denial,) = [e for e in run(nlp, resources, text) if e.type == "Denial"]
    assert roles(denial)["actor"] == {"org/acme"}


@pytest.mark.parametrize(
    "text",
    [
        "Globex was sold in May. Acme said the company had been hacked by Iran.",
        "Globex was sold in May. Acme said that the firm had been hacked by Iran.",
    ],
)
def test_a_reported_description_is_still_not_its_speaker(nlp, resources, text):
    hacks = [e for e in run(nlp, resources, text) if e.trigger.text == "hacked"]
    assert hacks and all("org/acme" not in roles(e).get("target", set()) for e in hacks)
