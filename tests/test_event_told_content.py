"""What a telling reports is one with it: the head of the reported clause is a further mention
of the telling, unless it is the trigger of an event of its own. Sentences written for these
tests."""

from __future__ import annotations

from event_helpers import only, run


def test_the_head_of_a_reported_clause_is_a_further_mention_of_the_telling(nlp, resources):
    text = "Acme said on Monday that Russia was trying to cut it off from its users."
    statement = only(run(nlp, resources, text), "Statement")
    assert [m.text for m in statement.mentions] == ["trying"]


def test_a_clause_told_before_its_speaker_is_one_with_the_telling(nlp, resources):
    text = "The ministry would restore the service once the firm complied, Acme said."
    statement = only(run(nlp, resources, text), "Statement")
    assert [m.text for m in statement.mentions] == ["restore"]


def test_a_reported_act_stays_its_own_event(nlp, resources):
    text = "Acme said on Monday that Russia had hacked its servers."
    events = run(nlp, resources, text)
    hack = only(events, "CyberOperation")
    telling = [e for e in events if e is not hack]
    assert all(hack.trigger.start not in {m.start for m in e.mentions} for e in telling)
