"""Killings told by their manner, charges unsealed or brought, the date of an act joined to an
accusation, information passed on and who "he" is after unnamed speakers; sentences written
for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run, timex


def test_a_man_shot_dead_is_the_target_of_an_attack(nlp, resources):
    text = "John Smith was shot dead outside his home on Monday."
    attack = only(run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")]), "Attack")
    assert roles(attack) == {"target": {"person/john-smith"}}
    assert attack.date.earliest == "2024-10-07"


def test_shooting_dead_and_stabbing_to_death_are_attacks(nlp, resources):
    for text in ("Gunmen shot dead John Smith.", "Attackers stabbed John Smith to death."):
        attack = only(run(nlp, resources, text), "Attack")
        assert roles(attack)["target"] == {"person/john-smith"}, text


def test_a_shot_film_is_no_attack(nlp, resources):
    text = "John Smith shot a film about Germany."
    assert not [e for e in run(nlp, resources, text) if e.type == "Attack"]


def test_charges_unsealed_or_brought_are_indictments_by_who_did_it(nlp, resources):
    for text in (
        "The FBI unsealed charges against John Smith.",
        "The FBI brought charges against John Smith.",
    ):
        indictment = only(run(nlp, resources, text), "Indictment")
        assert roles(indictment) == {"actor": {"org/fbi"}, "target": {"person/john-smith"}}, text


def test_a_date_inside_the_alleged_act_does_not_date_the_joined_act(nlp, resources):
    text = (
        "Britain on Tuesday accused Russia of running a campaign against reporters since "
        "2015, and imposed sanctions on John Smith."
    )
    times = [
        day(text, "on Tuesday", "2024-10-08"),
        timex(text, "2015", "2015", precision="year", earliest="2015-01-01", latest="2015-12-31"),
    ]
    sanction = only(run(nlp, resources, text, times), "Sanction")
    assert sanction.date.earliest == "2024-10-08"


def test_information_passed_on_is_espionage_of_who_passed_it(nlp, resources):
    text = "John Smith passed on information about the talks to Iran."
    espionage = only(run(nlp, resources, text), "Espionage")
    assert roles(espionage)["actor"] == {"person/john-smith"}


def test_news_passed_on_is_no_espionage(nlp, resources):
    text = "John Smith passed on the news to Anna Berg."
    assert not [e for e in run(nlp, resources, text) if e.type == "Espionage"]


def test_he_reported_by_plural_unnamed_speakers_is_not_them(nlp, resources):
    text = (
        "John Smith was detained on Monday. Prosecutors said he had worked for Acme and "
        "passed secrets to Iran."
    )
    espionage = only(run(nlp, resources, text), "Espionage")
    assert roles(espionage)["actor"] == {"person/john-smith"}


def test_he_reported_by_an_unnamed_spokesman_is_the_spokesman(nlp, resources):
    text = "John Smith was detained on Monday. A spokesman said he had passed secrets to Iran."
    assert "actor" not in roles(only(run(nlp, resources, text), "Espionage"))


def test_a_trip_called_off_is_a_refusal_and_cancelled_talks_no_meeting(nlp, resources):
    text = "John Smith called off a trip to Iran. Germany cancelled talks with Iran on Monday."
    events = run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")])
    refusals = [e for e in events if e.type == "Refusal"]
    assert [roles(e)["actor"] for e in refusals] == [{"person/john-smith"}, {"country/de"}]
    assert not [e for e in events if e.type == "Meeting"]


def test_people_caught_trying_to_break_in_did_break_in_when_caught(nlp, resources):
    text = "On Monday the BfV caught two Iranian hackers trying to break into the network of Acme."
    events = run(nlp, resources, text, [day(text, "On Monday", "2024-10-07")])
    arrest = only(events, "Arrest")
    assert roles(arrest) == {"actor": {"org/bfv"}, "target": {"country/ir"}}
    intrusion = only(events, "CyberOperation")
    assert roles(intrusion) == {"actor": {"country/ir"}, "target": {"org/acme"}}
    assert intrusion.date.earliest == "2024-10-07"


def test_someone_still_trying_to_break_in_is_no_event(nlp, resources):
    text = "John Smith is trying to break into the network of Acme. The house caught fire."
    assert not run(nlp, resources, text)


def test_a_network_uncovered_is_investigated_by_who_found_it(nlp, resources):
    text = "The BfV said it had uncovered a network of fake news sites run by Russia."
    investigation = only(run(nlp, resources, text), "Investigation")
    assert roles(investigation)["actor"] == {"org/bfv"}


def test_a_discovered_fossil_is_no_investigation(nlp, resources):
    text = "John Smith discovered a fossil in Germany."
    assert not [e for e in run(nlp, resources, text) if e.type == "Investigation"]


def test_diplomats_declared_persona_non_grata_are_expelled(nlp, resources):
    text = "Two Russian diplomats were declared persona non grata on Monday."
    expulsion = only(run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")]), "Expulsion")
    assert roles(expulsion) == {"target": {"country/ru"}}
    assert not [e for e in run(nlp, resources, text) if e.type == "Statement"]


def test_a_sentence_handed_or_given_convicts_who_gets_it(nlp, resources):
    for text in (
        "John Smith was handed a ten-year sentence.",
        "The court gave John Smith a five-year sentence.",
    ):
        conviction = only(run(nlp, resources, text), "Conviction")
        assert roles(conviction) == {"target": {"person/john-smith"}}, text


def test_a_deal_struck_is_an_agreement_and_a_poisoning_an_attack(nlp, resources):
    text = "Germany struck a deal with Iran. John Smith was poisoned in Germany."
    events = run(nlp, resources, text)
    assert sorted(e.type for e in events) == ["Agreement", "Attack"]
    assert roles(only(events, "Attack"))["target"] == {"person/john-smith"}


def test_people_taken_into_custody_or_remanded_are_arrested(nlp, resources):
    for text in (
        "Police took John Smith into custody on Monday.",
        "John Smith was remanded in custody.",
    ):
        assert roles(only(run(nlp, resources, text), "Arrest"))["target"] == {"person/john-smith"}


def test_a_case_taken_into_account_is_no_arrest(nlp, resources):
    assert not run(nlp, resources, "The court took the case of Acme into account.")


def test_what_someone_is_hit_with_is_the_act_on_them(nlp, resources):
    text = "Germany hit Iran with sanctions on Monday. Russia targeted Acme with a cyberattack."
    events = run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")])
    sanction = only(events, "Sanction")
    assert roles(sanction) == {"actor": {"country/de"}, "target": {"country/ir"}}
    assert sanction.date.earliest == "2024-10-07"
    cyber = only(events, "CyberOperation")
    assert roles(cyber) == {"actor": {"country/ru"}, "target": {"org/acme"}}


def test_a_war_that_began_with_an_attack_is_not_its_attacker(nlp, resources):
    text = "The crisis began with an attack on Acme."
    assert "actor" not in roles(only(run(nlp, resources, text), "Attack"))
