"""Event extraction on sentences written for these tests.

Entities and time expressions are built by hand so that only kg.extract.events is under test;
the spaCy model parses the text as in production.
"""

from __future__ import annotations

import re

import pytest

from kg.extract.events import extract_events
from kg.extract.triggers import load_lexicon
from kg.settings import DEFAULT_MODEL, DEFAULT_ONTOLOGY_DIR
from kg.taxonomy import event_types
from kg.types import Article, Entity, Span, Timex

ENTITIES = {
    "org/fbi": ("Agency", ["FBI"]),
    "org/cia": ("Agency", ["CIA", "the agency"]),
    "org/bfv": ("Agency", ["BfV"]),
    "org/linkedin": ("Platform", ["LinkedIn"]),
    "org/twitter": ("Platform", ["Twitter"]),
    "org/meta": ("Platform", ["Meta"]),
    "country/ru": ("Country", ["Russia", "Moscow", "the Kremlin", "Russian"]),
    "country/gb": ("Country", ["Britain", "British"]),
    "country/cn": ("Country", ["China", "Chinese"]),
    "country/fr": ("Country", ["France"]),
    "country/de": ("Country", ["Germany"]),
    "country/ir": ("Country", ["Iran", "Iranian"]),
    "person/john-smith": ("Person", ["John Smith", "Smith"]),
    "person/anna-berg": ("Official", ["Anna Berg", "Berg"]),
    "org/treasury": ("Agency", ["the Treasury"]),
    "org/ministry": ("Agency", ["the defence ministry"]),
}


@pytest.fixture(scope="module")
def nlp():
    import spacy

    return spacy.load(DEFAULT_MODEL)


@pytest.fixture(scope="module")
def resources():
    taxonomy = event_types(DEFAULT_ONTOLOGY_DIR)
    return load_lexicon(DEFAULT_ONTOLOGY_DIR, set(taxonomy)), taxonomy


def entities_in(text: str) -> tuple[Entity, ...]:
    found = []
    for entity_id, (entity_type, surfaces) in ENTITIES.items():
        spans = []
        for surface in surfaces:
            for m in re.finditer(rf"\b{re.escape(surface)}\b", text, re.IGNORECASE):
                if not any(s.start <= m.start() < s.end for s in spans):
                    spans.append(Span(m.group(), m.start(), m.end()))
        if spans:
            mentions = tuple(sorted(spans, key=lambda s: s.start))
            found.append(Entity(entity_id, surfaces[0], entity_type, mentions=mentions))
    return tuple(found)


def timex(text: str, words: str, value: str, kind: str = "DATE", **interval) -> Timex:
    start = text.index(words)
    return Timex(start, start + len(words), words, kind, value, **interval)


def day(text: str, words: str, iso: str) -> Timex:
    return timex(text, words, iso, precision="day", earliest=iso, latest=iso)


def run(nlp, resources, text: str, timexes=(), published: str | None = "2024-10-09"):
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published=published)
    return extract_events(nlp(text), article, entities_in(text), list(timexes), lexicon, taxonomy)


def roles(event) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for p in event.participants:
        out.setdefault(p.role, set()).add(p.entity)
    return out


def only(events, event_type: str):
    matching = [e for e in events if e.type == event_type]
    assert len(matching) == 1, [(e.type, e.trigger.text) for e in events]
    return matching[0]


@pytest.mark.parametrize(
    ("text", "event_type", "plover"),
    [
        (
            "The CIA launched a recruitment campaign aimed at China.",
            "RecruitmentCampaign",
            "REQUEST",
        ),
        ("Russia accused Britain of running a spy ring.", "Accusation", "ACCUSE"),
        ("The BfV issued warnings about fake profiles.", "Warning", "THREATEN"),
        ("Twitter shut hundreds of accounts run from Iran.", "AccountTakedown", "COERCE"),
        ("Meta took down a network of Russian pages.", "AccountTakedown", "COERCE"),
        ("The FBI arrested John Smith at an airport.", "Arrest", "COERCE"),
        ("Moscow expelled twenty British diplomats.", "Expulsion", "SANCTION"),
        ("The Treasury sanctioned two Iranian firms.", "Sanction", "SANCTION"),
        ("The Kremlin denied the report.", "Denial", "REJECT"),
        ("Prosecutors charged John Smith with espionage.", "Indictment", "ACCUSE"),
        ("John Smith pleaded guilty to spying for China.", "GuiltyPlea", "CONCEDE"),
        ("Russian hackers breached the defence ministry.", "CyberOperation", "COERCE"),
        ("France and Germany signed an agreement on drones.", "Agreement", "AGREE"),
        ("Anna Berg met Chinese diplomats in a hotel.", "Meeting", "CONSULT"),
        ("John Smith passed secrets to China for years.", "Espionage", "COOPERATE"),
    ],
)
def test_trigger_families_are_typed_with_their_plover(nlp, resources, text, event_type, plover):
    event = only(run(nlp, resources, text), event_type)
    assert event.plover == plover
    assert text[event.trigger.start : event.trigger.end] == event.trigger.text


