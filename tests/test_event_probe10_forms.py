"""Forms met in the tenth probe (a body named in apposition to what a state owns, a dateline
before the subject); sentences written for these tests."""

from __future__ import annotations

import re

from event_helpers import entities_in, only, roles, timex

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span

BODIES = {"org/wahlwacht": ("Agency", "Wahlwacht"), "org/bsi": ("Agency", "the BSI")}


def _run(nlp, resources, text: str):
    entities = list(entities_in(text))
    for entity_id, (entity_type, name) in BODIES.items():
        spans = tuple(Span(m.group(), m.start(), m.end()) for m in re.finditer(name, text))
        if spans:
            entities.append(Entity(entity_id, name, entity_type, mentions=spans))
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2025-03-04")
    return extract_events(nlp(text), article, tuple(entities), (), lexicon, taxonomy)


def test_a_body_named_in_apposition_acts_not_the_state_owning_it(nlp, resources):
    text = (
        "Germany's office for protecting elections online, Wahlwacht, revealed a network "
        "of fake news sites."
    )
    statement = only(_run(nlp, resources, text), "Statement")
    assert roles(statement)["actor"] == {"org/wahlwacht"}


def test_the_named_body_acts_with_a_time_phrase_before_the_verb(nlp, resources):
    text = (
        "Germany's office for protecting elections online, Wahlwacht, on Tuesday revealed "
        "a network of fake news sites, and said the sites pushed Kremlin talking points."
    )
    events = _run(nlp, resources, text)
    assert events
    assert all(roles(e).get("actor") == {"org/wahlwacht"} for e in events if e.type == "Statement")


def test_a_dateline_is_not_the_subject_of_the_lede(nlp, resources):
    text = (
        "LYON — Germany's office for protecting elections online, Wahlwacht, on Tuesday "
        "revealed a network of fake news sites."
    )
    statement = only(_run(nlp, resources, text), "Statement")
    assert roles(statement)["actor"] == {"org/wahlwacht"}


def test_the_country_s_agency_named_after_a_comma_speaks(nlp, resources):
    text = "The country's cyber agency, the BSI, said the sites were run from Moscow."
    assert roles(only(_run(nlp, resources, text), "Statement"))["actor"] == {"org/bsi"}


def test_an_unnamed_agency_of_a_state_still_stands_for_the_state(nlp, resources):
    text = "Germany's cyber agency said the sites were run from Moscow."
    assert roles(only(_run(nlp, resources, text), "Statement"))["actor"] == {"country/de"}


def test_a_person_named_in_apposition_speaks_for_the_post(nlp, resources):
    text = "Germany's interior minister, Anna Berg, said the sites were run from Moscow."
    actors = roles(only(_run(nlp, resources, text), "Statement"))["actor"]
    assert actors == {"person/anna-berg"}


def test_the_acts_an_accusation_names_are_the_accused_s(nlp, resources):
    text = (
        "Prosecutors accused John Smith of hacking into Acme's servers and offering the "
        "stolen files to reporters."
    )
    events = _run(nlp, resources, text)
    assert roles(only(events, "Accusation"))["target"] == {"person/john-smith"}
    acts = {e.trigger.text: roles(e) for e in events if e.type == "CyberOperation"}
    assert acts["hacking"] == {"actor": {"person/john-smith"}, "target": {"org/acme"}}
    assert acts["offering"]["actor"] == {"person/john-smith"}


def test_what_someone_is_charged_with_doing_is_their_act(nlp, resources):
    events = _run(nlp, resources, "Maria Lopez was charged with hacking Acme.")
    hacking = only(events, "CyberOperation")
    assert roles(hacking) == {"actor": {"person/maria-lopez"}, "target": {"org/acme"}}


def test_selling_what_was_stolen_is_part_of_the_theft(nlp, resources):
    text = "The FBI charged Anna Berg with stealing documents from Globex and selling them."
    theft = only(_run(nlp, resources, text), "CyberOperation")
    assert roles(theft)["actor"] == {"person/anna-berg"}


def test_the_hackers_are_the_doers_named_before_not_the_investigator(nlp, resources):
    text = (
        "Globex broke into the servers of Acme in May, the FBI said. The hackers first "
        "targeted officials before they got into the network."
    )
    events = _run(nlp, resources, text)
    targeting = [e for e in events if e.trigger.text == "targeted"]
    assert [e.type for e in targeting] == ["CyberOperation"]
    assert roles(targeting[0])["actor"] == {"org/globex"}
    cyber_actors = {a for e in events if e.type == "CyberOperation" for a in roles(e)["actor"]}
    assert cyber_actors == {"org/globex"}


