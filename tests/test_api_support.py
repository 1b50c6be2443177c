"""Shared by the API and web-map tests: a real store with known rows and a real uvicorn server.

No test functions here; test_api_*.py and test_web_*.py import these helpers. The data
is built from the model dataclasses (what the pipeline hands the store), so the tests
exercise the real `Store.save`, the real SQL and the real stories/control functions.
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import uvicorn

from frontwatch.model import Actor, Article, Event, Place, ProcessedArticle, Toponym
from frontwatch.derive import run_stages
from frontwatch.store import Store

OPPOSITION = Actor("Syrian opposition", "rebels", "rebel group", "SY")
ARMY = Actor("Military Forces of Syria", "government forces", "state forces", "SY")

PLACES = {
    "Aleppo": Place(170063, "Aleppo", 36.20, 37.13, "SY", "Aleppo", "09", None, "P", "PPLA", 1_600_000),
    "Homs": Place(169577, "Homs", 34.73, 36.71, "SY", "Homs", "11", None, "P", "PPLA", 650_000),
    "Damascus": Place(170654, "Damascus", 33.51, 36.29, "SY", "Dimashq", "13", None, "P", "PPLC", 1_500_000),
    "Doha": Place(290030, "Doha", 25.29, 51.53, "QA", "Baladiyat ad Dawhah", "01", None, "P", "PPLC", 344_939),
}


def utc(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=timezone.utc)


def toponym(name: str, text: str | None = None, precision: str = "city", relative: dict | None = None,
            place: bool = True) -> Toponym:
    text = text or name
    return Toponym(0, len(text), text, place=PLACES[name] if place else None, score=0.9, precision=precision,
                   relative=relative)


def event(eid: str, article_id: str, evidence: str, event_type: str, acled: tuple[str | None, str | None],
          plover: str | None, location: Toponym | None, date: str | None, *, actor1: Actor | None = None,
          actor2: Actor | None = None, modality: str = "asserted", confidence: float = 0.8,
          reported_by: list[str] | None = None, date_precision: str = "day", fatalities: int = 0) -> Event:
    return Event(id=eid, article_id=article_id, evidence_text=evidence, evidence_start=0,
                 evidence_end=len(evidence), event_type=event_type, acled_event_type=acled[0],
                 acled_sub_event_type=acled[1], plover=plover, actor1=actor1, actor2=actor2, location=location,
                 date=date, date_precision=date_precision if date else "unknown", reported_by=reported_by or [],
                 modality=modality, confidence=confidence, fatalities=fatalities)


def article(aid: str, text: str, *, outlet: str | None, published: str, url: str | None, title: str) -> Article:
    return Article(id=aid, text=text, source_ref=f"test:{aid}", kind="text", title=title, url=url, outlet=outlet,
                   published=utc(published), published_from="metadata", language="en", language_score=0.99)


TAKEOVER = ("Battles", "Non-state actor overtakes territory")
AIR_STRIKE = ("Explosions/Remote violence", "Air/drone strike")
FRONT = ("Strategic developments", "Other")
PROTEST = ("Protests", "Peaceful protest")


def sample_articles() -> list[ProcessedArticle]:
    """Three articles from different outlets: a capture told twice, a strike, a front line, a protest..."""
    a1_text = ("Rebels took control of Aleppo last week, the Syrian Observatory said. "
               "Government aircraft struck Homs on Friday. The rebels are less than 20 kilometres south of Damascus. "
               "In 2011 the army fought protesters in Homs.")
    a1 = article("art-one", a1_text, outlet="Outlet One", published="2024-12-07", url="https://one.example.com/a1",
                 title="Rebels advance on Damascus")
    e1 = event("ev-aleppo-1", "art-one", "Rebels took control of Aleppo last week, the Syrian Observatory said.",
               "takeover", TAKEOVER, "ASSAULT", toponym("Aleppo"), "2024-11-30", actor1=OPPOSITION, actor2=ARMY,
               reported_by=["Syrian Observatory for Human Rights"], date_precision="week", confidence=0.9)
    e2 = event("ev-homs-strike", "art-one", "Government aircraft struck Homs on Friday.", "air_strike", AIR_STRIKE,
               "AERIAL", toponym("Homs"), "2024-12-06", actor1=ARMY, confidence=0.7)
    rel = {"kind": "distance", "km_max": 20, "direction": "S", "anchor": "Damascus", "lat": 33.33, "lon": 36.29,
           "radius_km": 20}
    e3 = event("ev-front", "art-one", "The rebels are less than 20 kilometres south of Damascus.", "frontline", FRONT,
               "MOBILIZE", toponym("Damascus", "20 kilometres south of Damascus", "relative", rel), "2024-12-07",
               actor1=OPPOSITION, reported_by=["Hassan Abdel Ghani"], confidence=0.6)
    e4 = event("ev-background", "art-one", "In 2011 the army fought protesters in Homs.", "clash",
               ("Battles", "Armed clash"), "ASSAULT", toponym("Homs"), "2011-05-01", actor1=ARMY,
               modality="background", date_precision="year")
    p1 = ProcessedArticle(a1, events=[e1, e2, e3, e4])

    a2_text = "Opposition fighters captured Aleppo at the end of November, according to residents."
    a2 = article("art-two", a2_text, outlet="Outlet Two", published="2024-12-08", url="https://two.example.net/story",
                 title="Aleppo falls")
    e5 = event("ev-aleppo-2", "art-two", a2_text, "takeover", TAKEOVER, "ASSAULT", toponym("Aleppo"), "2024-11-30",
               actor1=OPPOSITION, actor2=ARMY, reported_by=["residents"], date_precision="week", confidence=0.8)
    p2 = ProcessedArticle(a2, events=[e5])

    a3_text = ("Hundreds protested in Doha, organisers claimed. "
               "Officials denied that talks had taken place. <script>alert(1)</script>")
    a3 = article("art-three", a3_text, outlet=None, published="2024-12-01", url="https://news.example.org/doha",
                 title="Doha protest")
    e6 = event("ev-doha", "art-three", "Hundreds protested in Doha, organisers claimed.", "protest", PROTEST,
               "PROTEST", toponym("Doha"), "2024-12-01", modality="claimed", reported_by=["organisers"],
               confidence=0.55)
    e7 = event("ev-talks", "art-three", "Officials denied that talks had taken place. <script>alert(1)</script>",
               "agreement", (None, None), "AGREE", None, None, modality="denied", confidence=0.4)
    p3 = ProcessedArticle(a3, events=[e6, e7])
    return [p1, p2, p3]


def build_store(path: Path, articles: list[ProcessedArticle] | None = None) -> Path:
    store = Store(path)
    try:
        for processed in articles if articles is not None else sample_articles():
            store.save(processed)
        run_stages(store)  # what an ingest does after its batch: stories and control written
    finally:
        store.close()
    return path


REPO = Path(__file__).resolve().parents[1]


def run_setup_script(script: str, timeout: int = 900) -> str:
    """Run one of the project's own set-up scripts (scripts/build-web, scripts/setup-browser); fail loudly.

    Both scripts are idempotent and take a lock, so every test that needs their result calls them
    (parallel workers wait for one build instead of racing `npm ci` or apt).
    """
    import pytest

    proc = subprocess.run([str(REPO / "scripts" / script)], capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        pytest.fail(f"scripts/{script} failed: {(proc.stderr or proc.stdout).strip()[-800:]}")
    return proc.stdout


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class LiveServer:
    """The real app under a real uvicorn on 127.0.0.1:<free port>, in a background thread."""

    def __init__(self, db: Path, **app_kw: Any) -> None:
        from frontwatch.api.app import create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(db, **app_kw)
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the API server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)

    def middleware(self, kind: type) -> Any:
        """The app's middleware of this class (the stack is built by the first request)."""
        app = self.app.middleware_stack
        while not isinstance(app, kind):
            app = app.app
        return app


