"""Two classes of false events: someone sought to be hired is no manhunt, and an act a denial
denies is what the denial is about, not a happening of its own. Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "The FBI is seeking a man who attacked Acme.",
        "The FBI is hunting a man in connection with the attack on Acme.",
    ],
)
def test_a_manhunt_is_an_investigation(nlp, resources, text):
    assert roles(only(run(nlp, resources, text), "Investigation"))["actor"] == {"org/fbi"}


@pytest.mark.parametrize(
    "text",
    [
        "The FBI is seeking a man to lead its cyber division.",
        "Acme is seeking a woman for the role of director.",
        "The CIA was seeking a man as its new deputy director.",
    ],
)
def test_someone_sought_for_a_job_is_no_investigation(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "Investigation"]


@pytest.mark.parametrize(
    "text",
    [
        "Russia has previously denied carrying out cyberattacks against Acme.",
        "China denied that it had hacked Acme.",
        "Russia denied hacking Acme and leaking the emails.",
    ],
)
def test_a_denied_act_is_a_mention_of_the_denial(nlp, resources, text):
    events = run(nlp, resources, text)
    assert [e.type for e in events] == ["Denial"]
    assert events[0].mentions  # the denied act's words still locate it


def test_an_act_denied_by_someone_else_s_telling_is_no_denial(nlp, resources):
    events = run(nlp, resources, "Russia did not hack Acme.")
    assert only(events, "CyberOperation").negated
