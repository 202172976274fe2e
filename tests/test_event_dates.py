"""Event extraction on sentences written for these tests: dates, merging, confidence, labels,
evidence and the lexicon's configuration errors.
"""

from __future__ import annotations

import pytest
from event_helpers import day, only, roles, run, timex

from kg.extract.trigger_lexicon import load_lexicon


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


def test_label_names_actor_action_and_target(nlp, resources):
    event = only(run(nlp, resources, "Russia accused Britain of spying."), "Accusation")
    assert event.label == "Russia accuses Britain"
    text = "Britain and France expelled twenty Russian diplomats."
    event = only(run(nlp, resources, text), "Expulsion")
    assert event.label == "Britain and France expel diplomats of Russia"


@pytest.mark.parametrize("place", ["LONDON", "BRASÍLIA", "SÃO PAULO"])
def test_dateline_date_does_not_date_the_events(nlp, resources, place):
    text = f"{place}, 14 Apr: The FBI arrested John Smith."
    event = only(run(nlp, resources, text, [day(text, "14 Apr", "2024-04-14")]), "Arrest")
    assert event.date.value is None and event.date.source == "published"


def test_lexicon_with_an_unknown_event_type_is_a_config_error(tmp_path):
    from kg.errors import ConfigError

    (tmp_path / "triggers.yaml").write_text(
        "verbs:\n  - {lemma: poke, type: Poking}\nnouns: []\n", encoding="utf-8"
    )
    with pytest.raises(ConfigError, match="Poking"):
        load_lexicon(tmp_path, {"Statement"})


