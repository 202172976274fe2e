"""Round 20c, an act done at an occasion the text names again by a definite noun took place
when that occasion did: "Smith was sentenced in March 2020. At his sentencing he told the
court ..." is March 2020, not the lede's news day. An indefinite occasion ("At a hearing") or
one naming no act told before ("At his arraignment") lends nothing. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run, timex

MONDAY = "2024-10-07"
LEDE = "Russia on Monday released John Smith from prison. "


def _times(text: str, words: str, value: str):
    return [day(text, "Monday", MONDAY), timex(text, words, value)]


@pytest.mark.parametrize(
    ("story", "words", "value", "trigger"),
    [
        (
            "Smith pleaded guilty in 2019 and was sentenced in March 2020. At his sentencing "
            "he told the court that he regretted spying for Russia.",
            "March 2020",
            "2020-03",
            "told",
        ),
        (
            "The FBI arrested John Smith in June 2021. During the arrest, Smith accused the "
            "CIA of lying.",
            "June 2021",
            "2021-06",
            "accused",
        ),
        (
            "Russia and Britain met in Geneva in June 2021. At the meeting, Anna Berg accused "
            "Russia of hacking Acme.",
            "June 2021",
            "2021-06",
            "accused",
        ),
    ],
)
def test_an_act_at_an_occasion_named_again_takes_its_date(
    nlp, resources, story, words, value, trigger
):
    text = LEDE + story
    events = run(nlp, resources, text, _times(text, words, value))
    assert dated(events, trigger, text) == value


@pytest.mark.parametrize(
    "occasion",
    ["At a hearing", "At his arraignment"],
)
def test_an_occasion_naming_no_earlier_act_lends_nothing(nlp, resources, occasion):
    text = LEDE + (
        f"Smith was sentenced in March 2020. {occasion}, he told the court that he regretted "
        "spying for Russia."
    )
    events = run(nlp, resources, text, _times(text, "March 2020", "2020-03"))
    assert dated(events, "told", text) != "2020-03"
