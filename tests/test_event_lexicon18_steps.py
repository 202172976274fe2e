"""Round 18b, legal steps, pressure and means by meaning: measures questioned, people
confronted, sentences received, weapons and spyware used against someone, cases brought,
inquiries by appointment, pressing someone to act, a spy's pay, addresses blacklisted, hosting
stopped, networks attacked, mutinies. Sentences written for these tests, with look-alike
negatives."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run, types_of


def test_a_measure_questioned_is_criticised(nlp, resources):
    text = "Globex questioned the ruling, saying Germany had not heard its side."
    assert "Criticism" in types_of(nlp, resources, text)


def test_a_witness_questioned_is_no_criticism(nlp, resources):
    text = "The FBI questioned John Smith for six hours in May."
    assert "Criticism" not in types_of(nlp, resources, text)


def test_someone_confronted_about_an_act_is_accused(nlp, resources):
    text = "Anna Berg confronted John Smith over the missing files in June."
    event = only(run(nlp, resources, text), "Accusation")
    assert roles(event)["target"] == {"person/john-smith"}


def test_a_crisis_confronted_accuses_no_one(nlp, resources):
    text = "Germany confronted a crisis over energy prices in 2022."
    assert "Accusation" not in types_of(nlp, resources, text)


def test_a_prison_term_received_is_a_conviction(nlp, resources):
    text = "John Smith got a ten-year prison term in March."
    assert "Conviction" in types_of(nlp, resources, text)


def test_a_visit_received_is_no_conviction(nlp, resources):
    text = "John Smith received a visit from Anna Berg in prison."
    assert "Conviction" not in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Russia used chemical weapons against Ukraine in 2022.", "Attack"),
        ("Iran used spyware against journalists of Acme last year.", "CyberOperation"),
    ],
)
def test_harm_used_against_someone_is_the_act(nlp, resources, text, kind):
    assert kind in types_of(nlp, resources, text)


def test_evidence_used_against_someone_is_no_attack(nlp, resources):
    text = "Prosecutors of Germany used the emails against John Smith at trial."
    assert not types_of(nlp, resources, text) & {"Attack", "CyberOperation"}


def test_a_case_filed_accuses(nlp, resources):
    text = "Acme filed a case against Globex in a Paris court."
    assert "Accusation" in types_of(nlp, resources, text)


def test_a_case_ranked_among_others_is_no_new_one(nlp, resources):
    text = "It was the second case brought by Germany under the law."
    assert "Accusation" not in types_of(nlp, resources, text)


def test_someone_named_to_examine_something_is_an_inquiry(nlp, resources):
    text = "Maria Lopez named Anna Berg to examine the leaks in May."
    assert "Investigation" in types_of(nlp, resources, text)


def test_pressing_someone_to_act_asks(nlp, resources):
    text = "Germany pressured Acme to drop the app in March."
    assert only(run(nlp, resources, text), "Appeal")


def test_pressing_a_button_asks_nothing(nlp, resources):
    assert "Appeal" not in types_of(nlp, resources, "John Smith pressed the button twice.")


def test_money_from_a_handler_pays_a_spy(nlp, resources):
    text = "John Smith accepted $30,000 from his Russian handler in 2020."
    assert "Espionage" in types_of(nlp, resources, text)


def test_addresses_blacklisted_are_blocked(nlp, resources):
    text = "Russia blacklisted thousands of websites run by Acme."
    types = types_of(nlp, resources, text)
    assert "Ban" in types and "Sanction" not in types


def test_hosting_stopped_takes_down_and_meets_no_one(nlp, resources):
    text = "Acme ceased hosting the Globex app on its servers."
    assert types_of(nlp, resources, text) == {"AccountTakedown"}


def test_a_leader_hosted_is_a_meeting(nlp, resources):
    text = "Germany hosted Anna Berg in Berlin in May."
    assert "Meeting" in types_of(nlp, resources, text)


def test_a_network_attacked_is_a_cyber_operation(nlp, resources):
    text = "Iranian hackers attacked the computer network of Acme in May."
    types = types_of(nlp, resources, text)
    assert "CyberOperation" in types and "Attack" not in types


def test_a_mutiny_by_a_named_group_is_forces_turned(nlp, resources):
    text = "The mutiny by Globex in June shook Russia."
    assert "Mobilization" in types_of(nlp, resources, text)


def test_a_mutiny_with_no_one_named_is_no_event(nlp, resources):
    text = "The film about a mutiny at sea won an award."
    assert "Mobilization" not in types_of(nlp, resources, text)


def test_an_attack_claimed_is_owned(nlp, resources):
    text = "Globex claimed the bombing of the pipeline in Germany."
    assert "Admission" in types_of(nlp, resources, text)


def test_a_victory_claimed_owns_no_act(nlp, resources):
    text = "Acme claimed a victory over Globex in court."
    assert "Admission" not in types_of(nlp, resources, text)


def test_bail_granted_frees_someone(nlp, resources):
    text = "A court in Germany granted bail to John Smith on Friday."
    assert "Withdrawal" in types_of(nlp, resources, text)


def test_someone_put_on_trial_is_prosecuted(nlp, resources):
    text = "Germany put John Smith on trial for treason in May."
    event = only(run(nlp, resources, text), "Indictment")
    assert roles(event)["target"] == {"person/john-smith"}


def test_someone_standing_trial_is_no_doer_of_a_prosecution(nlp, resources):
    text = "John Smith stood trial for treason in Germany."
    assert "Indictment" not in types_of(nlp, resources, text)


def test_a_dissident_hanged_is_killed(nlp, resources):
    text = "Iran hanged a dissident, John Smith, on Monday."
    assert "Attack" in types_of(nlp, resources, text)


def test_a_flag_hanged_kills_no_one(nlp, resources):
    assert "Attack" not in types_of(nlp, resources, "Acme hanged a flag over its office.")
