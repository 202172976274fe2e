"""Helpers shared by bench/robustness.py and its fault catalogue: run `kg`, count articles."""

from __future__ import annotations

import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from kg.store import open_store

KG = [sys.executable, "-m", "kg.cli"]
MERGED = "https://w3id.org/newskg/graph/merged"


@dataclass
class Outcome:
    kind: str  # bad input | fault | injection
    what: str
    expected: str
    message: str
    code: int
    lost: int
    ok: bool


def kg(store: str, *args: str, **popen: object) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*KG, "--store", store, *args], capture_output=True, text=True, timeout=600, **popen
    )


def copy_store(base: Path, where: Path) -> str:
    shutil.copytree(base, where)
    return f"oxigraph:{where}"


def graph_sizes(url: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    with open_store(url, read_only=True) as store:
        return {str(g): int(n) for g, n in store.query(query).rows if str(g) != MERGED}


def articles_in(url: str) -> int:
    with open_store(url, read_only=True) as store:
        return sum(1 for g in store.graph_iris() if g != MERGED)


def triples_in(url: str) -> int:
    with open_store(url, read_only=True) as store:
        return store.triple_count()


def error_lines(stderr: str, command: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(f"kg {command}:")]


def first_message(result: subprocess.CompletedProcess, command: str) -> str:
    lines = error_lines(result.stderr, command) or result.stderr.strip().splitlines()[-1:]
    return lines[0] if lines else result.stdout.strip().splitlines()[-1]
