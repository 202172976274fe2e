"""Round 18b, types by meaning: attacks by cyber means, orders that ban, hold or expel, and a
request that is only the reason of an arrest. Sentences written for these tests, with
look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Iranian hackers launched a DDoS attack on Acme in March.",
        "Russia mounted denial-of-service attacks on Germany last winter.",
        "China carried out a phishing attack on the defence ministry.",
    ],
)
def test_an_attack_by_cyber_means_is_a_cyber_operation(nlp, resources, text):
    types = types_of(nlp, resources, text)
    assert "CyberOperation" in types and "Attack" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Russia launched a missile attack on Germany in March.",
        "Iran carried out a drone attack on Acme's refinery.",
    ],
)
def test_an_attack_by_weapons_stays_an_attack(nlp, resources, text):
    types = types_of(nlp, resources, text)
    assert "Attack" in types and "CyberOperation" not in types


def test_an_order_to_stop_doing_something_bans_it(nlp, resources):
    text = "Maria Lopez ordered Acme to cease collecting the data of its users."
    event = only(run(nlp, resources, text), "Ban")
    assert roles(event)["target"] == {"org/acme"}


def test_an_order_to_stop_trading_bans_it(nlp, resources):
    text = "Britain ordered Acme to stop trading."
    assert [e.type for e in run(nlp, resources, text)] == ["Ban"]


def test_staff_told_to_rid_devices_of_an_app_is_a_ban(nlp, resources):
    text = "The defence ministry told all employees to delete the app Twitter from their phones."
    assert "Ban" in types_of(nlp, resources, text)


def test_being_told_to_stop_is_no_ban(nlp, resources):
    text = "Anna Berg told John Smith to stop talking to journalists."
    assert "Ban" not in types_of(nlp, resources, text)


def test_an_order_to_hold_someone_is_an_arrest(nlp, resources):
    text = "A judge in Warsaw ordered John Smith detained for three months."
    event = only(run(nlp, resources, text), "Arrest")
    assert roles(event)["target"] == {"person/john-smith"}


def test_envoys_ordered_out_are_expelled(nlp, resources):
    text = "Germany ordered out four Russian diplomats on Tuesday."
    event = only(run(nlp, resources, text), "Expulsion")
    assert roles(event)["actor"] == {"country/de"}


def test_troops_ordered_out_are_no_expulsion(nlp, resources):
    text = "Germany ordered out troops to help after the floods."
    assert "Expulsion" not in types_of(nlp, resources, text)


def test_a_request_behind_an_arrest_is_no_appeal_of_its_own(nlp, resources):
    text = "John Smith was detained in France at the request of Germany."
    types = types_of(nlp, resources, text)
    assert "Arrest" in types and "Appeal" not in types


def test_a_request_behind_another_act_is_still_an_appeal(nlp, resources):
    text = "Anna Berg travelled to Moscow at the request of Germany."
    assert "Appeal" in types_of(nlp, resources, text)


def test_an_aim_told_after_other_words_still_counts(nlp, resources):
    text = "Maria Lopez was named in March 2019 to examine the leaks at Acme."
    types = types_of(nlp, resources, text)
    assert "Investigation" in types and "Agreement" not in types


def test_pressing_someone_after_other_words_still_asks(nlp, resources):
    text = "Germany pressed Anna Berg at a meeting on Friday to release John Smith."
    assert "Appeal" in types_of(nlp, resources, text)


def test_pressing_ahead_to_do_something_asks_nothing(nlp, resources):
    text = "Germany pressed ahead in May to close the border."
    assert "Appeal" not in types_of(nlp, resources, text)


def test_an_advisory_issued_is_a_report(nlp, resources):
    text = "The FBI issued a joint advisory on the malware with Britain in May."
    types = types_of(nlp, resources, text)
    assert "Report" in types and "Warning" not in types


def test_a_warning_issued_stays_a_warning(nlp, resources):
    text = "The FBI issued a warning to Acme about the malware in May."
    assert "Warning" in types_of(nlp, resources, text)


def test_backing_a_finding_joins_the_attribution(nlp, resources):
    text = "Germany endorsed the British assessment in May."
    types = types_of(nlp, resources, text)
    assert "Attribution" in types and "Support" not in types


def test_backing_a_person_stays_support(nlp, resources):
    text = "Germany backed Anna Berg in the vote in May."
    assert "Support" in types_of(nlp, resources, text)


def test_an_attack_launched_by_hackers_is_a_cyber_operation(nlp, resources):
    text = "Iranian hackers launched an attack on Acme in March."
    types = types_of(nlp, resources, text)
    assert "CyberOperation" in types and "Attack" not in types


def test_an_attack_launched_by_troops_stays_an_attack(nlp, resources):
    text = "Russian troops launched an attack on Germany in March."
    types = types_of(nlp, resources, text)
    assert "Attack" in types and "CyberOperation" not in types
