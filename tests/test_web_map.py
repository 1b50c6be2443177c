"""End-to-end: the real server, the real page, headless Debian Chromium driven by Playwright.

Set-up goes through the project's own scripts: scripts/build-web (npm → vendor files)
when the map files are missing, scripts/setup-browser (apt-get chromium) when
/usr/bin/chromium is missing. Screenshots land in test-artifacts/ at the repository root.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from test_api_support import LiveServer, build_store

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
VENDOR = REPO / "src" / "frontwatch" / "web" / "static" / "vendor"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def _run_setup(script: str) -> None:
    proc = subprocess.run([str(REPO / "scripts" / script)], capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        pytest.fail(f"scripts/{script} failed: {(proc.stderr or proc.stdout).strip()[-800:]}")


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    if not (VENDOR / "maplibre-gl.mjs").is_file() or not (VENDOR / "countries.geojson").is_file():
        _run_setup("build-web")
    if not CHROMIUM.exists():
        _run_setup("setup-browser")
    playwright_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with playwright_api.sync_playwright() as pw:
        ctx = pw.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS,
            viewport={"width": 1280, "height": 820}, device_scale_factor=1)
        yield ctx
        ctx.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    db = build_store(tmp_path_factory.mktemp("web") / "fw.sqlite")
    with LiveServer(db, tiles_url=None) as srv:
        yield srv


class PageWatch:
    """One loaded map page shared by this module's tests (a page load costs seconds in software GL)."""

    def __init__(self, browser, server) -> None:
        self.server = server
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.page = browser.new_page()
        self.page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        self.page.on("console", lambda msg: self.errors.append(msg.text) if msg.type == "error" else None)
        self.page.on("request", lambda req: self.outside.append(req.url)
                     if not req.url.startswith((server.url, "data:", "blob:")) else None)
        self.page.goto(server.url + "/", wait_until="domcontentloaded")
        self.page.wait_for_function("document.body.dataset.ready === '1'", timeout=60_000)


@pytest.fixture(scope="module")
def map_page(browser, server):
    watch = PageWatch(browser, server)
    yield watch
    watch.page.close()


def _click_an_event(page) -> str:
    """Click the first unclustered event on screen (zooming into a cluster until one shows)."""
    for _ in range(8):
        hit = page.evaluate("""() => {
            const map = window.frontwatch.map;
            const f = map.queryRenderedFeatures({ layers: ['events'] })[0];
            if (!f) return null;
            const p = map.project(f.geometry.coordinates);
            const r = map.getCanvas().getBoundingClientRect();
            return { id: f.properties.id, x: r.left + p.x, y: r.top + p.y };
        }""")
        if hit:
            page.mouse.click(hit["x"], hit["y"])
            return hit["id"]
        page.evaluate("""() => new Promise((done) => {
            const map = window.frontwatch.map;
            map.once('idle', done);
            map.jumpTo({ zoom: map.getZoom() + 1.5 });
        })""")
    raise AssertionError("no unclustered event became visible")


def test_map_shows_events_and_clicking_one_opens_its_evidence(map_page):
    page = map_page.page
    shown = page.evaluate("window.frontwatch.state.shown.length")
    assert shown == 5  # the located, non-background events of the sample store
    rendered = page.evaluate("""() => window.frontwatch.map.queryRenderedFeatures(
        { layers: ['events', 'clusters'] }).length""")
    assert rendered > 0, "no event or cluster drawn on the map canvas"
    assert "5 of 5" in page.inner_text("#status")
    assert page.locator("#timeline #t-from").inner_text() == "2024-11-30"
    assert page.locator("#timeline #t-to").inner_text() == "2024-12-07"

    event_id = _click_an_event(page)
    drawer = page.locator("#drawer")
    drawer.wait_for(state="visible", timeout=10_000)
    page.wait_for_function(f"document.querySelector('#drawer').dataset.eventId === {event_id!r}", timeout=10_000)
    record = page.evaluate(f"fetch('/events/{event_id}').then(r => r.json())")
    assert record["evidence"]["text"] in drawer.locator("blockquote.evidence").inner_text()
    who = drawer.locator(".who").inner_text()
    assert (record["reported_by"][0] if record["reported_by"] else "no attribution") in who
    outlet = record["article"]["outlet"] or "news.example.org"
    assert outlet in drawer.locator(".outlet").inner_text()
    assert drawer.locator(f"a[href='{record['article']['url']}']").count() == 1
    assert f"{round(record['confidence'] * 100)}%" in drawer.locator(".confidence").inner_text()

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-map-evidence.png"))
    assert not map_page.outside, f"the page fetched from outside the server: {map_page.outside[:3]}"
    assert not map_page.errors, f"errors in the page: {map_page.errors[:3]}"
    page.locator("#drawer-close").click()
    assert page.locator("#drawer").is_hidden()


