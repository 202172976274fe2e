"""Forms met in the sixth round of fresh news probes (threat bulletin, fake-recruiter warning,
app block by a court, drone strike claims, spy trial); sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, roles, run


def test_the_court_of_the_lede_is_not_the_person_named_next_with_an_age(nlp, resources):
    text = (
        "A court in Paris sentenced a former soldier to 12 years in prison for passing secrets "
        "to Russia. John Smith, 54, had handed documents to a handler."
    )
    events = run(nlp, resources, text)
    assert roles(only(events, "Conviction")) == {"target": {"person/john-smith"}}
    spying = [e for e in events if e.trigger.text == "passing"]
    assert [roles(e).get("actor") for e in spying] == [{"person/john-smith"}]


def test_a_claim_dismissed_as_a_smear_is_denied(nlp, resources):
    for text in (
        "Russia dismissed the warning as a smear.",
        "Russia dismissed the case as a provocation.",
    ):
        assert roles(only(run(nlp, resources, text), "Denial")) == {"actor": {"country/ru"}}


def test_calling_a_trial_politically_motivated_criticises_it(nlp, resources):
    text = "Russia called the trial politically motivated."
    assert only(run(nlp, resources, text), "Criticism").trigger.text == "called"


def test_forces_hitting_a_depot_attack_it(nlp, resources):
    text = "Russian forces hit a fuel depot near the border."
    assert roles(only(run(nlp, resources, text), "Attack")) == {"actor": {"country/ru"}}


def test_ordering_operators_to_block_a_service_bans_it(nlp, resources):
    text = "Anna Berg ordered operators to block access to Twitter."
    ban = only(run(nlp, resources, text), "Ban")
    assert roles(ban)["actor"] == {"person/anna-berg"}


def test_suspending_an_order_withdraws_it(nlp, resources):
    text = "Anna Berg suspended her own order on Monday."
    assert only(run(nlp, resources, text), "Withdrawal").trigger.text == "suspended"


def test_channels_attacking_an_alliance_criticise_it(nlp, resources):
    text = "Twitter removed 300 channels that praised Russia and attacked NATO."
    attacked = [e for e in run(nlp, resources, text) if e.trigger.text == "attacked"]
    assert [(e.type, roles(e)["target"]) for e in attacked] == [("Criticism", {"org/nato"})]


def test_accounts_linked_to_a_state_are_its_own_when_taken_down(nlp, resources):
    text = "Meta removed 37 accounts and 11 pages linked to Russia."
    takedown = only(run(nlp, resources, text), "AccountTakedown")
    assert roles(takedown) == {"actor": {"org/meta"}, "target": {"country/ru"}}


def test_accounts_run_from_a_state_are_its_own(nlp, resources):
    text = "Twitter suspended hundreds of accounts run from Iran."
    assert roles(only(run(nlp, resources, text), "AccountTakedown"))["target"] == {"country/ir"}


def test_accounts_posting_about_a_state_are_not_its_own(nlp, resources):
    text = "Twitter suspended accounts that posted about Russia."
    assert "target" not in roles(only(run(nlp, resources, text), "AccountTakedown"))


def test_a_body_s_forces_act_for_it(nlp, resources):
    text = "Russia said its air defences had shot down 42 drones over the region."
    assert roles(only(run(nlp, resources, text), "Attack"))["actor"] == {"country/ru"}


def test_a_rival_acts_for_no_one(nlp, resources):
    text = "John Smith said his rival had hacked Acme."
    assert "actor" not in roles(only(run(nlp, resources, text), "CyberOperation"))


def test_a_body_s_proponents_speak_for_themselves(nlp, resources):
    text = "NATO grew to 19 members, which its proponents said would unite Europe."
    assert "Statement" not in [e.type for e in run(nlp, resources, text)]


def test_an_order_to_block_a_service_bans_that_service(nlp, resources):
    text = "Anna Berg ordered operators to block access to the messaging app Twitter."
    assert roles(only(run(nlp, resources, text), "Ban"))["target"] == {"org/twitter"}


def test_staff_at_a_body_are_that_body_s(nlp, resources):
    text = "John Smith contacted staff at the Treasury in January."
    event = only(run(nlp, resources, text), "RecruitmentApproach")
    assert roles(event)["target"] == {"org/treasury"}


def test_a_speaker_described_as_staff_at_a_body_speaks_alone(nlp, resources):
    text = "John Smith, a researcher at Acme, said the hackers were Russian."
    assert roles(only(run(nlp, resources, text), "Statement")) == {"actor": {"person/john-smith"}}
