"""An undated verdict, charge or arrest "of the same crime" belongs to the proceeding told just
before it and takes its date, unless "later" or "earlier" sets it apart (sentences written for
these tests)."""

from __future__ import annotations

from event_helpers import day, run

LEDE = "A court in Berlin on Thursday sentenced John Smith to ten years for spying for Russia. "


def _second_verdict(nlp, resources, sentence: str):
    text = LEDE + sentence
    times = [day(text, "on Thursday", "2024-10-03")]
    verdicts = [e for e in run(nlp, resources, text, times) if e.type == "Conviction"]
    return verdicts[-1]


def test_a_verdict_of_the_same_crime_takes_the_first_verdict_s_day(nlp, resources):
    verdict = _second_verdict(nlp, resources, "Anna Berg was convicted of the same crime.")
    assert (verdict.date.value, verdict.date.source) == ("2024-10-03", "inferred")


def test_a_verdict_of_the_same_charges_takes_the_first_verdict_s_day(nlp, resources):
    verdict = _second_verdict(nlp, resources, "Anna Berg was convicted on the same charges.")
    assert verdict.date.value == "2024-10-03"


def test_a_later_verdict_of_the_same_crime_takes_no_day(nlp, resources):
    verdict = _second_verdict(nlp, resources, "Anna Berg was later convicted of the same crime.")
    assert verdict.date.value is None


def test_a_verdict_of_another_crime_takes_no_day(nlp, resources):
    verdict = _second_verdict(nlp, resources, "Anna Berg was convicted of a similar crime.")
    assert verdict.date.value is None
