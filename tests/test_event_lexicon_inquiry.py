"""Round 16a, inquiry by meaning: cases opened, inquiries set up or commissioned, suspects
interrogated or tracked down. A case is an investigation only when opened and by what it is
about. Sentences written for these tests, with words the development articles do not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany opened an espionage case against John Smith in May.",
            {"actor": {"country/de"}, "target": {"person/john-smith"}},
        ),
        (
            "Britain commissioned an inquiry into Acme's finances.",
            {"actor": {"country/gb"}, "target": {"org/acme"}},
        ),
        (
            "The FBI interrogated Smith for hours on Monday.",
            {"actor": {"org/fbi"}, "target": {"person/john-smith"}},
        ),
        (
            "The FBI tracked down Smith in France.",
            {"actor": {"org/fbi"}, "target": {"person/john-smith"}},
        ),
    ],
)
def test_inquiry_words_are_investigations(nlp, resources, text, expected):
    assert roles(only(run(nlp, resources, text), "Investigation")) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Smith made the case for sanctions on Monday.",
        "In a separate criminal case, Acme paid a fine.",
        "Berg questioned the figures in the report.",
        "Acme filed the documents with the FBI.",
    ],
)
def test_look_alikes_of_inquiry_are_none(nlp, resources, text):
    assert all(e.type != "Investigation" for e in run(nlp, resources, text))


def test_an_investigation_triggered_is_not_the_cause_s(nlp, resources):
    text = "Acme's leak triggered an investigation."
    assert all(e.type != "Investigation" for e in run(nlp, resources, text))
