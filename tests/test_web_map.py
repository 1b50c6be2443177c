"""End-to-end: the real server, the real page, headless Debian Chromium driven by Playwright.

Set-up goes through the project's own scripts: scripts/build-web (npm → vendor files; a no-op
when they are up to date), scripts/setup-browser (apt-get chromium) when /usr/bin/chromium is
missing. Screenshots land in test-artifacts/ at the repository root. The module's tests share one
browser and one loaded page, so they are kept on one xdist worker (scripts/test: --dist loadgroup).
"""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

from test_api_support import LiveServer, build_store, country_level_articles, run_setup_script, sample_articles

pytestmark = pytest.mark.xdist_group("web-map-browser")

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "test-artifacts"
VENDOR = REPO / "src" / "frontwatch" / "web" / "static" / "vendor"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    run_setup_script("build-web")  # also rebuilds vendor files left from an older package-lock.json
    if not CHROMIUM.exists():
        run_setup_script("setup-browser")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as pw:
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


def wait_for(page, expression: str, timeout: int) -> None:
    """Poll a JavaScript expression from the test side until it is truthy (ms timeout).

    Not Playwright's wait_for_function: that evaluates its predicate with eval() inside the page,
    which the page's Content-Security-Policy (script-src 'self', no 'unsafe-eval') rightly refuses;
    page.evaluate goes through the DevTools protocol, which the policy does not govern.
    """
    import time

    deadline = time.monotonic() + timeout / 1000
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout} ms: {expression}")
        time.sleep(0.05)


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
        wait_for(self.page, "document.body.dataset.ready === '1'", timeout=60_000)


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
            map.once('idle', () => done()); // not the event: its target is the whole map, which Playwright would serialise
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
    # the first view looks at the theatre (Syria), not at the bounding box of every outlier (Doha)
    view = page.evaluate("""() => { const b = window.frontwatch.map.getBounds();
        return { aleppo: b.contains([37.13, 36.2]), damascus: b.contains([36.29, 33.51]),
                 doha: b.contains([51.53, 25.29]), zoom: window.frontwatch.map.getZoom() }; }""")
    assert view["aleppo"] and view["damascus"] and not view["doha"] and view["zoom"] > 5, view
    countries = page.evaluate("""() => window.frontwatch.map.queryRenderedFeatures({ layers: ['country-label'] })
        .map(f => f.properties.name)""")
    assert "Syria" in countries and countries.count("Syria") == 1, countries

    event_id = _click_an_event(page)
    drawer = page.locator("#drawer")
    drawer.wait_for(state="visible", timeout=10_000)
    wait_for(page, f"document.querySelector('#drawer').dataset.eventId === {event_id!r}", timeout=10_000)
    record = page.evaluate(f"fetch('/events/{event_id}').then(r => r.json())")
    assert record["evidence"]["text"] in drawer.locator("blockquote.evidence").inner_text()
    if record["location"] and record["location"]["text"] in record["evidence"]["text"]:
        assert record["location"]["text"] in drawer.locator("blockquote.evidence mark").all_inner_texts()
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
    wait_for(page, "document.querySelectorAll('#drawer .report').length === 2", timeout=10_000)
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
    wait_for(page, "window.frontwatch.state.shown.length === 1", timeout=5_000)
    assert page.evaluate("window.frontwatch.state.shown[0].properties.id") == "ev-front"
    page.evaluate("""() => { const el = document.getElementById('range-from');
        el.value = 0; el.dispatchEvent(new Event('input', { bubbles: true })); }""")
    wait_for(page, "window.frontwatch.state.shown.length === 5", timeout=5_000)
    page.locator("input[data-category='Battles']").uncheck()
    wait_for(page, "window.frontwatch.state.shown.length === 3", timeout=5_000)
    # a server-side filter: only claimed events
    for value in ("asserted", "denied", "planned"):
        page.locator(f"#modalities input[value='{value}']").uncheck()
    page.locator("#filters button[type=submit]").click()
    wait_for(page, "window.frontwatch.state.all.length === 1", timeout=10_000)
    assert page.evaluate("window.frontwatch.state.all[0].properties.modality") == "claimed"
    assert not map_page.errors, f"errors in the page: {map_page.errors[:3]}"


