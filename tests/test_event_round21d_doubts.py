"""The speaker's doubt or displeasure, told, criticises (round 21d): "said she was skeptical of
Russia's account", "said it had voiced reservations over Globex's demands". Someone else's
doubt, "no concerns" and "it was critical that" (a need) stay as they were. Sentences written
for these tests."""

from __future__ import annotations

from event_helpers import run, targets_of, types_of


def test_the_speakers_doubt_told_is_a_criticism_of_what_it_doubts(nlp, resources):
    text = "Berg said she was skeptical of Russia's account."
    assert "Criticism" in types_of(nlp, resources, text)
    assert "country/ru" in targets_of(nlp, resources, text, "Criticism")
    assert "Criticism" in types_of(
        nlp, resources, "The Treasury said it was unhappy with the decision by Acme."
    )


def test_disapproval_voiced_as_a_noun_is_a_criticism(nlp, resources):
    text = "Acme said it had complied with the order but voiced reservations over Globex's demands."
    assert "Criticism" in types_of(nlp, resources, text)
    assert "org/globex" in targets_of(nlp, resources, text, "Criticism")
    assert "Criticism" in types_of(
        nlp, resources, "Acme said it had serious doubts about the ban imposed by Globex."
    )


def test_anothers_doubt_no_concerns_and_a_need_are_no_criticism(nlp, resources):
    for text in (
        "Berg said Smith was skeptical of the plan.",
        "Acme said it had no concerns about the deal.",
        "Acme said it was critical that Globex act quickly.",
    ):
        types = {e.type for e in run(nlp, resources, text)}
        assert "Criticism" not in types, text
