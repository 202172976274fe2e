"""Round 20a: a state's forces or craft named by its demonym act for the state ("A U.S. fighter
jet shot down ...", "was struck by an Iranian drone"; kg/extract/state_forces.py), and a
dateline place of several words in capitals is never a clause's subject ("NEW DELHI — Police
detained ..."; kg/extract/misparse.is_dateline). Sentences written for these tests."""

from __future__ import annotations

import pytest
from event_helpers import roles, surface_spans

from kg.extract.events import extract_events
from kg.types import Article, Entity

# id -> (type, name, surfaces)
_ENTITIES = {
    "country/us": ("Country", "United States", ["U.S.", "American"]),
    "country/ru": ("Country", "Russia", ["Russia", "Russian"]),
    "country/ir": ("Country", "Iran", ["Iran", "Iranian"]),
    "country/in": ("Country", "India", ["India"]),
    "person/rao": ("Person", "Vikram Rao", ["Vikram Rao"]),
}


def _entities(text: str) -> tuple[Entity, ...]:
    found = []
    for entity_id, (kind, name, surfaces) in _ENTITIES.items():
        mentions = surface_spans(text, surfaces)
        if mentions:
            aliases = tuple({s.text for s in mentions if s.text != name})
            found.append(Entity(entity_id, name, kind, aliases=aliases, mentions=mentions))
    return tuple(found)


def _actors(nlp, resources, text: str, trigger: str) -> set[str]:
    """The actors of the events whose trigger begins with ``trigger``."""
    lexicon, taxonomy = resources
    article = Article(id="t1", text=text, published="2024-10-09")
    events = extract_events(nlp(text), article, _entities(text), [], lexicon, taxonomy)
    hits = [e for e in events if e.trigger.text.startswith(trigger)]
    return set().union(set(), *(roles(e).get("actor", set()) for e in hits))


@pytest.mark.parametrize(
    ("text", "trigger", "state"),
    [
        (
            "A U.S. fighter jet shot down a drone over the Black Sea on Tuesday.",
            "shot",
            "country/us",
        ),
        ("A Russian navy warship fired on a cargo ship near the strait.", "fired", "country/ru"),
        ("The tanker was struck by an Iranian attack drone on Sunday.", "struck", "country/ir"),
        (
            "A U.S. Navy destroyer seized a smuggling boat in the gulf last week.",
            "seized",
            "country/us",
        ),
    ],
)
def test_forces_named_by_their_state_act_for_it(nlp, resources, text, trigger, state):
    assert _actors(nlp, resources, text, trigger) == {state}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        (
            "A fighter jet shot down a drone over the Black Sea on Tuesday. Russia protested.",
            "shot",
        ),
        ("Foreign warships fired on the port on Monday, Russian media reported.", "fired"),
        ("Drones of a militia armed by Iran struck the depot on Sunday.", "struck"),
        ("A Russian-made drone struck the depot on Sunday.", "struck"),
    ],
)
def test_forces_of_no_one_state_or_of_another_owner_name_no_state(nlp, resources, text, trigger):
    assert not _actors(nlp, resources, text, trigger) & {"country/ru", "country/ir", "country/us"}


def test_a_dateline_of_several_capitalised_words_is_not_the_subject(nlp, resources):
    text = "NEW DELHI — Police detained Vikram Rao on Friday. India is calm."
    assert _actors(nlp, resources, text, "detained") == {"country/in"}
    forces = "SAN DIEGO — A U.S. attack drone struck a convoy in the desert on Monday."
    assert _actors(nlp, resources, forces, "struck") == {"country/us"}
