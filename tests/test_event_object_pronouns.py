"""The object pronoun of a second verb joined by "and" stands for the first verb's object
("stole emails and leaked them"); sentences written for these tests."""

from __future__ import annotations

from event_helpers import roles, run


def _by_trigger(events, word):
    return [e for e in events if word in {e.trigger.text, *(m.text for m in e.mentions)}]


def test_leaking_what_was_just_stolen_is_hack_and_leak(nlp, resources):
    text = "Hackers working for Russia stole emails from Acme and leaked them on Twitter."
    (leak,) = _by_trigger(run(nlp, resources, text), "leaked")
    assert leak.type == "CyberOperation"
    assert roles(leak)["platform"] == {"org/twitter"}


def test_the_pronoun_is_what_the_first_verb_acted_on(nlp, resources):
    # "them" are the journalists: freeing them is a release, of people Acme employs
    text = "Russia detained two journalists of Acme in May and released them in June."
    (release,) = _by_trigger(run(nlp, resources, text), "released")
    assert release.type == "Withdrawal"
    assert roles(release) == {"actor": {"country/ru"}, "target": {"org/acme"}}


def test_a_singular_pronoun_does_not_stand_for_a_plural_object(nlp, resources):
    # "it" cannot be "the documents": the pronoun is resolved as before (Acme's own name)
    text = "The CIA obtained documents from Globex and Acme published it on Twitter."
    events = run(nlp, resources, text)
    assert [e for e in events if e.type == "CyberOperation"] == []
