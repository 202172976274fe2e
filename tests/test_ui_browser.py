"""The UI in a real headless Chromium: `streamlit run app.py` on a free port, driven by Playwright.

Needs /usr/bin/chromium (`make system-deps`); skips without it, fails without it under CI=true.
Also writes the README screenshots docs/screenshots/{timeline,event,entity}.png from a store
built from samples/ (falling back to the hand-made world when extraction is unavailable).
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from ui_world import EVIDENCE_2, build_store

from kg.ui.present import PLOVER_COLOURS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
SCREENSHOTS = ROOT / "docs" / "screenshots"
LAUNCH_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
]  # fmt: skip
TIMEOUT_MS = 30_000
FIRST_RENDER_MS = 90_000  # a cold server imports pandas, Altair, rdflib: slow on a busy machine


def _need_chromium() -> None:
    if Path(CHROMIUM).exists():
        return
    reason = f"{CHROMIUM} missing: run `make system-deps` (apt-get install chromium)"
    if os.environ.get("CI") == "true":
        pytest.fail(reason)
    pytest.skip(reason)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def serve(store_url: str, log: Path) -> Iterator[str]:
    """Run `streamlit run app.py` against the store; yield its base URL until the test ends."""
    port = _free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(ROOT / "app.py"),
        "--server.headless", "true", "--server.address", "127.0.0.1",
        "--server.port", str(port), "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]  # fmt: skip
    env = dict(os.environ, KG_STORE=store_url)
    with log.open("w") as out:
        proc = subprocess.Popen(command, env=env, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"streamlit did not start: {log.read_text()[-2000:]}")
                time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def browser_page():
    _need_chromium()
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)  # the first run loads pandas, rdflib, the store
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        page = browser.new_page(viewport={"width": 1500, "height": 1250})
        page.set_default_timeout(TIMEOUT_MS)
        yield page
        browser.close()


def wait_for_timeline(page) -> None:
    from playwright.sync_api import expect

    expect(page.get_by_role("heading", name="Timeline", exact=True)).to_be_visible(
        timeout=FIRST_RENDER_MS
    )
    page.wait_for_selector('[data-testid="stVegaLiteChart"] .marks', timeout=FIRST_RENDER_MS)


def open_event_table(page) -> None:
    """Unfold the table under the chart (built on demand) and wait for its grid."""
    page.get_by_text("Event table", exact=True).click()
    page.wait_for_selector('[data-testid="stDataFrame"]', timeout=TIMEOUT_MS)


def pick_in_multiselect(page, label: str, text: str) -> None:
    box = page.get_by_label(label)
    box.click()
    page.keyboard.type(text)
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")


def click_first_table_row(page) -> None:
    """Tick the selection box of the table's first row (the grid is drawn on a canvas)."""
    grid = page.locator('[data-testid="stDataFrame"]').first
    grid.scroll_into_view_if_needed()
    box = grid.bounding_box()
    page.mouse.click(box["x"] + 18, box["y"] + 35 + 17)


def click_the_only_event_on_the_chart(page) -> None:
    """Click down the middle of the chart until the one event drawn there opens."""
    page.wait_for_timeout(1000)  # the narrowed chart is redrawn after the caption changes
    chart = page.locator('[data-testid="stVegaLiteChart"] .marks').first
    box = chart.bounding_box()
    for dy in range(20, int(box["height"]), 6):
        # The x domain is padded around a single event, so it sits in the middle of the plot.
        page.mouse.click(box["x"] + box["width"] * 0.6, box["y"] + dy)
        page.wait_for_timeout(500)
        if page.locator(".kg-title").count():
            return
    pytest.fail("clicking the chart opened no event")


def click_colour(page, colour: str) -> None:
    """Click the topmost mark drawn in ``colour`` (#rrggbb) on the chart: a point is a few
    pixels wide, so it is found on a screenshot of the chart rather than by probing."""
    from io import BytesIO

    from PIL import Image

    chart = page.locator('[data-testid="stVegaLiteChart"] .marks').first
    box = chart.bounding_box()
    image = Image.open(BytesIO(chart.screenshot())).convert("RGB")
    want = tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))
    hits = [
        (x, y)
        for y in range(image.height)
        for x in range(image.width)
        if sum(abs(a - b) for a, b in zip(image.getpixel((x, y)), want, strict=True)) < 60
    ]
    assert hits, f"no mark coloured {colour} on the chart"
    top = min(y for _, y in hits)
    mark = [(x, y) for x, y in hits if y < top + 12]  # the legend symbol lies further down
    x = sum(x for x, _ in mark) / len(mark)
    y = sum(y for _, y in mark) / len(mark)
    page.mouse.click(
        box["x"] + x * box["width"] / image.width, box["y"] + y * box["height"] / image.height
    )
    page.wait_for_timeout(500)


