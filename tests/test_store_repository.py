"""`Store` on a real SQLite file and a real PostgreSQL database: one-transaction saves, idempotence,
source links, round trips. Every test taking `db` runs on both backends."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from frontwatch.model import (
    Actor,
    Article,
    Candidate,
    Event,
    Mention,
    Place,
    ProcessedArticle,
    Sentence,
    Toponym,
)
from frontwatch.store import Store, StoreError
from frontwatch.store.engine import normalise_url

CHILD_TABLES = ("sentences", "mentions", "toponyms", "events")


def place(gid: int = 170654, name: str = "Damascus", lat: float = 33.5102, lon: float = 36.29128) -> Place:
    return Place(geonameid=gid, name=name, lat=lat, lon=lon, country="SY", admin1="Damascus", admin1_code="04",
                 feature_class="P", feature_code="PPLC", population=1_569_394, precision="city")


def processed(article_id: str = "a1", source_ref: str = "in/a1.txt", *, text: str | None = None,
              events: list[Event] | None = None) -> ProcessedArticle:
    """A small but complete article: resolved, unresolved and relative toponyms; three event shapes."""
    s0 = "Rebels captured Hama on Thursday, the Syrian Observatory said."
    s1 = "Airstrikes hit a village 20 km south of Damascus."
    body = text or f"{s0} {s1}"
    off1 = len(s0) + 1
    damascus, hama = place(), place(170063, "Hama", 35.13179, 36.75783)
    hama_top = Toponym(start=16, end=20, text="Hama", place=hama, score=0.91, precision="city", sentence=0,
                       candidates=[Candidate(place=hama, score=0.91, how="exact", features={"pop": 0.8}),
                                   Candidate(place=place(99, "Hama Lake", 1.0, 2.0), score=0.1, how="fuzzy")])
    rel = {"anchor": "Damascus", "km": 20, "direction": "S", "lat": 33.33, "lon": 36.29}
    rel_top = Toponym(start=off1 + 25, end=off1 + 48, text="20 km south of Damascus", place=damascus,
                      precision="relative", relative=rel, sentence=1, score=0.7)
    if events is None:
        events = [
            Event(id=f"{article_id}-e1", article_id=article_id, evidence_text=s0, evidence_start=0,
                  evidence_end=len(s0), event_type="territory_taken", acled_event_type="Strategic developments",
                  acled_sub_event_type="Non-state actor overtakes territory", plover="SEIZE",
                  actor1=Actor(name="Rebels", text="Rebels", kind="rebel"), location=hama_top, date="2024-12-05",
                  date_precision="day", reported_by=["Syrian Observatory for Human Rights"], modality="claimed",
                  confidence=0.81234, trigger="captured"),
            Event(id=f"{article_id}-e2", article_id=article_id, evidence_text=s1, evidence_start=off1,
                  evidence_end=off1 + len(s1), event_type="air_strike", acled_event_type="Explosions/Remote violence",
                  acled_sub_event_type="Air/drone strike", plover="ATTACK", location=rel_top,
                  date_precision="unknown", confidence=0.5),
            Event(id=f"{article_id}-e3", article_id=article_id, evidence_text=s1, evidence_start=off1 + 1,
                  evidence_end=off1 + len(s1), event_type="protest_other", plover="PROTEST",
                  actor2=Actor(name="Civilians", text="a village"), modality="background"),
        ]
    article = Article(id=article_id, text=body, source_ref=source_ref, kind="text", title="Rebels advance",
                      url=f"https://example.org/{article_id}", outlet="Example News",
                      published=datetime(2024, 12, 7, 9, 30, tzinfo=timezone(timedelta(hours=3))),
                      published_from="option", language="en", language_score=0.99, external_id=f"ext-{article_id}",
                      removed=["The post … appeared first on Example News."])
    return ProcessedArticle(
        article=article,
        sentences=[Sentence(0, 0, len(s0), s0), Sentence(1, off1, off1 + len(s1), s1)],
        mentions=[Mention(16, 20, "Hama", "GPE", 0),
                  Mention(s0.index("the Syrian"), s0.index(" said"), "the Syrian Observatory", "ORG", 0)],
        toponyms=[hama_top, Toponym(start=s0.index("Syrian"), end=s0.index(" Obs"), text="Syrian", sentence=0), rel_top],
        events=events,
    )


def query(db: str, sql: str) -> list[tuple]:
    """Run SQL on a connection of its own (so it sees only what the store committed)."""
    engine = create_engine(normalise_url(db))
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text(sql))]
    finally:
        engine.dispose()


def counts(db: str) -> dict[str, int]:
    tables = ("articles", "sources", "places", *CHILD_TABLES)
    row = query(db, "select " + ", ".join(f"(select count(*) from {t})" for t in tables))[0]
    return dict(zip(tables, row))


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store location: a SQLite file path, or the URL of a fresh database on the test PostgreSQL server."""
    if request.param == "sqlite":
        return str(tmp_path / "fw.sqlite")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(db: str):
    s = Store(db)
    yield s
    s.close()


