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
