"""The verb of a hostile aim told deep inside a reported clause tells the accusation too
(round 17d). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, run


def _mentions(events) -> list[str]:
    return [m.text for m in only(events, "Accusation").mentions]


def test_the_verb_of_an_aim_inside_what_the_arrests_showed_is_a_mention(nlp, resources):
    text = "Anna Berg said the arrests showed how hard Russia was working to undermine Acme."
    assert "undermine" in _mentions(run(nlp, resources, text))


def test_an_aim_named_by_a_noun_takes_the_verb_it_hangs_on(nlp, resources):
    text = "Anna Berg said Russia was waging a campaign to create mayhem in Britain."
    assert {"waging", "create"} <= set(_mentions(run(nlp, resources, text)))


def test_an_aim_of_the_clause_head_adds_nothing_more(nlp, resources):
    text = "Anna Berg said Russia had tried to sway the vote."
    mentions = _mentions(run(nlp, resources, text))
    assert mentions.count("tried") == 1 and "sway" not in mentions
