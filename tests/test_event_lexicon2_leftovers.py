"""Round 16d, leftovers of round 16a: papers handed to the press are leaked, intrusion tools
made for a state's services are work for them. Sentences written for these tests, with words
the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Smith copied the cables and slipped them to reporters in May.",
        "Smith fed the internal memos to a newspaper.",
    ],
)
def test_papers_passed_to_the_press_are_leaked(nlp, resources, text):
    leak = only(run(nlp, resources, text), "CyberOperation")
    assert roles(leak)["actor"] == {"person/john-smith"}


@pytest.mark.parametrize(
    "text",
    [
        "Berg gave an interview to a newspaper.",
        "Berg handed the award to a reporter from the New York Post.",
    ],
)
def test_talking_to_the_press_is_no_leak(nlp, resources, text):
    assert all(e.type != "CyberOperation" for e in run(nlp, resources, text))


def test_the_inquiry_handed_on_is_no_leak_and_a_file_handed_no_inquiry(nlp, resources):
    handed = run(nlp, resources, "Smith handed the files to the FBI.")
    assert all(e.type != "Investigation" for e in handed)


def test_intrusion_tools_made_for_a_state_are_espionage(nlp, resources):
    text = "Acme built surveillance software for Iran's intelligence ministry."
    espionage = only(run(nlp, resources, text), "Espionage")
    assert roles(espionage)["actor"] == {"org/acme"}
    assert roles(espionage)["recipient"] == {"country/ir"}


@pytest.mark.parametrize(
    "text",
    ["Acme built a new app for Iran's banks.", "Acme built surveillance software last year."],
)
def test_other_software_or_no_client_is_no_espionage(nlp, resources, text):
    assert all(e.type != "Espionage" for e in run(nlp, resources, text))
