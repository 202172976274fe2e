"""Round 17b: triggers the drafting step rejected for want of a named participant.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Twitter is banned in Iran.", "country/ir"),
        ("Acme said Twitter has been blocked in Russia since March.", "country/ru"),
        (
            "Because the service is blocked in China, many users reach it through proxies.",
            "country/cn",
        ),
    ],
)
def test_a_ban_in_a_country_with_no_agent_is_that_states(nlp, resources, text, state):
    ban = only(run(nlp, resources, text), "Ban")
    assert state in roles(ban)["actor"]
    assert state not in roles(ban).get("place", set())


def test_a_ban_whose_agent_is_told_is_not_the_countrys(nlp, resources):
    ban = only(run(nlp, resources, "Twitter was banned in Iran by a court."), "Ban")
    assert "country/ir" not in roles(ban).get("actor", set())


def test_a_platform_acting_in_a_country_stays_the_actor(nlp, resources):
    takedown = only(run(nlp, resources, "Twitter banned accounts in Iran."), "AccountTakedown")
    assert roles(takedown)["actor"] == {"org/twitter"}
    assert roles(takedown)["place"] == {"country/ir"}


@pytest.mark.parametrize(
    ("text", "event_type", "doer"),
    [
        (
            "Berg released John Smith, who was given a life sentence for shooting dead a man.",
            "Attack",
            "person/john-smith",
        ),
        (
            "Anna Berg, who was handed a prison term for spying on Germany, was freed.",
            "Espionage",
            "person/anna-berg",
        ),
        (
            "John Smith was given a jail term on Monday for hacking Acme.",
            "CyberOperation",
            "person/john-smith",
        ),
    ],
)
def test_who_is_given_a_punishment_for_an_act_did_it(nlp, resources, text, event_type, doer):
    act = only(run(nlp, resources, text), event_type)
    assert roles(act)["actor"] == {doer}


def test_a_named_object_of_the_punishment_did_it_not_the_punisher(nlp, resources):
    text = "Anna Berg sentenced John Smith for spying on Germany."
    spying = only(run(nlp, resources, text), "Espionage")
    assert roles(spying)["actor"] == {"person/john-smith"}


@pytest.mark.parametrize(
    ("text", "handler"),
    [
        ("The cell took its orders from Anna Berg.", "person/anna-berg"),
        ("John Smith received instructions from the FBI.", "org/fbi"),
        ("Berg said the ring was set up in 2019 and took its orders from Iran.", "country/ir"),
    ],
)
def test_whom_an_agent_takes_orders_from_is_served(nlp, resources, text, handler):
    work = only(run(nlp, resources, text), "Espionage")
    assert handler in roles(work)["target"]


def test_what_is_taken_from_someone_is_no_order(nlp, resources):
    events = run(nlp, resources, "Acme took money from Anna Berg.")
    assert all("person/anna-berg" not in roles(e).get("target", set()) for e in events)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "China suspended beef imports from Acme and imposed tariffs on barley from Acme.",
            "Sanction",
        ),
        ("Russia expelled two British diplomats and expelled a British journalist.", "Expulsion"),
        ("Iran stole emails from Acme and leaked documents of Acme.", "CyberOperation"),
    ],
)
def test_verbs_joined_by_and_acting_on_different_things_are_two_acts(
    nlp, resources, text, event_type
):
    acts = [e for e in run(nlp, resources, text) if e.type == event_type]
    assert len(acts) == 2


@pytest.mark.parametrize(
    "text",
    [
        "The FBI arrested and detained John Smith.",  # one object shared
        "Iran stole the emails of Acme and leaked the emails of Acme.",  # the same thing again
    ],
)
def test_verbs_joined_on_the_same_thing_stay_one_act(nlp, resources, text):
    events = run(nlp, resources, text)
    assert len(events) == 1


CHARGED = "The FBI charged twelve officers of Russia on Friday. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Some of the officers were also accused of breaking into the website of Acme.",
        "Two of the officers hacked Acme.",
        "Several of the officers attacked Acme in March.",
    ],
)
def test_a_part_of_a_definite_whole_is_that_whole(nlp, resources, sentence):
    events = run(nlp, resources, CHARGED + sentence)
    act = next(e for e in events if "org/acme" in roles(e).get("target", set()))
    assert roles(act)["actor"] == {"country/ru"}


def test_none_of_a_whole_did_it(nlp, resources):
    events = run(nlp, resources, CHARGED + "None of the officers hacked Acme.")
    act = next(e for e in events if "org/acme" in roles(e).get("target", set()))
    assert "actor" not in roles(act)


@pytest.mark.parametrize(
    ("text", "event_type", "role"),
    [
        (
            "Russia hacked Twitter and Meta in May. Officials said they had alerted the platforms.",
            "Warning",
            "target",
        ),
        (
            "Russia hacked Twitter and Meta in May. Much of the content was taken down by the "
            "companies.",
            "AccountTakedown",
            "actor",
        ),
        (
            "Twitter and Meta removed the accounts. The companies said the network was run "
            "from Iran.",
            "Statement",
            "actor",
        ),
    ],
)
def test_a_plural_description_is_the_entities_named_together(
    nlp, resources, text, event_type, role
):
    event = next(e for e in run(nlp, resources, text) if e.type == event_type)
    assert roles(event)[role] == {"org/twitter", "org/meta"}


def test_a_singular_description_is_one_of_those_named_together(nlp, resources):
    text = "Acme and Globex were hacked. The firm said the network was run from Iran."
    statement = only(run(nlp, resources, text), "Statement")
    assert len(roles(statement)["actor"]) == 1


def test_a_plural_description_with_one_company_named_takes_that_one(nlp, resources):
    text = "Twitter removed the accounts on Monday. The companies said the network was run."
    statement = only(run(nlp, resources, text), "Statement")
    assert roles(statement)["actor"] == {"org/twitter"}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Russia banned Twitter on Monday. Rights groups have criticised the ban.", "country/ru"),
        ("Russia blocked Twitter on Monday. Anna Berg criticised the ban.", "country/ru"),
        (
            "Britain expelled two Russian diplomats. Anna Berg condemned the expulsions.",
            "country/gb",
        ),
    ],
)
def test_criticising_an_act_told_before_criticises_its_doers(nlp, resources, text, doer):
    criticism = only(run(nlp, resources, text), "Criticism")
    assert roles(criticism)["target"] == {doer}


@pytest.mark.parametrize(
    "sentence",
    [
        "Rights groups have criticised a ban on Meta.",  # a new ban, not the one told
        "Rights groups criticised the ruling.",  # no act of that kind told before
    ],
)
def test_criticism_of_no_act_told_before_names_no_doer(nlp, resources, sentence):
    events = run(nlp, resources, "Russia banned Twitter on Monday. " + sentence)
    assert not any(
        e.type == "Criticism" and "country/ru" in roles(e).get("target", set()) for e in events
    )


LISTED = "Three officers, John Smith, Anna Berg and Maria Lopez, were listed in April. "
THREE = {"person/john-smith", "person/anna-berg", "person/maria-lopez"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The three men were expelled from France.",
        "The three officers were expelled from France on Monday.",
        "France expelled the three agents.",
    ],
)
def test_a_counted_description_is_as_many_people_named_together(nlp, resources, sentence):
    expulsion = only(run(nlp, resources, LISTED + sentence), "Expulsion")
    assert roles(expulsion)["target"] >= THREE


def test_a_count_that_differs_names_no_one(nlp, resources):
    events = run(nlp, resources, LISTED + "The two men were expelled from France.")
    assert not any(THREE & roles(e).get("target", set()) for e in events if e.type == "Expulsion")


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg accused Twitter of spreading lies on Monday. Officials accused Twitter of "
        "hiding data.",
        "Anna Berg accused Twitter of spreading lies. The ministry accused Twitter of helping "
        "rioters.",
        "Iran accused Acme of spying on Monday. Critics accused Acme of bribery.",
    ],
)
def test_charges_of_different_acts_in_two_sentences_are_two(nlp, resources, text):
    accusations = [e for e in run(nlp, resources, text) if e.type == "Accusation"]
    assert len(accusations) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg accused Twitter of spreading lies. She accused Twitter of spreading lies to "
        "voters.",
        "Russia accused Acme of hacking its servers. Russia accused Acme of hacking again.",
    ],
)
def test_a_charge_of_the_same_act_told_again_is_one(nlp, resources, text):
    accusations = [e for e in run(nlp, resources, text) if e.type == "Accusation"]
    assert len(accusations) == 1