def test_they_after_the_hackers_are_the_hackers(nlp, resources):
    text = (
        "Prosecutors accused John Smith of hacking into Acme. The FBI said the hackers "
        "targeted officials before they broke into the accounts of Globex staff."
    )
    broke = [e for e in _run(nlp, resources, text) if e.trigger.text == "broke"]
    assert [roles(e) for e in broke] == [{"actor": {"person/john-smith"}, "target": {"org/globex"}}]


def test_the_attackers_stay_unnamed_when_no_doer_was_named(nlp, resources):
    text = (
        "Acme said its servers were breached in May. The FBI is investigating the breach. "
        "The attackers targeted officials with fake emails."
    )
    cyber = [e for e in _run(nlp, resources, text) if e.type == "CyberOperation"]
    assert cyber
    assert all("actor" not in roles(e) for e in cyber)


def test_the_intruders_targeting_officials_is_cyber(nlp, resources):
    text = "Globex broke into the servers of Acme in May. The intruders targeted officials."
    targeting = [e for e in _run(nlp, resources, text) if e.trigger.text == "targeted"]
    assert [(e.type, roles(e)["actor"]) for e in targeting] == [("CyberOperation", {"org/globex"})]


def test_a_denial_is_told_by_the_denied_verb_too(nlp, resources):
    text = "A spokesman for Acme said the company had never handed any user's messages to Russia."
    denial = only(_run(nlp, resources, text), "Denial")
    assert roles(denial)["actor"] == {"org/acme"}
    assert [m.text for m in denial.mentions] == ["handed"]


def test_presenting_evidence_accuses(nlp, resources):
    text = "Anna Berg said the FBI had presented evidence that Russia used the app."
    accusation = only(_run(nlp, resources, text), "Accusation")
    assert accusation.trigger.text == "presented"
    assert roles(accusation)["actor"] == {"org/fbi"}


def _retold(nlp, resources, month: str, value: str, last_day: str):
    """The hack told dated "last year", then "the breach" told as beginning in ``month``."""
    later = f"The breach, which began in {month}, went unnoticed for months."
    text = f"Globex hacked the email of Acme last year, the FBI said. {later}"
    year = timex(
        text, "last year", "2023", precision="year", earliest="2023-01-01", latest="2023-12-31"
    )
    begun = timex(text, month, value, precision="month", earliest=f"{value}-01", latest=last_day)
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-05-03")
    return extract_events(nlp(text), article, entities_in(text), [year, begun], lexicon, taxonomy)


def test_a_retelling_with_a_finer_date_refines_the_act(nlp, resources):
    events = _retold(nlp, resources, "January 2023", "2023-01", "2023-01-31")
    hack = only(events, "CyberOperation")
    assert roles(hack) == {"actor": {"org/globex"}, "target": {"org/acme"}}
    assert hack.date.value == "2023-01"
    assert [m.text for m in hack.mentions] == ["breach"]


def test_a_retelling_with_an_incompatible_date_does_not_merge(nlp, resources):
    events = _retold(nlp, resources, "March 2021", "2021-03", "2021-03-31")
    hack = only(events, "CyberOperation")
    assert hack.date.value == "2023"
    assert not hack.mentions


def test_making_a_hack_public_is_a_statement_by_the_discloser(nlp, resources):
    statement = only(_run(nlp, resources, "Acme made the hack public in June."), "Statement")
    assert statement.trigger.text == "made"
    assert roles(statement)["actor"] == {"org/acme"}


def test_making_something_possible_is_no_statement(nlp, resources):
    events = _run(nlp, resources, "Globex made the intrusion possible.")
    assert "Statement" not in {e.type for e in events}


def test_an_act_noun_someone_is_charged_with_is_theirs(nlp, resources):
    text = "The FBI charged John Smith with a cyberattack on Acme."
    events = _run(nlp, resources, text)
    assert roles(only(events, "Indictment"))["actor"] == {"org/fbi"}
    attack = only(events, "CyberOperation")
    assert roles(attack) == {"actor": {"person/john-smith"}, "target": {"org/acme"}}


def test_espionage_someone_is_accused_of_is_theirs(nlp, resources):
    events = _run(nlp, resources, "Prosecutors accused Anna Berg of espionage.")
    assert roles(only(events, "Espionage"))["actor"] == {"person/anna-berg"}


def test_espionage_merely_mentioned_is_no_event(nlp, resources):
    events = _run(nlp, resources, "Anna Berg spoke about espionage.")
    assert "Espionage" not in {e.type for e in events}
