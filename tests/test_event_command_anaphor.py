"""An unnamed spokesperson or definite "the command" speaks for the command named shortly
before ("a command spokesperson declined to say"); sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run

COMMAND = "U.S. Cyber Command said on Monday that Iran had hacked Acme. "


def test_a_command_spokesperson_speaks_for_the_command_named_before(nlp, resources):
    text = COMMAND + "A command spokesperson declined to say how the hack was found."
    refusal = only(run(nlp, resources, text), "Refusal")
    assert roles(refusal)["actor"] == {"org/cybercom"}


def test_the_command_points_back_to_the_command_named_before(nlp, resources):
    text = COMMAND + "The command warned that more attacks would follow."
    warning = next(e for e in run(nlp, resources, text) if e.trigger.text == "warned")
    assert roles(warning)["actor"] == {"org/cybercom"}


def test_a_company_spokesperson_does_not_speak_for_the_command(nlp, resources):
    text = COMMAND + "A company spokesperson declined to say how the hack was found."
    refusals = [e for e in run(nlp, resources, text) if e.type == "Refusal"]
    assert all("org/cybercom" not in roles(e).get("actor", set()) for e in refusals)
