"""Run every benchmark and scorer in turn and print their figures (`make bench`).

Quality: TBAQ time expressions, entities and events on the seeds / geo-dev / samples, cross-document
timelines on the SemEval-2015 trial data. Speed: ingestion against bare spaCy (medians, ratios in
one run), memory 500 vs 5,000 articles, store queries and export on the 5,000-article store, the
timeline page with 10,000 events in headless Chromium. Takes 30-40 minutes on 2 cores; pass names
to run a subset: `python bench/run_all.py tbaq entities`.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
STEPS = {
    "tbaq": ["score_tbaq.py"],
    "entities": ["score_entities.py"],
    "events": ["score_events.py"],
    "timeline": ["score_timeline.py"],
    "ingest": ["bench_ingest.py", "--articles", "300", "--runs", "3", "--workers", "1,2"],
    "memory": ["bench_ingest.py", "--memory", "500,5000", "--workers", "2"],
    "store": ["bench_store.py", "--articles", "5000", "--runs", "10"],
    "ui": ["bench_ui.py", "--events", "10000", "--runs", "5"],
}


def main() -> int:
    wanted = sys.argv[1:] or list(STEPS)
    unknown = [w for w in wanted if w not in STEPS]
    if unknown:
        print(f"unknown step(s) {', '.join(unknown)}; choose from {', '.join(STEPS)}")
        return 2
    failed = 0
    for name in wanted:
        script, *args = STEPS[name]
        print(f"\n== {name}: {script} {' '.join(args)}", flush=True)
        start = time.perf_counter()
        code = subprocess.call([sys.executable, str(HERE / script), *args])
        print(f"== {name}: exit {code}, {time.perf_counter() - start:.0f} s", flush=True)
        failed += code != 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
