"""Victims before attack nouns, members named among a group, and naming someone a spy: forms
met in probes of sanctions and indictment stories; sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_a_company_named_before_a_hack_is_its_victim(nlp, resources):
    text = "The Acme hack, disclosed in December, gave spies access to federal networks."
    event = only(run(nlp, resources, text), "CyberOperation")
    assert roles(event) == {"target": {"org/acme"}}


def test_a_company_the_text_says_attacked_keeps_its_attack(nlp, resources):
    text = "Globex hacked three banks in May. The Globex attack cut power to many homes."
    event = only(run(nlp, resources, text), "Attack")
    assert roles(event) == {"actor": {"org/globex"}}


def test_a_state_before_an_attack_noun_is_still_its_actor(nlp, resources):
    text = "The FBI said the Iran hack of Acme hit thousands of users."
    event = only(run(nlp, resources, text), "CyberOperation")
    assert roles(event)["actor"] == {"country/ir"}


def test_sanctioned_people_among_them_a_named_body_target_the_body(nlp, resources):
    text = (
        "The Treasury on Monday sanctioned ten people and two entities, among them Acme, "
        "for cyberattacks against Germany."
    )
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event) == {"actor": {"org/treasury"}, "target": {"org/acme"}}
    assert event.label == "The Treasury sanctions Acme"


def test_members_named_with_including_are_the_targets(nlp, resources):
    text = "Britain sanctioned two people and one company, including Acme, on Friday."
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event) == {"actor": {"country/gb"}, "target": {"org/acme"}}
    assert event.label == "Britain sanctions Acme"


def test_an_unnamed_object_without_members_keeps_its_noun_in_the_label(nlp, resources):
    text = "Britain sanctioned ten people on Friday."
    assert only(run(nlp, resources, text), "Sanction").label == "Britain sanctions people"


def test_describing_someone_as_an_intelligence_officer_accuses_them(nlp, resources):
    text = "Germany described John Smith as an undeclared intelligence officer."
    event = only(run(nlp, resources, text), "Accusation")
    assert roles(event) == {"actor": {"country/de"}, "target": {"person/john-smith"}}


def test_exposing_someone_as_a_spy_accuses_them(nlp, resources):
    text = "Britain exposed Smith as a Russian spy on Monday."
    event = only(run(nlp, resources, text), "Accusation")
    assert roles(event)["target"] == {"person/john-smith"}


def test_describing_someone_as_a_police_officer_is_no_accusation(nlp, resources):
    text = "Anna Berg described John Smith as a police officer."
    assert [e.type for e in run(nlp, resources, text)] == []


def test_a_noun_naming_its_own_actor_is_not_a_mention_of_an_earlier_act(nlp, resources):
    text = (
        "The Acme hack was disclosed in December. "
        "In May, Britain seized domains used by the Globex operation."
    )
    event = only(run(nlp, resources, text), "CyberOperation")
    assert roles(event) == {"target": {"org/acme"}}


def test_a_member_the_parse_hangs_on_the_verb_after_among_them_is_the_target(nlp, resources):
    text = (
        "The Treasury on Monday sanctioned ten people and two entities, among them the "
        "defence ministry, for cyberattacks against Germany."
    )
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event) == {"actor": {"org/treasury"}, "target": {"org/ministry"}}


def test_what_someone_is_urged_to_stop_doing_is_not_their_act(nlp, resources):
    text = "China urged Britain to stop spreading disinformation about Chinese hacking."
    assert [e.type for e in run(nlp, resources, text)] == ["Appeal"]


def test_a_plan_to_begin_an_act_is_no_act(nlp, resources):
    text = "Russia plans to begin hacking Acme."
    assert [e.type for e in run(nlp, resources, text)] == []


def test_beginning_an_act_is_the_act(nlp, resources):
    event = only(run(nlp, resources, "Russia began to hack Acme in May."), "CyberOperation")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"org/acme"}}


def test_a_takedown_with_members_named_stays_apart_from_another_takedown(nlp, resources):
    text = (
        "Meta said it had taken down six operations, including networks run from China. "
        "Meta also disrupted a network based in Russia."
    )
    takedowns = [e for e in run(nlp, resources, text) if e.type == "AccountTakedown"]
    assert sorted(e.trigger.text for e in takedowns) == ["disrupted", "taken down"]
