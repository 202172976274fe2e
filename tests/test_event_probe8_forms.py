"""Forms met in the eighth probe (expulsion over a plot, spy sentencing, a service chief's
speech, a takedown report, a hacking advisory) and in the samples; sentences written for these
tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span


def test_suspecting_a_named_person_of_an_act_accuses_them(nlp, resources):
    text = "Police detained John Smith, who is suspected of spying for China."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert accusation.trigger.text == "suspected"
    assert roles(accusation)["target"] == {"person/john-smith"}


def test_a_suspected_attack_is_no_accusation(nlp, resources):
    text = "Acme said a suspected attack by Russia had knocked out its website."
    assert "Accusation" not in {e.type for e in run(nlp, resources, text)}


def test_its_on_an_act_the_subject_hides_is_the_subject_s_act(nlp, resources):
    text = "Russia rented servers in Germany to hide its intrusions into Acme."
    intrusion = only(run(nlp, resources, text), "CyberOperation")
    assert roles(intrusion)["actor"] == {"country/ru"}


def test_its_on_a_breach_the_subject_discloses_is_not_the_subject_s_act(nlp, resources):
    text = "Acme disclosed its breach to regulators on Friday."
    events = run(nlp, resources, text)
    assert not [e for e in events if e.type == "CyberOperation" and "actor" in roles(e)]


def test_telling_of_another_s_undated_intrusion_accuses_the_intruder(nlp, resources):
    text = "Anna Berg told a Senate panel that Russia had broken into the networks of Acme."
    events = run(nlp, resources, text)
    telling = only(events, "Accusation")
    assert roles(telling)["actor"] == {"person/anna-berg"}
    assert roles(telling)["target"] == {"country/ru"}
    assert telling.label == "Anna Berg accuses Russia"
    # the intrusion stays an event of its own
    assert roles(only(events, "CyberOperation"))["actor"] == {"country/ru"}


def test_an_intrusion_told_with_its_own_date_leaves_the_telling_a_statement(nlp, resources):
    text = "Russia broke into the networks of Acme in March, Anna Berg said."
    events = run(nlp, resources, text, [day(text, "March", "2024-03")])
    assert "Accusation" not in {e.type for e in events}


def test_telling_of_a_future_or_denied_act_accuses_no_one(nlp, resources):
    future = run(nlp, resources, "Anna Berg said Russia would hack Acme.")
    denied = run(nlp, resources, "Anna Berg said Russia had not hacked Acme.")
    assert "Accusation" not in {e.type for e in future + denied}


def test_the_same_hearing_takes_the_date_of_another_speaker_s_telling(nlp, resources):
    text = (
        "John Smith told the Senate committee on Tuesday that NATO was ready. "
        "Anna Berg told the same hearing that Russia had hacked Acme."
    )
    events = run(nlp, resources, text, [day(text, "Tuesday", "2024-10-08")])
    telling = only(events, "Accusation")
    assert (telling.date.value, telling.date.source) == ("2024-10-08", "inferred")


def _with_foreign_office(nlp, resources, text: str):
    """Events of ``text`` where the Foreign Office is a body of Britain (``Entity.country``)."""
    lexicon, taxonomy = resources

    def entity(eid, name, kind, surface, country=None):
        start = text.index(surface)
        span = Span(surface, start, start + len(surface))
        return Entity(eid, name, kind, mentions=(span,), country=country)

    entities = (
        entity("country/gb", "United Kingdom", "Country", "Britain"),
        entity("country/ru", "Russia", "Country", "Russia"),
        entity("org/fcdo", "Foreign Office", "Agency", "Foreign Office", "country/gb"),
    )
    article = Article(id="t1", text=text, published="2024-10-09")
    return extract_events(nlp(text), article, entities, [], lexicon, taxonomy)


def test_a_body_of_the_acting_state_saying_so_is_no_second_event(nlp, resources):
    text = "Britain expelled two diplomats of Russia, the Foreign Office said."
    assert [e.type for e in _with_foreign_office(nlp, resources, text)] == ["Expulsion"]


def test_a_threat_a_body_announces_for_its_state_is_its_own(nlp, resources):
    text = "The Foreign Office said Britain would take all necessary measures against Russia."
    events = _with_foreign_office(nlp, resources, text)
    assert [e.type for e in events] == ["Threat"]
    assert roles(events[0])["actor"] == {"country/gb", "org/fcdo"}


def test_hackers_tied_to_a_state_act_for_it(nlp, resources):
    text = "The agency said hackers linked to Russia had breached the networks of Acme."
    hack = only(run(nlp, resources, text), "CyberOperation")
    assert roles(hack) == {"actor": {"country/ru"}, "target": {"org/acme"}}


def test_the_tie_of_a_split_subject_is_no_attribution(nlp, resources):
    text = "The FBI warned on Friday that hackers linked to Iran had breached devices at a dam."
    events = run(nlp, resources, text)
    assert "Attribution" not in {e.type for e in events}
    assert roles(only(events, "CyberOperation"))["actor"] == {"country/ir"}


def test_a_takedown_of_networks_of_accounts_tied_to_states_targets_them(nlp, resources):
    text = "Meta said on Wednesday it had removed three networks of fake accounts tied to Iran."
    takedown = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(takedown)["target"] == {"country/ir"}


def test_telling_of_an_act_by_people_only_tied_to_a_state_accuses_no_one(nlp, resources):
    text = "Acme said on Friday that a group tied to Russia had broken into its email accounts."
    events = run(nlp, resources, text)
    assert "Accusation" not in {e.type for e in events}


def test_a_simple_past_after_a_pluperfect_report_is_dated_with_the_report(nlp, resources):
    text = (
        "The FBI warned on Friday that hackers linked to Iran had breached Acme, "
        "and the Treasury offered a reward for information."
    )
    events = run(nlp, resources, text, [day(text, "Friday", "2024-10-04")])
    reward = only(events, "Appeal")
    assert (reward.date.value, reward.date.source) == ("2024-10-04", "inferred")


def test_speech_qualifying_the_accounts_removed_is_no_statement(nlp, resources):
    text = "Twitter suspended 400 accounts it said were run by Russia."
    events = run(nlp, resources, text)
    assert [e.type for e in events] == ["AccountTakedown"]
    assert roles(events[0]) == {"actor": {"org/twitter"}, "target": {"country/ru"}}


def test_they_is_not_the_platform_others_used(nlp, resources):
    text = (
        "Maria Lopez said hostile states were using fake recruiters on LinkedIn. "
        '"They offer jobs and then ask for secrets," Lopez said.'
    )
    events = run(nlp, resources, text)
    assert not [e for e in events if "org/linkedin" in roles(e).get("actor", set())]


def test_status_removed_from_a_state_s_property_targets_that_state(nlp, resources):
    text = "Britain removed diplomatic status from several Russian-owned properties."
    sanction = only(run(nlp, resources, text), "Sanction")
    assert roles(sanction) == {"actor": {"country/gb"}, "target": {"country/ru"}}


def test_a_place_joined_by_based_is_where_not_whose(nlp, resources):
    text = "A Britain-based website backed by a donor, Acme, hired John Smith."
    events = run(nlp, resources, text)
    assert "country/gb" not in {p.entity for e in events for p in e.participants}


def test_who_pleads_guilty_to_an_act_did_it(nlp, resources):
    text = "John Smith pleaded guilty in March to passing secrets to Russia."
    passing = only(run(nlp, resources, text), "Espionage")
    assert roles(passing)["actor"] == {"person/john-smith"}


def test_who_objects_to_an_act_does_not_do_it(nlp, resources):
    text = "John Smith objected to expelling the Russian diplomats."
    events = run(nlp, resources, text)
    assert not [e for e in events if e.type == "Expulsion" and "actor" in roles(e)]


def test_hackers_backed_by_a_state_is_no_support(nlp, resources):
    text = "Acme said hackers backed by China had broken into its networks."
    assert "Support" not in {e.type for e in run(nlp, resources, text)}


def test_who_joins_others_in_blaming_blames_with_them(nlp, resources):
    text = "Britain joined Germany in blaming Russia for the campaign."
    accusation = only(run(nlp, resources, text), "Accusation")
    assert roles(accusation) == {"actor": {"country/gb", "country/de"}, "target": {"country/ru"}}


def test_photographing_military_sites_is_spying(nlp, resources):
    spying = run(nlp, resources, "John Smith photographed military bases in Germany.")
    assert roles(only(spying, "Espionage"))["actor"] == {"person/john-smith"}
    assert run(nlp, resources, "John Smith photographed the protest in Germany.") == ()


def test_who_someone_is_suspected_of_spying_for_is_not_who_is_arrested(nlp, resources):
    text = "Britain arrested John Smith on suspicion of spying for Russia."
    arrest = only(run(nlp, resources, text), "Arrest")
    assert roles(arrest) == {"actor": {"country/gb"}, "target": {"person/john-smith"}}


def test_a_past_act_joined_to_a_modal_inside_a_report_is_the_speaker_s(nlp, resources):
    text = (
        "Maria Lopez told parliament on Tuesday that the government would not tolerate such "
        "attacks and summoned Russia's ambassador."
    )
    events = run(nlp, resources, text, [day(text, "Tuesday", "2024-10-08")])
    summons = only(events, "Meeting")
    assert roles(summons) == {"actor": {"person/maria-lopez"}, "target": {"country/ru"}}
    assert summons.date.value == "2024-10-08"