def test_plain_said_by_a_named_agency_is_a_statement(nlp, resources):
    event = only(run(nlp, resources, "The FBI said the case was closed."), "Statement")
    assert event.plover == "STATEMENT"
    assert roles(event) == {"actor": {"org/fbi"}}


def test_said_by_an_unnamed_speaker_is_no_event(nlp, resources):
    assert run(nlp, resources, "A neighbour said the house was empty.") == ()


def test_subject_is_actor_and_object_is_target(nlp, resources):
    event = only(run(nlp, resources, "Russia accused Britain of running a spy ring."), "Accusation")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"country/gb"}}


def test_passive_agent_is_actor_and_passive_subject_is_target(nlp, resources):
    event = only(run(nlp, resources, "John Smith was arrested by the FBI on Monday."), "Arrest")
    assert roles(event) == {"actor": {"org/fbi"}, "target": {"person/john-smith"}}


def test_against_x_is_target(nlp, resources):
    text = "Britain imposed new sanctions against Russia."
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event) == {"actor": {"country/gb"}, "target": {"country/ru"}}
    assert event.trigger.text == "imposed new sanctions"


def test_platform_via_on(nlp, resources):
    text = "Chinese agents approached engineers on LinkedIn."
    event = only(run(nlp, resources, text), "RecruitmentApproach")
    assert roles(event) == {"actor": {"country/cn"}, "platform": {"org/linkedin"}}


def test_place_via_in(nlp, resources):
    event = only(run(nlp, resources, "The FBI arrested John Smith in France."), "Arrest")
    assert roles(event)["place"] == {"country/fr"}


def test_conjoined_actors_all_take_part(nlp, resources):
    text = "Britain and France sanctioned the Kremlin."
    event = only(run(nlp, resources, text), "Sanction")
    assert roles(event) == {"actor": {"country/gb", "country/fr"}, "target": {"country/ru"}}


def test_reported_speech_is_attributed_to_the_speaker(nlp, resources):
    text = "The FBI said that Chinese hackers breached the defence ministry."
    events = run(nlp, resources, text)
    hack = only(events, "CyberOperation")
    assert hack.attributed_to == "org/fbi"
    assert roles(hack)["actor"] == {"country/cn"}
    assert only(events, "Statement").attributed_to is None


def test_speaker_own_speech_act_replaces_the_plain_statement(nlp, resources):
    events = run(nlp, resources, "The Kremlin said it rejected the accusations.")
    assert [e.type for e in events] == ["Denial"]
    assert roles(events[0])["actor"] == {"country/ru"}


def test_negated_event_is_kept_and_flagged(nlp, resources):
    event = only(run(nlp, resources, "Moscow did not expel the British diplomats."), "Expulsion")
    assert event.negated


@pytest.mark.parametrize(
    "text",
    [
        "Russian hackers reportedly breached the defence ministry.",
        "Russian hackers may have breached the defence ministry.",
        "Russian hackers are believed to have breached the defence ministry.",
    ],
)
def test_hedged_event_is_flagged_and_less_confident(nlp, resources, text):
    plain = only(
        run(nlp, resources, "Russian hackers breached the defence ministry."), "CyberOperation"
    )
    hedged = only(run(nlp, resources, text), "CyberOperation")
    assert hedged.hedged and not plain.hedged
    assert hedged.confidence < plain.confidence


def test_rejecting_an_accusation_is_a_denial(nlp, resources):
    event = only(run(nlp, resources, "The Kremlin rejected the accusation."), "Denial")
    assert event.plover == "REJECT"
    assert roles(event) == {"actor": {"country/ru"}}


@pytest.mark.parametrize(
    "text",
    [
        "Britain will sanction Russia.",
        "Britain plans to sanction Russia.",
        "If Britain sanctions Russia, prices rise.",
        "Did Britain sanction Russia?",
    ],
)
def test_future_hypothetical_and_questions_are_skipped(nlp, resources, text):
    assert [e for e in run(nlp, resources, text) if e.type == "Sanction"] == []


