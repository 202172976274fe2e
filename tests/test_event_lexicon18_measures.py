"""Round 18b, force and measures by meaning, from news sentences written for the purpose:
forces sent, status stripped, signals jammed, export controls imposed, outlets labelled foreign
agents, channels cut, treaties left, land annexed. Sentences written for these tests, with
look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


def test_forces_sent_are_mobilised(nlp, resources):
    text = "Russia massed troops near the border with Germany in March."
    assert "Mobilization" in types_of(nlp, resources, text)


def test_aid_sent_is_no_mobilisation(nlp, resources):
    text = "Germany sent blankets and food to Iran in March."
    assert "Mobilization" not in types_of(nlp, resources, text)


def test_someone_stripped_of_citizenship_is_sanctioned(nlp, resources):
    text = "Iran stripped John Smith of his nationality in 2020."
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event)["actor"] == {"country/ir"}


def test_stripping_a_room_is_no_sanction(nlp, resources):
    text = "John Smith stripped the walls of old paint last week."
    assert "Sanction" not in types_of(nlp, resources, text)


def test_signals_jammed_are_interference(nlp, resources):
    text = "Russia spoofed satellite signals over Germany for weeks."
    assert "CyberOperation" in types_of(nlp, resources, text)


def test_a_jammed_door_is_nothing(nlp, resources):
    assert not types_of(nlp, resources, "John Smith jammed the door of Acme's office.")


def test_export_controls_imposed_are_a_sanction(nlp, resources):
    text = "China introduced export controls on drones sold to Germany."
    assert "Sanction" in types_of(nlp, resources, text)


def test_export_control_laws_named_are_no_sanction(nlp, resources):
    text = "Acme said it obeyed the export control laws of Germany."
    assert "Sanction" not in types_of(nlp, resources, text)


def test_an_outlet_branded_a_foreign_agent_is_banned(nlp, resources):
    text = "Russia branded Acme a foreign agent in May."
    event = only(run(nlp, resources, text), "Ban")
    assert roles(event)["target"] == {"org/acme"}


def test_channels_cut_off_are_a_sanction(nlp, resources):
    text = "China severed the military hotline with Germany in August."
    assert "Sanction" in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Russia suspended its participation in the treaty with Germany.",
        "Iran opted out of the pact with France in May.",
    ],
)
def test_leaving_a_treaty_is_a_withdrawal(nlp, resources, text):
    assert "Withdrawal" in types_of(nlp, resources, text)


def test_land_annexed_is_an_attack(nlp, resources):
    text = "Russia annexed four regions of Germany in 2022."
    assert "Attack" in types_of(nlp, resources, text)


def test_backdoors_planted_are_a_cyber_operation(nlp, resources):
    text = "China hid backdoors in routers sold to Germany."
    assert "CyberOperation" in types_of(nlp, resources, text)


def test_software_installed_is_no_cyber_operation(nlp, resources):
    text = "Acme installed new software in its offices in Germany."
    assert "CyberOperation" not in types_of(nlp, resources, text)


def test_a_company_takeover_is_no_intrusion(nlp, resources):
    text = "Germany blocked the takeover of Acme by Globex."
    assert "CyberOperation" not in types_of(nlp, resources, text)


def test_an_account_takeover_is_an_intrusion(nlp, resources):
    text = "Iranian hackers claimed the takeover of Acme's Twitter account."
    assert "CyberOperation" in types_of(nlp, resources, text)


def test_officials_bribed_are_paid(nlp, resources):
    text = "China bribed officials of Germany to win the contract."
    assert "Aid" in types_of(nlp, resources, text)


def test_assets_nationalised_are_a_sanction(nlp, resources):
    text = "Russia expropriated the assets of Acme in 2023."
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event)["target"] == {"org/acme"}


def test_internet_access_cut_is_a_ban(nlp, resources):
    text = "Iran restricted mobile data across the country in September."
    assert "Ban" in types_of(nlp, resources, text)


def test_prices_cut_are_no_ban(nlp, resources):
    text = "Acme cut its internet prices in Germany in September."
    assert "Ban" not in types_of(nlp, resources, text)


def test_weapons_smuggled_to_someone_arm_them(nlp, resources):
    text = "Iran shipped drones to Russia last year."
    event = only(run(nlp, resources, text), "Aid")
    assert roles(event)["actor"] == {"country/ir"}


def test_critics_harassed_are_threatened(nlp, resources):
    text = "China intimidated the families of dissidents in Germany."
    assert "Threat" in types_of(nlp, resources, text)


def test_dissidents_tracked_are_spied_on(nlp, resources):
    text = "Iran tracked dissidents living in Germany for years."
    assert "Espionage" in types_of(nlp, resources, text)


def test_a_storm_tracked_is_no_spying(nlp, resources):
    assert "Espionage" not in types_of(nlp, resources, "Germany tracked the storm for days.")
