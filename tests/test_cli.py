"""The `kg` command frame: every command is reachable, errors are one line and a non-zero exit."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from kg.cli import COMMANDS, build_parser, main


def run_kg(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_help_lists_every_command():
    result = run_kg("--help")
    assert result.returncode == 0
    for name in COMMANDS:
        assert name.rstrip("_") in result.stdout


def test_no_command_prints_help_and_exits_2(capsys):
    assert main([]) == 2
    assert "usage: kg" in capsys.readouterr().out


def test_unknown_command_is_a_usage_error():
    result = run_kg("frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_help_does_not_import_heavy_libraries():
    # `kg --help` must stay fast: spaCy, rdflib and pyoxigraph load only when a command needs them.
    code = (
        "import sys; from kg.cli import build_parser; build_parser(); "
        "heavy = ('spacy', 'rdflib', 'pyoxigraph', 'streamlit'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]"


def test_invalid_setting_is_one_line_error():
    result = run_kg("merge", env={"KG_WORKERS": "many"})
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "kg merge: error: setting workers has an invalid value 'many'"
    ]


@pytest.mark.parametrize("url", ["nosuch:/x", "ftp://example.org/sparql"])
def test_unknown_store_url_is_one_line_error(url, tmp_path):
    result = run_kg("--store", url, "merge")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "unknown store URL" in result.stderr


def test_parser_builds_each_command_with_a_function():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name, subparser in sub.choices.items():
        assert subparser.get_default("func") is not None, name


@pytest.mark.parametrize(
    "argv",
    [
        ["--store", "memory:", "-q", "stats"],
        ["stats", "--store", "memory:", "-q"],
        ["--store", "oxigraph:/elsewhere", "stats", "--store", "memory:", "-q"],
    ],
)
def test_global_options_are_read_before_or_after_the_command(argv):
    # the README says every command takes --store: `kg stats --store X` must work like
    # `kg --store X stats`, and the later one wins when both are given
    args = build_parser().parse_args(argv)
    assert (args.store, args.quiet, args.command) == ("memory:", True, "stats")


def test_a_global_option_not_repeated_after_the_command_keeps_its_value():
    args = build_parser().parse_args(["--model", "en_core_web_lg", "-v", "stats"])
    assert (args.model, args.verbose, args.store) == ("en_core_web_lg", 1, None)
