"""Decisions to act, orders barring others and attempts: the act decided, barred or attempted
is the event, by the decider or whoever attempted it; sentences written for these tests."""

from __future__ import annotations

from event_helpers import day, only, roles, run


def test_a_decision_to_ban_is_the_ban_dated_by_the_decision(nlp, resources):
    text = "Germany decided on Monday to ban Acme."
    ban = only(run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")]), "Ban")
    assert roles(ban) == {"actor": {"country/de"}, "target": {"org/acme"}}
    assert ban.date.earliest == "2024-10-07"


def test_a_vote_to_expel_is_the_expulsion_of_the_voters(nlp, resources):
    text = "Germany voted on Tuesday to expel two Russian diplomats."
    expulsion = only(
        run(nlp, resources, text, [day(text, "on Tuesday", "2024-10-08")]), "Expulsion"
    )
    assert roles(expulsion) == {"actor": {"country/de"}, "target": {"country/ru"}}
    assert expulsion.date.earliest == "2024-10-08"


def test_moving_to_block_and_agreeing_to_sanction_are_acts(nlp, resources):
    text = (
        "The Treasury moved to block Acme. Britain and France agreed to impose sanctions on Iran."
    )
    events = run(nlp, resources, text)
    assert roles(only(events, "Ban"))["actor"] == {"org/treasury"}
    sanction = only(events, "Sanction")
    assert roles(sanction) == {"actor": {"country/gb", "country/fr"}, "target": {"country/ir"}}


def test_a_decision_not_yet_taken_is_no_event(nlp, resources):
    for text in (
        "Germany may decide to expel two Russian diplomats.",
        "Germany did not decide to expel two Russian diplomats.",
        "Acme could be damaged if Germany ever decided to ban Acme.",
        "Germany will decide on Monday whether to expel two Russian diplomats.",
    ):
        events = run(nlp, resources, text)
        assert not [e for e in events if e.type in ("Expulsion", "Ban")], text


def test_moving_somewhere_to_act_decides_nothing(nlp, resources):
    text = "John Smith moved to Germany to spy for Russia."
    assert not [e for e in run(nlp, resources, text) if e.type == "Espionage"]


def test_barring_a_firm_from_selling_bans_the_firm(nlp, resources):
    text = "The Treasury barred Acme from selling its software in Germany on Monday."
    events = run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")])
    ban = only(events, "Ban")
    assert roles(ban)["actor"] == {"org/treasury"}
    assert roles(ban)["target"] == {"org/acme"}
    assert ban.date.earliest == "2024-10-07"


def test_what_someone_is_barred_from_doing_is_not_done(nlp, resources):
    text = (
        "The Treasury blocked Acme from buying Globex. The judge barred Smith from contacting Berg."
    )
    events = run(nlp, resources, text)
    assert sorted(e.type for e in events) == ["Ban", "Ban"]


def test_diplomats_ordered_expelled_are_expelled_by_the_orderer(nlp, resources):
    text = "Germany ordered two Russian diplomats expelled."
    expulsion = only(run(nlp, resources, text), "Expulsion")
    assert roles(expulsion) == {"actor": {"country/de"}, "target": {"country/ru"}}


def test_a_platform_ordered_to_remove_posts_is_banned_by_the_order(nlp, resources):
    text = "Germany ordered Meta to remove the posts."
    events = run(nlp, resources, text)
    assert roles(only(events, "Ban")) == {"actor": {"country/de"}, "target": {"org/meta"}}
    assert not [e for e in events if e.type == "Appeal"]


def test_the_act_an_attempt_set_out_to_do_is_an_event_of_who_attempted_it(nlp, resources):
    text = "Russia made an attempt to hack Acme on Monday. The attempt to kill John Smith failed."
    events = run(nlp, resources, text, [day(text, "on Monday", "2024-10-07")])
    cyber = only(events, "CyberOperation")
    assert roles(cyber) == {"actor": {"country/ru"}, "target": {"org/acme"}}
    assert cyber.date.earliest == "2024-10-07"
    assert roles(only(events, "Attack")) == {"target": {"person/john-smith"}}


def test_an_attempt_still_to_be_made_is_no_event(nlp, resources):
    text = "Russia will make an attempt to hack Acme."
    assert not [e for e in run(nlp, resources, text) if e.type == "CyberOperation"]


def test_money_sent_in_a_scheme_to_buy_votes_is_the_sender_s_influence_operation(nlp, resources):
    text = "Russia sent millions to Germany in a scheme to buy votes."
    influence = only(run(nlp, resources, text), "InfluenceOperation")
    assert roles(influence)["actor"] == {"country/ru"}


def test_an_act_expected_is_still_to_come_one_expected_to_have_happened_is_hedged(nlp, resources):
    assert not run(nlp, resources, "Germany is expected to expel two Russian diplomats.")
    text = "John Smith is expected to have fled to Russia."
    assert only(run(nlp, resources, text), "Withdrawal").hedged


def test_a_decision_noun_tells_the_act_decided_unless_still_awaited(nlp, resources):
    text = "Germany's decision to expel two Russian diplomats angered Moscow."
    expulsion = only(run(nlp, resources, text), "Expulsion")
    assert roles(expulsion) == {"actor": {"country/de"}, "target": {"country/ru"}}
    for text in ("A decision to ban Acme is expected soon.", "Germany plans a move to ban Acme."):
        assert not run(nlp, resources, text), text
