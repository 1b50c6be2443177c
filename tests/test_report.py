"""The situation report on a real SQLite store: Markdown facts and their evidence, HTML escaping, the
PDF printed by headless Chromium and its first page rasterised by pdftoppm, and /report opened in
headless Chromium under the server's Content-Security-Policy.

The store holds the API tests' articles (model records through the real `Store.save`) plus one
report in the previous period, so the change column has something to compare.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from frontwatch.model import ProcessedArticle
from frontwatch.report.data import build_report
from frontwatch.report.period import parse_area, parse_period
from frontwatch.report.render import to_html, to_markdown
from frontwatch.store import Store
from test_api_support import (
    AIR_STRIKE, ARMY, LiveServer, article, build_store, country_level_articles, event, sample_articles, toponym,
)

REPO = Path(__file__).resolve().parents[1]
PERIOD = parse_period(date(2024, 11, 27), date(2024, 12, 8))  # previous: 2024-11-15 .. 2024-11-26
SYRIA_BOX = "35,32,39,37.5"


def previous_period() -> list[ProcessedArticle]:
    a = article("art-prev", "Government aircraft struck Homs on Wednesday, killing 5 people.", outlet="Outlet One",
                published="2024-11-20", url="https://one.example.com/prev", title="Strike on Homs")
    e = event("ev-prev", "art-prev", "Government aircraft struck Homs on Wednesday, killing 5 people.", "air_strike",
              AIR_STRIKE, "AERIAL", toponym("Homs"), "2024-11-20", actor1=ARMY, fatalities=5)
    return [ProcessedArticle(a, events=[e])]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_store(tmp_path_factory.mktemp("report") / "fw.sqlite",
                       sample_articles() + country_level_articles() + previous_period())


def stored_evidence(db: Path) -> dict[str, str]:
    """Every stored event's sentence → its article URL (what the citations must match)."""
    with Store(db) as store:
        return {e["evidence"]["text"]: e["article"]["url"] for e in store.iter_events()}


def test_markdown_states_counts_changes_and_cites_real_evidence(db: Path) -> None:
    with Store(db) as store:
        data = build_report(store, PERIOD)
        text = to_markdown(data)
    # counts add up: happenings by type and by area are the same happenings, reports are the events
    assert sum(r.current for r in data.by_type) == sum(r.current for r in data.by_area) == data.happenings.current
    with Store(db) as store:
        in_period = [e for e in store.iter_events() if e["modality"] != "background"  # dated as the API dates them
                     and PERIOD.start.isoformat() <= (e["date"] or str(e["article"]["published"])[:10])
                     <= PERIOD.end.isoformat()]
    assert data.happenings.reports == len(in_period)
    explosions = next(r for r in data.by_type if r.name == "Explosions/Remote violence")
    assert explosions.previous == 1  # the strike of 20 November
    assert data.fatalities["previous"] == 5 and data.fatalities["total"] == sum(
        e["fatalities"] for e in in_period)  # one report per happening here, so the sum is the rule's
    # stories most corroborated first; the capture told by two outlets names both; Aleppo's change of control
    assert [s["corroboration"] for s in data.stories] == sorted((s["corroboration"] for s in data.stories),
                                                                reverse=True)
    assert re.search(r"\d\. \*\*Non-state actor overtakes territory at Aleppo\*\* \(2024-11-30\): 2 outlet\(s\): "
                     r"Outlet One, Outlet Two\.", text)
    assert "**Aleppo** held by opposition" in text
    # every citation resolves to an evidence line whose sentence and link are the store's own
    cited = set(re.findall(r"\[E(\d+)\]\(#E\d+\)", text))
    assert cited
    evidence = stored_evidence(db)
    for n in cited:
        line = next(l for l in text.splitlines() if f'<a id="E{n}"></a>**E{n}**' in l)
        sentence = re.search(r': "(.*)" ', line).group(1).replace("\\", "")
        assert sentence in evidence, sentence
        if evidence[sentence]:
            assert f"]({evidence[sentence]})" in line


def test_an_area_keeps_only_what_lies_in_it(db: Path) -> None:
    with Store(db) as store:
        data = build_report(store, PERIOD, parse_area(SYRIA_BOX))
        everywhere = build_report(store, PERIOD)
    text = to_markdown(data)
    assert "Doha" not in text and "Aleppo" in text
    assert data.happenings.current < everywhere.happenings.current
    # the Syria-wide strike sits on Syria's centroid, inside the box, but happened nowhere in particular
    assert "Air strikes across Syria" not in text and data.fatalities["total"] == 0
    assert all(p["lon"] >= 35 and p["lon"] <= 39 for p in data.points)


