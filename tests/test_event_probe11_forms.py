"""Forms met in the eleventh probe (verdicts, spying and fleeing told plainly, lists of
sanctioned firms, spyware put on phones, attributions by pointing); sentences written for
these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_found_guilty_is_a_conviction_of_the_named(nlp, resources):
    text = "The jury found John Smith guilty of spying for Iran."
    conviction = only(run(nlp, resources, text), "Conviction")
    assert "person/john-smith" in roles(conviction)["target"]


def test_firms_added_to_a_trade_blacklist_are_sanctioned_by_the_antecedent(nlp, resources):
    text = (
        "The Treasury, which added Acme and Globex to its trade blacklist last year, "
        "declined to comment."
    )
    sanction = only(run(nlp, resources, text), "Sanction")
    assert roles(sanction)["actor"] == {"org/treasury"}
    assert roles(sanction)["target"] == {"org/acme", "org/globex"}


def test_placing_a_firm_on_a_list_sanctions_it(nlp, resources):
    text = "The Treasury placed Acme on its entity list."
    assert roles(only(run(nlp, resources, text), "Sanction"))["target"] == {"org/acme"}


def test_spyware_planted_on_someone_s_phone_hits_its_owner(nlp, resources):
    text = "Unknown operators tried to plant the spyware on the phone of John Smith."
    cyber = only(run(nlp, resources, text), "CyberOperation")
    assert roles(cyber)["target"] == {"person/john-smith"}


def test_an_attempt_still_to_come_is_no_event(nlp, resources):
    text = "Unknown operators will try to plant the spyware on the phone of John Smith."
    assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]


def test_a_tool_used_to_target_people_is_a_cyber_operation_against_them(nlp, resources):
    text = "The spyware had been used to target American diplomats and reporters."
    cyber = only(run(nlp, resources, text), "CyberOperation")
    assert roles(cyber)["target"] == {"country/us"}


def test_a_phone_used_to_call_someone_is_no_cyber_operation(nlp, resources):
    text = "John Smith used a borrowed phone to call the Treasury."
    assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]


def test_spying_on_people_and_watching_a_base(nlp, resources):
    text = "Acme spied on NATO staff and watched a British air base for Iran."
    events = run(nlp, resources, text)
    assert {e.type for e in events} == {"Espionage"}
    assert all("org/acme" in roles(e)["actor"] for e in events)


def test_watching_a_film_is_no_espionage(nlp, resources):
    text = "John Smith watched a film about NATO."
    assert not [e for e in run(nlp, resources, text) if e.type == "Espionage"]


def test_fleeing_a_country_is_a_withdrawal(nlp, resources):
    text = "John Smith fled Germany in 2020 and is believed to be in Russia."
    withdrawal = only(run(nlp, resources, text), "Withdrawal")
    assert roles(withdrawal)["actor"] == {"person/john-smith"}


def test_wanted_over_a_collapse_is_an_investigation_of_the_wanted(nlp, resources):
    text = "John Smith is also wanted in Germany over the collapse of Acme."
    investigation = only(run(nlp, resources, text), "Investigation")
    assert "person/john-smith" in roles(investigation)["target"]


def test_pointing_to_a_state_attributes_to_it(nlp, resources):
    text = "The BfV pointed to Russia as the likely culprit."
    attribution = only(run(nlp, resources, text), "Attribution")
    assert roles(attribution) == {"actor": {"org/bfv"}, "target": {"country/ru"}}


def test_declassifying_documents_reports_them(nlp, resources):
    text = "Maria Lopez declassified intelligence documents on the bot network."
    assert roles(only(run(nlp, resources, text), "Report"))["actor"] == {"person/maria-lopez"}
