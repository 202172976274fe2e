"""A body named again as "it" before a that-clause is the one who warns, insists or announces;
"it" stays no one for verbs that take no agent ("it emerged that", "it seems that") and for
passives ("it was reported that"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import only, roles, run


@pytest.mark.parametrize(
    "second",
    [
        "It warned on Tuesday that the hackers were still active.",
        "It also warned that similar networks would try to sway the vote.",
    ],
)
def test_it_before_a_that_clause_is_the_body_named_before(nlp, resources, second):
    text = f"The FBI opened an inquiry into the breach in May. {second}"
    warning = only(run(nlp, resources, text), "Warning")
    assert roles(warning)["actor"] == {"org/fbi"}


def test_it_in_a_second_clause_of_the_same_sentence_is_the_first_clause_s_body(nlp, resources):
    text = "Acme closed 4,000 fake accounts, and it warned that the networks would return."
    warning = only(run(nlp, resources, text), "Warning")
    assert roles(warning)["actor"] == {"org/acme"}


@pytest.mark.parametrize(
    "second",
    [
        "It emerged on Tuesday that the FBI had warned Acme about the hackers.",
        "It seems that the FBI warned Acme about the hackers.",
    ],
)
def test_it_of_a_verb_without_an_agent_names_no_one(nlp, resources, second):
    text = f"Globex reported a breach in May. {second}"
    warnings = [e for e in run(nlp, resources, text) if e.type == "Warning"]
    # the warning is the FBI's; Globex, the body named before "it", takes part in none of them
    assert all("org/globex" not in roles(e).get("actor", set()) for e in warnings)
    assert any(roles(e).get("actor") == {"org/fbi"} for e in warnings)


def test_they_after_the_attackers_are_the_attackers_not_the_source(nlp, resources):
    text = (
        "Acme said on Monday that Russia had hacked its servers. According to the FBI, the "
        "attackers first sent phishing emails. Later they broke into the network of Globex."
    )
    intrusions = [e for e in run(nlp, resources, text) if e.trigger.text == "broke"]
    assert len(intrusions) == 1
    # the doers of the latest intrusion told before, not the FBI the sentence before cites
    assert roles(intrusions[0])["actor"] == {"country/ru"}
