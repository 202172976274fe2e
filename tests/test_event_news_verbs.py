"""Common news verbs beyond geopolitics (business, technology, courts) on sentences written for
these tests, and the lexicon's guard against YAML reading `off` as a boolean."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run

from kg.errors import ConfigError
from kg.extract.trigger_lexicon import load_lexicon


@pytest.mark.parametrize(
    ("text", "event_type", "plover"),
    [
        ("Acme unveiled a folding phone at its annual show.", "Statement", "STATEMENT"),
        ("Globex launched a new search engine.", "Statement", "STATEMENT"),
        ("Acme sued Globex over a patent.", "Accusation", "ACCUSE"),
        ("Acme filed a lawsuit against Globex.", "Accusation", "ACCUSE"),
        ("Acme acquired Globex for two billion dollars.", "Agreement", "AGREE"),
        ("Globex hired Maria Lopez as its chief engineer.", "Agreement", "AGREE"),
        ("Acme paid $40,000 to Globex for the study.", "Aid", "AID"),
        ("Maria Lopez praised the Treasury for its work.", "Support", "SUPPORT"),
        ("Maria Lopez resigned from the Treasury.", "Withdrawal", "RETREAT"),
        ("Russia recalled its ambassador to France.", "Expulsion", "SANCTION"),
        ("The Treasury fined Acme for breaking export rules.", "Sanction", "SANCTION"),
        ("Iranian hackers stole data from Acme.", "CyberOperation", "COERCE"),
        ("The Kremlin laughed off the claims by Britain.", "Denial", "REJECT"),
        ("Anna Berg pointed the finger at Russia.", "Accusation", "ACCUSE"),
        ("Anna Berg talked about the new export rules.", "Statement", "STATEMENT"),
        ("Acme showed a prototype of its car at the fair.", "Statement", "STATEMENT"),
        ("The Kremlin dismissed concerns raised by Britain.", "Denial", "REJECT"),
        ("Anna Berg extended an invitation to China.", "Appeal", "REQUEST"),
        ("John Smith reached out to the CIA via LinkedIn.", "Meeting", "CONSULT"),
        ("Iran took two Britons hostage.", "Arrest", "COERCE"),
        ("The FBI has uploaded two malware samples to a public site.", "Report", "STATEMENT"),
        ("Britain suspended visa services in Russia.", "Sanction", "SANCTION"),
        ("Germany scaled back its cooperation with Iran.", "Sanction", "SANCTION"),
        ("France severed diplomatic ties with Iran.", "Sanction", "SANCTION"),
        ("The flaw was first documented by Acme last year.", "Report", "STATEMENT"),
        ("Britain called out Russia for the cyberattacks.", "Criticism", "ACCUSE"),
        ("Russia launched airstrikes on Germany on Monday.", "Attack", "ASSAULT"),
        ("Iran seized a British tanker in the Gulf.", "Arrest", "COERCE"),
        ("Iran executed John Smith on Tuesday.", "Attack", "ASSAULT"),
        ("China imposed an embargo on Acme.", "Sanction", "SANCTION"),
        ("John Smith pleaded not guilty to the charges.", "Denial", "REJECT"),
        ("Iranian hackers stole $600 million from Acme.", "CyberOperation", "COERCE"),
        ("Iranian hackers targeted British officials.", "CyberOperation", "COERCE"),
        (
            "A Chinese recruitment campaign targeted British officials.",
            "RecruitmentApproach",
            "REQUEST",
        ),
        ("Meta pulled the Acme app from its store.", "AccountTakedown", "COERCE"),
        ("John Smith pleaded guilty to the charges.", "GuiltyPlea", "CONCEDE"),
        ("Days later, the Acme hackers leaked the minister's data.", "CyberOperation", "COERCE"),
        ("The Globex group published the stolen emails of Lopez.", "CyberOperation", "COERCE"),
        ("John Smith leaked secret documents to Russia.", "Espionage", "COOPERATE"),
        ("Russia held John Smith for eight months.", "Arrest", "COERCE"),
    ],
)
def test_common_news_verbs_are_typed(nlp, resources, text, event_type, plover):
    event = only(run(nlp, resources, text), event_type)
    assert event.plover == plover
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_a_launched_missile_is_an_attack_not_a_product_launch(nlp, resources):
    events = run(nlp, resources, "Iran launched two missiles at Germany.")
    assert [e.type for e in events] == ["Attack"]


def test_appealing_a_ruling_is_not_a_request(nlp, resources):
    events = run(nlp, resources, "Acme appealed the ruling against Globex.")
    assert "Appeal" not in {e.type for e in events}


def test_appeal_to_someone_is_a_request(nlp, resources):
    only(run(nlp, resources, "Anna Berg appealed to Russia for calm."), "Appeal")


def test_leaving_a_post_is_a_withdrawal_and_leaving_a_city_is_nothing(nlp, resources):
    left = only(run(nlp, resources, "Maria Lopez left the company in March."), "Withdrawal")
    assert roles(left) == {"actor": {"person/maria-lopez"}}
    assert run(nlp, resources, "Maria Lopez left Paris in March.") == ()


def test_paying_a_visit_is_a_meeting_not_aid(nlp, resources):
    events = run(nlp, resources, "Anna Berg paid a visit to China.")
    assert [e.type for e in events] == ["Meeting"]


def test_an_unquoted_off_particle_is_rejected(tmp_path):
    (tmp_path / "triggers.yaml").write_text(
        "verbs:\n  - {lemma: laugh, particle: off, type: Denial}\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError):
        load_lexicon(tmp_path)


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("Apple Corps", False),
        ("Marine Corps", True),
        ("Islamic Revolutionary Guard Corps", True),
        ("Peace Corps", True),
        ("Defence Ministry", True),
        ("Acme Holdings", False),
    ],
)
def test_corps_names_a_government_body_only_with_a_state_word(name, agency):
    from kg.entity_lexicon import load_lexicon as load_entity_lexicon
    from kg.settings import DEFAULT_ONTOLOGY_DIR

    words = {w.lower() for w in name.split()}
    assert load_entity_lexicon(DEFAULT_ONTOLOGY_DIR).names_agency(words) is agency


def test_a_pronoun_speaker_two_sentences_on_is_the_last_person_named(nlp, resources):
    text = "Maria Lopez opened the trade fair on Monday. The hall was full. She said sales rose."
    event = only(run(nlp, resources, text), "Statement")
    assert roles(event)["actor"] == {"person/maria-lopez"}


def test_a_pronoun_is_not_resolved_past_a_paragraph(nlp, resources):
    filler = "The weather stayed grey and the streets were quiet all week long. " * 12
    text = f"Maria Lopez opened the trade fair. {filler}She said sales rose."
    assert run(nlp, resources, text) == ()


def test_a_pronoun_reported_by_unnamed_speakers_is_not_an_entity_named_before(nlp, resources):
    # "they" are the lawmakers, whom no name covers, not the senator of the sentence before
    text = (
        "Senator Maria Lopez praised the bill on Monday. Lawmakers from both parties said "
        "they had sanctioned the bank."
    )
    sanctions = [e for e in run(nlp, resources, text) if e.type == "Sanction"]
    assert all("person/maria-lopez" not in roles(e).get("actor", set()) for e in sanctions)
    assert "person/maria-lopez" in roles(only(run(nlp, resources, text), "Support"))["actor"]


def test_added_is_speech_only_when_it_reports_words(nlp, resources):
    assert run(nlp, resources, "Acme added a fingerprint reader to the phone.") == ()
    only(run(nlp, resources, "Acme added that the phone would ship soon."), "Statement")
    only(run(nlp, resources, '"The phone ships soon," Acme added.'), "Statement")


def test_claimed_responsibility_is_an_admission_and_claimed_that_a_statement(nlp, resources):
    only(run(nlp, resources, "Acme claimed responsibility for the outage."), "Admission")
    only(run(nlp, resources, "Acme claimed that its phone was faster."), "Statement")


def test_a_dispute_between_two_firms_is_an_accusation(nlp, resources):
    event = only(run(nlp, resources, "The dispute between Acme and Globex began."), "Accusation")
    assert roles(event) == {"actor": {"org/acme"}, "target": {"org/globex"}}


def test_a_passive_subject_shared_by_two_participles_is_their_target(nlp, resources):
    events = run(nlp, resources, "John Smith was arrested on Monday and charged with fraud.")
    assert roles(only(events, "Indictment")) == {"target": {"person/john-smith"}}


def test_two_verbs_before_one_object_share_it(nlp, resources):
    events = run(nlp, resources, "The FBI arrested and charged John Smith.")
    expected = {"actor": {"org/fbi"}, "target": {"person/john-smith"}}
    assert roles(only(events, "Arrest")) == expected
    assert roles(only(events, "Indictment")) == expected


def test_into_names_the_target(nlp, resources):
    event = only(
        run(nlp, resources, "Iranian hackers broke into the defence ministry."), "CyberOperation"
    )
    assert roles(event) == {"actor": {"country/ir"}, "target": {"org/ministry"}}


def test_a_bare_surname_the_model_reads_as_a_noun_is_the_person_named_before():
    from kg.extract import Extractor
    from kg.settings import Settings
    from kg.types import Article

    text = (
        "Acme chief executive Tom Jobs opened the fair on Monday. "
        "Jobs welcomed the guests. Sales of the new jobs portal rose in May."
    )
    extraction = Extractor(Settings()).extract(Article(id="s1", text=text, published="2024-05-20"))
    person = next(e for e in extraction.entities if e.name == "Tom Jobs")
    assert [m.text for m in person.mentions] == ["Tom Jobs", "Jobs"]
    welcomed = next(e for e in extraction.events if e.trigger.text == "welcomed")
    assert {p.entity for p in welcomed.participants if p.role == "actor"} == {person.id}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Iranian hackers targeted the defence ministry.", "CyberOperation"),
        ("The defence ministry was targeted by Iranian hackers.", "CyberOperation"),
        ("Russian missiles hit the defence ministry.", "Attack"),
    ],
)
def test_targeting_takes_its_type_from_who_targets(nlp, resources, text, event_type):
    event = only(run(nlp, resources, text), event_type)
    assert "org/ministry" in roles(event)["target"]


def test_targeting_by_an_advertiser_is_no_event(nlp, resources):
    assert run(nlp, resources, "Acme targeted young buyers with its ads.") == ()


@pytest.mark.parametrize(
    "text",
    [
        "The FBI did not respond to requests by Reuters for comment.",
        "Asked about the arrests, Anna Berg said the FBI had acted alone.",
        "Anna Berg, when asked whether Russia was involved, said she did not know.",
        '"Why now?" Anna Berg asked.',
        'Berg, when asked what the Kremlin made of the talks with Acme, said: "Nothing."',
    ],
)
def test_a_reporter_asking_is_no_appeal(nlp, resources, text):
    assert "Appeal" not in {e.type for e in run(nlp, resources, text)}


def test_an_official_asking_another_is_an_appeal(nlp, resources):
    event = only(run(nlp, resources, "Anna Berg was asked by Russia to resign."), "Appeal")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"person/anna-berg"}}


def test_an_unresolved_foreign_firm_is_not_its_country(nlp, resources):
    assert run(nlp, resources, "The Chinese firm said the report was wrong.") == ()


def test_an_unresolved_foreign_agency_stands_for_its_state(nlp, resources):
    event = only(run(nlp, resources, "The Iranian agency said the report was wrong."), "Statement")
    assert roles(event) == {"actor": {"country/ir"}}


def test_releasing_a_person_is_a_withdrawal_and_a_named_product_a_statement(nlp, resources):
    freed = run(nlp, resources, "Iran released John Smith on Monday.")
    assert [e.type for e in freed] == ["Withdrawal"]
    launched = run(nlp, resources, "Acme released the Roadster in March.")
    assert [e.type for e in launched] == ["Statement"]


def test_a_verb_with_its_own_object_does_not_take_a_shared_passive_subject(nlp, resources):
    text = "Acme was founded by Maria Lopez in 1990, and launched a phone in 2003."
    event = only(run(nlp, resources, text), "Statement")
    assert roles(event)["actor"] == {"org/acme"}


def test_cutting_prices_or_staff_hours_is_no_sanction(nlp, resources):
    events = run(nlp, resources, "Acme cut the price of its phone and suspended two engineers.")
    assert "Sanction" not in {e.type for e in events}


def test_calling_someone_is_no_criticism(nlp, resources):
    events = run(nlp, resources, "Anna Berg called Acme about the contract.")
    assert "Criticism" not in {e.type for e in events}


@pytest.mark.parametrize(
    "text",
    ["Acme executed the plan for Russia.", "John Smith boarded a plane to Moscow with Anna Berg."],
)
def test_executing_a_plan_or_boarding_a_plane_is_no_event(nlp, resources, text):
    assert {e.plover for e in run(nlp, resources, text)} & {"ASSAULT", "COERCE"} == set()


def test_money_stolen_by_someone_not_a_hacker_is_no_cyber_operation(nlp, resources):
    events = run(nlp, resources, "John Smith stole $600 from Acme.")
    assert "CyberOperation" not in {e.type for e in events}
