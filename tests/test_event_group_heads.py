""" "The group" points back to a group named before, never to a body whose name is headed by
another kind of thing, also before "of" ("Social Democratic Party of Germany", "Bank of
England"); sentences written for these tests."""

from __future__ import annotations

from event_helpers import roles, run


def _attack_actors(nlp, resources, named: str) -> set[str]:
    text = (
        f"{named} said hackers had broken into its email accounts. "
        "Acme said it had been attacked by the same group."
    )
    attacks = [e for e in run(nlp, resources, text) if e.trigger.text == "attacked"]
    return {a for e in attacks for a in roles(e).get("actor", set())}


def test_a_party_named_with_of_is_not_the_group(nlp, resources):
    assert "org/spd" not in _attack_actors(nlp, resources, "The Social Democratic Party of Germany")


def test_a_bank_named_with_of_is_not_the_group(nlp, resources):
    assert "org/bank-of-england" not in _attack_actors(nlp, resources, "The Bank of England")


def test_a_hacking_organisation_named_before_is_the_group(nlp, resources):
    # look-alike: a name headed by no other kind, told as the doer, is the group meant
    text = "Globex broke into Acme's email accounts. "
    text += "Britain said it had been attacked by the same group."
    attacks = [e for e in run(nlp, resources, text) if e.trigger.text == "attacked"]
    assert {a for e in attacks for a in roles(e).get("actor", set())} == {"org/globex"}
