"""Round 19b, happenings the lexicon missed on unseen text, by meaning class: restrictions told
by a metaphor, findings of tests and inquiries, occasions disrupted, aircraft forced down,
homes ringed, forces crossing a border, disputes taken to court, batches of measures, meetings
ended or attended, malicious code put to use, secrets and papers passed on, verdicts of
disapproval, letters to office-holders, results declared, accounts got into, protection broken.
Sentences written for these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import run, types_of


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # restriction by metaphor (COERCE)
        ("Iran cut the province off from the web during the unrest.", "Ban"),
        ("China blacked out mobile internet across Xinjiang in 2009.", "Ban"),
        ("Russia pulled the plug on mobile internet in Moscow on Monday.", "Ban"),
        # findings of tests and inquiries (ACCUSE)
        ("The FBI pinpointed a backdoor in Acme's routers.", "Investigation"),
        ("The BfV found a critical vulnerability in Acme's firmware.", "Investigation"),
        ("The CIA isolated a new keylogger on the laptops.", "Investigation"),
        ("The defence ministry examined routers made by Acme last year.", "Investigation"),
        ("The FBI ran forensic checks on the laptops.", "Investigation"),
        ("The FBI determined that Iran had hacked Acme's servers.", "Accusation"),
        # occasions disrupted (COERCE)
        ("Iranian hackers derailed the referendum in Globex's home town.", "CyberOperation"),
        # aircraft or ships forced down or round (COERCE)
        ("Iran compelled a British tanker to divert to its port.", "Arrest"),
        ("Russia forced the plane to land in Minsk.", "Arrest"),
        # homes ringed by police (COERCE)
        ("Riot police ringed the house of John Smith on Monday.", "Arrest"),
        # forces crossing into a country (ASSAULT)
        ("Russian tanks rolled into Ukraine in February.", "Attack"),
        # disputes taken to court (REQUEST)
        ("Acme brought its challenge to the Constitutional Court.", "Appeal"),
        # batches of measures (SANCTION)
        ("Britain unveiled a fresh raft of sanctions against Russia.", "Sanction"),
        # meetings ended or attended (CONSULT)
        ("Anna Berg and Maria Lopez concluded their talks in Vienna on Friday.", "Meeting"),
        # malicious code put to use (COERCE)
        ("The installation of spyware by Iran on Acme's phones began in May.", "CyberOperation"),
        # secrets and papers passed on (COOPERATE, COERCE)
        ("John Smith passed the identities of CIA sources to Russia.", "Espionage"),
        ("John Smith emailed the documents to a reporter in May.", "CyberOperation"),
        # disapproval (ACCUSE)
        ("Anna Berg called the ruling short-sighted and unfair.", "Criticism"),
        ("Anna Berg described the protesters as hooligans and bandits.", "Criticism"),
        # forces crossing, the preposition read as a particle (ASSAULT)
        ("Russian columns swept across the frontier in March.", "Attack"),
        # letters to office-holders, results declared (STATEMENT)
        ("John Smith wrote to the defence ministry in May asking for asylum.", "Statement"),
        ("The court certified Maria Lopez the winner of the election.", "Statement"),
        # getting in, protection broken (COERCE)
        ("Iranian hackers got into the email accounts of the defence ministry.", "CyberOperation"),
        ("The FBI bypassed the encryption of John Smith's phone.", "CyberOperation"),
    ],
)
def test_a_happening_of_the_class_is_found(nlp, resources, text, event_type):
    assert event_type in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("The storm cut the town off from the web for a week.", "Ban"),
        ("Russia cut off the power supply to the plant.", "Ban"),
        ("Acme tested the new phones in its own labs.", "Investigation"),
        ("John Smith found a flaw in Anna Berg's argument.", "Investigation"),
        ("Protesters disrupted the opening ceremony in Moscow.", "CyberOperation"),
        ("Russia forced Acme to close its office.", "Arrest"),
        ("The house of John Smith is surrounded by trees.", "Arrest"),
        ("Refugees from Russia poured across the border into Germany.", "Attack"),
        ("Acme took its case to the public in a newspaper advertisement.", "Appeal"),
        ("Russia sold the names of its ships to Acme.", "Espionage"),
        ("Britain handed over John Smith to Russia.", "Espionage"),
        ("The deployment of troops by Russia worried NATO.", "CyberOperation"),
        ("Acme concluded a deal with Globex after concluding that prices would rise.", "Statement"),
        ("John Smith wrote to his daughter from jail.", "Statement"),
        ("Acme named John Smith its chief executive.", "Statement"),
        ("Anna Berg got into the car of Maria Lopez.", "CyberOperation"),
        ("The FBI cracked the case of John Smith.", "CyberOperation"),
        ("Refugees from Iran streamed across the border in March.", "Attack"),
    ],
)
def test_a_look_alike_is_no_such_happening(nlp, resources, text, event_type):
    assert event_type not in types_of(nlp, resources, text)


def test_a_batch_of_sanctions_has_its_target(nlp, resources):
    text = "Britain imposed another round of sanctions on Iran in March."
    (event,) = [e for e in run(nlp, resources, text) if e.type == "Sanction"]
    assert {p.entity for p in event.participants if p.role == "target"} == {"country/ir"}


@pytest.mark.parametrize(
    "text",
    [
        "John Smith fled to Russia, which has no extradition treaty with Britain.",
        "Iran and China have a long-standing accord on oil.",
    ],
)
def test_an_agreement_held_is_no_agreement_made(nlp, resources, text):
    assert "Agreement" not in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    "text",
    [
        "Iran and China sealed an accord on oil in March.",
        "Russia clinched a deal with Acme on Friday.",
    ],
)
def test_an_agreement_made_is_still_found(nlp, resources, text):
    assert "Agreement" in types_of(nlp, resources, text)
