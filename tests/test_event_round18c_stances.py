"""A telling typed by what it tells (round 18c): a clause putting a culprit behind a harm is an
Attribution, the speaker's own disapproval a Criticism. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import run, targets_of, types_of


def test_saying_someone_was_responsible_attributes_the_harm(nlp, resources):
    text = "The FBI said Acme was responsible for the hack."
    assert targets_of(nlp, resources, text, "Attribution") == {"org/acme"}


def test_a_finding_passes_on_who_was_behind(nlp, resources):
    text = "The FBI said it had concluded that Globex was almost certainly behind the attack."
    assert targets_of(nlp, resources, text, "Attribution") == {"org/globex"}


def test_evidence_that_someone_was_involved_in_a_harm_attributes_it(nlp, resources):
    text = (
        "Anna Berg said there was strong evidence that Russian officers were involved in the blast."
    )
    assert "country/ru" in targets_of(nlp, resources, text, "Attribution")


def test_the_agent_of_a_harm_carried_out_attributes_it(nlp, resources):
    text = "The FBI said the intrusion was planned and carried out by Globex."
    assert targets_of(nlp, resources, text, "Attribution") == {"org/globex"}


def test_an_unnamed_state_actor_still_makes_an_attribution(nlp, resources):
    assert "Attribution" in types_of(
        nlp, resources, "Anna Berg said a state actor was responsible."
    )


def test_a_harm_told_without_a_culprit_stays_a_statement(nlp, resources):
    types = types_of(nlp, resources, "Anna Berg said the attack was launched on Monday.")
    assert "Attribution" not in types


def test_a_denied_or_future_responsibility_attributes_nothing(nlp, resources):
    assert "Attribution" not in types_of(
        nlp, resources, "The FBI said Acme was not responsible for the hack."
    )
    assert "Attribution" not in types_of(
        nlp, resources, "The FBI said Acme would be responsible for the attack."
    )


def test_responsibility_for_no_harm_attributes_nothing(nlp, resources):
    text = "Anna Berg said Acme was responsible for security at the summit."
    assert "Attribution" not in types_of(nlp, resources, text)
    text = "Anna Berg said Globex was involved in talks with Acme."
    assert "Attribution" not in types_of(nlp, resources, text)


def test_the_speakers_own_responsibility_attributes_nothing(nlp, resources):
    text = "The FBI said the FBI was responsible for the operation."
    assert "Attribution" not in types_of(nlp, resources, text)


def test_the_speakers_disappointment_is_a_criticism(nlp, resources):
    text = "Acme said on Friday that it was shocked by Globex's order."
    assert targets_of(nlp, resources, text, "Criticism") == {"org/globex"}


def test_a_states_concern_said_by_its_voice_is_a_criticism(nlp, resources):
    text = "The Kremlin said Moscow was deeply concerned about the arrest."
    assert "Criticism" in types_of(nlp, resources, text)


def test_a_disappointment_told_as_a_participle_clause_is_a_criticism(nlp, resources):
    text = "Acme said it was deeply disappointed by the decision."
    assert "Criticism" in types_of(nlp, resources, text)


def test_calm_someone_elses_worry_or_a_denied_worry_is_no_criticism(nlp, resources):
    for text in (
        "Acme said it was grateful to the FBI.",
        "Acme said customers were concerned about the outage.",
        "Acme said it was not concerned about the report.",
        "Acme said it would be disappointed if the deal failed.",
    ):
        assert "Criticism" not in types_of(nlp, resources, text), text


def _accuses(nlp, resources, text: str) -> set[str]:
    """The targets of the telling's accusation of any kind (ACCUSE)."""
    return {
        p.entity
        for e in run(nlp, resources, text)
        if e.plover == "ACCUSE"
        for p in e.participants
        if p.role == "target"
    }


def test_links_found_between_two_groups_attribute(nlp, resources):
    text = "The FBI said it had found links between Acme and Globex."
    assert targets_of(nlp, resources, text, "Attribution") == {"org/acme", "org/globex"}


def test_no_links_and_links_to_no_one_named_attribute_nothing(nlp, resources):
    for text in (
        "The FBI said there were no links between Acme and Globex.",
        "Anna Berg said Acme had close links to its customers.",
    ):
        assert "Attribution" not in types_of(nlp, resources, text), text


def test_a_case_part_of_a_states_campaign_accuses_that_state_only(nlp, resources):
    text = "Anna Berg said the hack was part of a Russian campaign against Britain."
    assert targets_of(nlp, resources, text, "Accusation") == {"country/ru"}


def test_part_of_a_deal_or_not_part_of_a_campaign_accuses_no_one(nlp, resources):
    for text in (
        "Anna Berg said the visit was part of a trade agreement with China.",
        "Anna Berg said the hack was not part of a Russian campaign.",
    ):
        assert "Accusation" not in types_of(nlp, resources, text), text


