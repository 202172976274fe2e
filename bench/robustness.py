"""Robustness figures (issue 7): bad inputs and injected faults run end to end through the real
`kg` command in temporary folders. For each case: what it is, the expected outcome, the one-line
message kg printed, the exit code, and how many good articles were lost (articles counted in the
store before and after). Then totals, and the number of Hypothesis examples the property tests run.

    python bench/robustness.py              # about 3-4 minutes on 2 cores
    python bench/robustness.py --long 20000 # also time one 20,000-sentence article (about 60 s)
    python bench/robustness.py --run-fuzz   # also run the property tests and count their examples

Exit status 1 if any case did not behave as expected or any article was lost.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile_values import EXPORT_FILTERS, TIMELINE_FILTERS
from hostile_values import HOSTILE as HOSTILE_VALUES
from robustness_cases import (
    MALFORMED_RDF,
    article,
    ingest_cases,
)
from robustness_common import (
    Outcome,
    articles_in,
    copy_store,
    error_lines,
    first_message,
    kg,
    triples_in,
)
from robustness_faults import FAULTS

ROOT = Path(__file__).resolve().parent.parent
BASE_ARTICLES = 5
PROPERTY_TESTS = (
    "tests/test_entities.py",
    "tests/test_ingest_properties.py",
    "tests/test_timex_properties.py",
    "tests/test_rdf_properties.py",
    "tests/test_store_sparqltext.py",
    "tests/test_robustness_fuzz.py",
)


def build_base(workdir: Path) -> Path:
    """A store holding BASE_ARTICLES good articles: every case starts from a copy of it."""
    folder = workdir / "base-in"
    folder.mkdir()
    for n in range(BASE_ARTICLES):
        (folder / f"base{n}.txt").write_text(article(n), encoding="utf-8")
    store = workdir / "base"
    result = kg(f"oxigraph:{store}", "ingest", str(folder), "--workers", "1")
    if result.returncode != 0:
        raise SystemExit(f"could not build the base store: {result.stderr}")
    return store


def run_ingest_case(case, base: Path, workdir: Path, number: int) -> Outcome:
    folder = workdir / f"case{number}"
    folder.mkdir()
    for name, data in case.files.items():
        (folder / name).write_bytes(data)
    (folder / "good.txt").write_text(article(1000 + number), encoding="utf-8")
    url = copy_store(base, workdir / f"store{number}")
    before = articles_in(url)
    report = workdir / f"report{number}.jsonl"
    result = kg(url, "ingest", str(folder), "--workers", "1", "--no-merge", "--report", str(report))
    expected = before + 1 + case.good_inside + (0 if case.refused else len(case.files))
    after = articles_in(url)
    failures = error_lines(result.stderr, "ingest")
    if case.refused:
        named = all(any(name in line for line in failures) for name in case.files)
        ok = result.returncode == 1 and named and report.exists()
    else:
        ok = result.returncode == 0 and not failures
    ok = ok and after == expected and "Traceback" not in result.stderr
    if not ok:  # show everything kg said, to see why
        print(
            f"-- {case.name}: exit {result.returncode}, {after} articles of {expected}\n"
            f"{result.stdout}{result.stderr}",
            file=sys.stderr,
        )
    return Outcome(
        "bad input",
        case.name,
        "refused, 1 line each" if case.refused else "read (warning at most)",
        first_message(result, "ingest") if failures or result.returncode else "(ingested)",
        result.returncode,
        max(0, expected - after),
        ok,
    )


def run_import_cases(base: Path, workdir: Path) -> list[Outcome]:
    url = copy_store(base, workdir / "import-store")
    outcomes = []
    for what, (name, text) in MALFORMED_RDF.items():
        path = workdir / name
        path.write_text(text, encoding="utf-8")
        before = (articles_in(url), triples_in(url))
        result = kg(url, "import", str(path))
        after = (articles_in(url), triples_in(url))
        lines = error_lines(result.stderr, "import")
        ok = result.returncode == 1 and len(lines) == 1 and name in lines[0] and before == after
        ok = ok and "Traceback" not in result.stderr
        lost = max(0, before[0] - after[0])
        outcomes.append(
            Outcome(
                "bad input",
                f"kg import: {what}",
                "1 line, store unchanged",
                first_message(result, "import"),
                result.returncode,
                lost,
                ok,
            )
        )
    for what, query in (
        ("syntax error", "SELECT ?x WHERE { ?x }"),
        ("update w/o --update", "DROP ALL"),
    ):
        before = articles_in(url)
        result = kg(url, "query", query)
        lines = error_lines(result.stderr, "query")
        ok = result.returncode == 1 and len(lines) == 1 and articles_in(url) == before
        outcomes.append(
            Outcome(
                "bad input",
                f"kg query: {what}",
                "1 line, store unchanged",
                first_message(result, "query"),
                result.returncode,
                max(0, before - articles_in(url)),
                ok,
            )
        )
    return outcomes


def _one_clear_line(result: subprocess.CompletedProcess, command: str) -> bool:
    """Exit 0, or exactly one "kg COMMAND: error:" line (a usage error also prints the usage)."""
    if result.returncode == 0:
        return True
    errors = [ln for ln in result.stderr.splitlines() if ln.startswith(f"kg {command}: error:")]
    one_line = result.returncode == 2 or result.stderr.strip().count("\n") == 0
    return result.returncode in (1, 2) and len(errors) == 1 and one_line


def run_injections(base: Path, workdir: Path) -> list[Outcome]:
    """Every filter of kg timeline and kg export with every hostile value: data, not SPARQL."""
    url = copy_store(base, workdir / "injection-store")
    before = (articles_in(url), triples_in(url))
    outcomes = []
    for command, flags in (("timeline", TIMELINE_FILTERS), ("export", EXPORT_FILTERS)):
        for flag in flags:
            results = [kg(url, command, flag, value) for value in HOSTILE_VALUES]
            clean = all(_one_clear_line(r, command) for r in results)
            clean = clean and not any("Traceback" in r.stderr for r in results)
            refused = [r for r in results if r.returncode]
            message = first_message(refused[0], command) if refused else "(no events match)"
            outcomes.append(
                Outcome(
                    "injection",
                    f"kg {command} {flag} x{len(HOSTILE_VALUES)}",
                    "data: 0 matches or 1 line",
                    message,
                    max(r.returncode for r in results),
                    0,
                    clean,
                )
            )
    after = (articles_in(url), triples_in(url))
    if after != before:
        outcomes[-1].ok = False
        outcomes[-1].lost = max(0, before[0] - after[0])
    return outcomes


def long_article(sentences: int, workdir: Path) -> str:
    body = " ".join(f"The FBI arrested a courier on Monday, file {i}." for i in range(sentences))
    path = workdir / f"long{sentences}.txt"
    path.write_text("Published: 2024-09-10\n\n" + body, encoding="utf-8")
    url = f"oxigraph:{workdir / f'long{sentences}'}"
    started = time.perf_counter()
    result = kg(url, "ingest", str(path), "--workers", "1", "--no-merge")
    seconds = time.perf_counter() - started
    status = "ok" if result.returncode == 0 and articles_in(url) == 1 else "FAILED"
    size = path.stat().st_size / 1e3
    return f"{sentences:>6} sentences ({size:,.0f} kB): {seconds:5.1f} s  {status}"


def declared_examples() -> dict[str, int]:
    """max_examples of each Hypothesis test, read from the @settings line above its def."""
    counts = {}
    for name in PROPERTY_TESTS:
        pending = None
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            line = line.strip()
            found = re.search(r"max_examples=(\d+)", line)
            if found and line.startswith("@settings"):
                pending = int(found[1])
            elif line.startswith("def ") and pending is not None:
                counts[f"{Path(name).stem}::{line[4:].split('(')[0]}"] = pending
                pending = None
    return counts


def run_fuzz() -> str:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--hypothesis-show-statistics",
            *PROPERTY_TESTS,
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=1200,
    )
    passing = sum(int(n) for n in re.findall(r"(\d+) passing", result.stdout))
    failing = sum(int(n) for n in re.findall(r"(\d+) failing", result.stdout))
    return f"ran {passing} examples ({failing} failing): {result.stdout.strip().splitlines()[-1]}"


def print_table(outcomes: list[Outcome]) -> None:
    print(f"{'':2} {'kind':10} {'case':42} {'expected':26} {'exit':>4} {'lost':>4}  message")
    for o in outcomes:
        mark = "ok" if o.ok else "!!"
        message = o.message.replace("\n", " ")
        message = message if len(message) <= 110 else message[:107] + "..."
        print(
            f"{mark:2} {o.kind:10} {o.what[:42]:42} {o.expected:26} {o.code:>4} {o.lost:>4}",
            message,
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--long", type=int, default=0, help="also time an N-sentence article")
    parser.add_argument("--run-fuzz", action="store_true", help="run the property tests too")
    args = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-robust-") as tmp:
        workdir = Path(tmp)
        base = build_base(workdir)
        outcomes = [
            run_ingest_case(case, base, workdir, n) for n, case in enumerate(ingest_cases())
        ]
        outcomes += run_import_cases(base, workdir)
        outcomes += run_injections(base, workdir)
        outcomes += [fault(base, workdir) for fault in FAULTS]
        long_lines = [long_article(n, workdir) for n in (1, 1000, 5000, args.long) if n]
    print_table(outcomes)
    bad = [o for o in outcomes if o.kind == "bad input"]
    faults = [o for o in outcomes if o.kind == "fault"]
    injections = [o for o in outcomes if o.kind == "injection"]
    values = len(injections) * len(HOSTILE_VALUES)
    lost = sum(o.lost for o in outcomes)
    failed = [o.what for o in outcomes if not o.ok]
    print(f"\nbad-input cases tried: {len(bad)}; faults injected: {len(faults)}")
    print(f"filter injections: {len(injections)} filters x {len(HOSTILE_VALUES)} values = {values}")
    print(f"articles lost: {lost}; cases not as expected: {len(failed)} {failed or ''}")
    print("article length (kg ingest, 1 worker, includes ~4 s start-up):")
    for line in long_lines:
        print("  " + line)
    examples = declared_examples()
    print(f"Hypothesis examples per run of the property tests: {sum(examples.values())}")
    for name, count in sorted(examples.items()):
        print(f"  {count:>5}  {name}")
    if args.run_fuzz:
        print("  " + run_fuzz())
    print(f"took {time.perf_counter() - started:.0f} s")
    return 1 if failed or lost else 0


if __name__ == "__main__":
    sys.exit(main())
