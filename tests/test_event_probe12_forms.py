"""Forms of the twelfth events round (one act of a campaign, passive leaks, accusations in a
speaker's clause, requests and legal steps); sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run


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


def test_a_trove_of_someone_s_emails_dumped_online_is_an_intrusion_on_them(nlp, resources):
    text = (
        "Acme said it was looking into the matter after a trove of its internal emails "
        "was dumped online on Friday."
    )
    leak = only(run(nlp, resources, text, [day(text, "on Friday", "2024-10-04")]), "CyberOperation")
    assert leak.trigger.text == "dumped"
    assert roles(leak) == {"target": {"org/acme"}}
    assert leak.date.value == "2024-10-04"


def test_material_stolen_from_the_accounts_of_its_staff_targets_their_body(nlp, resources):
    text = (
        "Acme said the material had been stolen several weeks ago from the email accounts "
        "of several of its officials."
    )
    theft = only(run(nlp, resources, text), "CyberOperation")
    assert roles(theft)["target"] == {"org/acme"}


def test_a_trove_of_nobody_s_documents_names_no_one(nlp, resources):
    text = "A trove of documents was dumped online on Friday."
    assert not run(nlp, resources, text, [day(text, "on Friday", "2024-10-04")])
