"""Nothing goes to the network unless the user asks: ingesting every sample format (HTML pages
and feeds included, whose links and metadata name remote hosts) opens no socket."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from kg.pipeline import ingest
from kg.settings import Settings
from kg.store import open_store

pytestmark = pytest.mark.slow

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_ingesting_samples_opens_no_connection(monkeypatch):
    attempts: list[object] = []

    def guarded_connect(sock, address):
        attempts.append(address)
        raise OSError("network disabled by test")

    def guarded_create_connection(address, *args, **kwargs):
        attempts.append(address)
        raise OSError("network disabled by test")

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", guarded_create_connection)
    with open_store("memory:") as store:
        report = ingest([SAMPLES], Settings(), store, workers=1)
    single = [p for p in SAMPLES.iterdir() if p.suffix not in (".xml", ".jsonl", ".csv")]
    assert report.articles == len(single) + 3 + 2 + 2 and report.ok  # feed, JSONL, CSV records
    assert attempts == []
