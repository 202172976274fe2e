"""Round 21b, objects the lexicon lists reached through the words that frame them: an action
noun's "of" object ("suspended the issuance of visas" acts on visas) and a sum of money ("seized
bitcoin worth $25 million", "froze $7 million in assets", "$2 million worth of cryptocurrency").
Sentences written for these tests, with look-alike negatives."""

from __future__ import annotations

import pytest
from event_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        # an action noun stands for what it acts on (SANCTION)
        "Britain suspended the issuance of visas to Russian officials in May.",
        "The Treasury halted the granting of visas in Tehran.",
        "Germany suspended the provision of aid to the Iranian government.",
        # a sum stands for money (SANCTION)
        "The Treasury seized cryptocurrency worth $3 million from Iranian hackers.",
        "Britain froze $40 million in assets belonging to John Smith.",
        "The FBI confiscated bitcoin worth roughly $1 million on Tuesday.",
        "Britain froze $90 million worth of Russian assets on Monday.",
    ],
)
def test_framed_objects_are_acted_on(nlp, resources, text: str) -> None:
    assert "Sanction" in types_of(nlp, resources, text)


@pytest.mark.parametrize(
    "text",
    [
        # an action noun whose "of" object is no listed thing
        "Britain suspended the issuance of new guidance to schools.",
        "Germany froze the hiring of teachers last year.",
        # seizing or freezing what is no money: the moment, a chance, a place in time
        "Anna Berg seized the moment and spoke for an hour.",
        "John Smith froze in place when the alarm sounded.",
        "The Treasury seized an opportunity worth more than $3 million in trade.",
    ],
)
def test_other_frames_are_not(nlp, resources, text: str) -> None:
    assert "Sanction" not in types_of(nlp, resources, text)


def test_a_sum_worth_of_stolen_assets_is_a_theft(nlp, resources) -> None:
    """ "$2 million worth of cryptocurrency" stands for the cryptocurrency a hacking crew
    stole; "stole the show" is none."""
    stolen = "Iranian hackers stole $2 million worth of cryptocurrency from Acme."
    assert "CyberOperation" in types_of(nlp, resources, stolen)
    assert "CyberOperation" not in types_of(nlp, resources, "Iranian hackers stole the show.")