def test_date_from_the_governing_expression(nlp, resources):
    text = "On Monday the FBI arrested John Smith, who had met Chinese agents in 2019."
    times = [
        timex(
            text,
            "Monday",
            "2024-10-07",
            precision="day",
            earliest="2024-10-07",
            latest="2024-10-07",
        ),
        timex(text, "2019", "2019", precision="year", earliest="2019-01-01", latest="2019-12-31"),
    ]
    events = run(nlp, resources, text, times)
    arrest, meeting = only(events, "Arrest"), only(events, "Meeting")
    assert (arrest.date.value, arrest.date.text, arrest.date.source) == (
        "2024-10-07",
        "Monday",
        "text",
    )
    assert (meeting.date.value, meeting.date.precision) == ("2019", "year")
    assert (meeting.date.earliest, meeting.date.latest) == ("2019-01-01", "2019-12-31")
    assert text[arrest.date.start : arrest.date.end] == "Monday"


def test_date_from_the_sentence_when_nothing_governs_the_trigger(nlp, resources):
    text = "The arrest of John Smith by the FBI came in March."
    times = [
        timex(
            text, "March", "2024-03", precision="month", earliest="2024-03-01", latest="2024-03-31"
        )
    ]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert (event.date.value, event.date.source) == ("2024-03", "text")


def test_no_expression_means_the_publication_date_marked_as_such(nlp, resources):
    event = only(run(nlp, resources, "The FBI arrested John Smith."), "Arrest")
    d = event.date
    assert (d.value, d.source, d.earliest, d.latest) == (
        None,
        "published",
        "2024-10-09",
        "2024-10-09",
    )


def test_durations_do_not_date_events(nlp, resources):
    text = "The FBI arrested John Smith after three years."
    event = only(
        run(nlp, resources, text, [timex(text, "three years", "P3Y", "DURATION")]), "Arrest"
    )
    assert event.date.value is None and event.date.source == "published"


def test_since_dates_the_start_year(nlp, resources):
    text = "Iranian hackers have hacked Britain since 2014."
    times = [
        timex(text, "2014", "2014", precision="year", earliest="2014-01-01", latest="2014-12-31")
    ]
    event = only(run(nlp, resources, text, times), "CyberOperation")
    assert event.date.value == "2014"


def test_two_mentions_of_one_happening_are_one_event(nlp, resources):
    text = (
        "Britain expelled 23 Russian diplomats on Wednesday. "
        "The expulsion of the diplomats by Britain was the largest in decades."
    )
    times = [
        timex(
            text,
            "Wednesday",
            "2024-10-09",
            precision="day",
            earliest="2024-10-09",
            latest="2024-10-09",
        )
    ]
    event = only(run(nlp, resources, text, times), "Expulsion")
    assert event.date.value == "2024-10-09"
    assert [m.text for m in event.mentions] == ["expulsion"]
    assert text[event.mentions[0].start : event.mentions[0].end] == "expulsion"


def test_anaphoric_campaign_is_a_further_mention_and_gives_its_date(nlp, resources):
    text = (
        "The CIA launched a recruitment campaign aimed at China. "
        "The agency's new drive, announced Tuesday, uses videos."
    )
    times = [
        timex(
            text,
            "Tuesday",
            "2024-10-08",
            precision="day",
            earliest="2024-10-08",
            latest="2024-10-08",
        )
    ]
    event = only(run(nlp, resources, text, times), "RecruitmentCampaign")
    assert event.date.value == "2024-10-08"
    assert [m.text for m in event.mentions] == ["drive"]


def test_different_targets_stay_different_events(nlp, resources):
    text = "The Treasury sanctioned Iran. Later the Treasury sanctioned Russia."
    assert len([e for e in run(nlp, resources, text) if e.type == "Sanction"]) == 2


def test_confidence_is_a_probability_and_rises_with_evidence(nlp, resources):
    text = "The FBI arrested John Smith on Monday. John Smith was arrested."
    times = [
        timex(
            text,
            "Monday",
            "2024-10-07",
            precision="day",
            earliest="2024-10-07",
            latest="2024-10-07",
        )
    ]
    events = run(nlp, resources, text, times)
    assert events and all(0.0 <= e.confidence <= 1.0 for e in events)
    lone = run(nlp, resources, "John Smith was arrested.")
    assert only(events, "Arrest").confidence > only(lone, "Arrest").confidence


