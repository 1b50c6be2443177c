"""The derive stages over a real SQLite store: stories and control written after each batch.

Incremental updates must give exactly what `rebuild` gives (also when articles arrive out
of publication order), touch only the stories a small batch can affect, and the control
rules of the picture (claims age, a town and its governorate never contradict, only town
precision moves the front line) hold on what the API serves from the tables.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import httpx
import pytest
from sqlalchemy import select

from frontwatch.api.app import create_app
from frontwatch.derive import rebuild, run_stages
from frontwatch.derive.read import read_stories
from frontwatch.model import Place, ProcessedArticle, Toponym
from frontwatch.store import Store
from frontwatch.store.schema import TABLES
from test_api_support import ARMY, OPPOSITION, TAKEOVER, article, event, sample_articles

CLASH = ("Battles", "Armed clash")
TOWNS = [Place(900_000 + i, f"Town {i}", 35.0 + 0.05 * i, 36.5 + 0.04 * (i % 3), "SY", "Province", "99", None, "P",
               "PPL", 5000) for i in range(6)]


def synthetic(n_articles: int, seed: int) -> list[ProcessedArticle]:
    """Articles of 1-3 events over six close towns and three weeks: many stories of several reports."""
    rng = random.Random(seed)
    out = []
    for a in range(n_articles):
        day = date(2024, 3, 1) + timedelta(days=rng.randrange(21))
        aid = f"syn-{a:03d}"
        evs = []
        for k in range(rng.randint(1, 3)):
            town = rng.choice(TOWNS)
            kind, acled = rng.choice([("takeover", TAKEOVER), ("clash", CLASH)])
            actor = rng.choice([OPPOSITION, ARMY, None])
            text = f"Report {a}-{k} on {town.name}."
            when = (day - timedelta(days=rng.randrange(3))).isoformat()
            evs.append(event(f"{aid}-{k}", aid, text, kind, acled, "ASSAULT",
                             Toponym(0, len(town.name), town.name, place=town, score=0.9, precision="city"),
                             when, actor1=actor))
        published = f"{day.isoformat()}T{rng.randrange(24):02d}:00:00"
        out.append(ProcessedArticle(article(aid, f"Article {a}.", outlet=f"Outlet {rng.randrange(8)}",
                                            published=published, url=None, title=aid), events=evs))
    return out


def snapshot(store: Store) -> tuple:
    stories, events, control = TABLES["stories"], TABLES["events"], TABLES["control"]
    with store.engine.connect() as conn:
        rows = sorted(tuple((k, v) for k, v in r._mapping.items() if k != "updated_at")
                      for r in conn.execute(select(stories)))
        members = sorted(conn.execute(select(events.c.id, events.c.story_id)).all())
        changes = [tuple((k, v) for k, v in r._mapping.items() if k != "id")
                   for r in conn.execute(select(control).order_by(control.c.id))]
    return rows, members, changes


def ingest_in_batches(store: Store, articles: list[ProcessedArticle], *, seed: int, most: int) -> tuple:
    """Save the articles in batches of 1..`most` (random sizes), running the derive stages after
    each as `ingest` does; the snapshot of the stored stories and control afterwards."""
    at, sizes = 0, random.Random(seed)
    while at < len(articles):
        batch = articles[at:at + sizes.randint(1, most)]
        for processed in batch:
            store.save(processed)
        run_stages(store)
        at += len(batch)
    return snapshot(store)


def mostly_in_order(articles: list[ProcessedArticle], seed: int) -> list[ProcessedArticle]:
    """Publication order with one article in eight arriving ten articles late."""
    ordered = sorted(articles, key=lambda p: p.article.published)
    rng = random.Random(seed)
    for i in range(len(ordered) - 11, 0, -8):
        ordered.insert(i + rng.randint(5, 10), ordered.pop(i))
    return ordered


@pytest.mark.parametrize("arrival", ["shuffled", "mostly in order"])
def test_incremental_batches_in_any_order_equal_a_rebuild(tmp_path: Path, arrival: str) -> None:
    articles = synthetic(80, seed=3)
    if arrival == "shuffled":  # late articles reshuffle stories: most of the store is re-added
        random.Random(5).shuffle(articles)
    else:  # stories are restored from the store and joined
        articles = mostly_in_order(articles, seed=5)
    store = Store(tmp_path / "fw.sqlite")
    try:
        incremental = ingest_in_batches(store, articles, seed=9, most=6)
        assert sum(1 for r in incremental[0] if dict(r)["corroboration"] > 1) >= 5  # real merging happened
        assert all(sid is not None for _, sid in incremental[1])
        rebuild(store)
        assert snapshot(store) == incremental
    finally:
        store.close()


def test_a_small_batch_touches_only_its_stories(tmp_path: Path) -> None:
    articles = sorted(synthetic(120, seed=11), key=lambda p: p.article.published)
    store = Store(tmp_path / "fw.sqlite")
    try:
        for processed in articles[:-1]:
            store.save(processed)
        rebuild(store)
        stored = sum(len(p.events) for p in articles[:-1])
        store.save(articles[-1])  # the newest article: nothing stored comes after it
        report = run_stages(store).stories
        assert report.pending == len(articles[-1].events) and report.tail == 0
        assert report.written <= report.pending  # the stories its events joined or started, nothing else
        assert report.restored < stored // 4  # the stories within reach of its places and days, not the store
        changed = read_stories(store.engine, changed_since=datetime.now(timezone.utc) - timedelta(minutes=5))
        assert {e.id for e in articles[-1].events} <= {eid for s in changed for eid in s["event_ids"]}
    finally:
        store.close()


def test_stages_run_after_saves_and_a_second_run_is_a_no_op(tmp_path: Path) -> None:
    store = Store(tmp_path / "fw.sqlite")
    try:
        for processed in sample_articles():
            store.save(processed)
        first = run_stages(store)
        assert first.stories.pending == 6 and first.control.changes > 0  # background history is no story
        again = run_stages(store)
        assert again.stories.pending == 0 and again.control.facts == 0
        (aleppo,) = read_stories(store.engine, min_corroboration=2)
        assert aleppo["event_ids"] == ["ev-aleppo-1", "ev-aleppo-2"] and aleppo["corroboration"] == 2
        assert read_stories(store.engine, ids=[aleppo["id"]]) == [aleppo]
    finally:
        store.close()


# -- control rules, as the API serves them --------------------------------------------------------------

DARAA_TOWN = Place(170905, "Daraa", 32.62, 36.10, "SY", "Daraa", "08", None, "P", "PPLA", 97_000)
DARAA_GOV = Place(170903, "Daraa", 32.62, 36.10, "SY", "Daraa", "08", None, "A", "ADM1", 1_000_000)


def at(place: Place, precision: str, relative: dict | None = None) -> Toponym:
    return Toponym(0, len(place.name), place.name, place=place, score=0.9, precision=precision, relative=relative)


def capture(eid: str, day: str, place: Toponym, actor, published: str | None = None) -> ProcessedArticle:
    text = f"{eid}: {place.text} was captured."
    a = article(f"art-{eid}", text, outlet=f"Outlet {eid}", published=published or day, url=None, title=eid)
    return ProcessedArticle(a, events=[event(eid, f"art-{eid}", text, "takeover", TAKEOVER, "ASSAULT", place, day,
                                             actor1=actor)])


def api_for(db: Path, articles: list[ProcessedArticle], **app_options) -> httpx.Client:
    store = Store(db)
    try:
        for processed in articles:
            store.save(processed)
        run_stages(store)
    finally:
        store.close()
    app = create_app(db, **app_options)
    return httpx.Client(transport=httpx.ASGITransport(app=app), base_url="http://127.0.0.1")


async def _get(client: httpx.AsyncClient, path: str, params: dict) -> dict:
    return (await client.get(path, params=params)).json()


def picture(app_client: httpx.Client, day: str) -> list[dict]:
    import asyncio

    transport = app_client._transport  # the ASGI app runs in an event loop: ask through an async client
    async def go() -> dict:
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as c:
            return await _get(c, "/control", {"date": day})
    body = asyncio.run(go())
    assert body["source"] == "stored"
    return body["items"]


def test_a_claim_not_reaffirmed_fades_to_unknown(tmp_path: Path) -> None:
    old = [capture("c2013", "2013-03-04", at(DARAA_TOWN, "city"), OPPOSITION)]
    client = api_for(tmp_path / "fw.sqlite", old)
    (held,) = picture(client, "2013-06-01")
    assert (held["status"], held["controller"]) == ("held", "opposition")
    (faded,) = picture(client, "2024-12-07")
    assert (faded["status"], faded["controller"], faded["previous"]) == ("unknown", "unknown", "opposition")
    assert faded["since"] == "2014-03-04"  # 365 days after the last report
    # The window is an option; off, the 2013 claim would still be drawn as held.
    keep = create_app(tmp_path / "fw.sqlite", control_stale_days=None)
    kept = picture(httpx.Client(transport=httpx.ASGITransport(app=keep), base_url="http://127.0.0.1"), "2024-12-07")
    assert [c["status"] for c in kept] == ["held"]


def test_a_report_reaffirming_the_claim_keeps_it(tmp_path: Path) -> None:
    reports = [capture("c1", "2020-01-10", at(DARAA_TOWN, "city"), OPPOSITION),
               capture("c2", "2020-11-01", at(DARAA_TOWN, "city"), OPPOSITION)]
    client = api_for(tmp_path / "fw.sqlite", reports)
    (held,) = picture(client, "2021-06-01")  # 17 months after the capture, 7 after the reaffirming report
    assert (held["status"], held["controller"]) == ("held", "opposition")
    assert held["evidence"] == ["c1", "c2"]


def test_a_town_and_its_governorate_never_contradict(tmp_path: Path) -> None:
    reports = [capture("town", "2024-12-01", at(DARAA_TOWN, "city"), ARMY),
               capture("gov", "2024-12-05", at(DARAA_GOV, "admin1"), OPPOSITION)]
    client = api_for(tmp_path / "fw.sqlite", reports)
    items = picture(client, "2024-12-06")
    at_point = [c for c in items if (c["lat"], c["lon"]) == (32.62, 36.10)]
    assert len(at_point) == 1  # one entry where both are drawn
    (town,) = at_point
    assert (town["geonameid"], town["status"], town["controller"]) == (170905, "held", "government")
    assert any("does not move the town's front line" in line for line in town["explanation"])


def test_only_town_precision_moves_the_front_line(tmp_path: Path) -> None:
    rel = {"kind": "distance", "km_max": 10, "direction": "N", "anchor": "Daraa", "radius_km": 10}
    reports = [capture("gov", "2024-12-05", at(DARAA_GOV, "admin1"), OPPOSITION),
               capture("near", "2024-12-05", at(DARAA_GOV, "relative", rel), OPPOSITION)]
    client = api_for(tmp_path / "fw.sqlite", reports)
    items = picture(client, "2024-12-06")
    assert {c["status"] for c in items} == {"region"}  # neither a held place nor a front-line marker
    assert not [c for c in items if c["status"] in ("held", "frontline")]
    assert picture(client, "2025-01-15") == []  # region claims are snapshots
    # The same claims at town precision do move it.
    town = [capture("t", "2024-12-05", at(DARAA_TOWN, "city"), OPPOSITION),
            capture("tn", "2024-12-05", at(DARAA_TOWN, "relative", rel), OPPOSITION)]
    moved = picture(api_for(tmp_path / "town.sqlite", town), "2024-12-06")
    assert {c["status"] for c in moved} == {"held"}  # the front at the town it took is not drawn twice
