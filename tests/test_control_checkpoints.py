"""The control stage continued from checkpoints writes exactly the table a full replay writes.

Random fact sequences (takeovers, clashes, strikes by a foreign air force and by the
sides, reinforcements, front lines, claims, undated reports, a province and its town)
arrive in and out of date order in random batches; after every batch the stage runs from
the latest checkpoint before the batch's earliest fact. The table (every column, in id
order) must equal a full recompute over the same store, and the runs must really have
continued from checkpoints (and corroborated or ended rows they did not write).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_api_support import (
    AIR_STRIKE,
    ARMY,
    FRONT,
    OPPOSITION,
    TAKEOVER,
    article,
    event,
)

import frontwatch.derive.control as stage
from frontwatch.derive import rebuild, run_stages
from frontwatch.model import Actor, Place, ProcessedArticle, Toponym
from frontwatch.store import Store
from frontwatch.store.schema import TABLES

CLASH = ("Battles", "Armed clash")
GOV_REGAINS = ("Battles", "Government regains territory")
FOREIGN = Actor("Military Forces of Russia", "Russian jets", "state forces", "RU")
MILITIA = Actor("Kurdish militia", "the YPG", "rebel group", "SY")
TOWNS = [Place(910_000 + i, f"Town {i}", 35.0 + 0.07 * i, 36.5 + 0.05 * (i % 4), "SY", "Province", "99", None, "P",
               "PPL", 5000) for i in range(7)]
PROVINCE = Place(919_999, "Province", 35.2, 36.6, "SY", "Province", "99", None, "A", "ADM1", 900_000, "admin1")
START = date(2023, 1, 1)


def _place(rng: random.Random) -> Toponym:
    if rng.random() < 0.12:
        return Toponym(0, 8, "Province", place=PROVINCE, score=0.9, precision="admin1")
    town = rng.choice(TOWNS)
    if rng.random() < 0.1:  # a front-line claim measured from the town
        rel = {"kind": "distance", "km_max": 15, "direction": "N", "anchor": town.name, "lat": town.lat + 0.1,
               "lon": town.lon, "radius_km": rng.choice([10, 15])}
        return Toponym(0, 20, f"15 km north of {town.name}", place=town, score=0.9, precision="relative",
                       relative=rel)
    return Toponym(0, len(town.name), town.name, place=town, score=0.9, precision="city")


def synthetic(n_articles: int, seed: int, days: int = 300) -> list[ProcessedArticle]:
    """Articles of 1-4 control reports over seven towns and `days` days, some about weeks before."""
    rng = random.Random(seed)
    kinds = [("takeover", TAKEOVER, "ASSAULT"), ("takeover", GOV_REGAINS, "ASSAULT"), ("clash", CLASH, "FIGHT"),
             ("air_strike", AIR_STRIKE, "AERIAL"), ("mobilize", FRONT, "MOBILIZE")]
    out = []
    for a in range(n_articles):
        day = START + timedelta(days=rng.randrange(days))
        aid = f"ctl-{seed}-{a:03d}"
        evs = []
        for k in range(rng.randint(1, 4)):
            place = _place(rng)
            kind, acled, plover = rng.choice(kinds)
            actor1 = rng.choice([OPPOSITION, ARMY, MILITIA, FOREIGN if kind == "air_strike" else None])
            actor2 = rng.choice([None, None, OPPOSITION, ARMY, MILITIA])
            back = rng.choice([0, 0, 1, 3, 20, 90])  # most the day before; some weeks or months back
            when = None if rng.random() < 0.15 else (day - timedelta(days=back)).isoformat()
            evs.append(event(f"{aid}-{k}", aid, f"Report {a}-{k}.", kind, acled, plover, place, when,
                             actor1=actor1, actor2=actor2, modality=rng.choice(["asserted", "asserted", "claimed"]),
                             reported_by=rng.sample(["SOHR", "a spokesman", "residents"], rng.randint(0, 2))))
        published = f"{day.isoformat()}T{rng.randrange(24):02d}:00:00"
        out.append(ProcessedArticle(article(aid, f"Article {aid}.", outlet=f"Outlet {rng.randrange(5)}",
                                            published=published, url=None, title=aid), events=evs))
    return out


def control_table(store: Store) -> list[tuple]:
    control = TABLES["control"]
    with store.engine.connect() as conn:
        return [tuple((k, v) for k, v in r._mapping.items() if k != "id")
                for r in conn.execute(select(control).order_by(control.c.id))]


@pytest.mark.parametrize(("seed", "arrival", "every"), [(1, "feed", 7), (2, "shuffled", 7), (3, "feed", 30),
                                                        (4, "shuffled", 2)])
def test_continuing_from_checkpoints_equals_a_full_replay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                          seed: int, arrival: str, every: int) -> None:
    monkeypatch.setattr(stage, "CHECKPOINT_DAYS", every)
    articles = synthetic(70, seed)
    rng = random.Random(seed)
    if arrival == "feed":  # publication order, a few late
        articles.sort(key=lambda p: p.article.published)
        for i in range(0, len(articles) - 8, 9):
            articles.insert(i + rng.randint(3, 8), articles.pop(i))
    else:
        rng.shuffle(articles)
    store = Store(tmp_path / "fw.sqlite")
    try:
        continued, updated, at = 0, 0, 0
        while at < len(articles):
            batch = articles[at:at + rng.randint(1, 8)]
            for processed in batch:
                store.save(processed)
            before = control_table(store)
            report = run_stages(store).control
            if report.since is not None:
                continued += 1
                kept = [r for r in before if (dict(r)["since"] or "") < report.since]
                updated += sum(1 for r in kept if r not in control_table(store))
            at += len(batch)
        incremental = control_table(store)
        with store.engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(TABLES["control_checkpoints"])).scalar_one() > 1
        assert continued >= 3 and updated >= 1  # checkpoints were used, and rows before them grew or ended
        assert len(incremental) >= 20 and {dict(r)["status"] for r in incremental} >= {"held", "contested"}
        rebuild(store)
        assert control_table(store) == incremental
    finally:
        store.close()


def test_an_undated_fact_or_no_checkpoint_replays_everything(tmp_path: Path) -> None:
    articles = sorted(synthetic(30, seed=7), key=lambda p: p.article.published)
    store = Store(tmp_path / "fw.sqlite")
    try:
        for processed in articles[:-1]:
            store.save(processed)
        first = run_stages(store).control
        assert first.since is None and first.facts > 0  # no checkpoint yet: every fact
        late = articles[-1]
        store.save(ProcessedArticle(late.article, events=[e for e in late.events[:1]]))
        assert run_stages(store).control.since is not None
        with store.engine.begin() as conn:
            conn.execute(TABLES["control_checkpoints"].delete())
        extra = synthetic(1, seed=8)[0]
        store.save(extra)
        assert run_stages(store).control.since is None
    finally:
        store.close()


def test_facts_streamed_by_day_come_in_the_order_of_all_of_them_held(tmp_path: Path) -> None:
    """`_stream` (one day held at a time, SQL's day order) yields what `_facts` (all held, sorted) does."""
    store = Store(tmp_path / "fw.sqlite")
    try:
        for processed in synthetic(60, seed=12):
            store.save(processed)
        with store.engine.connect() as conn:
            for start in (None, START + timedelta(days=40), START + timedelta(days=200)):
                held = [f[0].id for f in stage._facts(conn, start)]
                streamed = [f[0].id for f in stage._stream(conn, start)]
                assert streamed == held and len(held) > 20
    finally:
        store.close()


def test_a_day_out_of_sql_order_falls_back_to_holding_the_facts(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """If SQL's day order ever disagreed with the facts' days, the stage holds them all: same table."""
    store = Store(tmp_path / "fw.sqlite")
    try:
        for processed in synthetic(40, seed=13):
            store.save(processed)
        rebuild(store)
        want = control_table(store)
        monkeypatch.setattr(stage, "_DAY_ORDER", stage.effective_date.desc())  # order by day, backwards
        with store.engine.connect() as conn, pytest.raises(stage._OutOfOrder):
            list(stage._stream(conn, None))
        rebuild(store)
        assert control_table(store) == want
    finally:
        store.close()
