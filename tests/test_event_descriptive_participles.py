"""A participle that only describes a noun is no attribution: "a hacking group tied to the SVR"
says what the group is, while "Britain tied the group to the SVR" and "a group tied by
Microsoft to the SVR" are someone's act. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import roles, run


def test_a_group_tied_to_a_service_is_a_description(nlp, resources):
    text = "Acme said on Friday that a hacking group tied to the SVR had broken into its servers."
    assert "Attribution" not in [e.type for e in run(nlp, resources, text)]


def test_tying_a_group_to_a_service_is_an_attribution(nlp, resources):
    text = "Britain tied the hacking group to the SVR on Friday."
    [event] = [e for e in run(nlp, resources, text) if e.type == "Attribution"]
    assert roles(event)["actor"] == {"country/gb"}
