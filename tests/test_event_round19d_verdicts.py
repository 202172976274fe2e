"""A telling that passes a verdict or voices the speaker's opposition criticises (round 19d):
the verdicts reporters write beyond 18c's adjectives (a wrong done "illegally", "a case of
hijacking", "bad news for", "amounted to censorship", "beyond the pale") and the speaker's own
"opposed", "regretted", "objected to". Sentences written for these tests."""

from __future__ import annotations

from event_helpers import targets_of, types_of


def test_an_act_done_unlawfully_criticises_its_doer(nlp, resources):
    text = "Anna Berg said Russia had unlawfully seized the ship."
    assert targets_of(nlp, resources, text, "Criticism") == {"country/ru"}
    text = "Anna Berg said Globex had shared the files in breach of its obligations."
    assert targets_of(nlp, resources, text, "Criticism") == {"org/globex"}


def test_an_act_done_lawfully_or_to_the_speaker_is_no_criticism(nlp, resources):
    assert "Criticism" not in types_of(
        nlp, resources, "Anna Berg said Globex had legally ended it."
    )
    # the speaker saying it was wronged is not a verdict on a doer the clause names
    assert "Criticism" not in types_of(
        nlp, resources, "The Treasury said it had been unfairly singled out."
    )


def test_a_predicate_naming_a_wrong_criticises(nlp, resources):
    for text in (
        "Anna Berg said the expulsion was a case of state piracy.",
        "Anna Berg said the new law amounted to censorship.",
        "Anna Berg said the ruling was a blow to press freedom.",
        "Anna Berg said the decision was bad news for every farmer in the country.",
        "Anna Berg said the new rules were tantamount to blackmail.",
    ):
        assert "Criticism" in types_of(nlp, resources, text), text


def test_a_neutral_or_favourable_predicate_stays_a_statement(nlp, resources):
    for text in (
        "Anna Berg said the talks were long.",
        "Anna Berg said the decision was good news for farmers.",
        "Anna Berg said the ban was not illegal.",
        "Anna Berg said there had been a crime in the village.",
    ):
        types = types_of(nlp, resources, text)
        assert "Criticism" not in types and "Statement" in types, text


def test_it_for_someone_to_act_judges_who_acts(nlp, resources):
    text = "Anna Berg told reporters it was beyond the pale for Globex to have sold the data."
    assert targets_of(nlp, resources, text, "Criticism") == {"org/globex"}


def test_the_speakers_own_opposition_criticises_what_it_opposes(nlp, resources):
    text = "Acme said it strongly opposed the plan announced by Globex."
    assert targets_of(nlp, resources, text, "Criticism") == {"org/globex"}
    assert "Criticism" in types_of(nlp, resources, "Acme said it deeply regretted the decision.")


def test_someone_elses_or_a_future_opposition_is_no_criticism(nlp, resources):
    assert "Criticism" not in types_of(nlp, resources, "Anna Berg said Russia opposed the plan.")
    assert "Criticism" not in types_of(nlp, resources, "Acme said it would oppose any such plan.")
