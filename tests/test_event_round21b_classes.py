"""Round 21b, common news acts the lexicon lacked, each as a class: envoys sent or asked home,
relations restored between states, captives let go, people tried in court, officials briefed,
replies and estimates told as speech, work with the authorities, letters to a named person,
cases built against someone.
Sentences written for these tests, in words of their own, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import run, types_of


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # envoys sent or asked home (SANCTION)
        ("Britain sent home three Russian diplomats on Monday.", "Expulsion"),
        ("Germany ordered two Iranian envoys home after the plot.", "Expulsion"),
        ("France asked four Russian diplomats to leave the country.", "Expulsion"),
        # relations restored or set up between states (AGREE)
        ("Britain and Iran restored full diplomatic relations in 2014.", "Agreement"),
        ("China normalised ties with Germany in 1972.", "Agreement"),
        ("Germany established diplomatic relations with China in 1972.", "Agreement"),
        # captives let go (RETREAT)
        ("Iran let the French tourist go after two years.", "Withdrawal"),
        ("Russia finally let John Smith go in a prisoner swap.", "Withdrawal"),
        # people tried in court (ACCUSE)
        ("John Smith was tried in secret in Moscow.", "Indictment"),
        ("Anna Berg was tried in absentia by a military court.", "Indictment"),
        # officials briefed (CONSULT)
        ("The FBI briefed lawmakers on the intrusion.", "Meeting"),
        ("The CIA briefed NATO allies about the findings.", "Meeting"),
        # replies and estimates told as speech (STATEMENT)
        ("Anna Berg retorted that Britain had started the dispute.", "Statement"),
        ("The BfV estimates that 900 extremists live in Berlin.", "Statement"),
        # work with the authorities (COOPERATE)
        ("Acme said it was cooperating with the FBI on the case.", "IntelligenceSharing"),
        ("Acme collaborated with investigators after the breach.", "IntelligenceSharing"),
        # a case built against someone (ACCUSE)
        ("The FBI had been building a case against John Smith since 2019.", "Investigation"),
        ("Prosecutors in Berlin compiled a case against Acme over the leak.", "Investigation"),
        # a letter to a named person (STATEMENT)
        ("Anna Berg wrote to John Smith in May asking for the files.", "Statement"),
    ],
)
def test_class_is_found(nlp, resources, text: str, event_type: str) -> None:
    assert event_type in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Acme sent home its workers when the storm came.", "Expulsion"),
        ("Anna Berg asked John Smith to leave the room.", "Expulsion"),
        ("Acme restored access to its offices on Monday.", "Agreement"),
        ("John Smith established ties to the Kremlin in the 1990s.", "Agreement"),
        ("Germany finally let go of the idea in May.", "Withdrawal"),
        ("The company let John Smith go after ten years.", "Withdrawal"),
        ("John Smith tried to flee the country in May.", "Indictment"),
        ("Anna Berg tried the door of the office.", "Indictment"),
        ("Anna Berg briefed reporters on the visit.", "Meeting"),
        ("The BfV estimated the cost at 9 million euros.", "Statement"),
        ("Anna Berg replied to the letter in May.", "Statement"),
        ("John Smith worked with Acme for ten years.", "IntelligenceSharing"),
        ("Anna Berg wrote to her mother every week.", "Statement"),
        ("Anna Berg built a strong case for reform.", "Investigation"),
        ("Anna Berg made the case against sanctions in May.", "Investigation"),
    ],
)
def test_look_alike_is_not(nlp, resources, text: str, event_type: str) -> None:
    assert event_type not in types_of(nlp, resources, text)


def test_a_released_captive_is_the_target(nlp, resources) -> None:
    """Who is let go is who the release is done to, not its doer."""
    events = run(nlp, resources, "Russia let John Smith go on Friday.")
    (release,) = [e for e in events if e.type == "Withdrawal"]
    assert {p.entity for p in release.participants if p.role == "actor"} == {"country/ru"}
