"""A statement whose participle says what it did ("published a statement calling out X"), or
whose clause reports its speaker telling someone ("said it had told X"), is one event of that
act; sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run


def test_statement_calling_out_is_one_criticism_with_the_statement_date(nlp, resources):
    text = "The Treasury published a statement on Friday calling out Russia for the attacks."
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    event = only(events, "Criticism")
    assert len(events) == 1
    assert roles(event) == {"actor": {"org/treasury"}, "target": {"country/ru"}}
    assert event.date.value == "2024-10-04"
    assert event.date.source == "text"
    assert [m.text for m in event.mentions] == ["published a statement"]


def test_participle_on_the_statement_noun_takes_the_speaker_as_actor(nlp, resources):
    text = "The FBI issued a statement on Monday accusing Russia of the hack."
    events = run(nlp, resources, text)
    assert sorted(e.type for e in events) == ["Accusation", "CyberOperation"]
    assert roles(only(events, "Accusation")) == {"actor": {"org/fbi"}, "target": {"country/ru"}}
    # the act it accuses Russia of is Russia's
    assert roles(only(events, "CyberOperation")) == {"actor": {"country/ru"}}


def test_statement_reporting_another_actors_act_stays(nlp, resources):
    text = "Anna Berg said in a statement on Monday that the FBI had arrested John Smith."
    types = sorted(e.type for e in run(nlp, resources, text))
    assert types == ["Arrest", "Statement"]


def test_published_videos_urging_stay_two_events(nlp, resources):
    # Videos are no statement: publishing them is a report of its own.
    text = "The CIA published videos on Thursday urging Chinese officials to contact the agency."
    types = sorted(e.type for e in run(nlp, resources, text))
    assert types == ["Appeal", "Report"]


def test_said_it_had_told_is_one_telling_dated_by_the_saying(nlp, resources):
    text = "Acme said on Friday that it had told the FBI about the breach."
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    event = only(events, "Statement")
    assert event.trigger.text == "told"
    assert roles(event) == {"actor": {"org/acme"}, "recipient": {"org/fbi"}}
    assert event.date.value == "2024-10-04"


def test_two_quotes_of_one_speaker_keep_the_dated_saying(nlp, resources):
    text = 'Lopez said in 2013 that she knew Smith: "I do know him," Lopez said.'
    event = only(run(nlp, resources, text), "Statement")
    assert roles(event) == {"actor": {"person/maria-lopez"}}
