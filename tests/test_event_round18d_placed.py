"""Round 18d, a reported act the text places after or before another act told in a clause of
its own ("said the men were expelled after the operation was stopped"): its time is tied to
that act, not to the telling, so the telling's day does not date it. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from event_helpers import dated, day, run

MONDAY = "2024-10-07"


def _expelled(nlp, resources, text: str) -> str | None:
    events = run(nlp, resources, text, [day(text, "Monday", MONDAY)])
    return dated(events, "expelled", text)


@pytest.mark.parametrize(
    "text",
    [
        "Britain said on Monday that Russia expelled John Smith before the talks began.",
        "Britain said on Monday that Russia expelled John Smith after the talks collapsed.",
        "Britain said on Monday that Russia expelled John Smith after Britain sanctioned it.",
    ],
)
def test_a_reported_act_placed_by_a_clause_keeps_no_telling_day(nlp, resources, text):
    assert _expelled(nlp, resources, text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Britain said on Monday that Russia expelled John Smith after the raid.",  # a noun
        "Britain said on Monday that Russia had expelled John Smith.",
        "Britain said on Monday that Russia expelled John Smith when the talks collapsed.",
    ],
)
def test_other_reported_acts_take_the_telling_day(nlp, resources, text):
    assert _expelled(nlp, resources, text) == MONDAY
