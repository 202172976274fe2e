"""Forms of the twelfth events round (one act of a campaign, passive leaks, accusations in a
speaker's clause, requests and legal steps); sentences written for these tests."""

from __future__ import annotations

from event_helpers import roles, run


def test_one_intrusion_of_a_campaign_told_later_is_its_own_event(nlp, resources):
    text = (
        "Britain accused Russia of running a hacking campaign against Acme since 2015. "
        "The hackers broke into Acme in 2018."
    )
    cyber = [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]
    assert len(cyber) == 2, [(e.trigger.text, e.mentions) for e in cyber]
    assert roles(cyber[1])["target"] == {"org/acme"}


def test_the_campaign_told_again_is_still_the_same_event(nlp, resources):
    text = (
        "Britain accused Russia of running a hacking campaign against Acme since 2015. "
        "Russia ran the campaign from Moscow."
    )
    cyber = [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]
    assert len(cyber) == 1, [(e.trigger.text, e.mentions) for e in cyber]
