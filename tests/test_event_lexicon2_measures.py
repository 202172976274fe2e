"""Round 16d, diplomatic and economic measures by meaning: contacts and exchanges suspended or
frozen, a state's premises closed or closed to its staff, a named body's operations in a
country stopped, a state's debt barred from purchase. Sentences written for these tests, with
words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "Germany froze military exchanges with China on Monday.",
        "Britain ended all consultations with Iran.",
    ],
)
def test_exchanges_or_consultations_stopped_are_a_sanction_not_a_meeting(nlp, resources, text):
    events = run(nlp, resources, text)
    assert roles(only(events, "Sanction"))["actor"] <= {"country/de", "country/gb"}
    assert all(e.type != "Meeting" for e in events)


def test_talks_cancelled_are_no_meeting(nlp, resources):
    events = run(nlp, resources, "Germany cancelled its talks with Iran.")
    assert all(e.type != "Meeting" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "France closed the Iranian cultural centre in Paris.",
        "Britain seized two diplomatic compounds used by Russian officials.",
        "The embassy's dacha was closed to Russian staff.",
    ],
)
def test_a_states_premises_closed_are_a_sanction(nlp, resources, text):
    assert only(run(nlp, resources, text), "Sanction")


def test_the_public_kept_out_is_no_sanction(nlp, resources):
    text = "The museum in Paris was closed to the public for a week."
    assert all(e.type != "Sanction" for e in run(nlp, resources, text))


def test_a_named_bodys_operations_halted_is_a_ban(nlp, resources):
    text = "Iran halted Acme's operations in the country."
    ban = only(run(nlp, resources, text), "Ban")
    assert roles(ban)["actor"] == {"country/ir"}


@pytest.mark.parametrize(
    "text",
    ["Acme suspended its operations in Russia.", "Acme halted operations at the plant."],
)
def test_a_body_stopping_its_own_operations_is_no_ban(nlp, resources, text):
    assert all(e.type != "Ban" for e in run(nlp, resources, text))


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury prohibited American investors from buying Iranian sovereign debt.",
        "The Treasury banned purchases of Russian bonds.",
    ],
)
def test_buying_a_states_debt_forbidden_is_a_sanction(nlp, resources, text):
    sanction = only(run(nlp, resources, text), "Sanction")
    assert roles(sanction)["actor"] == {"org/treasury"}
    assert all(e.type != "Ban" for e in run(nlp, resources, text))


def test_barring_other_purchases_stays_a_ban(nlp, resources):
    text = "The Treasury barred Acme from buying Globex."
    assert only(run(nlp, resources, text), "Ban")


@pytest.mark.parametrize(
    "text",
    [
        "Germany suspended weapons deliveries to Iran.",
        "France prohibited exports of drones to Iran.",
    ],
)
def test_arms_or_trade_stopped_is_a_sanction(nlp, resources, text):
    sanction = only(run(nlp, resources, text), "Sanction")
    assert roles(sanction)["actor"] <= {"country/de", "country/fr"}
    assert all(e.type != "Ban" for e in run(nlp, resources, text))


def test_a_parcel_held_back_is_no_sanction(nlp, resources):
    text = "Acme halted the delivery of the parcel to Germany."
    assert all(e.type != "Sanction" for e in run(nlp, resources, text))


def test_an_ambassador_withdrawn_is_recalled(nlp, resources):
    text = "Germany withdrew its ambassador from Iran on Monday."
    recall = only(run(nlp, resources, text), "Expulsion")
    assert roles(recall)["actor"] == {"country/de"}


def test_an_offer_withdrawn_is_no_recall(nlp, resources):
    assert all(e.type != "Expulsion" for e in run(nlp, resources, "Acme withdrew its offer."))


def test_a_travel_ban_is_a_sanction_a_bare_ban_a_ban(nlp, resources):
    travel = run(nlp, resources, "Britain imposed a travel ban on Smith.")
    assert roles(only(travel, "Sanction")) == {
        "actor": {"country/gb"},
        "target": {"person/john-smith"},
    }
    bare = run(nlp, resources, "Germany imposed a ban on Acme.")
    assert [e.type for e in bare] == ["Ban"]


def test_airspace_closed_to_a_state_is_a_sanction(nlp, resources):
    text = "France closed its airspace to Russian planes."
    assert roles(only(run(nlp, resources, text), "Sanction"))["actor"] == {"country/fr"}
