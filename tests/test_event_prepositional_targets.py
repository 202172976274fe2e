"""The object of "into"/"against" read like a direct object: a possessive pronoun names its
owner, down "of" phrases ("broke into the accounts of some of its executives"). The commonest
way news reports a breach is the victim saying it was hit; sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_its_accounts_broken_into_are_the_speakers(nlp, resources):
    text = "Acme said on Friday that hackers had broken into its email accounts."
    event = only(run(nlp, resources, text), "CyberOperation")
    assert roles(event)["target"] == {"org/acme"}


def test_the_owner_is_found_down_of_phrases(nlp, resources):
    text = (
        "Acme said on Friday that Globex had broken into the email accounts of some of its "
        "senior executives."
    )
    event = only(run(nlp, resources, text), "CyberOperation")
    assert roles(event) == {"actor": {"org/globex"}, "target": {"org/acme"}}


def test_attacks_against_its_grid_target_the_speaker_not_the_attacker(nlp, resources):
    text = "Britain said Russia had launched attacks against its power grid."
    event = only(run(nlp, resources, text), "Attack")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"country/gb"}}
