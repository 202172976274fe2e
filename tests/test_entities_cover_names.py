"""Cover names (round 17): a name a person goes by, given after "under the name", "using the
alias" or "posing as", is one more name of that person. Texts and names invented for these
tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities


def _found(world, text: str):
    return bundled_entities(world, "Report\n\n" + text, "2024-03-01")


@pytest.mark.parametrize(
    ("text", "person", "cover"),
    [
        (
            "The officer, Pavel Gromov, was expelled. He had entered Norway under the name "
            "Jonas Lind, a Swedish identity.",
            "Pavel Gromov",
            "Jonas Lind",
        ),
        (
            "Prosecutors said Anna Volkova rented the flat using the alias Maria Lenz.",
            "Anna Volkova",
            "Maria Lenz",
        ),
    ],
)
def test_a_cover_name_is_one_more_name_of_the_person(world, text, person, cover):
    found = _found(world, text)
    holder = next(e for e in found if e.name == person)
    assert cover in [m.text for m in holder.mentions]
    assert not [e for e in found if e.name == cover]


def test_a_name_after_the_name_with_no_person_before_stays_a_person(world):
    found = _found(world, "She travelled to Vienna under the name Elena Dorn, the court heard.")
    assert [e.type for e in found if e.name == "Elena Dorn"] == ["Person"]
