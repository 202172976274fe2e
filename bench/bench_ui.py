"""How fast the timeline page is with 10,000 events.

Builds a store of 10,000 synthetic events (1,000 invented articles, 10 events each) through
kg.rdf, starts `streamlit run app.py` on it, and measures in headless Chromium:

- cold: a fresh server's first page load until the chart is drawn (loads the catalog);
- warm: a new browser session on the running server until the chart is drawn;
  "drawn" means Vega's canvas is as tall as the 25 busiest rows plus "(other)": it only gets
  that tall once the 10,000 events are in its data (the event table is not on the first view:
  it opens on demand, see docs/ui.md);
- filter: picking one actor in the sidebar until the narrowed count is shown and the chart's
  canvas shows other pixels (it is redrawn in place: only its pixels tell).

Also times the catalog load (all SPARQL + pandas) in this process. Prints medians.
Usage: .venv/bin/python bench/bench_ui.py [--events 10000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.types import Article, Entity, Event, EventDate, Extraction, Participant, Span  # noqa: E402

TYPES = [
    ("Statement", "STATEMENT"), ("Accusation", "ACCUSE"), ("Arrest", "COERCE"),
    ("Sanction", "SANCTION"), ("Warning", "THREATEN"), ("Meeting", "CONSULT"),
    ("RecruitmentCampaign", "REQUEST"), ("Denial", "REJECT"), ("AccountTakedown", "COERCE"),
    ("Agreement", "AGREE"), ("Expulsion", "SANCTION"), ("CyberOperation", "COERCE"),
]  # fmt: skip
KINDS = ["Agency", "Official", "Platform", "Country", "Organization", "Person"]
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
]  # fmt: skip
SENTENCE = "Entity {a} took action {t} against entity {b} on the stated day."
# The timeline's count caption no longer says all 10,000 events are shown.
NARROWED = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  const caption = main && main.querySelector('[data-testid="stCaptionContainer"]');
  return Boolean(caption) && !caption.innerText.includes('10,000 of');
}"""
# What the chart's canvas shows, as a fingerprint of its painted pixels (null while blank).
CHART_PIXELS = """() => {
  const canvas = document.querySelector('[data-testid="stVegaLiteChart"] canvas.marks');
  if (!canvas || !canvas.width || !canvas.height) return null;
  const rgba = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0, hash = 0;
  for (let i = 0; i < rgba.length; i += 4 * 7) {
    if (rgba[i + 3] > 0) {
      painted++;
      hash = (hash * 31 + rgba[i] + 7 * rgba[i + 1] + 13 * rgba[i + 2]) | 0;
    }
  }
  return painted ? `${canvas.width}x${canvas.height}:${painted}:${hash}` : null;
}"""
REDRAWN = f"""before => {{
  const now = ({CHART_PIXELS})();
  return now !== null && now !== before;
}}"""


def synthetic_entities(n: int, rng: random.Random) -> list[Entity]:
    return [
        Entity(f"{kind.lower()}/e{i}", f"Entity {i}", kind)
        for i, kind in ((i, rng.choice(KINDS)) for i in range(n))
    ]


