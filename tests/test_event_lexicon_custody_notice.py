"""Round 16a, custody, notice and fixes by meaning: a decision to keep someone in custody
(not the state told again), putting someone on notice (a warning), a vendor releasing a fix
(a statement). Sentences written for these tests, with words the development articles do
not use."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


def test_a_decision_to_keep_someone_in_detention_is_an_arrest(nlp, resources):
    text = "Iran placed John Smith in pretrial detention on Monday."
    arrest = only(run(nlp, resources, text), "Arrest")
    assert roles(arrest) == {"actor": {"country/ir"}, "target": {"person/john-smith"}}


def test_putting_someone_on_notice_warns_them(nlp, resources):
    warning = only(run(nlp, resources, "The FBI put Acme on notice last year."), "Warning")
    assert roles(warning) == {"actor": {"org/fbi"}, "target": {"org/acme"}}


def test_a_patch_released_is_a_statement(nlp, resources):
    text = "Acme rolled out a patch for the flaw in March."
    assert roles(only(run(nlp, resources, text), "Statement")) == {"actor": {"org/acme"}}


@pytest.mark.parametrize(
    "text",
    [
        "John Smith remains in custody.",
        "Smith kept in touch with Berg.",
        "Berg put the book on the shelf.",
    ],
)
def test_look_alikes_are_no_new_arrest_or_warning(nlp, resources, text):
    assert all(e.type not in ("Arrest", "Warning") for e in run(nlp, resources, text))
