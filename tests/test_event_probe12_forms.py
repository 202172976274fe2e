"""Forms of the twelfth events round (one act of a campaign, passive leaks, accusations in a
speaker's clause, requests and legal steps); sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import day, only, roles, run


def test_one_intrusion_of_a_campaign_told_later_is_its_own_event(nlp, resources):
    text = (
        "Britain accused Russia of running a hacking campaign against Acme since 2015. "
        "The hackers broke into Acme in 2018."
    )
    cyber = [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]
    assert len(cyber) == 2, [(e.trigger.text, e.mentions) for e in cyber]
    assert roles(cyber[1])["target"] == {"org/acme"}


def test_the_campaign_told_again_is_still_the_same_event(nlp, resources):
    text = (
        "Britain accused Russia of running a hacking campaign against Acme since 2015. "
        "Russia ran the campaign from Moscow."
    )
    cyber = [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]
    assert len(cyber) == 1, [(e.trigger.text, e.mentions) for e in cyber]


def test_a_trove_of_someone_s_emails_dumped_online_is_an_intrusion_on_them(nlp, resources):
    text = (
        "Acme said it was looking into the matter after a trove of its internal emails "
        "was dumped online on Friday."
    )
    leak = only(run(nlp, resources, text, [day(text, "on Friday", "2024-10-04")]), "CyberOperation")
    assert leak.trigger.text == "dumped"
    assert roles(leak) == {"target": {"org/acme"}}
    assert leak.date.value == "2024-10-04"


def test_material_stolen_from_the_accounts_of_its_staff_targets_their_body(nlp, resources):
    text = (
        "Acme said the material had been stolen several weeks ago from the email accounts "
        "of several of its officials."
    )
    theft = only(run(nlp, resources, text), "CyberOperation")
    assert roles(theft)["target"] == {"org/acme"}


def test_a_trove_of_nobody_s_documents_names_no_one(nlp, resources):
    text = "A trove of documents was dumped online on Friday."
    assert not run(nlp, resources, text, [day(text, "on Friday", "2024-10-04")])


def test_a_dateline_with_a_credit_is_no_subject(nlp, resources):
    text = (
        "LONDON (Reuters) — Britain on Wednesday expelled two Russian diplomats, saying "
        "they were spies."
    )
    saying = only(run(nlp, resources, text), "Accusation")  # saying who they are accuses
    assert roles(saying)["actor"] == {"country/gb"}


def test_telling_that_someone_wages_a_campaign_to_create_mayhem_accuses_them(nlp, resources):
    text = "Russia is waging a sustained campaign to create mayhem in Britain, Anna Berg said."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation) == {"actor": {"person/anna-berg"}, "target": {"country/ru"}}
    assert "waging" in [m.text for m in accusation.mentions]


def test_saying_a_firm_was_at_the_centre_of_an_effort_to_sway_politics(nlp, resources):
    text = (
        "The Treasury put Acme on its sanctions list, saying the firm was at the centre of "
        "a Russian-financed effort to sway European politics."
    )
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation) == {"actor": {"org/treasury"}, "target": {"org/acme"}}


def test_an_intent_shown_to_exploit_firms_is_an_accusation(nlp, resources):
    text = "Anna Berg said Russia had repeatedly shown that it had the intent to exploit Acme."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation)["target"] == {"country/ru"}


def test_saying_someone_was_behind_an_attack_accuses_them(nlp, resources):
    text = "The Treasury said a unit of Russia was behind the attack on Acme."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation)["target"] == {"country/ru"}


@pytest.mark.parametrize(
    "text",
    [
        "Britain said its forces were working to disrupt the network.",
        "Anna Berg said Russia would try to sway the vote.",
        "Anna Berg said Russia was not trying to sway the vote.",
        "Anna Berg said Russia believes that Britain is trying to sway the vote.",
        "Russian television took a similar line, saying it was now clear that there was "
        "nothing to allegations about John Smith trying to sway the election.",
    ],
)
def test_own_future_denied_or_believed_aims_accuse_no_one(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "Accusation"]


def test_a_speaker_s_statement_and_the_accusation_next_are_one_telling(nlp, resources):
    text = (
        "Anna Berg said on Monday that the vote had been fair. "
        "She said Russia was trying to sway the result."
    )
    events = run(nlp, resources, text)
    assert [e.type for e in events] == ["Accusation"]
    assert roles(events[0])["target"] == {"country/ru"}


def test_pursuing_all_legal_options_announced_is_a_threat(nlp, resources):
    text = "Acme said it would pursue all legal options."
    threat = only(run(nlp, resources, text), "Threat")
    assert roles(threat)["actor"] == {"org/acme"}


def test_a_case_pursued_in_court_is_no_threat(nlp, resources):
    assert not run(nlp, resources, "Acme pursued the case in court.")


def test_seeking_clarity_from_a_government_asks_it(nlp, resources):
    text = "Acme said it was seeking urgent clarity from Britain about the case."
    appeal = only(run(nlp, resources, text), "Appeal")
    assert roles(appeal) == {"actor": {"org/acme"}, "target": {"country/gb"}}


def test_formal_proceedings_opened_against_a_firm_are_an_investigation(nlp, resources):
    text = "The European Commission opened formal proceedings against Acme on Tuesday."
    investigation = only(run(nlp, resources, text), "Investigation")
    assert roles(investigation)["target"] == {"org/acme"}


def test_dismissing_sanctions_criticises_them(nlp, resources):
    text = "Russia dismissed the sanctions as part of a campaign of Russophobia."
    criticism = only(run(nlp, resources, text), "Criticism")
    assert roles(criticism)["actor"] == {"country/ru"}


def test_a_statement_joining_a_claim_to_the_speaker_s_threat_stays(nlp, resources):
    text = (
        "Acme said the decision rested on politics rather than on facts, and that it would "
        "pursue all legal options."
    )
    events = run(nlp, resources, text)
    assert sorted(e.type for e in events) == ["Statement", "Threat"]


def test_a_statement_of_the_speaker_s_threat_alone_is_the_threat(nlp, resources):
    events = run(nlp, resources, "Acme said it would pursue all legal options.")
    assert [e.type for e in events] == ["Threat"]


def test_someone_s_internal_documents_posted_by_no_one_named_are_leaked(nlp, resources):
    text = (
        "Acme drew wide attention last year, when hundreds of its internal documents were "
        "posted on LinkedIn."
    )
    leak = only(run(nlp, resources, text), "CyberOperation")
    assert roles(leak) == {"target": {"org/acme"}, "platform": {"org/linkedin"}}


@pytest.mark.parametrize(
    "text",
    ["Internal documents were posted by Acme.", "The Treasury published internal guidance."],
)
def test_files_published_by_someone_named_are_no_leak(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]


def test_a_warning_reporting_a_clause_is_news_of_the_lede_s_day(nlp, resources):
    text = (
        "Germany on Saturday expelled two Russian diplomats. "
        "Anna Berg warned that Germany would take further steps."
    )
    times = [day(text, "on Saturday", "2024-10-05")]
    warning = only(run(nlp, resources, text, times, published="2024-10-07"), "Warning")
    assert (warning.date.earliest, warning.date.source) == ("2024-10-05", "inferred")


def test_a_warning_with_no_clause_is_not_dated_by_the_lede(nlp, resources):
    # told past the lede's next two sentences: no act of the news day either (round 17a)
    text = (
        "Germany on Saturday expelled two Russian diplomats. Acme said it was shocked. "
        "Globex said it was surprised. Anna Berg issued warnings."
    )
    times = [day(text, "on Saturday", "2024-10-05")]
    warning = only(run(nlp, resources, text, times, published="2024-10-07"), "Warning")
    assert warning.date.source != "inferred"


def test_an_act_told_hours_later_happened_on_the_day_told_before(nlp, resources):
    text = (
        "Germany on Monday expelled two Russian diplomats. "
        "Hours later, Russia expelled two diplomats of Germany."
    )
    times = [day(text, "on Monday", "2024-10-07")]
    expulsions = [e for e in run(nlp, resources, text, times) if e.type == "Expulsion"]
    assert [e.date.earliest for e in expulsions] == ["2024-10-07", "2024-10-07"]
    assert expulsions[1].date.source == "inferred"


def test_an_act_told_years_later_is_not_dated_by_the_act_before(nlp, resources):
    text = (
        "Germany on Monday expelled two Russian diplomats. "
        "Years later, Russia expelled two diplomats of Germany."
    )
    times = [day(text, "on Monday", "2024-10-07")]
    expulsions = [e for e in run(nlp, resources, text, times) if e.type == "Expulsion"]
    assert expulsions[-1].date.source != "inferred"


def test_saying_others_would_face_fines_threatens(nlp, resources):
    text = "Anna Berg said people who use the app would face daily fines."
    threat = only(run(nlp, resources, text), "Threat")
    assert roles(threat)["actor"] == {"person/anna-berg"}
    assert "face" in [m.text for m in threat.mentions]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Berg said John Smith faces charges.",
        "Anna Berg said people would not face fines.",
        "Anna Berg said people would face a long winter.",
    ],
)
def test_charges_faced_now_none_or_no_penalty_are_no_threat(nlp, resources, text):
    assert not [e for e in run(nlp, resources, text) if e.type == "Threat"]


def test_police_seeking_two_men_investigate(nlp, resources):
    text = "The FBI said it was seeking two men who had travelled on Russian passports."
    investigation = only(run(nlp, resources, text), "Investigation")
    assert roles(investigation)["actor"] == {"org/fbi"}


def test_seeking_a_second_term_is_no_manhunt(nlp, resources):
    text = "Anna Berg, who is seeking a second term, said Russia had hacked Acme."
    assert not [e for e in run(nlp, resources, text) if e.type == "Investigation"]


def test_objecting_to_a_move_criticises_it(nlp, resources):
    criticism = only(
        run(nlp, resources, "Senior figures in Acme objected to the move."), "Criticism"
    )
    assert roles(criticism)["actor"] == {"org/acme"}


def test_applying_to_join_an_alliance_asks_for_it(nlp, resources):
    appeal = only(run(nlp, resources, "Germany applied to join NATO in May 2022."), "Appeal")
    assert roles(appeal)["actor"] == {"country/de"}


def test_security_tightened_around_sites_is_a_mobilization(nlp, resources):
    text = "Germany has tightened security around its oil and gas installations."
    mobilization = only(run(nlp, resources, text), "Mobilization")
    assert roles(mobilization)["actor"] == {"country/de"}


def test_a_mutiny_by_a_group_is_a_mobilization(nlp, resources):
    text = "Anna Berg said the mutiny by Acme had shaken Russia."
    mobilization = only(run(nlp, resources, text), "Mobilization")
    assert roles(mobilization)["actor"] == {"org/acme"}


def test_a_hacking_group_going_after_governments_is_an_intrusion(nlp, resources):
    text = (
        "Acme hacked the defence ministry in May. "
        "The group had also gone after governments in NATO countries."
    )
    cyber = [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]
    assert [e.trigger.text for e in cyber] == ["hacked", "gone"]
    assert roles(cyber[1])["actor"] == {"org/acme"}


def test_going_after_the_election_names_no_intrusion(nlp, resources):
    text = "Anna Berg went after the election to Moscow."
    assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]


def test_telling_that_a_state_was_culpable_accuses_it(nlp, resources):
    text = "Anna Berg told Parliament that Russia was culpable for the poisoning of John Smith."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation)["target"] == {"country/ru"}
