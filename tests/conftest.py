"""Fixtures shared by the event-extraction tests (test_events.py, test_event_dates.py,
test_event_news_verbs.py): the spaCy model and the trigger lexicon with its event types, each
loaded once per test session. Test files that need another model define their own ``nlp``."""

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