def test_evidence_is_the_sentence_and_ids_follow_the_trigger(nlp, resources):
    text = "Meta removed the pages. The Kremlin denied the report."
    event = only(run(nlp, resources, text), "Denial")
    assert event.evidence.text == "The Kremlin denied the report."
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert event.id == f"t1-{event.trigger.start}"
    assert "Russia" in event.label or "Kremlin" in event.label


def test_pronoun_subject_takes_the_previous_sentence_actor(nlp, resources):
    text = "The FBI opened a case. It arrested John Smith in May."
    event = only(run(nlp, resources, text), "Arrest")
    assert roles(event)["actor"] == {"org/fbi"}


def test_events_need_a_named_participant(nlp, resources):
    assert run(nlp, resources, "Police arrested a man in a park.") == ()


def test_statement_reporting_the_speakers_own_act_is_dropped(nlp, resources):
    events = run(nlp, resources, "Twitter said it removed 900 accounts run from Iran.")
    assert [e.type for e in events] == ["AccountTakedown"]
    takedown = events[0]
    assert roles(takedown)["actor"] == {"org/twitter"}
    assert takedown.attributed_to == "org/twitter"


def test_decision_announced_by_its_actor_is_kept_and_dated_by_the_announcement(nlp, resources):
    text = "Russia said on Saturday that it would expel 23 British diplomats."
    event = only(run(nlp, resources, text, [day(text, "Saturday", "2024-10-05")]), "Expulsion")
    assert roles(event) == {"actor": {"country/ru"}, "target": {"country/gb"}}
    assert (event.date.value, event.date.source) == ("2024-10-05", "inferred")


def test_reported_event_without_own_date_inherits_the_statement_date(nlp, resources):
    text = "The FBI announced on Friday that a grand jury had indicted John Smith."
    event = only(run(nlp, resources, text, [day(text, "Friday", "2024-10-04")]), "Indictment")
    assert event.attributed_to == "org/fbi"
    assert (event.date.value, event.date.source) == ("2024-10-04", "inferred")


def test_speech_noun_in_a_prepositional_phrase_is_the_same_statement(nlp, resources):
    text = "The FBI said in a statement published on Friday that the case was closed."
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    statement = only(events, "Statement")
    assert roles(statement) == {"actor": {"org/fbi"}}
    assert statement.date.value == "2024-10-04"
    assert len(statement.mentions) == 1


def test_object_pronoun_is_resolved_but_never_to_the_subject(nlp, resources):
    text = "John Smith flew to Paris. The FBI arrested him at the airport."
    event = only(run(nlp, resources, text), "Arrest")
    assert roles(event) == {"actor": {"org/fbi"}, "target": {"person/john-smith"}}


def test_imperatives_are_not_events(nlp, resources):
    assert run(nlp, resources, "Sanction Russia now.") == ()


def test_label_names_actor_action_and_target(nlp, resources):
    event = only(run(nlp, resources, "Russia accused Britain of spying."), "Accusation")
    assert event.label == "Russia accuses Britain"
    text = "Britain and France expelled twenty Russian diplomats."
    event = only(run(nlp, resources, text), "Expulsion")
    assert event.label == "Britain and France expel diplomats of Russia"


def test_statement_of_a_negated_claim_is_a_denial(nlp, resources):
    event = only(run(nlp, resources, "The Kremlin said there was no evidence."), "Denial")
    assert event.plover == "REJECT" and not event.negated
    assert only(run(nlp, resources, "The Kremlin said the evidence was weak."), "Statement")


def test_definite_description_points_back_to_the_latest_fitting_entity(nlp, resources):
    text = "Meta published a report on Tuesday. The company removed 300 accounts linked to Iran."
    event = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(event)["actor"] == {"org/meta"}


def test_dateline_date_does_not_date_the_events(nlp, resources):
    text = "LONDON, 14 Apr: The FBI arrested John Smith."
    event = only(run(nlp, resources, text, [day(text, "14 Apr", "2024-04-14")]), "Arrest")
    assert event.date.value is None and event.date.source == "published"


def test_reported_negation_of_someone_else_stays_a_statement(nlp, resources):
    events = run(nlp, resources, "The FBI said John Smith had not confessed.")
    assert sorted(e.type for e in events) == ["Admission", "Statement"]
    admission = only(events, "Admission")
    assert admission.negated and admission.attributed_to == "org/fbi"


def test_alleged_event_noun_is_hedged(nlp, resources):
    text = "Britain condemned the alleged hacking of the defence ministry by Russia."
    event = only(run(nlp, resources, text), "CyberOperation")
    assert event.hedged
    assert roles(event)["actor"] == {"country/ru"}
