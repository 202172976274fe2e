"""Forms met in the ninth probe (court orders against platforms, a firm's denial, a body's
withdrawal, asset freezes, meetings with counterparts); sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run

from kg.extract.events import extract_events
from kg.types import Article, Entity, Span


def test_ordering_a_platform_blocked_bans_it(nlp, resources):
    events = run(nlp, resources, "Anna Berg ordered Twitter blocked nationwide.")
    ban = only(events, "Ban")
    assert ban.trigger.text == "ordered"
    assert roles(ban) == {"actor": {"person/anna-berg"}, "target": {"org/twitter"}}
    assert "Appeal" not in {e.type for e in events}


def test_ordering_a_site_shut_down_bans_its_owner_not_the_owner_shutting(nlp, resources):
    events = run(nlp, resources, "Anna Berg ordered the Acme site shut down.")
    assert roles(only(events, "Ban"))["target"] == {"org/acme"}
    assert not [e for e in events if "org/acme" in roles(e).get("actor", set())]


def test_ordering_a_platform_suspended_bans_it(nlp, resources):
    events = run(nlp, resources, "The court ordered LinkedIn suspended on Monday.")
    ban = only(events, "Ban")
    assert roles(ban)["target"] == {"org/linkedin"}
    assert ban.label == "LinkedIn ordered suspended"


def test_an_ordered_act_told_after_a_speech_verb_stays_the_doer_s(nlp, resources):
    events = run(nlp, resources, "Anna Berg said Russia blocked Twitter.")
    assert roles(only(events, "Ban"))["actor"] == {"country/ru"}


def test_a_spokesman_saying_the_firm_never_did_it_denies_for_the_firm(nlp, resources):
    text = "A spokesman for Acme said the firm had never handed user data to any government."
    denial = only(run(nlp, resources, text), "Denial")
    assert roles(denial)["actor"] == {"org/acme"}


def test_a_spokesman_saying_another_body_never_did_it_denies_nothing(nlp, resources):
    text = "A spokesman for Acme said the government had never asked for data."
    assert "Denial" not in {e.type for e in run(nlp, resources, text)}


def test_calling_a_ruling_an_attack_on_free_speech_criticises_it(nlp, resources):
    text = "John Smith called the ruling an attack on free speech and said he would appeal."
    criticism = only(run(nlp, resources, text), "Criticism")
    assert criticism.trigger.text == "called"
    assert roles(criticism)["actor"] == {"person/john-smith"}


def test_what_a_thing_is_called_is_no_event_of_its_own(nlp, resources):
    events = run(nlp, resources, "John Smith called the ruling an attack on Acme.")
    assert "Attack" not in {e.type for e in events}


def test_a_body_closing_its_own_office_withdraws_from_the_place(nlp, resources):
    withdrawal = only(run(nlp, resources, "Acme closed its office in Russia."), "Withdrawal")
    assert roles(withdrawal) == {"actor": {"org/acme"}, "place": {"country/ru"}}


def test_closing_another_s_office_is_no_withdrawal(nlp, resources):
    events = run(nlp, resources, "Russia closed the office of Acme.")
    assert "Withdrawal" not in {e.type for e in events}


def test_freezing_the_bank_accounts_of_a_firm_sanctions_the_firm(nlp, resources):
    text = "Anna Berg froze the bank accounts of Acme."
    sanction = only(run(nlp, resources, text), "Sanction")
    assert roles(sanction) == {"actor": {"person/anna-berg"}, "target": {"org/acme"}}


def test_counterparts_at_a_meeting_are_its_partners_not_targets(nlp, resources):
    text = (
        "Anna Berg denounced the plan at a meeting with her French and Italian counterparts, "
        "Maria Lopez and John Smith."
    )
    events = run(nlp, resources, text)
    assert "target" not in roles(only(events, "Criticism"))
    meeting = only(events, "Meeting")
    assert roles(meeting) == {
        "actor": {"person/anna-berg"},
        "target": {"person/maria-lopez", "person/john-smith"},
    }
    assert meeting.label == "Anna Berg: meeting with Maria Lopez and John Smith"


def test_a_passive_subject_is_not_the_group_that_acted_on_it(nlp, resources):
    events = run(nlp, resources, "Globex was attacked by the same group.")
    assert roles(only(events, "Attack")) == {"target": {"org/globex"}}


def test_the_same_group_is_a_group_not_a_party_named_since(nlp, resources):
    text = (
        "Fancy Bear is a hacking group, researchers say. In March hackers broke into the "
        "Labour Party's email. Globex was later attacked by the same group."
    )
    names = {
        "org/fancy-bear": "Fancy Bear",
        "org/labour": "Labour Party",
        "org/globex": "Globex",
    }
    entities = []
    for eid, name in names.items():
        start = text.index(name)
        span = Span(name, start, start + len(name))
        entities.append(Entity(eid, name, "Organization", mentions=(span,)))
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-10-09")
    events = extract_events(nlp(text), article, tuple(entities), (), lexicon, taxonomy)
    assert roles(only(events, "Attack")) == {"actor": {"org/fancy-bear"}, "target": {"org/globex"}}
