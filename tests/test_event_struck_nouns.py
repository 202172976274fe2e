"""Attack and hack nouns: what they were at is what they struck, who was behind them did them,
and a break-in is an intrusion; sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run, timex


def test_a_hack_at_a_firm_struck_the_firm(nlp, resources):
    text = "Anna Berg said the hack at Acme had exposed customer data."
    assert roles(only(run(nlp, resources, text), "CyberOperation"))["target"] == {"org/acme"}


def test_who_was_behind_a_hack_carried_it_out(nlp, resources):
    text = "Russia was behind last year's hack at Acme, the agency said."
    last_year = timex(text, "last year", "2023", precision="year", earliest="2023-01-01")
    hack = only(run(nlp, resources, text, [last_year]), "CyberOperation")
    assert roles(hack) == {"actor": {"country/ru"}, "target": {"org/acme"}}
    assert hack.date.earliest == "2023-01-01"


def test_a_break_in_at_a_firm_is_an_intrusion_into_it(nlp, resources):
    text = "Iran was behind the break-in at Globex."
    hack = only(run(nlp, resources, text), "CyberOperation")
    assert roles(hack) == {"actor": {"country/ir"}, "target": {"org/globex"}}


def test_moving_in_is_no_break_in(nlp, resources):
    text = "John Smith moved in with Acme in March."
    assert "CyberOperation" not in [e.type for e in run(nlp, resources, text)]


def test_being_behind_a_failure_does_nothing(nlp, resources):
    text = "Russia was behind the failure of the plan at Acme."
    assert run(nlp, resources, text) == ()


def test_a_group_working_for_a_state_acts_for_it(nlp, resources):
    text = "Hackers working for Iran breached Acme in March."
    hack = only(run(nlp, resources, text), "CyberOperation")
    assert roles(hack) == {"actor": {"country/ir"}, "target": {"org/acme"}}


def test_a_group_named_by_those_behind_the_story_did_the_break_in(nlp, resources):
    text = (
        "The agencies said a hacking group working for the Russian government, which they have "
        "called Globex, was behind last year's break-in at Acme."
    )
    hack = only(run(nlp, resources, text), "CyberOperation")
    assert roles(hack) == {"actor": {"org/globex"}, "target": {"org/acme"}}


def test_they_said_after_according_to_a_body_is_that_body(nlp, resources):
    text = (
        "According to the FBI, the hackers got into Acme's network in March. They said the "
        "group had been active for years."
    )
    assert roles(only(run(nlp, resources, text), "Statement")) == {"actor": {"org/fbi"}}


def test_they_said_after_according_to_unnamed_sources_is_no_one_named(nlp, resources):
    text = (
        "Iran hacked Acme in March. According to the services, the hackers got into Acme's "
        "network. They said the group used stolen passwords."
    )
    assert "Statement" not in [e.type for e in run(nlp, resources, text)]


def test_explosions_that_wrecked_a_depot_are_an_attack_by_those_involved(nlp, resources):
    text = (
        "Anna Berg said officers of the FBI were involved in the explosions that wrecked a "
        "depot in 2014."
    )
    year = timex(text, "in 2014", "2014", precision="year", earliest="2014-01-01")
    attack = only(run(nlp, resources, text, [year]), "Attack")
    assert roles(attack)["actor"] == {"org/fbi"}
    assert attack.date.earliest == "2014-01-01"


def test_an_explosion_alone_is_no_attack(nlp, resources):
    text = "Acme said an explosion at its plant had injured two workers."
    assert "Attack" not in [e.type for e in run(nlp, resources, text)]
