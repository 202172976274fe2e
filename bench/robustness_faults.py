"""The faults bench/robustness.py injects, each a function (base store, work folder) -> Outcome:
SIGKILL mid-ingest, two concurrent writers, a full disk, a remote endpoint that is down, failing or
slow, and update attempts against `kg serve`."""

from __future__ import annotations

import os
import resource
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import requests
from robustness_cases import article
from robustness_common import (
    KG,
    Outcome,
    articles_in,
    copy_store,
    error_lines,
    first_message,
    graph_sizes,
    kg,
)

NEW_ARTICLES = 30
SECRETS = ("hunter2pw", "s3cretpw")
REMOTE_ENV = {
    **os.environ,
    "KG_STORE_USER": "analyst",
    "KG_STORE_PASSWORD": SECRETS[0],
    "KG_STORE_TIMEOUT": "1",
    "KG_STORE_RETRIES": "2",
}


def _new_articles(workdir: Path) -> Path:
    folder = workdir / "fault-in"
    if not folder.exists():
        folder.mkdir()
        for n in range(NEW_ARTICLES):
            (folder / f"new{n:02}.txt").write_text(article(500 + n), encoding="utf-8")
    return folder


def _reference(base: Path, workdir: Path) -> dict[str, int]:
    """Graph sizes after a clean ingest of the new articles on top of the base store."""
    where = workdir / "reference"
    url = f"oxigraph:{where}"
    if not where.exists():
        copy_store(base, where)
        kg(url, "ingest", str(_new_articles(workdir)), "--workers", "1", "--no-merge")
    return graph_sizes(url)


def _whole(url: str, reference: dict[str, int]) -> tuple[int, int]:
    """(graphs present and whole, graphs present but not identical to the reference)."""
    sizes = graph_sizes(url)
    broken = sum(1 for g, n in sizes.items() if reference.get(g) != n)
    return len(sizes) - broken, broken


