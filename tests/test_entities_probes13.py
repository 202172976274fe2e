"""Shapes seen wrong on unseen news, thirteenth round: holdings are firms, platforms named like
their service stay platforms. Texts invented for these tests; the bundled gazetteer."""

from __future__ import annotations

import pytest
from entity_world import bundled_entities, bundled_world, holding


@pytest.fixture(scope="module")
def world():
    return bundled_world()


def entities(world, text: str):
    return bundled_entities(world, text, "2025-11-20")


@pytest.mark.parametrize(
    ("text", "name", "entity_type"),
    [
        # a holding whose services carry other names is the firm, its service the platform
        ("ByteDance said it would fight the order to sell TikTok.", "ByteDance", "Organization"),
        ("ByteDance said it would fight the order to sell TikTok.", "TikTok", "Platform"),
        ("Microsoft said the hackers read its executives' mail.", "Microsoft", "Organization"),
        ("Alibaba Group said the audit found no breach.", "Alibaba Group", "Organization"),
        # a firm named like the service people use stays that platform
        ("OpenAI said it had banned accounts run from Iran.", "OpenAI", "Platform"),
        ("Google said it had removed the channels on Friday.", "Google", "Platform"),
    ],
)
def test_a_firm_is_typed_by_whether_its_name_is_its_service(world, text, name, entity_type):
    assert holding(entities(world, text), name).type == entity_type
