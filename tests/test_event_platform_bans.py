"""A platform suspended or cut off by a state is banned there. The rule reads the platform's name
from the gazetteer's entities on the parsed text, so these tests run the whole extractor.
Sentences written for these tests."""

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
