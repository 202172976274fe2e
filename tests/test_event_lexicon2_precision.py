"""Round 16d, precision guards: forms a trigger verb takes that tell of no act. Sentences
written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, run


@pytest.mark.parametrize(
    "text",
    [
        "Russian operatives have compromising personal and financial information about Smith.",
        "Russian spies had compromising personal details on Acme staff.",
    ],
)
def test_a_participle_after_have_alone_is_an_adjective(nlp, resources, text):
    assert all(e.trigger.text.lower() != "compromising" for e in run(nlp, resources, text))


def test_a_perfect_progressive_is_still_an_act(nlp, resources):
    text = "Russia has been spying on Acme since May."
    assert only(run(nlp, resources, text), "Espionage")
