"""What the worker pool's fork server imports before it forks the workers: the fork server skips
a module it cannot import without a word, so a renamed module would silently make every worker
import everything again; and a model given as a folder must not be imported as a module."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

import pytest

from kg.pipeline import WORKER_PRELOAD, _preload


@pytest.mark.parametrize("module", [m for m in WORKER_PRELOAD if m != "__main__"])
def test_every_preloaded_module_exists(module: str) -> None:
    assert importlib.util.find_spec(module) is not None


def test_the_extraction_and_rdf_code_is_preloaded() -> None:
    assert {"spacy", "kg.extract.entities", "kg.extract.events", "kg.rdf"} <= set(WORKER_PRELOAD)


def test_an_installed_model_package_is_preloaded() -> None:
    assert _preload("en_core_web_sm")[-1] == "en_core_web_sm"


@pytest.mark.parametrize("model", ["/models/en_custom", "models/en-custom-1.0", ""])
def test_a_model_folder_is_not_imported_as_a_module(model: str) -> None:
    assert _preload(model) == list(WORKER_PRELOAD)


# Counts the fork servers among the children of a process that called start_worker_server.
# A started server shows its name once its process has exec'd, which a busy machine delays.
COUNT_FORK_SERVERS = """
import os, sys, time
from kg.pipeline import start_worker_server
from kg.settings import Settings
start_worker_server(Settings(), int(sys.argv[1]))
task = f"/proc/{os.getpid()}/task"
for _ in range(30):
    children = [c for t in os.listdir(task) for c in open(f"{task}/{t}/children").read().split()]
    servers = sum("forkserver" in open(f"/proc/{c}/cmdline").read() for c in children)
    if servers:
        break
    time.sleep(0.1)
print(servers)
"""


@pytest.mark.skipif(not os.path.isdir("/proc/self/task"), reason="reads /proc")
@pytest.mark.parametrize(("workers", "servers"), [(1, 0), (2, 1)])
def test_the_fork_server_is_started_early_only_for_worker_processes(workers, servers) -> None:
    # With --workers 1 nothing may start: a fork server would import spaCy for nothing.
    out = subprocess.run(
        [sys.executable, "-c", COUNT_FORK_SERVERS, str(workers)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert int(out) == servers


def test_the_fork_server_imports_no_rdflib() -> None:
    # Workers write N-Triples from plain-string terms; rdflib took 0.16 s of the server's start.
    modules = [m for m in WORKER_PRELOAD if m != "__main__"]
    probe = f"import sys\nfor m in {modules!r}: __import__(m)\nprint('rdflib' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"
