"""Round 16a, restriction by meaning: a state cutting a service off from its users, and a
platform acting on accounts short of removing them. Access counts only to a name or a
service, told as one actor's act. Sentences written for these tests, with words the
development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Iran disrupted access to Twitter and LinkedIn during the protests.",
        "Russia throttled access to LinkedIn on Monday.",
        "Iran suspended access to Twitter and LinkedIn in June.",
    ],
)
def test_cutting_access_to_a_service_bans_it(nlp, resources, text):
    ban = only(run(nlp, resources, text), "Ban")
    assert roles(ban)["target"] <= {"org/twitter", "org/linkedin"}
    assert roles(ban)["actor"] <= {"country/ir", "country/ru"}


def test_a_shutdown_by_its_modifier_is_a_ban(nlp, resources):
    text = "An internet shutdown ordered by Iran lasted a week."
    assert roles(only(run(nlp, resources, text), "Ban")) == {"actor": {"country/ir"}}


def test_shutting_off_mobile_internet_is_a_ban(nlp, resources):
    text = "Iran shut off mobile internet in the province on Monday."
    assert roles(only(run(nlp, resources, text), "Ban")) == {"actor": {"country/ir"}}


def test_locking_an_account_is_a_takedown(nlp, resources):
    takedown = only(run(nlp, resources, "Twitter locked Smith's account."), "AccountTakedown")
    assert roles(takedown) == {"actor": {"org/twitter"}, "target": {"person/john-smith"}}


@pytest.mark.parametrize(
    "text",
    [
        "Acme limited access to its offices during the pandemic.",
        "The ministry restricted access to the documents.",
        "Berg revoked Smith's access to classified files.",
        "Britain and France, which restrict access to LinkedIn at work, said nothing.",
        "Nations like Iran that maintain tight control and restrict access to social "
        "platforms are hard targets.",
    ],
)
def test_access_to_no_service_or_as_a_rule_is_no_ban(nlp, resources, text):
    assert all(e.type != "Ban" for e in run(nlp, resources, text))
