"""Unnamed people charged or arrested with some of them named after "among them" or
"including": the named members are the targets; sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run


def test_members_named_after_charges_against_nationals_are_the_targets(nlp, resources):
    text = (
        "The FBI on Monday unsealed charges against nine Iranian nationals, among them five "
        "employees of Acme and two officers of the defence ministry, accusing them of hacking."
    )
    charges = only(run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")]), "Indictment")
    assert roles(charges)["actor"] == {"org/fbi"}
    assert {"org/acme", "org/ministry"} <= roles(charges)["target"]
    assert charges.date.earliest == "2024-10-07"


def test_members_named_after_including_are_the_targets(nlp, resources):
    text = "The FBI filed charges against nine people, including two employees of Globex."
    charges = only(run(nlp, resources, text), "Indictment")
    assert roles(charges) == {"actor": {"org/fbi"}, "target": {"org/globex"}}