def synthetic_article(index: int, per_article: int, entities, rng: random.Random) -> Extraction:
    """An invented article of ``per_article`` sentences, one event each, with exact offsets."""
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    sentences, events, used = [], [], {}
    offset = 0
    for _ in range(per_article):
        a, b = rng.sample(entities, 2)
        kind, plover = rng.choice(TYPES)
        text = SENTENCE.format(a=a.name.split()[-1], t=kind, b=b.name.split()[-1])
        trigger_at = offset + text.index("took")
        when = published - timedelta(days=rng.randrange(60))
        precision = rng.choice(["day", "day", "day", "month", "year"])
        value = {"day": when.isoformat(), "month": when.isoformat()[:7], "year": str(when.year)}
        first = {"day": when, "month": when.replace(day=1), "year": when.replace(month=1, day=1)}
        last = {
            "day": when,
            "month": (when.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(1),
            "year": when.replace(month=12, day=31),
        }
        a_at = offset + text.index(a.name.split()[-1])
        b_at = offset + text.rindex(b.name.split()[-1])
        events.append(
            Event(
                id=f"bench{index}-{trigger_at}", type=kind, plover=plover,
                label=f"{a.name} {kind} {b.name}", trigger=Span("took", trigger_at, trigger_at + 4),
                date=EventDate(value[precision], "the stated day", None, None, precision,
                               first[precision].isoformat(), last[precision].isoformat(), "text"),
                participants=(_named(a, "actor", a_at), _named(b, "target", b_at)),
                evidence=Span(text, offset, offset + len(text)), confidence=rng.uniform(0.3, 1.0),
            )
        )  # fmt: skip
        used[a.id], used[b.id] = a, b
        sentences.append(text)
        offset += len(text) + 1
    article = Article(
        id=f"bench{index}", text=" ".join(sentences), title=f"Synthetic article {index}",
        published=published.isoformat(), published_source="metadata",
        source=rng.choice(["Wire A", "Wire B", "Daily C", "Monitor D"]),
        url=f"https://example.org/bench/{index}",
    )  # fmt: skip
    return Extraction(article, tuple(used.values()), tuple(events))


def _named(entity: Entity, role: str, at: int) -> Participant:
    word = entity.name.split()[-1]
    return Participant(role, entity.id, word, at, at + len(word))


def build_store(path: Path, n_events: int) -> tuple[str, float]:
    from kg.rdf import RunInfo, extraction_to_graph
    from kg.store import open_store
    from kg.vocab import graph_iri

    rng = random.Random(7)
    entities = synthetic_entities(300, rng)
    run = RunInfo(version="bench", started="2026-11-23T00:00:00+00:00")
    url = f"oxigraph:{path}"
    started = time.perf_counter()
    with open_store(url) as store:
        batch = {}
        for i in range(n_events // 10):
            ex = synthetic_article(i, 10, entities, rng)
            batch[str(graph_iri(ex.article.id))] = extraction_to_graph(ex, run)
            if len(batch) == 50:
                store.replace_graphs(batch)
                batch = {}
        if batch:
            store.replace_graphs(batch)
        triples = store.triple_count()
    print(f"store: {n_events:,} events, {triples:,} triples, built in "
          f"{time.perf_counter() - started:.1f} s")  # fmt: skip
    return url, triples


def time_catalog(url: str) -> float:
    from kg.store import open_store
    from kg.ui.load import load_catalog

    with open_store(url, read_only=True) as store:
        started = time.perf_counter()
        catalog = load_catalog(store)
        elapsed = time.perf_counter() - started
    print(f"catalog load in-process: {elapsed:.2f} s ({len(catalog.events):,} events)")
    return elapsed


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(url: str, log: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"), "--server.headless",
        "true", "--server.address", "127.0.0.1", "--server.port", str(port),
        "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none",
    ]  # fmt: skip
    with log.open("w") as out:
        proc = subprocess.Popen(command, env=dict(os.environ, KG_STORE=url), cwd=ROOT,
                                stdout=out, stderr=subprocess.STDOUT)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):
        try:
            urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)
            return proc, base
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"streamlit did not start; see {log}")


def wait_for_drawn_chart(page) -> None:
    """Until the chart's canvas holds every row group, i.e. Vega drew it with the events."""
    from kg.ui.chart import MAX_GROUPS, ROW_HEIGHT

    marks = '[data-testid="stVegaLiteChart"] canvas.marks'
    page.wait_for_selector(marks, timeout=300_000)
    page.wait_for_function(
        f"document.querySelector('{marks}').height >= {(MAX_GROUPS + 1) * ROW_HEIGHT}",
        timeout=300_000,
    )


def time_page_load(browser, base: str) -> float:
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    started = time.perf_counter()
    page.goto(base)
    wait_for_drawn_chart(page)
    elapsed = time.perf_counter() - started
    page.close()
    return elapsed


def time_filter_change(browser, base: str, actor: str) -> float:
    page = browser.new_page(viewport={"width": 1500, "height": 1100})
    page.goto(base)
    wait_for_drawn_chart(page)
    box = page.get_by_label("Actors and other participants")
    box.click()
    page.keyboard.type(actor)
    before = page.evaluate(CHART_PIXELS)
    started = time.perf_counter()
    page.keyboard.press("Enter")
    # The count on every animation frame (expect() polls at 100, 250, 500 ms..., which rounded
    # a 0.25 s change up to 0.3 or 0.65 s), then the chart until its pixels change: the canvas
    # stays on screen, so waiting for it alone would stop the clock before it is redrawn.
    page.wait_for_function(NARROWED, polling="raf", timeout=60_000)
    page.wait_for_function(REDRAWN, arg=before, polling=50, timeout=60_000)
    elapsed = time.perf_counter() - started
    page.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", type=Path, help="build the store here, or reuse it if it exists")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="bench-ui-") as folder:
        where = args.keep or Path(folder) / "kg"
        url = (
            f"oxigraph:{where}"
            if (where / "CURRENT").exists()
            else build_store(where, args.events)[0]
        )
        time_catalog(url)
        proc, base = start_server(url, Path(folder) / "streamlit.log")
        try:
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                                            args=LAUNCH_ARGS)  # fmt: skip
                cold = time_page_load(browser, base)
                warm = [time_page_load(browser, base) for _ in range(args.runs)]
                filtered = [time_filter_change(browser, base, "Entity 1") for _ in range(args.runs)]
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print(f"cold first chart (fresh server, loads the catalog): {cold:.2f} s")
    print(f"warm first chart, median of {args.runs} sessions: {statistics.median(warm):.2f} s")
    print(f"after a filter change, median of {args.runs}: {statistics.median(filtered):.2f} s")


if __name__ == "__main__":
    main()
