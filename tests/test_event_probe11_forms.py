"""Forms met in the eleventh probe (verdicts, spying and fleeing told plainly, lists of
sanctioned firms, spyware put on phones, attributions by pointing); sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import day, only, roles, run, timex

from kg.errors import ConfigError
from kg.extract.trigger_lexicon import load_lexicon


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


def test_counted_people_named_in_the_next_sentence_are_one_conviction(nlp, resources):
    text = (
        "Two Iranian nationals were found guilty on Monday of spying on exiles. "
        "John Smith and Maria Lopez were convicted of conspiring to collect information."
    )
    monday = day(text, "on Monday", "2024-10-07")
    conviction = only(run(nlp, resources, text, timexes=(monday,)), "Conviction")
    assert roles(conviction)["target"] == {"person/john-smith", "person/maria-lopez"}
    assert conviction.date.value == "2024-10-07"
    assert [m.text for m in conviction.mentions] == ["convicted"]


def test_counted_people_never_named_make_no_event(nlp, resources):
    text = "Two men were found guilty on Monday of spying. The trial lasted six weeks."
    assert not run(nlp, resources, text)


def test_names_too_far_from_the_counted_telling_are_another_event(nlp, resources):
    text = (
        "Two men were convicted on Monday of spying. The trial lasted six weeks. "
        "The judge praised the jury. Prosecutors thanked the police. "
        "John Smith was convicted in 2019 of fraud."
    )
    conviction = only(run(nlp, resources, text), "Conviction")
    assert conviction.trigger.start == text.rindex("convicted")


def test_who_issues_a_guide_together_with_others_acts_with_them(nlp, resources):
    text = "The guide was issued by the FBI together with the BfV."
    warning = only(run(nlp, resources, text), "Warning")
    assert roles(warning)["actor"] == {"org/fbi", "org/bfv"}


def test_releasing_an_unnamed_model_states_nothing(nlp, resources):
    text = "Acme shares fell after Globex surprised markets by releasing a low-cost model."
    assert not [e for e in run(nlp, resources, text) if e.type == "Statement"]


def test_declaring_no_spending_is_no_statement_but_declaring_that_is(nlp, resources):
    spending = run(nlp, resources, "John Smith had declared no campaign spending.")
    assert not [e for e in spending if e.type == "Statement"]
    text = "John Smith declared that the vote had been rigged."
    assert roles(only(run(nlp, resources, text), "Statement"))["actor"] == {"person/john-smith"}


def test_saying_others_should_do_something_appeals_to_them(nlp, resources):
    text = "Maria Lopez said people worried about their calls should use encrypted apps."
    appeal = only(run(nlp, resources, text), "Appeal")
    assert roles(appeal)["actor"] == {"person/maria-lopez"}
    assert [m.text for m in appeal.mentions] == ["use"]


def test_saying_someone_should_have_known_is_no_appeal(nlp, resources):
    text = "Maria Lopez said Acme should have known about the flaw."
    assert [e.type for e in run(nlp, resources, text)] == ["Statement"]


def test_saying_the_government_will_not_tolerate_something_warns(nlp, resources):
    text = "Anna Berg said the government would not tolerate the spread of spyware."
    assert roles(only(run(nlp, resources, text), "Warning"))["actor"] == {"person/anna-berg"}


def test_the_statement_a_speaker_said_something_in_is_a_further_mention(nlp, resources):
    text = "In a joint statement on Friday, the FBI and the BfV said the vote had been fair."
    statement = only(run(nlp, resources, text), "Statement")
    # and so is the head of the clause it reports ("had been fair")
    assert [m.text for m in statement.mentions] == ["statement", "been"]


def test_an_attempt_told_in_the_past_perfect_is_the_act(nlp, resources):
    text = "It emerged that someone had tried to plant it on the phone of John Smith."
    cyber = only(run(nlp, resources, text), "CyberOperation")
    assert roles(cyber)["target"] == {"person/john-smith"}


def test_who_after_a_person_s_description_is_the_person_not_the_firm(nlp, resources):
    text = "The ring took orders from John Smith, the former Acme executive who fled Germany."
    withdrawal = only(run(nlp, resources, text), "Withdrawal")
    assert roles(withdrawal)["actor"] == {"person/john-smith"}


def test_annulling_an_election_round_is_a_ban_by_the_court(nlp, resources):
    text = "The Treasury annulled the first round of the presidential election."
    assert roles(only(run(nlp, resources, text), "Ban"))["actor"] == {"org/treasury"}


def test_a_direction_requiring_removal_bans(nlp, resources):
    text = "Anna Berg issued a mandatory direction requiring agencies to remove Acme products."
    assert roles(only(run(nlp, resources, text), "Ban"))["actor"] == {"person/anna-berg"}


def test_directions_to_a_place_ban_nothing(nlp, resources):
    text = "Anna Berg issued directions to the Treasury for the visit."
    assert not [e for e in run(nlp, resources, text) if e.type == "Ban"]


def test_whom_surveillance_is_carried_out_for_is_no_target(nlp, resources):
    text = "John Smith carried out surveillance for Russia across Europe."
    espionage = only(run(nlp, resources, text), "Espionage")
    assert roles(espionage) == {"actor": {"person/john-smith"}, "recipient": {"country/ru"}}


def test_an_unquoted_on_preposition_is_rejected(tmp_path):
    (tmp_path / "triggers.yaml").write_text(
        "verbs:\n  - {lemma: plant, preps: [on], type: CyberOperation}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="preps"):
        load_lexicon(tmp_path)


def test_calling_on_a_state_appeals_to_it(nlp, resources):
    text = "The Treasury called on Germany to freeze the accounts."
    assert roles(only(run(nlp, resources, text), "Appeal"))["actor"] == {"org/treasury"}


def test_a_time_phrase_after_call_is_no_call_on(nlp, resources):
    text = "The Kremlin called the British measures a circus on Monday."
    assert not [e for e in run(nlp, resources, text) if e.type == "Appeal"]


def test_the_time_on_an_ordered_participle_dates_the_order(nlp, resources):
    text = "The Treasury ordered the app blocked in the country last week."
    week = timex(text, "last week", "2024-W40", precision="week")
    ban = only(run(nlp, resources, text, timexes=(week,)), "Ban")
    assert ban.date.value == "2024-W40"


def test_an_act_bearing_a_state_s_hallmarks_is_attributed_to_it(nlp, resources):
    text = "The attack on Acme bore all the hallmarks of Iran, the FBI said."
    attribution = only(run(nlp, resources, text), "Attribution")
    assert roles(attribution)["target"] == {"country/ir"}


def test_a_thing_bearing_a_firm_s_hallmarks_is_no_attribution(nlp, resources):
    text = "The dress bore the hallmarks of Acme design."
    assert not run(nlp, resources, text)