def test_filter_by_actor_and_open_an_event(browser_page, tmp_path):
    from playwright.sync_api import expect

    page = browser_page
    for base in serve(build_store(tmp_path / "kg"), tmp_path / "streamlit.log"):
        page.goto(base)
        wait_for_timeline(page)
        expect(page.get_by_text("of 4 events")).to_be_visible()
        pick_in_multiselect(page, "Actors and other participants", "Federal Bureau")
        expect(page.get_by_text("1 of 4 events")).to_be_visible()
        click_the_only_event_on_the_chart(page)
        expect(page.locator(".kg-title")).to_have_text("FBI arrests contractor John Smith")
        evidence = page.locator(".kg-evidence").first
        expect(evidence).to_have_text(EVIDENCE_2)
        expect(page.locator(".kg-evidence mark.kg-trigger").first).to_have_text("arrested")
        # The participant link opens the entity page, keeping the session.
        page.get_by_role("link", name="John Smith · target").click()
        expect(page.get_by_role("heading", name="John Smith", exact=True)).to_be_visible()


def test_a_day_dated_event_drawn_as_a_point_opens_on_click(browser_page, tmp_path):
    """The chart has two layers, bars (month, year) and points (day or publication date):
    the click selection must listen on both."""
    from playwright.sync_api import expect

    page = browser_page
    for base in serve(build_store(tmp_path / "kg"), tmp_path / "streamlit.log"):
        page.goto(base)
        wait_for_timeline(page)
        pick_in_multiselect(page, "Actors and other participants", "Telegram")
        expect(page.get_by_text("1 of 4 events")).to_be_visible()
        page.wait_for_timeout(1000)  # the narrowed chart is redrawn after the caption changes
        click_colour(page, PLOVER_COLOURS["THREATEN"])
        expect(page.locator(".kg-title")).to_have_text("Ann Lee warns <b>of plots</b>")


def _samples_store(folder: Path) -> str:
    """A store of samples/ through the real pipeline, or the hand-made world if that fails."""
    try:
        from kg.pipeline import ingest
        from kg.settings import Settings
        from kg.store import open_store

        url = f"oxigraph:{folder / 'samples'}"
        settings = Settings.load(store=url)
        with open_store(url, settings) as store:
            report = ingest([ROOT / "samples"], settings, store, workers=1)
            from kg.merge import merge_store

            merge_store(store)
        if report.events:
            return url
    except Exception as exc:  # screenshots still work from the hand-made world
        print(f"samples not ingested ({exc}); screenshots from the test world", file=sys.stderr)
    return build_store(folder / "world")


def test_screenshots_for_the_readme(browser_page, tmp_path):
    from playwright.sync_api import expect

    page = browser_page
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for base in serve(_samples_store(tmp_path), tmp_path / "streamlit.log"):
        page.goto(base)
        wait_for_timeline(page)
        page.wait_for_timeout(800)  # let Vega finish drawing
        open_event_table(page)
        page.wait_for_timeout(500)  # let the grid draw its rows
        page.screenshot(path=str(SCREENSHOTS / "timeline.png"))
        click_first_table_row(page)
        expect(page.locator(".kg-evidence").first).to_be_visible()
        page.locator(".kg-title").first.evaluate("e => e.scrollIntoView({block: 'start'})")
        page.wait_for_timeout(300)
        page.screenshot(path=str(SCREENSHOTS / "event.png"))
        page.get_by_role("link", name="Entity", exact=True).click()
        busiest = page.locator('[data-testid="stMain"] [data-testid="stPageLink"] a').first
        busiest.click()
        expect(page.locator(".kg-evidence").first).to_be_visible()
        page.wait_for_timeout(800)
        page.screenshot(path=str(SCREENSHOTS / "entity.png"))
