"""A definite description ("the firm", "the company") stands for the entity its own sentence
named just before, ahead of the previous sentences' actors; sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_the_firm_after_its_name_in_the_same_sentence_is_that_firm(nlp, resources):
    text = (
        "Globex and Britain signed a deal on Monday. "
        "Acme hired John Smith in 2016, the U.S. company said."
    )
    # The company tells of its own act: the hiring, attributed to it, is the news.
    events = run(nlp, resources, text)
    assert "Statement" not in {e.type for e in events}
    assert [e.attributed_to for e in events if e.trigger.text == "hired"] == ["org/acme"]


def test_without_a_name_in_its_sentence_the_latest_actor_is_meant(nlp, resources):
    text = "Acme hired John Smith in 2016. The U.S. firm said on Wednesday that he had left."
    said = only(run(nlp, resources, text), "Statement")
    assert roles(said)["actor"] == {"org/acme"}


def test_a_repeated_noun_stands_for_whose_it_was_said_to_be(nlp, resources):
    text = (
        "A court charged four officers of the FBI on Monday. "
        "The officers stole emails from Acme and leaked them."
    )
    leak = only(run(nlp, resources, text), "CyberOperation")
    assert roles(leak)["actor"] == {"org/fbi"}


def test_a_repeated_noun_with_a_new_adjective_may_be_someone_else(nlp, resources):
    text = (
        "A court charged four officers of the FBI on Monday. "
        "The senior officers stole emails from Acme and leaked them."
    )
    events = run(nlp, resources, text)
    assert all("org/fbi" not in roles(e).get("actor", set()) for e in events)
