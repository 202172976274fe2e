"""Round 18b, vows of harm, intelligence gathered, money stolen by a team, people cast falsely by
posts, agents tied to killings and rules imposed. Sentences written for these tests, with
look-alike negatives."""

from __future__ import annotations

from event_helpers import only, roles, run, types_of


def test_a_vow_of_harm_is_a_threat(nlp, resources):
    text = "Maria Lopez swore to punish Acme for the leak."
    event = only(run(nlp, resources, text), "Threat")
    assert roles(event)["actor"] == {"person/maria-lopez"}


def test_a_vow_to_help_is_no_threat(nlp, resources):
    text = "Maria Lopez pledged to support Acme through the winter."
    assert "Threat" not in types_of(nlp, resources, text)


def test_intelligence_gathered_is_espionage(nlp, resources):
    text = "John Smith collected intelligence on NATO bases for Russia in 2021."
    assert "Espionage" in types_of(nlp, resources, text)


def test_what_an_app_collects_is_no_espionage(nlp, resources):
    text = "The app collects sensitive information on users of Acme."
    assert "Espionage" not in types_of(nlp, resources, text)


def test_money_stolen_by_a_hacking_team_is_a_cyber_operation(nlp, resources):
    text = "A North Korean hacking team stole $40 million from Acme in 2016."
    assert "CyberOperation" in types_of(nlp, resources, text)


def test_people_cast_falsely_by_posts_is_influence(nlp, resources):
    text = "Videos pushed by Globex depicted the protesters of Germany as paid agitators."
    assert "InfluenceOperation" in types_of(nlp, resources, text)


def test_a_speaker_depicting_someone_is_no_influence_operation(nlp, resources):
    text = "Anna Berg depicted the talks with Russia as difficult."
    assert "InfluenceOperation" not in types_of(nlp, resources, text)


def test_agents_tied_to_a_killing_are_accused(nlp, resources):
    text = "Germany tied Russian agents to the assassination of John Smith."
    event = only(run(nlp, resources, text), "Accusation")
    assert "country/ru" in roles(event)["target"]


def test_limits_placed_on_someone_are_a_ban(nlp, resources):
    text = "Germany placed new limits on Twitter in May."
    assert "Ban" in types_of(nlp, resources, text)


def test_rules_issued_are_no_ban(nlp, resources):
    text = "Germany issued rules on the labelling of food in May."
    assert "Ban" not in types_of(nlp, resources, text)
