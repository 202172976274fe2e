"""Shared fixtures. For the event-extraction tests (test_events.py, test_event_dates.py,
test_event_news_verbs.py): the spaCy model and the trigger lexicon with its event types, each
loaded once per test session (test files that need another model define their own ``nlp``).
For the entity probe tests: ``world``, the spaCy pipeline and the bundled gazetteer, built once
per session (tests/entity_world.py). For the AppTest suites (test_ui_apptest.py,
test_ui_pages.py): the store of tests/ui_world.py, built once per module and set as the store
the app opens."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def nlp():
    from event_helpers import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def resources():
    from event_helpers import load_resources

    return load_resources()


@pytest.fixture(scope="session")
def world():
    from entity_world import bundled_world

    return bundled_world()


@pytest.fixture(scope="module")
def ui_store_url(tmp_path_factory) -> str:
    from ui_world import build_store

    return build_store(tmp_path_factory.mktemp("ui") / "kg")


@pytest.fixture
def ui_store(ui_store_url, monkeypatch) -> str:
    monkeypatch.setenv("KG_STORE", ui_store_url)
    monkeypatch.delenv("KG_CONFIG", raising=False)
    return ui_store_url
