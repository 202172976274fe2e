"""Round 19a: a "he" or "she" reported by a paper ("..., the affidavit said") stands for the
person the story is about, as under a named source; an unnamed person speaking ("a spokesman
said he") still covers the pronoun (kg/extract/pronouns.py). Sentences written for these
tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, run


def _doers(events, trigger: str) -> set[str]:
    return set().union(*(roles(e).get("actor", set()) for e in events if e.trigger.text == trigger))


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "John Smith was held at the port. When detectives questioned him on Monday, he "
            "admitted stealing the plans, the complaint says.",
            "admitted",
        ),
        (
            "John Smith was stopped at the border in May. He admitted carrying the drives, "
            "the charge sheet said.",
            "admitted",
        ),
        (
            "John Smith flew to Moscow in 2019. There he met officers of the FSB, the "
            "indictment alleges.",
            "met",
        ),
    ],
)
def test_a_pronoun_a_paper_reports_is_the_person_of_the_story(nlp, resources, text, trigger):
    assert _doers(run(nlp, resources, text), trigger) == {"person/john-smith"}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "John Smith was stopped at the border in May. A detective said he admitted "
            "carrying the drives.",
            "admitted",
        ),
        (
            "John Smith was stopped at the border in May. His lawyer said he admitted "
            "carrying the drives.",
            "admitted",
        ),
    ],
)
def test_a_pronoun_an_unnamed_person_reports_stays_theirs(nlp, resources, text, trigger):
    assert "person/john-smith" not in _doers(run(nlp, resources, text), trigger)


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "Iran has denied the claims. It refused to let the monitors into the country.",
            "refused",
            "country/ir",
        ),
        ("Acme was fined in May. It agreed to pay the penalty in June.", "agreed", "org/acme"),
        (
            "Germany summoned the envoy on Monday. It declined to comment on the talks.",
            "declined",
            "country/de",
        ),
    ],
)
def test_it_before_a_verb_of_will_and_to_is_the_body_named_before(
    nlp, resources, text, trigger, doer
):
    assert _doers(run(nlp, resources, text), trigger) == {doer}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iran has denied the claims. It was decided to expel the monitors.", "expel"),
        ("Iran has denied the claims. It seems to expel monitors every year.", "expel"),
    ],
)
def test_it_of_a_passive_or_raising_verb_is_no_doer(nlp, resources, text, trigger):
    assert "country/ir" not in _doers(run(nlp, resources, text), trigger)
