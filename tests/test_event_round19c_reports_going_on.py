"""Round 19c, an act a telling reports, right after its doer told something on a day named in
the sentence before, goes on with that statement: "Russia said on Friday that the charges were
groundless. Anna Berg said Russia had lodged a formal protest with Britain." Sentences written
for these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

FRIDAY = "2024-10-04"
SAID = "Russia said on Friday that the charges against John Smith were groundless."


def _protest(nlp, resources, text: str) -> str | None:
    events = run(nlp, resources, text, [day(text, "Friday", FRIDAY)], published="2024-10-20")
    return dated(events, "lodged", text)


@pytest.mark.parametrize(
    "rest",
    [
        "Anna Berg said Russia had lodged a formal protest with Britain.",
        "Anna Berg told reporters that Russia had lodged a formal protest with Britain.",
    ],
)
def test_the_doer_s_act_told_after_its_dated_statement_is_of_that_day(nlp, resources, rest):
    assert _protest(nlp, resources, f"{SAID} {rest}") == FRIDAY


@pytest.mark.parametrize(
    "text",
    [
        # another doer's act is no part of Russia's statement
        f"{SAID} Anna Berg said Iran had lodged a formal protest with Britain.",
        # not the sentence right after
        f"{SAID} Britain expelled two diplomats. Anna Berg said Russia had lodged a formal "
        "protest with Britain.",
    ],
)
def test_no_statement_of_the_doer_just_before_dates_nothing(nlp, resources, text):
    assert _protest(nlp, resources, text) is None
