"""A platform suspended or cut off by a state is banned there, and spyware a device is infected
with is the intrusion's tool. The rules read platform names from the gazetteer's entities on the
parsed text, so these tests run the whole extractor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import Extractor
from kg.settings import Settings
from kg.types import Article


@pytest.fixture(scope="module")
def extractor():
    return Extractor(Settings())


def bans(extractor, text: str) -> list[tuple[str, set[str]]]:
    extraction = extractor.extract(Article(id="t", text=text, published="2024-10-09"))
    return [
        (event.trigger.text, {p.entity for p in event.participants if p.role == "target"})
        for event in extraction.events
        if event.type == "Ban"
    ]


@pytest.mark.parametrize(
    "text",
    ["Iran suspended Twitter on Saturday.", "Twitter was suspended in Iran on Saturday."],
)
def test_a_platform_suspended_by_a_state_is_banned(extractor, text):
    [(trigger, targets)] = bans(extractor, text)
    assert trigger == "suspended"
    assert len(targets) == 1 and next(iter(targets)).endswith("twitter"), targets


def test_the_platform_named_again_and_suspended_is_the_same_ban(extractor):
    text = "Pakistan blocked Twitter in February. The platform was suspended on February 17."
    assert len(bans(extractor, text)) == 1


def test_suspending_talks_is_no_ban(extractor):
    assert bans(extractor, "Iran suspended talks with Britain on Saturday.") == []


def roles_of(extractor, text: str, event_type: str) -> list[dict[str, set[str]]]:
    extraction = extractor.extract(Article(id="t", text=text, published="2024-10-09"))
    found = []
    for event in extraction.events:
        if event.type == event_type:
            roles: dict[str, set[str]] = {}
            for p in event.participants:
                roles.setdefault(p.role, set()).add(p.entity.rsplit("/", 1)[-1])
            found.append(roles)
    return found


@pytest.mark.parametrize(
    "text",
    [
        "The phones of John Smith had been infected with Pegasus spyware in 2021.",
        "Hackers infected the phones of John Smith with Pegasus.",
    ],
)
def test_devices_infected_with_spyware_are_an_intrusion_on_their_owner(extractor, text):
    [roles] = roles_of(extractor, text, "CyberOperation")
    assert roles["target"] == {"john-smith"}
    assert roles["platform"] == {"pegasus"}  # the tool, not a second target


def test_a_person_infected_with_a_virus_is_no_intrusion(extractor):
    assert (
        roles_of(extractor, "John Smith was infected with the virus in March.", "CyberOperation")
        == []
    )