def test_build_web_is_idempotent_and_needs_no_cdn():
    run_setup_script("build-web", timeout=600)  # installs Node.js from apt where it is missing
    # two more at once: both must succeed without racing (one waits on the lock), neither rebuilds
    runs = [subprocess.Popen([str(REPO / "scripts" / "build-web")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    for proc in runs:
        out, errors = proc.communicate(timeout=120)
        assert proc.returncode == 0, errors
        assert "up to date" in out
    static = REPO / "src" / "frontwatch" / "web" / "static"
    for name in ("index.html", "app.js", "api.js", "drawer.js", "layers.js", "timeline.js", "dom.js", "style.css",
                 "countrylevel.js", "spider.js"):
        text = (static / name).read_text(encoding="utf-8")
        assert "https://" not in text and "http://" not in text, f"{name} names a remote URL"
    countries = (VENDOR / "countries.geojson").read_text(encoding="utf-8")
    assert countries.startswith('{"type":"FeatureCollection"') and '"Syria"' in countries
    labels = json.loads((VENDOR / "country-labels.geojson").read_text(encoding="utf-8"))
    syria = [f for f in labels["features"] if f["properties"]["name"] == "Syria"]
    assert len(syria) == 1  # one label per country, inside it
    lon, lat = syria[0]["geometry"]["coordinates"]
    assert 35.7 < lon < 42.4 and 32.3 < lat < 37.3


@pytest.fixture(scope="module")
def country_page(browser, tmp_path_factory: pytest.TempPathFactory):
    """The map over a store that also holds events known only to their country (Syria, Lebanon)."""
    db = build_store(tmp_path_factory.mktemp("web-country") / "fw.sqlite", sample_articles() + country_level_articles())
    with LiveServer(db, tiles_url=None) as srv:
        watch = PageWatch(browser, srv)
        yield watch
        watch.page.close()


def test_country_level_events_are_listed_beside_the_map_not_drawn_on_the_centroid(country_page):
    page = country_page.page
    assert page.locator("#country-count").inner_text() == "2"
    groups = page.locator("#country-events > li")
    assert sorted(groups.evaluate_all("els => els.map(e => e.dataset.country)")) == ["LB", "SY"]
    syria = page.locator("#country-events > li[data-country='SY']")
    assert syria.locator(".t").inner_text() == "Syria (1)"
    assert "12 killed" in syria.locator("li[data-event-id='ev-syria-wide']").inner_text()
    # the located events are the same 5 points as without them; none is a country-level event
    state = page.evaluate("""() => ({ shown: window.frontwatch.state.shown.map(f => f.properties.id),
                                      points: window.frontwatch.state.all.length })""")
    assert state["points"] == 5 and "ev-syria-wide" not in state["shown"] and "ev-lebanon-wide" not in state["shown"]
    assert "5 of 5" in page.inner_text("#status")
    # nothing is drawn at Syria's or Lebanon's centroid, at any zoom that shows the whole country
    for lon, lat in ((38.0, 35.0), (35.83, 33.83)):
        drawn = page.evaluate(f"""() => new Promise((done) => {{
            const map = window.frontwatch.map;
            map.once('idle', () => {{
                const p = map.project([{lon}, {lat}]);
                const box = [[p.x - 12, p.y - 12], [p.x + 12, p.y + 12]];
                done(map.queryRenderedFeatures(box, {{ layers: ['events', 'clusters'] }}).length);
            }});
            map.jumpTo({{ center: [{lon}, {lat}], zoom: 7 }});
        }})""")
        assert drawn == 0, f"a marker sits on the centroid {lon},{lat}"
    page.screenshot(path=str(ARTIFACTS / "map-country-level.png"))
    # the list opens the evidence like a map point does
    syria.locator("li[data-event-id='ev-syria-wide']").click()
    wait_for(page, "document.querySelector('#drawer').dataset.eventId === 'ev-syria-wide'", timeout=10_000)
    assert "Air strikes across Syria" in page.locator("#drawer blockquote.evidence").inner_text()
    assert page.locator("#drawer dd.fatalities").inner_text() == "12 reported killed"
    assert not country_page.outside, f"the page fetched from outside the server: {country_page.outside[:3]}"
    assert not country_page.errors, f"errors in the page: {country_page.errors[:3]}"


@pytest.fixture(scope="module")
def alerts_server(tmp_path_factory: pytest.TempPathFactory):
    """A store whose watch (anywhere, 2 outlets or more) caught the sample's corroborated story."""
    from frontwatch.alerts.evaluate import evaluate
    from frontwatch.alerts.watches import Watch, add_watch
    from frontwatch.store import Store

    db = tmp_path_factory.mktemp("web-alerts") / "fw.sqlite"
    with Store(db) as store:
        add_watch(store, Watch(name="Corroborated", min_corroboration=2))
    build_store(db)
    with Store(db) as store:
        assert len(evaluate(store)) == 1
    with LiveServer(db, tiles_url=None) as srv:
        yield srv


def test_alerts_panel_lists_alerts_and_opens_the_story(browser, alerts_server):
    watch = PageWatch(browser, alerts_server)
    page = watch.page
    try:
        wait_for(page, "document.querySelectorAll('#alerts li[data-alert-id]').length === 1", timeout=20_000)
        assert page.locator("#alert-count").inner_text() == "1"
        item = page.locator("#alerts li[data-alert-id]").first
        assert "Corroborated" in item.inner_text() and "2 outlet(s)" in item.inner_text()
        item.click()
        page.locator("#drawer").wait_for(state="visible", timeout=10_000)
        wait_for(page, "document.querySelectorAll('#drawer .report').length === 2", timeout=10_000)
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "web-map-alerts.png"))
        assert not watch.errors, f"errors in the page: {watch.errors[:3]}"
    finally:
        page.close()


def test_docs_page_is_interactive_offline_under_the_csp(browser, server):
    page = browser.new_page()
    errors: list[str] = []
    outside: list[str] = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("request", lambda req: outside.append(req.url)
            if not req.url.startswith((server.url, "data:", "blob:")) else None)
    try:
        assert page.goto(server.url + "/docs").status == 200
        page.locator(".opblock").first.wait_for(timeout=30_000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert "/events" in paths and "/watches" in paths and "/report" in paths
        page.locator(".opblock-summary-path", has_text="/feeds").first.click()  # an operation opens
        page.locator(".try-out__btn").first.wait_for(timeout=10_000)
        assert not outside, outside[:3]
        assert not errors, errors[:3]
    finally:
        page.close()
