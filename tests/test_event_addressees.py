"""Who is told is the recipient of the telling, and a speaker's interview quoted on is one
Statement; sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run


def test_the_outlet_told_is_the_recipient_and_the_quote_after_is_one_statement(nlp, resources):
    text = (
        "Maria Lopez told the New York Post on Monday that the ministry was reviewing the "
        'contract. "We are looking at it very closely," Lopez said.'
    )
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    event = only(events, "Statement")
    assert len(events) == 1
    assert roles(event) == {"actor": {"person/maria-lopez"}, "recipient": {"org/new-york-post"}}
    assert event.trigger.text == "told"
    # the quote's "said" is a further mention, and so is the head of what each verb reports
    assert sorted(m.text for m in event.mentions) == ["looking", "reviewing", "said"]
    assert event.date.value == "2024-10-07"
    assert event.label == "Maria Lopez tells the New York Post"


def test_a_body_told_in_the_passive_is_the_recipient(nlp, resources):
    text = "The FBI was told by Acme on Friday that its servers had been breached."
    event = only(run(nlp, resources, text), "Statement")
    assert roles(event) == {"actor": {"org/acme"}, "recipient": {"org/fbi"}}


def test_two_speakers_telling_stay_two_statements(nlp, resources):
    text = (
        "Anna Berg told the New York Post that the talks had failed. "
        "John Smith told the New York Post that they would resume soon."
    )
    speakers = sorted(
        sorted(roles(e)["actor"]) for e in run(nlp, resources, text) if e.type == "Statement"
    )
    assert speakers == [["person/anna-berg"], ["person/john-smith"]]