def test_save_stores_everything_and_resave_adds_no_rows(store: Store, db: str) -> None:
    p = processed()
    assert store.save(p, signature=b"\x01\x02") is True
    first = counts(db)
    assert first == {"articles": 1, "sources": 1, "places": 2, "sentences": 2, "mentions": 2, "toponyms": 3,
                     "events": 3}
    assert store.save(p, signature=b"\x01\x02") is False
    assert store.save(processed()) is False
    assert counts(db) == first
    assert store.counts()["events"] == 3 and set(store.counts()) >= {"stories", "control"}


def test_second_source_links_without_a_new_article(store: Store, db: str) -> None:
    store.save(processed())
    before = counts(db)
    mirror = processed(source_ref="https://mirror.example/a1")
    mirror.article.outlet = "Mirror"
    assert store.save(mirror) is False
    after = counts(db)
    assert after["sources"] == before["sources"] + 1
    assert {k: v for k, v in after.items() if k != "sources"} == {k: v for k, v in before.items() if k != "sources"}
    assert store.has_source("https://mirror.example/a1") == "a1"
    assert store.has_source("in/a1.txt") == "a1"
    assert store.has_source("never/seen") is None
    # link_source (the near-duplicate path) is idempotent per (article, source_ref)
    near = replace(processed("other-id", "feed.xml#7").article)
    assert store.link_source("a1", near) is True
    assert store.link_source("a1", near) is False
    rows = query(db, "select source_ref, outlet, external_id from sources where article_id='a1' order by id")
    assert rows == [("in/a1.txt", "Example News", "ext-a1"), ("https://mirror.example/a1", "Mirror", "ext-a1"),
                    ("feed.xml#7", "Example News", "ext-other-id")]


def test_failure_mid_save_leaves_nothing_half_written(store: Store, db: str) -> None:
    good = processed()
    bad_event = replace(good.events[0], id="a2-bad", article_id="a2", event_type=None)  # NOT NULL column
    bad = processed("a2", "in/a2.txt", events=[replace(good.events[1], id="a2-ok", article_id="a2"), bad_event])
    with pytest.raises(StoreError) as info:
        store.save(bad)
    message = str(info.value)
    assert "\n" not in message and "in/a2.txt" in message
    assert "not null" in message.lower().replace("-", " ")  # SQLite: NOT NULL constraint; PostgreSQL: not-null
    assert counts(db) == {t: 0 for t in ("articles", "sources", "places", *CHILD_TABLES)}
    assert not store.has_article("a2")
    # the store stays usable, and the fixed article goes in whole
    assert store.save(processed("a2", "in/a2.txt")) is True
    assert counts(db)["events"] == 3


def test_failure_keeps_earlier_articles(store: Store, db: str) -> None:
    store.save(processed("a1"))
    before = counts(db)
    bad = processed("a3", events=[replace(processed().events[0], id="a3-x", modality="rumoured")])  # CHECK fails
    with pytest.raises(StoreError, match="a3"):
        store.save(bad)
    assert counts(db) == before


def test_iter_events_round_trips_to_record(store: Store) -> None:
    p = processed()
    store.save(p)
    records = list(store.iter_events())
    assert len(records) == 3
    for record, event in zip(records, sorted(p.events, key=lambda e: e.evidence_start)):
        article = record.pop("article")
        assert record == event.to_record()
        assert list(record) == list(event.to_record())  # same key order, so JSONL reads the same
        assert article == {"id": "a1", "url": "https://example.org/a1", "outlet": "Example News",
                           "title": "Rebels advance", "published": "2024-12-07T06:30:00+00:00", "language": "en",
                           "published_from": "option"}  # where the date came from (never silently the file's time)
    located = records[0]["location"]
    assert located["geonameid"] == 170063 and located["precision"] == "city" and "relative" not in located
    assert records[1]["location"]["relative"]["km"] == 20 and records[1]["location"]["lat"] == 33.33
    assert records[2]["location"] is None and records[2]["acled"] is None and records[2]["actor1"] is None
    assert records[0]["confidence"] == 0.812


