"""Forms met in the seventh round of fresh news probes (consulates closed, acts of sabotage,
botnets dismantled); sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run, timex


def test_shutting_a_state_s_consulate_is_a_diplomatic_sanction(nlp, resources):
    text = "Britain will shut Russia's consulate in Edinburgh, Anna Berg said on Tuesday."
    closing = only(run(nlp, resources, text), "Expulsion")
    assert closing.trigger.text == "shut"
    assert roles(closing)["actor"] == {"country/gb"}
    assert roles(closing)["target"] == {"country/ru"}


def test_ordering_the_closure_of_an_embassy_is_a_diplomatic_sanction(nlp, resources):
    text = "France ordered the closure of the Russian embassy."
    closing = only(run(nlp, resources, text), "Expulsion")
    assert roles(closing) == {"actor": {"country/fr"}, "target": {"country/ru"}}


def test_closing_anything_else_is_no_sanction(nlp, resources):
    text = "Germany ordered the closure of the road to Russia. France closed the factory."
    assert not [e for e in run(nlp, resources, text) if e.type == "Expulsion"]


def test_a_predicted_act_told_by_someone_is_no_announced_decision(nlp, resources):
    text = "Russia will attack Britain again, Anna Berg said on Tuesday."
    assert not [e for e in run(nlp, resources, text) if e.type == "Attack"]


def test_acts_of_sabotage_are_the_sabotage_of_who_organised_them(nlp, resources):
    text = "John Smith said Russia had organised acts of sabotage in Germany."
    sabotage = only(run(nlp, resources, text), "Attack")
    assert sabotage.trigger.text == "organised acts of sabotage"
    assert roles(sabotage) == {"actor": {"country/ru"}, "target": {"country/de"}}


def test_committed_acts_of_espionage_are_espionage(nlp, resources):
    text = "Maria Lopez committed acts of espionage against France."
    spying = only(run(nlp, resources, text), "Espionage")
    assert roles(spying)["actor"] == {"person/maria-lopez"}


def test_background_aggression_is_no_event(nlp, resources):
    text = "Russian aggression worries Germany."
    assert not [e for e in run(nlp, resources, text) if e.type == "Attack"]


def test_a_country_where_dismantled_routers_are_is_a_place_not_a_target(nlp, resources):
    text = "The FBI dismantled a network of hijacked routers in Germany."
    takedown = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(takedown) == {"actor": {"org/fbi"}, "place": {"country/de"}}


def test_the_country_a_consulate_is_in_is_its_place(nlp, resources):
    text = "France closed the British consulate in Germany."
    closing = only(run(nlp, resources, text), "Expulsion")
    assert roles(closing) == {
        "actor": {"country/fr"},
        "target": {"country/gb"},
        "place": {"country/de"},
    }


def test_he_after_an_unnamed_minister_warns_for_the_minister_s_state(nlp, resources):
    text = (
        "Germany's foreign minister said on Wednesday that Russia was behind the fire. "
        "He warned that Germany would take further steps if the attacks continued."
    )
    warning = only(run(nlp, resources, text), "Warning")
    assert roles(warning)["actor"] == {"country/de"}


def test_he_after_prosecutors_is_not_their_state(nlp, resources):
    text = (
        "Germany's prosecutors said Maria Lopez had passed secrets to Russia. "
        "He warned that Germany would take further steps."
    )
    warnings = [e for e in run(nlp, resources, text) if e.type == "Warning"]
    assert all("country/de" not in roles(w).get("actor", set()) for w in warnings)


def test_calling_a_decision_a_hostile_act_while_speaking_criticises_it(nlp, resources):
    text = "Maria Lopez called the decision a hostile act and said Russia would respond."
    criticism = only(run(nlp, resources, text), "Criticism")
    assert (criticism.trigger.text, roles(criticism)["actor"]) == ("called", {"person/maria-lopez"})


def test_calling_a_move_an_act_of_aggression_criticises_it(nlp, resources):
    text = "Maria Lopez called the move an act of aggression."
    assert only(run(nlp, resources, text), "Criticism").trigger.text == "called"


def test_calling_someone_a_good_friend_is_no_criticism(nlp, resources):
    text = "Maria Lopez called John Smith a good friend."
    assert not [e for e in run(nlp, resources, text) if e.type == "Criticism"]


def test_restricting_a_state_s_diplomats_sanctions_it(nlp, resources):
    for text in (
        "Britain limited the movement of Russian diplomats on Friday.",
        "Germany restricted the travel of Iranian diplomats.",
    ):
        sanction = only(run(nlp, resources, text), "Sanction")
        assert len(roles(sanction)["target"]) == 1
        assert roles(sanction)["target"] <= {"country/ru", "country/ir"}


def test_restricting_the_sale_of_goods_is_no_sanction_on_diplomats(nlp, resources):
    text = "Germany restricted the sale of drones to Russia."
    assert not [e for e in run(nlp, resources, text) if e.type == "Sanction"]


def test_examining_whether_a_state_was_behind_fires_investigates_it(nlp, resources):
    text = "Investigators were examining whether Russia was behind a string of fires."
    probe = only(run(nlp, resources, text), "Investigation")
    assert (probe.trigger.text, roles(probe)) == ("examining", {"target": {"country/ru"}})


def test_looking_into_whether_a_state_hacked_investigates_it(nlp, resources):
    text = "Britain is looking into whether China hacked the Treasury."
    probe = only(run(nlp, resources, text), "Investigation")
    assert roles(probe) == {"actor": {"country/gb"}, "target": {"country/cn"}}
    assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]


def test_examining_a_thing_is_no_investigation(nlp, resources):
    text = "Anna Berg examined the new Russian drone at a fair."
    assert not [e for e in run(nlp, resources, text) if e.type == "Investigation"]


def test_an_act_told_in_a_denial_is_a_mention_of_the_denial_not_asserted(nlp, resources):
    for text in (
        "Acme has denied that it shares user data with China.",
        "China has long denied that it carries out hacking against Britain.",
    ):
        events = run(nlp, resources, text)
        assert only(events, "Denial").negated is False
        assert [e.type for e in events] == ["Denial"] and events[0].mentions  # folded in


def test_an_act_in_a_rejected_claim_is_what_is_denied(nlp, resources):
    for text in (
        "China rejected accusations that it hacked the Treasury.",
        "Russia dismissed the allegation that it had recruited John Smith.",
    ):
        events = run(nlp, resources, text)
        assert [e.type for e in events] == ["Denial"], text  # the act is what is denied


def test_an_act_in_a_claim_no_one_rejects_is_not_negated(nlp, resources):
    text = "Britain repeated its claim that China hacked the Treasury."
    hacking = only(run(nlp, resources, text), "CyberOperation")
    assert hacking.negated is False


def test_an_operation_told_again_with_its_date_dates_the_lede_s_takedown(nlp, resources):
    text = (
        "The FBI has dismantled a network of hijacked routers, the Treasury said on Wednesday. "
        "The court-approved operation, carried out in December, deleted the malware."
    )
    times = [
        day(text, "Wednesday", "2024-10-09"),
        timex(text, "December", "2023-12", precision="month"),
    ]
    takedown = only(run(nlp, resources, text, times), "AccountTakedown")
    assert (takedown.date.value, takedown.date.source) == ("2023-12", "text")
    assert [m.text for m in takedown.mentions] == ["operation"]


def test_a_campaign_told_again_is_no_arrest(nlp, resources):
    text = "The FBI arrested John Smith. The campaign went on for months."
    assert [e.type for e in run(nlp, resources, text)] == ["Arrest"]


def test_a_telling_at_the_same_hearing_takes_that_hearing_s_date(nlp, resources):
    text = (
        "Anna Berg told a Senate committee on Monday that Chinese hackers were preparing to "
        "strike. She told the same hearing that the hackers had targeted water plants."
    )
    times = [day(text, "Monday", "2024-10-07")]
    tellings = [e for e in run(nlp, resources, text, times) if e.trigger.text == "told"]
    assert [(e.date.value, e.date.source) for e in tellings] == [
        ("2024-10-07", "text"),
        ("2024-10-07", "inferred"),
    ]


def test_a_telling_at_another_hearing_keeps_its_own_date(nlp, resources):
    text = (
        "Anna Berg told a Senate committee on Monday that Chinese hackers were preparing to "
        "strike. She told a later hearing that the hackers had targeted water plants."
    )
    times = [day(text, "Monday", "2024-10-07")]
    tellings = [e for e in run(nlp, resources, text, times) if e.trigger.text == "told"]
    assert [e.date.value for e in tellings] == ["2024-10-07", None]


def test_he_after_an_official_named_in_apposition_is_that_official(nlp, resources):
    text = (
        "The head of the FBI inquiry, John Smith, said the bureau had questioned 50 people. "
        '"We have no suspect yet," he said.'
    )
    said = [e for e in run(nlp, resources, text) if e.trigger.text == "said"]
    assert [roles(e)["actor"] for e in said] == [{"person/john-smith"}] * 2


def test_accused_of_organising_bombings_is_no_new_act(nlp, resources):
    text = "John Smith is accused of organizing the bombings of two embassies."
    assert not [e for e in run(nlp, resources, text) if "organizing" in e.trigger.text]


def test_countries_joined_after_in_are_places(nlp, resources):
    text = "France condemned the bombings in Germany and Britain."
    criticism = only(run(nlp, resources, text), "Criticism")
    assert roles(criticism) == {"actor": {"country/fr"}, "place": {"country/de", "country/gb"}}
