"""A telling that someone acted for a state body, that a finding shows whose harm it was, or
that a third party broke a pledge (round 19d). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import targets_of, types_of


def test_a_group_acting_for_a_state_body_is_attributed_with_it(nlp, resources):
    text = "Anna Berg said Globex had operated at the behest of the defence ministry."
    assert targets_of(nlp, resources, text, "Attribution") == {"org/globex", "org/ministry"}
    text = "The FBI said the hackers were directed by Russia."
    assert targets_of(nlp, resources, text, "Attribution") == {"country/ru"}
    text = "The FBI said Globex works for China."
    assert targets_of(nlp, resources, text, "Attribution") == {"org/globex", "country/cn"}


def test_work_for_no_state_or_by_no_doer_of_harm_attributes_nothing(nlp, resources):
    for text in (
        "The FBI said the research was funded by Britain.",
        "The FBI said Globex had acted on behalf of Acme.",
        "The FBI said Globex had not acted on behalf of Russia.",
    ):
        assert "Attribution" not in types_of(nlp, resources, text), text


def test_a_finding_of_a_harm_by_someone_attributes_it(nlp, resources):
    text = "Anna Berg said the outage was clear evidence of a hacking campaign by Russia."
    assert targets_of(nlp, resources, text, "Attribution") == {"country/ru"}
    text = "Anna Berg said the breach bore the hallmarks of a Chinese operation."
    assert targets_of(nlp, resources, text, "Attribution") == {"country/cn"}


def test_no_finding_or_a_harm_by_no_one_attributes_nothing(nlp, resources):
    for text in (
        "Anna Berg said there was no evidence of a campaign by Russia.",
        "Anna Berg said the outage was evidence of poor maintenance.",
    ):
        assert "Attribution" not in types_of(nlp, resources, text), text


def test_a_third_party_breaking_a_pledge_is_accused(nlp, resources):
    text = "Anna Berg said Russia had broken its promise to withdraw."
    assert targets_of(nlp, resources, text, "Accusation") == {"country/ru"}
    text = "Anna Berg said China had reneged on the agreement."
    assert targets_of(nlp, resources, text, "Accusation") == {"country/cn"}


def test_breaking_a_record_or_the_news_accuses_no_one(nlp, resources):
    for text in (
        "Anna Berg said Globex had broken the sales record.",
        "Anna Berg said Globex had broken the news to its staff.",
    ):
        assert "Accusation" not in types_of(nlp, resources, text), text
