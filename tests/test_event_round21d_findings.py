"""The speaker's own finding of evidence of a wrong investigates (round 21d): "said it had
identified people suspected of helping the hackers", "said it had found a database of
passwords stolen by Russian hackers"; a finding of what is no wrong, none found and another's
finding stay as they were. Sentences written for these tests."""

from __future__ import annotations

from event_helpers import types_of


def test_the_speakers_finding_of_a_suspect_or_a_culprits_work_investigates(nlp, resources):
    for text in (
        "The Treasury said it had identified people suspected of helping the hackers.",
        "The FBI said it had found a database of passwords stolen by Russian hackers.",
        "Acme said it had uncovered accounts run by Iranian intelligence.",
    ):
        assert "Investigation" in types_of(nlp, resources, text), text


def test_no_wrong_found_none_found_or_anothers_finding_is_no_investigation(nlp, resources):
    for text in (
        "Acme said it had detected the restrictions on its networks.",
        "The FBI said it had found no trace of the malware.",
        "Berg said Smith had found a list of names harvested by the hackers.",
    ):
        assert "Investigation" not in types_of(nlp, resources, text), text