def test_malformed_lexicon_is_a_config_error(tmp_path):
    from kg.errors import ConfigError

    (tmp_path / "triggers.yaml").write_text("verbs:\n  - {type: Statement}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"triggers\.yaml"):
        load_lexicon(tmp_path)


def test_coordinated_event_shares_the_date_of_its_governing_event(nlp, resources):
    text = "The FBI arrested John Smith on Monday and charged him with espionage."
    events = run(nlp, resources, text, [day(text, "Monday", "2024-10-07")])
    assert only(events, "Arrest").date.source == "text"
    charge = only(events, "Indictment")
    assert (charge.date.value, charge.date.source) == ("2024-10-07", "inferred")
    assert roles(charge)["target"] == {"person/john-smith"}


def test_a_statement_is_not_dated_by_the_clause_it_reports(nlp, resources):
    text = "Anna Berg said the new law would come into force in June."
    times = [timex(text, "June", "2025-06", precision="month")]
    event = only(run(nlp, resources, text, times), "Statement")
    assert event.date.value is None
    assert event.date.source == "published"


def test_a_statement_is_not_dated_by_words_inside_the_quote(nlp, resources):
    text = '"Our plant opens in June," Acme said.'
    times = [timex(text, "June", "2025-06", precision="month")]
    event = only(run(nlp, resources, text, times), "Statement")
    assert event.date.value is None


def test_a_statement_keeps_its_own_date_beside_a_quote(nlp, resources):
    text = '"Our plant opens in June," Acme said on Tuesday.'
    times = [
        timex(text, "June", "2025-06", precision="month"),
        day(text, "Tuesday", "2024-10-08"),
    ]
    event = only(run(nlp, resources, text, times), "Statement")
    assert event.date.value == "2024-10-08"


def test_a_parenthetical_statement_is_not_dated_by_the_clause_around_it(nlp, resources):
    text = "The merger, Anna Berg said, would be completed next year."
    times = [timex(text, "next year", "2025", precision="year")]
    event = only(run(nlp, resources, text, times), "Statement")
    assert event.date.value is None


def test_an_expression_inside_a_noun_phrase_yields_to_one_on_the_verb(nlp, resources):
    text = "Yesterday, at this year's trade fair, the FBI arrested John Smith."
    times = [
        day(text, "Yesterday", "2024-10-08"),
        timex(text, "this year", "2024", precision="year"),
    ]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert event.date.value == "2024-10-08"


def test_an_expression_after_a_dateline_line_dates_its_own_sentence(nlp, resources):
    text = "October 9, 2024\nYesterday, at this year's trade fair, the FBI arrested John Smith."
    times = [
        day(text, "October 9, 2024", "2024-10-09"),
        day(text, "Yesterday", "2024-10-08"),
        timex(text, "this year", "2024", precision="year"),
    ]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert event.date.value == "2024-10-08"


def test_a_date_restated_more_precisely_dates_the_event_at_the_finer_precision(nlp, resources):
    text = "The FBI arrested John Smith earlier this month, on October 3, in Chicago."
    times = [
        timex(
            text,
            "earlier this month",
            "2024-10",
            precision="month",
            earliest="2024-10-01",
            latest="2024-10-31",
        ),
        day(text, "October 3", "2024-10-03"),
    ]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert (event.date.value, event.date.text) == ("2024-10-03", "October 3")


def test_a_later_date_outside_the_first_one_is_no_restatement(nlp, resources):
    text = "The FBI arrested John Smith last month, on October 3."
    times = [
        timex(
            text,
            "last month",
            "2024-09",
            precision="month",
            earliest="2024-09-01",
            latest="2024-09-30",
        ),
        day(text, "October 3", "2024-10-03"),
    ]
    event = only(run(nlp, resources, text, times), "Arrest")
    assert event.date.value == "2024-09"


BLOCK_QUOTE = (
    "Acme published a statement on Monday about the hacking campaign.\n"
    "\n"
    "> We urge Russia to end these operations.\n"
    ">\n"
    "> Britain sanctioned Russia for similar operations.\n"
)


def test_a_present_act_in_a_block_quote_takes_the_date_of_the_statement_quoted(nlp, resources):
    times = [day(BLOCK_QUOTE, "Monday", "2024-10-07")]
    events = run(nlp, resources, BLOCK_QUOTE, times)
    appeal = only(events, "Appeal")
    assert (appeal.date.value, appeal.date.source) == ("2024-10-07", "inferred")


def test_a_past_act_told_in_a_block_quote_stays_undated(nlp, resources):
    times = [day(BLOCK_QUOTE, "Monday", "2024-10-07")]
    sanction = only(run(nlp, resources, BLOCK_QUOTE, times), "Sanction")
    assert sanction.date.value is None


def test_a_block_quote_after_another_paragraph_does_not_inherit_the_statement_date(nlp, resources):
    text = BLOCK_QUOTE.replace("\n\n", "\n\nAnalysts were not surprised by the tone.\n\n")
    times = [day(text, "Monday", "2024-10-07")]
    appeal = only(run(nlp, resources, text, times), "Appeal")
    assert appeal.date.value is None


def test_a_clause_after_or_before_the_event_does_not_share_its_date(nlp, resources):
    # "a day after" measures how far apart they are: the freeze was the day before
    # (tests/test_event_offset_dates.py); "after" alone would leave it undated
    text = "The Treasury sanctioned Acme on Wednesday, a day after Britain froze its assets."
    events = run(nlp, resources, text, [day(text, "Wednesday", "2024-10-09")])
    froze = next(e for e in events if e.trigger.text == "froze")
    assert froze.date.value == "2024-10-08"
    assert next(e for e in events if e.trigger.text == "sanctioned").date.value == "2024-10-09"
    text = "The Treasury sanctioned Acme on Wednesday, after Britain froze its assets."
    events = run(nlp, resources, text, [day(text, "Wednesday", "2024-10-09")])
    assert next(e for e in events if e.trigger.text == "froze").date.value is None


def test_a_definite_event_noun_is_a_further_mention_of_the_latest_such_event(nlp, resources):
    text = (
        "On Monday, Britain imposed sanctions on Iran. "
        "The sanctions were announced by the Treasury."
    )
    event = only(run(nlp, resources, text, [day(text, "Monday", "2024-10-07")]), "Sanction")
    assert roles(event) == {"actor": {"country/gb", "org/treasury"}, "target": {"country/ir"}}
    assert [m.text for m in event.mentions] == ["sanctions"]
    assert event.date.value == "2024-10-07"


def test_a_definite_event_noun_naming_its_own_target_is_a_new_event(nlp, resources):
    text = "The FBI arrested John Smith in May. The arrest of Anna Berg by the FBI came later."
    arrests = [e for e in run(nlp, resources, text) if e.type == "Arrest"]
    assert len(arrests) == 2


def test_a_reported_event_takes_the_date_of_its_speakers_statement_noun(nlp, resources):
    text = "In a statement posted on Monday, the FBI said it had arrested John Smith."
    event = only(run(nlp, resources, text, [day(text, "Monday", "2024-10-07")]), "Arrest")
    assert (event.date.value, event.date.source) == ("2024-10-07", "inferred")


def test_a_statement_after_a_block_quote_does_not_date_it(nlp, resources):
    text = "> We urge Russia to end these operations.\n\nAcme published a statement on Monday.\n"
    appeal = only(run(nlp, resources, text, [day(text, "Monday", "2024-10-07")]), "Appeal")
    assert appeal.date.value is None
