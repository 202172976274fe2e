"""An "it" that speaks is a body: "Acme was hacked. It said there was no evidence ..." is
Acme's denial, while "it was reported that", "it seems that" and "it expects to report" name no
speaker. Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, run


def test_it_said_there_was_no_evidence_is_the_bodys_denial(nlp, resources):
    text = "Acme was hacked in May. It said there was no evidence that customer data was taken."
    denials = [e for e in run(nlp, resources, text) if e.type == "Denial"]
    assert [roles(e)["actor"] for e in denials] == [{"org/acme"}]


@pytest.mark.parametrize(
    "second",
    [
        "It was reported that the hackers were Russian.",
        "It seems that the hackers were Russian.",
        "It expects to report a loss for the quarter.",
    ],
)
def test_a_dummy_it_speaks_for_nobody(nlp, resources, second):
    events = run(nlp, resources, f"Acme was hacked in May. {second}")
    assert [e.type for e in events] == ["CyberOperation"]