def sigkill_mid_ingest(base: Path, workdir: Path) -> Outcome:
    reference = _reference(base, workdir)
    url = copy_store(base, workdir / "killed")
    proc = subprocess.Popen(
        [
            *KG,
            "-v",
            "--store",
            url,
            "ingest",
            str(_new_articles(workdir)),
            "--workers",
            "1",
            "--no-merge",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    for line in proc.stderr:  # kill right after the first committed batch
        if "stored" in line:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    whole, broken = _whole(url, reference)
    rerun = kg(url, "ingest", str(_new_articles(workdir)), "--workers", "1", "--no-merge")
    final = graph_sizes(url)
    lost = sum(1 for g, n in reference.items() if final.get(g) != n)
    ok = broken == 0 and whole < len(reference) and rerun.returncode == 0 and lost == 0
    message = f"after kill {whole} graphs whole, {broken} half-written; after rerun {lost} missing"
    return Outcome(
        "fault",
        "SIGKILL mid-ingest, then rerun",
        "complete or absent; rerun ok",
        message,
        -9,
        lost,
        ok,
    )


def concurrent_writers(base: Path, workdir: Path) -> Outcome:
    url = copy_store(base, workdir / "concurrent")
    before = articles_in(url)
    folders = []
    for side in ("left", "right"):
        folder = workdir / f"concurrent-{side}"
        folder.mkdir()
        for n in range(8):
            text = article(700 + n + (100 if side == "right" else 0))
            (folder / f"{side}{n}.txt").write_text(text, encoding="utf-8")
        folders.append(folder)
    env = {**os.environ, "KG_STORE_TIMEOUT": "120"}
    procs = [
        subprocess.Popen(
            [*KG, "--store", url, "ingest", str(f), "--workers", "1", "--no-merge"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for f in folders
    ]
    results = [(p.wait(timeout=600), p.stderr.read()) for p in procs]
    expected = before + sum(8 for code, _ in results if code == 0)
    after = articles_in(url)
    clear = all(code == 0 or "in use" in err for code, err in results)
    messages = [e.strip().splitlines()[-1] if code else "(ingested)" for code, e in results]
    lost = max(0, expected - after)
    ok = clear and after == expected and not any("Traceback" in e for _, e in results)
    return Outcome(
        "fault",
        "two concurrent kg ingest, one store",
        "wait or fail clearly",
        " / ".join(messages),
        max(c for c, _ in results),
        lost,
        ok,
    )


def _limit_file_size() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (200_000, 200_000))


def full_disk(base: Path, workdir: Path) -> Outcome:
    reference = _reference(base, workdir)
    base_graphs = set(graph_sizes(f"oxigraph:{base}"))
    url = f"oxigraph:{workdir / 'full'}"
    full = subprocess.run(
        [
            *KG,
            "--store",
            url,
            "ingest",
            str(_new_articles(workdir)),
            "--workers",
            "1",
            "--no-merge",
        ],
        capture_output=True,
        text=True,
        preexec_fn=_limit_file_size,
        timeout=600,
    )
    whole, broken = _whole(url, reference)
    rerun = kg(url, "ingest", str(_new_articles(workdir)), "--workers", "1", "--no-merge")
    final = graph_sizes(url)
    lost = sum(1 for g, n in reference.items() if g not in base_graphs and final.get(g) != n)
    message = first_message(full, "ingest")
    ok = full.returncode == 1 and "no space left" in message and broken == 0
    ok = ok and rerun.returncode == 0 and lost == 0
    return Outcome(
        "fault",
        "disk full (200 kB file-size limit)",
        "clear error; rerun ok",
        f"{message} ({whole} whole, {broken} broken)",
        full.returncode,
        lost,
        ok,
    )


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _remote_outcome(what: str, store: str, workdir: Path, expect: str) -> Outcome:
    result = subprocess.run(
        [*KG, "-vv", "--store", store, "ingest", str(_new_articles(workdir)), "--workers", "1"],
        capture_output=True,
        text=True,
        env=REMOTE_ENV,
        timeout=600,
    )
    output = result.stdout + result.stderr
    lines = error_lines(result.stderr, "ingest")
    ok = result.returncode == 1 and len(lines) == 1 and expect in lines[0]
    ok = ok and "Traceback" not in output and not any(s in output for s in SECRETS)
    return Outcome(
        "fault",
        what,
        "bounded retries, 1 line, no secret",
        lines[0] if lines else output[-200:],
        result.returncode,
        0,
        ok,
    )


def remote_down(base: Path, workdir: Path) -> Outcome:
    store = f"sparql+http://spy:{SECRETS[1]}@127.0.0.1:{_free_port()}/sparql"
    return _remote_outcome(
        "remote endpoint down (-vv, credentials)", store, workdir, "not reachable"
    )


class _Failing(BaseHTTPRequestHandler):
    delay = 0.0

    def do_POST(self) -> None:
        self.server.seen += 1  # type: ignore[attr-defined]
        time.sleep(self.delay)
        try:
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b"the database fell over")
        except OSError:
            pass  # the client stopped waiting

    do_GET = do_POST

    def log_message(self, *args: object) -> None:
        pass


class _Slow(_Failing):
    delay = 3.0


@contextmanager
def _serving(handler: type) -> Iterator[ThreadingHTTPServer]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.seen = 0  # type: ignore[attr-defined]
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def remote_failing(base: Path, workdir: Path) -> Outcome:
    with _serving(_Failing) as server:
        store = f"sparql+http://127.0.0.1:{server.server_port}/sparql"
        outcome = _remote_outcome("remote endpoint answers HTTP 500", store, workdir, "HTTP 500")
        outcome.message += f" [{server.seen} requests]"
    return outcome


def remote_slow(base: Path, workdir: Path) -> Outcome:
    with _serving(_Slow) as server:
        store = f"sparql+http://127.0.0.1:{server.server_port}/sparql"
        return _remote_outcome("remote endpoint too slow (3 s > 1 s)", store, workdir, "no answer")


def serve_refuses_updates(base: Path, workdir: Path) -> Outcome:
    url = copy_store(base, workdir / "served")
    before = articles_in(url)
    port = _free_port()
    proc = subprocess.Popen(
        [*KG, "--store", url, "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}/sparql"
    statuses = []
    try:
        for _ in range(100):
            try:
                requests.get(endpoint, params={"query": "ASK {}"}, timeout=2)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        for request in (
            {"method": "POST", "data": {"update": "DROP ALL"}},
            {"method": "POST", "data": {"query": "DROP ALL"}},
            {"method": "GET", "params": {"update": "CLEAR ALL"}},
            {
                "method": "POST",
                "data": "DROP ALL",
                "headers": {"Content-Type": "application/sparql-update"},
            },
        ):
            statuses.append(requests.request(url=endpoint, timeout=10, **request).status_code)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    after = articles_in(url)
    ok = statuses == [403] * 4 and after == before
    return Outcome(
        "fault",
        "update attempts against kg serve",
        "403 each, store unchanged",
        f"HTTP {statuses}",
        0,
        max(0, before - after),
        ok,
    )


FAULTS: tuple[Callable[[Path, Path], Outcome], ...] = (
    sigkill_mid_ingest,
    concurrent_writers,
    full_disk,
    remote_down,
    remote_failing,
    remote_slow,
    serve_refuses_updates,
)