def test_iter_events_order_and_limit(store: Store) -> None:
    for aid in ("b", "a", "c"):
        store.save(processed(aid, f"in/{aid}.txt"))
    ids = [r["id"] for r in store.iter_events()]
    assert [i.split("-")[0] for i in ids] == ["b"] * 3 + ["a"] * 3 + ["c"] * 3  # ingestion order
    assert [r["id"] for r in store.iter_events(limit=4)] == ids[:4]
    assert list(store.iter_events(limit=0)) == []
    with pytest.raises(ValueError):
        list(store.iter_events(limit=-1))


def test_signatures_come_back(store: Store) -> None:
    sig = bytes(range(256)) * 4
    store.save(processed("a1"), signature=sig)
    store.save(processed("a2", "in/a2.txt"))  # no signature
    assert list(store.signatures()) == [("a1", sig)]


def test_places_are_upserted_by_geonameid(store: Store, db: str) -> None:
    store.save(processed("a1"))
    p2 = processed("a2", "in/a2.txt")
    p2.toponyms[0].place = replace(p2.toponyms[0].place, admin1="Hama Governorate")
    store.save(p2)
    assert query(db, "select count(*) from places") == [(2,)]
    assert query(db, "select admin1 from places where geonameid=170063") == [("Hama Governorate",)]
    # every toponym and event keeps its provenance: article + character span
    spans = query(db, 'select article_id, start, "end", text from toponyms where geonameid=170063 order by id')
    assert spans == [("a1", 16, 20, "Hama"), ("a2", 16, 20, "Hama")]
    (candidates,), = query(db, "select candidates from toponyms where text='Hama' order by id limit 1")
    assert [c["geonameid"] for c in (json.loads(candidates) if isinstance(candidates, str) else candidates)] == [
        170063, 99]


def test_timestamps_are_utc_aware(store: Store) -> None:
    store.save(processed())
    with store.engine.connect() as conn:
        published, ingested = conn.exec_driver_sql("select published, ingested_at from articles").one()
    if store.engine.dialect.name == "sqlite":
        assert published.startswith("2024-12-07 06:30:00")  # stored as UTC text
    else:  # timestamptz: the driver hands back an aware datetime for the same instant
        assert published == datetime(2024, 12, 7, 6, 30, tzinfo=timezone.utc) and published.tzinfo is not None
    from frontwatch.store.schema import ArticleRow
    from sqlalchemy import select

    with store.engine.connect() as conn:
        row = conn.execute(select(ArticleRow.published, ArticleRow.ingested_at)).one()
    assert row.published == datetime(2024, 12, 7, 6, 30, tzinfo=timezone.utc)
    assert row.published.tzinfo is not None and row.ingested_at.tzinfo is not None


def test_concurrent_writers_queue_instead_of_failing(db: str) -> None:
    """Several Store objects (as in a process pool) writing one database at once."""
    Store(db).close()
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        s = Store(db)
        try:
            for i in range(8):
                aid = f"w{worker}-{i}"
                s.save(processed(aid, f"in/{aid}.txt"))
                s.link_source(aid, replace(processed(aid).article, source_ref=f"mirror/{aid}"))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    c = counts(db)
    assert c["articles"] == 32 and c["sources"] == 64 and c["events"] == 96


def test_store_accepts_paths_and_urls(tmp_path: Path) -> None:
    for target in (tmp_path / "p.sqlite", str(tmp_path / "s.sqlite"), f"sqlite:///{tmp_path / 'u' / 'u.sqlite'}"):
        with Store(target) as s:
            assert s.url.startswith("sqlite:///") and s.save(processed())
    assert (tmp_path / "u" / "u.sqlite").exists()


def test_concurrent_saves_of_the_same_articles_store_each_once(db: str) -> None:
    """Writers racing on the same article ids: one wins each id, the rest only link their source."""
    Store(db).close()
    barrier = threading.Barrier(4)
    won: list[str] = []
    errors: list[BaseException] = []

    def work(worker: int) -> None:
        s = Store(db)
        try:
            barrier.wait()
            for i in range(6):
                aid = f"same-{i}"
                if s.save(processed(aid, f"w{worker}/{aid}.txt")):
                    won.append(aid)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            s.close()

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(won) == [f"same-{i}" for i in range(6)]  # each article new for exactly one writer
    c = counts(db)
    assert c["articles"] == 6 and c["sources"] == 24 and c["events"] == 18 and c["sentences"] == 12
    assert query(db, "select count(distinct article_id) from sources") == [(6,)]


def test_postgresql_urls_use_psycopg(pg_url: str) -> None:
    assert normalise_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert normalise_url("postgresql+psycopg2://u@h/db") == "postgresql+psycopg2://u@h/db"  # explicit driver kept
    with Store(pg_url) as s:
        assert s.engine.dialect.name == "postgresql" and s.engine.dialect.driver == "psycopg"
        assert s.save(processed()) and s.has_article("a1")
