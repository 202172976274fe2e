"""A charge told again ("is accused of" with no accuser, "accusing them of" on the charge, "an
indictment accuses X of") is a further mention of the charge, not an accusation of its own.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "text",
    [
        "The FBI charged John Smith on Monday. John Smith is accused of running a laptop farm.",
        "The FBI charged John Smith with fraud, accusing him of running a laptop farm.",
        "The FBI charged John Smith on Monday. An indictment accuses John Smith of fraud.",
    ],
)
def test_a_charge_told_again_is_one_charge(nlp, resources, text):
    events = run(nlp, resources, text)
    charge = only(events, "Indictment")
    assert not [e for e in events if e.type == "Accusation"]
    assert roles(charge)["target"] == {"person/john-smith"} and charge.mentions


def test_an_accuser_of_its_own_makes_an_accusation_of_its_own(nlp, resources):
    text = "The FBI charged John Smith on Monday. Anna Berg accused John Smith of lying."
    events = run(nlp, resources, text)
    assert roles(only(events, "Accusation"))["actor"] == {"person/anna-berg"}


def test_accusing_someone_not_charged_is_no_retelling(nlp, resources):
    text = "The FBI charged John Smith on Monday. Anna Berg is accused of fraud."
    events = run(nlp, resources, text)
    assert roles(only(events, "Accusation"))["target"] == {"person/anna-berg"}