def test_control_layer_and_story_list_open_every_report(map_page):
    page = map_page.page
    # the control picture at the timeline's last day: Aleppo held by the opposition, a front line
    # south of Damascus drawn as a circle with the claim's radius
    control = page.evaluate("window.frontwatch.state.control")
    held = [c for c in control if c["status"] == "held"]
    front = [c for c in control if c["status"] == "frontline"]
    assert [(c["place_name"], c["controller"]) for c in held] == [("Aleppo", "opposition")]
    assert front and front[0]["radius_km"] == 20
    drawn = page.evaluate("""() => window.frontwatch.map.queryRenderedFeatures(
        { layers: ['control-area', 'control-front-line', 'control-label'] }).map(f => f.layer.id)""")
    assert {"control-area", "control-front-line", "control-label"} <= set(drawn)

    first = page.locator("#stories li").first
    assert "2 outlet(s)" in first.inner_text()
    first.click()
    drawer = page.locator("#drawer")
    drawer.wait_for(state="visible", timeout=10_000)
    page.wait_for_function("document.querySelectorAll('#drawer .report').length === 2", timeout=10_000)
    text = drawer.inner_text()
    assert "Outlet One" in text and "Outlet Two" in text
    assert "Syrian Observatory for Human Rights" in text and "residents" in text
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "web-map-story.png"))
    assert not map_page.errors, f"errors in the page: {map_page.errors[:3]}"
    page.locator("#drawer-close").click()


def test_timeline_window_and_category_filter_change_what_is_shown(map_page):
    """Runs last on the shared page: it changes the server-side filters."""
    page = map_page.page
    # move the first-day slider to the last day: only events of 2024-12-07 remain
    page.evaluate("""() => { const el = document.getElementById('range-from');
        el.value = el.max; el.dispatchEvent(new Event('input', { bubbles: true })); }""")
    page.wait_for_function("window.frontwatch.state.shown.length === 1", timeout=5_000)
    assert page.evaluate("window.frontwatch.state.shown[0].properties.id") == "ev-front"
    page.evaluate("""() => { const el = document.getElementById('range-from');
        el.value = 0; el.dispatchEvent(new Event('input', { bubbles: true })); }""")
    page.wait_for_function("window.frontwatch.state.shown.length === 5", timeout=5_000)
    page.locator("input[data-category='Battles']").uncheck()
    page.wait_for_function("window.frontwatch.state.shown.length === 3", timeout=5_000)
    # a server-side filter: only claimed events
    for value in ("asserted", "denied", "planned"):
        page.locator(f"#modalities input[value='{value}']").uncheck()
    page.locator("#filters button[type=submit]").click()
    page.wait_for_function("window.frontwatch.state.all.length === 1", timeout=10_000)
    assert page.evaluate("window.frontwatch.state.all[0].properties.modality") == "claimed"
    assert not map_page.errors, f"errors in the page: {map_page.errors[:3]}"


def test_build_web_is_idempotent_and_needs_no_cdn():
    if shutil.which("npm") is None:
        pytest.skip("npm is not installed")
    proc = subprocess.run([str(REPO / "scripts" / "build-web")], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    proc = subprocess.run([str(REPO / "scripts" / "build-web")], capture_output=True, text=True, timeout=60)
    assert "up to date" in proc.stdout
    static = REPO / "src" / "frontwatch" / "web" / "static"
    for name in ("index.html", "app.js", "api.js", "drawer.js", "layers.js", "timeline.js", "dom.js", "style.css"):
        text = (static / name).read_text(encoding="utf-8")
        assert "https://" not in text and "http://" not in text, f"{name} names a remote URL"
    countries = (VENDOR / "countries.geojson").read_text(encoding="utf-8")
    assert countries.startswith('{"type":"FeatureCollection"') and '"Syria"' in countries
