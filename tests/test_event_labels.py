"""Labels of events read the way the text tells them; sentences written for these tests."""

from __future__ import annotations

from event_helpers import only, run


def test_targets_without_an_actor_read_as_done_to_them(nlp, resources):
    text = "The complaint accuses John Smith and Maria Lopez of laundering money for Acme."
    event = only(run(nlp, resources, text), "Accusation")
    assert not [p for p in event.participants if p.role == "actor"]
    assert event.label == "John Smith and Maria Lopez accused"


def test_an_irregular_verb_without_an_actor_takes_its_participle(nlp, resources):
    text = "A court order this week takes down Acme's accounts on Twitter."
    labels = [e.label for e in run(nlp, resources, text) if e.type == "AccountTakedown"]
    assert labels and all(" taken down" in lab for lab in labels)


def test_an_actor_keeps_the_active_voice(nlp, resources):
    text = "John Smith accuses Acme of fraud."
    assert only(run(nlp, resources, text), "Accusation").label == "John Smith accuses Acme"


def test_without_an_actor_what_of_the_target_is_acted_on_is_named(nlp, resources):
    for text in (
        "Prosecutors charged two employees of Acme with fraud.",
        "Two employees of Acme were charged with fraud.",
    ):
        assert only(run(nlp, resources, text), "Indictment").label == "Employees of Acme charged"


def test_a_person_named_in_apposition_is_not_an_owner(nlp, resources):
    text = "A citizen, John Smith, was arrested."
    assert only(run(nlp, resources, text), "Arrest").label == "John Smith arrested"


def test_a_short_verb_without_an_actor_doubles_its_last_letter(nlp, resources):
    # the regular "-ed" made "Acme bared" of "bars Acme"
    text = "A court order bars Acme from selling its software."
    assert only(run(nlp, resources, text), "Ban").label == "Acme barred"


def test_a_past_tense_written_in_the_text_is_the_participle(nlp, resources):
    text = "A court order barred Acme from selling its software."
    assert only(run(nlp, resources, text), "Ban").label == "Acme barred"


def test_an_auxiliary_in_the_trigger_reads_in_the_present(nlp, resources):
    """ "had facilitated donations" once read "haves facilitated donations"."""
    text = "MI5 said John Smith had worked with Acme and had facilitated donations to Globex."
    labels = [e.label for e in run(nlp, resources, text) if "donations" in e.label]
    assert labels
    assert all(lab.startswith("John Smith ") for lab in labels)
    assert all(" has " in lab or " facilitates " in lab for lab in labels)


def test_have_as_the_verb_reads_has(nlp, resources):
    from kg.extract.labels import _third_person

    assert [_third_person(v) for v in ("have", "be", "accuse", "deny")] == [
        "has",
        "is",
        "accuses",
        "denies",
    ]