# A place known only as a country: the gazetteer's country entry, whose lat/lon is its centroid.
SYRIA = Place(163843, "Syria", 35.0, 38.0, "SY", None, None, None, "A", "PCLI", 22_000_000, "country")
LEBANON = Place(272103, "Lebanon", 33.83, 35.83, "LB", None, None, None, "A", "PCLI", 6_800_000, "country")


def country_level_articles() -> list[ProcessedArticle]:
    """Events whose only known place is a country: they must not become points on its centroid."""
    text = ("Air strikes across Syria killed 12 people on Tuesday, a monitor said. "
            "Clashes broke out in Lebanon on Tuesday.")
    art = article("art-country", text, outlet="Outlet Four", published="2024-12-04", url="https://four.example/c",
                  title="Strikes in Syria")
    syria = Toponym(0, 5, "Syria", place=SYRIA, score=0.9, precision="country")
    lebanon = Toponym(0, 7, "Lebanon", place=LEBANON, score=0.9, precision="country")
    e1 = event("ev-syria-wide", "art-country", "Air strikes across Syria killed 12 people on Tuesday, a monitor said.",
               "air_strike", AIR_STRIKE, "AERIAL", syria, "2024-12-03", actor1=ARMY, fatalities=12)
    e2 = event("ev-lebanon-wide", "art-country", "Clashes broke out in Lebanon on Tuesday.", "clash",
               ("Battles", "Armed clash"), "ASSAULT", lebanon, "2024-12-03")
    return [ProcessedArticle(art, events=[e1, e2])]