def test_html_escapes_the_news_text(db: Path) -> None:
    with Store(db) as store:
        html = to_html(build_report(store, PERIOD))
    assert "talks had taken place. &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>" not in html
    assert html.count("<svg") == 1 and "<circle" in html


def _chromium() -> str:
    from frontwatch.report.pdf import find_chromium

    path = find_chromium()
    if path is None or shutil.which("pdftoppm") is None:
        subprocess.run([str(REPO / "scripts" / "setup-browser")], capture_output=True, timeout=900)
        path = find_chromium()
    if path is None:
        pytest.skip("Chromium is not installed (scripts/setup-browser installs Debian's chromium)")
    return path


def test_pdf_is_printed_and_its_first_page_is_not_blank(db: Path, tmp_path: Path) -> None:
    _chromium()
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed (scripts/setup-browser installs poppler-utils)")
    pdf = tmp_path / "out" / "report.pdf"
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    proc = subprocess.run([sys.executable, "-c", "from frontwatch.cli import app; app()", "report", "--db", str(db),
                           "--from", "2024-11-27", "--to", "2024-12-08", "--area", SYRIA_BOX, "--format", "pdf",
                           "-o", str(pdf)], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-r", "40", "-gray", "-f", "1", "-l", "1", str(pdf), str(tmp_path / "page")],
                   check=True, timeout=120)
    (pgm,) = tmp_path.glob("page*.pgm")
    raw = pgm.read_bytes()
    _, width, height, _, pixels = re.match(rb"(P5)\s+(\d+)\s+(\d+)\s+(\d+)\s(.*)", raw, re.S).groups()
    pixels = pixels[: int(width) * int(height)]
    dark = sum(1 for b in pixels if b < 128) / len(pixels)
    inked = sum(1 for b in pixels if b < 250) / len(pixels)
    assert dark > 0.002, "no text on the first page"
    assert inked > 0.05, "the first page is almost blank (no map?)"
    ARTIFACTS = REPO / "test-artifacts"
    ARTIFACTS.mkdir(exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf), str(ARTIFACTS / "report-page")],
                   timeout=120)


def test_report_endpoint_opens_in_headless_chromium(db: Path) -> None:
    chromium = _chromium()
    from playwright.sync_api import sync_playwright

    from test_web_map import CHROMIUM_ARGS

    with Store(db) as store:
        expected = build_report(store, PERIOD, parse_area(SYRIA_BOX))
    with LiveServer(db, tiles_url=None) as srv, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page()
            errors: list[str] = []
            page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
            response = page.goto(f"{srv.url}/report?date_from=2024-11-27&date_to=2024-12-08&area={SYRIA_BOX}")
            assert response.status == 200
            assert page.locator("#kpi-happenings").inner_text() == str(expected.happenings.current)
            assert page.locator("#map svg circle").count() == len(expected.points)
            # the stylesheet loaded under the CSP (no inline style): the KPI boxes sit side by side
            assert page.evaluate("getComputedStyle(document.querySelector('.kpi')).display") == "flex"
            first_cite = page.locator("#stories .cite a").first
            target = first_cite.get_attribute("href")
            assert page.locator(target).count() == 1 and page.locator(f"{target} a").first.get_attribute("href")
            assert not errors, errors[:3]
            bad = page.goto(f"{srv.url}/report?date_from=2024-12-08&date_to=2024-11-27")
            assert bad.status == 422
        finally:
            browser.close()


def test_what_happened_never_reads_other() -> None:
    """ACLED's catch-all sub-type gives way to the ACLED type and ours ("Other at Damascus" told nothing)."""
    from frontwatch.report.data import what_of

    other = {"acled": {"event_type": "Strategic developments", "sub_event_type": "Other"}, "event_type": "mobilize"}
    assert what_of(other) == "Strategic developments (mobilize)"
    assert what_of({"acled": {"event_type": "Battles", "sub_event_type": "Armed clash"}, "event_type": "clash"}) == "Armed clash"
    assert what_of({"acled": {}, "plover": "AGREE", "event_type": "agreement"}) == "AGREE"
    assert what_of({"event_type": "territory_taken"}) == "territory taken"
