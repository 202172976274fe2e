"""Issue 7 against remote stores, through the real `kg` process: an endpoint that is down, slow or
failing gets bounded retries then one clear line; credentials from the environment or the URL
never show in any output, even at -vv."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from servers import failing_server, free_port  # noqa: F401  (fixture)

pytestmark = pytest.mark.slow  # local stub servers only: no real SPARQL server needed

KG = [sys.executable, "-m", "kg.cli"]
SECRETS = ("hunter2pw", "s3cretpw")
ARTICLE = "Title: Arrest\nPublished: 2023-05-02\n\nThe FBI arrested a man in Boston on Monday.\n"


def kg(store: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "KG_STORE_USER": "analyst",
        "KG_STORE_PASSWORD": SECRETS[0],
        "KG_STORE_TIMEOUT": "1",
        "KG_STORE_RETRIES": "2",
    }
    return subprocess.run(
        [*KG, "-vv", "--store", store, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
    )


def assert_one_error_line(result: subprocess.CompletedProcess, command: str) -> str:
    """The one `kg COMMAND: error:` line; no traceback and no secret anywhere."""
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "Traceback" not in output
    for secret in SECRETS:
        assert secret not in output
    errors = [line for line in result.stderr.splitlines() if line.startswith(f"kg {command}:")]
    assert len(errors) == 1, result.stderr
    return errors[0]


@pytest.fixture
def article_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


COMMANDS = (
    ("query", "ASK { ?s ?p ?o }"),
    ("timeline",),
    ("export", "--format", "trig"),
    ("stats",),
    ("validate",),
    ("merge",),
)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c[0])
def test_endpoint_down_is_one_line_without_secrets(command):
    store = f"sparql+http://spy:{SECRETS[1]}@127.0.0.1:{free_port()}/sparql"
    line = assert_one_error_line(kg(store, *command), command[0])
    assert "not reachable (connection refused) after 2 tries" in line


def test_ingest_into_a_down_endpoint_fails_before_any_work(article_folder, tmp_path):
    store = f"sparql+http://spy:{SECRETS[1]}@127.0.0.1:{free_port()}/sparql"
    report = tmp_path / "failed.jsonl"
    started = time.monotonic()
    result = kg(store, "ingest", str(article_folder), "--workers", "1", "--report", str(report))
    line = assert_one_error_line(result, "ingest")
    assert "not reachable" in line
    assert time.monotonic() - started < 60


def test_failing_endpoint_gets_bounded_retries_then_one_line(failing_server, article_folder):  # noqa: F811
    store = f"sparql+http://127.0.0.1:{failing_server.server_port}/sparql"
    result = kg(store, "ingest", str(article_folder), "--workers", "1")
    line = assert_one_error_line(result, "ingest")
    assert "HTTP 500" in line
    assert 1 <= failing_server.requests_seen <= 4  # bounded: first contact + 2 tries at most


class SlowHandler(BaseHTTPRequestHandler):
    """Takes three seconds before answering anything: longer than the client waits."""

    def do_POST(self) -> None:
        self.server.requests_seen += 1  # type: ignore[attr-defined]
        time.sleep(3)
        try:
            self.send_response(200)
            self.end_headers()
        except OSError:
            pass  # the client gave up already

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def slow_server() -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowHandler)
    server.requests_seen = 0  # type: ignore[attr-defined]
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def test_slow_endpoint_times_out_after_bounded_retries(slow_server):
    store = f"sparql+http://spy:{SECRETS[1]}@127.0.0.1:{slow_server.server_port}/sparql"
    started = time.monotonic()
    result = kg(store, "query", "ASK { ?s ?p ?o }")
    elapsed = time.monotonic() - started
    line = assert_one_error_line(result, "query")
    assert "no answer within 1 s" in line
    assert slow_server.requests_seen == 2
    assert elapsed < 30


def test_credentials_from_a_config_file_stay_secret(tmp_path):
    config = tmp_path / "newskg.toml"
    config.write_text(f'store_user = "analyst"\nstore_password = "{SECRETS[0]}"\n', "utf-8")
    store = f"sparql+http://127.0.0.1:{free_port()}/sparql"
    result = subprocess.run(
        [*KG, "-vv", "--config", str(config), "--store", store, "stats"],
        capture_output=True,
        text=True,
        env={**os.environ, "KG_STORE_RETRIES": "1", "KG_STORE_TIMEOUT": "1"},
        timeout=120,
    )
    assert "not reachable" in assert_one_error_line(result, "stats")
