"""A telling joined to the speaker's own speech act gives that act's words, and what a telling
reports includes the clauses joined by "and" (round 17d). Sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, run


def _by_trigger(events) -> dict[str, str]:
    return {e.trigger.text: e.type for e in events}


def test_a_said_joined_to_a_denial_is_its_words(nlp, resources):
    text = "The Kremlin rejected the allegations and said they were meant to smear Russia."
    events = run(nlp, resources, text)
    denial = only(events, "Denial")
    assert "said" in [m.text for m in denial.mentions]
    assert "Statement" not in _by_trigger(events).values()


def test_a_saying_participle_of_an_accusation_is_its_words(nlp, resources):
    text = "Anna Berg accused Russia of ripping up the rule book, saying the world had changed."
    events = run(nlp, resources, text)
    accusation = only(events, "Accusation")
    assert "saying" in [m.text for m in accusation.mentions]
    assert "Statement" not in _by_trigger(events).values()


def test_speaking_to_reporters_is_the_occasion_of_the_denial(nlp, resources):
    text = "Anna Berg, speaking to reporters in Paris, denied that Acme had been hacked."
    events = run(nlp, resources, text)
    assert "speaking" in [m.text for m in only(events, "Denial").mentions]
    assert "Statement" not in _by_trigger(events).values()


def test_a_reason_given_for_a_refusal_is_the_refusal(nlp, resources):
    text = "The Treasury declined to comment, saying it does not discuss operational matters."
    events = run(nlp, resources, text)
    assert _by_trigger(events) == {"declined": "Refusal"}


def test_another_speaker_joined_by_and_keeps_the_telling(nlp, resources):
    text = "The Kremlin rejected the allegations and Anna Berg said Russia was to blame."
    events = run(nlp, resources, text)
    assert "said" in _by_trigger(events)


def test_a_measure_told_with_its_reason_keeps_the_telling(nlp, resources):
    text = "Meta banned the app on Friday, saying the app needed robust moderation."
    events = run(nlp, resources, text)
    assert "saying" in _by_trigger(events)


def test_a_verdict_of_another_kind_keeps_the_telling(nlp, resources):
    text = "Anna Berg called the hack outrageous and said there was hard evidence against Acme."
    events = run(nlp, resources, text)
    assert "said" in _by_trigger(events)


def test_a_clause_joined_to_the_reported_one_tells_the_same(nlp, resources):
    text = (
        "Anna Berg said the decision was based on advice from the agencies and was about "
        "protecting national security."
    )
    statement = only(run(nlp, resources, text), "Statement")
    assert [m.text for m in statement.mentions] == ["based", "was"]


def test_a_that_clause_joined_by_and_tells_the_same(nlp, resources):
    text = "Acme said on Monday that the assets were safe and that the exchange remained solvent."
    statement = only(run(nlp, resources, text), "Statement")
    assert "remained" in [m.text for m in statement.mentions]


def test_a_joined_clause_with_an_act_of_its_own_stays_that_act(nlp, resources):
    text = "Acme said on Monday that the assets were safe and that Russia had hacked its servers."
    events = run(nlp, resources, text)
    hack = only(events, "CyberOperation")
    assert all(
        hack.trigger.start not in {m.start for m in e.mentions} for e in events if e is not hack
    )


def test_a_published_statement_a_telling_was_made_in_is_that_telling(nlp, resources):
    text = "In a statement published on Friday, the Treasury said that Russia is behind the hack."
    events = run(nlp, resources, text, [day(text, "on Friday", "2024-10-04")])
    assert [e.trigger.text for e in events if e.type in ("Statement", "Accusation")] == ["said"]
    (telling,) = [e for e in events if e.trigger.text == "said"]
    assert telling.date.value == "2024-10-04"


def test_a_statement_carried_by_an_outlet_is_the_speakers_telling(nlp, resources):
    text = "Meta said in a statement carried by the New York Post that its apps were safe."
    events = run(nlp, resources, text)
    assert [e.trigger.text for e in events] == ["said"]


def test_a_statement_published_beside_a_telling_of_another_is_its_own(nlp, resources):
    text = "The Treasury published a statement on Friday, and Anna Berg said it was unfair."
    events = run(nlp, resources, text, [day(text, "on Friday", "2024-10-04")])
    assert len([e for e in events if e.type in ("Statement", "Criticism", "Denial")]) == 2


def test_a_telling_passed_on_by_another_speaker_is_one_telling(nlp, resources):
    text = "Anna Berg told John Smith that Russia had hacked Acme, the Treasury said."
    events = run(nlp, resources, text)
    tellings = [e for e in events if e.trigger.text in ("told", "said")]
    assert [e.trigger.text for e in tellings] == ["told"]
    assert "said" in [m.text for m in tellings[0].mentions]


def test_a_recalled_telling_keeps_its_reporter(nlp, resources):
    text = "The Treasury said Anna Berg had told John Smith that Russia had hacked Acme."
    events = run(nlp, resources, text)
    assert {"said", "told"} <= {e.trigger.text for e in events}


def test_a_speaker_telling_of_its_own_telling_is_left_to_folding(nlp, resources):
    text = "Acme said on Monday that it had told the FBI about the breach."
    events = run(nlp, resources, text)
    assert "said" not in [m.text for e in events if e.trigger.text == "told" for m in e.mentions]
