"""The speaker told waiting for an account owed asks for it (round 21d): "We look to the
Chinese government for an explanation", "said they were still waiting for answers" are an
Appeal, as "said X should ..." is; someone else's wait, a denied one and expecting an outcome
are not. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import types_of


def test_the_speaker_awaiting_an_account_asks_for_it(nlp, resources):
    for text in (
        "We look to the Kremlin for a full explanation, Berg said.",
        "Berg said they were still waiting for answers from Moscow.",
        "The Treasury said we want assurances from Acme about the data.",
    ):
        assert "Appeal" in types_of(nlp, resources, text), text


def test_anothers_wait_a_denied_one_or_an_outcome_expected_ask_nothing(nlp, resources):
    for text in (
        "Berg said Acme expected an answer from Globex.",
        "Berg said we do not expect an apology from Moscow.",
        "Berg said we expected the talks with Russia to fail.",
    ):
        types = types_of(nlp, resources, text)
        assert "Appeal" not in types and "Statement" in types, text