def test_a_third_partys_failure_or_mistake_accuses_it(nlp, resources):
    assert targets_of(
        nlp, resources, "Anna Berg said Acme had failed to protect its users.", "Accusation"
    ) == {"org/acme"}
    assert targets_of(
        nlp, resources, "Anna Berg said Russia had made a fundamental mistake.", "Accusation"
    ) == {"country/ru"}


def test_the_speakers_own_or_a_future_or_denied_failure_accuses_no_one(nlp, resources):
    for text in (
        "Acme said it had failed to meet its targets.",
        "Anna Berg said Acme would fail to win the contract.",
        "Anna Berg said Russia had not made a mistake.",
    ):
        assert "Accusation" not in types_of(nlp, resources, text), text


def test_hackers_of_a_state_told_targeting_someone_are_accused(nlp, resources):
    text = "The FBI said Chinese hackers had targeted researchers in Britain."
    assert "country/cn" in _accuses(nlp, resources, text)


def test_the_speakers_own_or_a_future_targeting_accuses_no_one(nlp, resources):
    for text in (
        "The FBI said it had targeted the servers of the gang.",
        "The FBI said hospitals would be targeted by the gang.",
    ):
        assert not _accuses(nlp, resources, text), text


def test_actors_responsible_for_a_compromise_are_attributed(nlp, resources):
    text = "Anna Berg told parliament that Chinese actors were responsible for the compromise."
    assert "country/cn" in targets_of(nlp, resources, text, "Attribution")


def test_no_evidence_that_someone_was_behind_attributes_nothing(nlp, resources):
    text = "Anna Berg said there was no evidence that Russia was behind the attack."
    assert "Attribution" not in types_of(nlp, resources, text)


def test_evidence_against_someone_accuses_them(nlp, resources):
    text = "Anna Berg said there was hard evidence against Acme."
    assert targets_of(nlp, resources, text, "Accusation") == {"org/acme"}


def test_no_evidence_against_someone_accuses_no_one(nlp, resources):
    text = "Anna Berg said there was no evidence against Acme."
    assert "Accusation" not in types_of(nlp, resources, text)


def test_a_verdict_passed_on_a_thing_is_a_criticism(nlp, resources):
    for text in (
        "Anna Berg said the decision was unacceptable.",
        "Anna Berg said the charges against Acme were fabricated.",
        "Anna Berg said the remark was a shocking breach of protocol.",
    ):
        assert "Criticism" in types_of(nlp, resources, text), text


def test_the_verdict_word_is_a_mention_of_the_criticism(nlp, resources):
    text = "Anna Berg said the remark was a shocking breach of protocol."
    (criticism,) = [e for e in run(nlp, resources, text) if e.type == "Criticism"]
    assert "shocking" in {m.text for m in criticism.mentions}


def test_praise_a_denied_verdict_or_nothing_illegal_is_no_criticism(nlp, resources):
    for text in (
        "Anna Berg said the meeting was useful.",
        "Anna Berg said the decision was not illegal.",
        "Anna Berg said there was nothing illegal about Smith contacting Acme.",
        "Anna Berg said we were reckless.",
    ):
        assert "Criticism" not in types_of(nlp, resources, text), text


def test_friendly_or_wished_ties_attribute_nothing(nlp, resources):
    for text in (
        "Anna Berg said Britain had strong ties with Germany.",
        "Anna Berg said Britain wanted closer economic ties to China.",
    ):
        assert "Attribution" not in types_of(nlp, resources, text), text


def test_a_company_with_links_to_a_states_intelligence_is_attributed(nlp, resources):
    text = "Anna Berg said the company had links to Chinese intelligence."
    assert "country/cn" in targets_of(nlp, resources, text, "Attribution")


def test_responsibility_for_a_duty_attributes_nothing(nlp, resources):
    text = "Anna Berg said the agency was responsible for protecting the data."
    assert "Attribution" not in types_of(nlp, resources, text)


def test_a_third_party_withholding_help_is_accused(nlp, resources):
    for text, accused in (
        ("Anna Berg said Russia had not cooperated with the investigation.", "country/ru"),
        ("Anna Berg said Acme had declined to provide the data.", "org/acme"),
    ):
        assert accused in targets_of(nlp, resources, text, "Accusation"), text


def test_a_promise_no_comment_or_the_speakers_own_restraint_accuses_no_one(nlp, resources):
    for text in (
        "Anna Berg said Russia would not share its data.",
        "Anna Berg said Acme had not responded to requests.",
        "The FBI said it had not shared the data with Acme.",
    ):
        assert "Accusation" not in types_of(nlp, resources, text), text
