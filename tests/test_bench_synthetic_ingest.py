"""bench/synthetic_ingest.py: distinct synthetic copies through the real `run_ingest` store path.

The copies must be new articles to ingest (own content id, no near-duplicate of each other), keep
every offset of their base's extraction, and go through `run_ingest` with only the pipeline
worker replaced: stored, not linked as duplicates, their events written with the copy's text.
Real SQLite store, real cleaning and MinHash; the texts are written for this test.
"""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

import synthetic_ingest as syn  # noqa: E402

from frontwatch import worker  # noqa: E402
from frontwatch.clean.dedupe import THRESHOLD, _from_bytes, signature  # noqa: E402
from frontwatch.job import JobStats, SourceOptions  # noqa: E402
from frontwatch.model import Event, Place, ProcessedArticle, Sentence, Toponym  # noqa: E402
from frontwatch.runner import cleaned_articles, run_ingest  # noqa: E402
from frontwatch.store import Store  # noqa: E402
from frontwatch.store.schema import TABLES  # noqa: E402

TEXTS = [
    "Heavy shelling hit the northern districts of the river town on Tuesday morning, according to residents "
    "who spoke to local reporters by telephone. The regional health office said that two clinics were closed "
    "after the attack and that several families had left their homes for villages further south. Government "
    "forces said they had answered fire from positions across the valley, while opposition fighters denied "
    "any role in the fighting. Aid groups asked both sides to open a road for trucks carrying flour and fuel "
    "before the winter, and the local council counted damage to the water station and the main market.",
    "Protesters gathered in the central square of the coastal city on Friday to demand the release of "
    "detained students, witnesses said. Police used tear gas to clear the crowd after several hours, and a "
    "lawyer for the families said that more than forty people had been taken to a station near the port. "
    "Shop owners closed early and the university cancelled classes for the rest of the week. Organisers "
    "promised to return the following day, and a group of teachers joined them with signs calling for calm "
    "and for an independent inquiry into the arrests made during the previous month.",
    "An air strike destroyed a bridge on the highway between the two provincial capitals late on Sunday, "
    "cutting the route used by buses and supply convoys, officials said. The defence ministry said the "
    "target was a depot used by armed groups, but drivers who reached the nearest checkpoint described "
    "burning cars and a column of smoke over the farms beside the road. Engineers expected the crossing to "
    "stay closed for weeks, and traders warned that prices of vegetables in the markets of the north would "
    "rise sharply while lorries took the long mountain road through the western hills instead.",
]
PLACE = Place(4242, "Test Town", 35.1, 38.2, "SY", "Test", "99", None, "P", "PPL", 10_000)


def _bases(tmp: Path) -> list[ProcessedArticle]:
    """The texts as ingest cleans them, each with one event per sentence (a hand-made extraction)."""
    src = tmp / "bases.jsonl"
    src.write_text("".join(json.dumps({"id": f"base-{i}", "title": f"Base {i}", "text": t, "outlet": "Test Post",
                                       "published": "2024-03-0%dT08:00:00+00:00" % (i + 1)}) + "\n"
                           for i, t in enumerate(TEXTS)), encoding="utf-8")
    bases = []
    for article in cleaned_articles([str(src)], SourceOptions(keep_non_english=False), JobStats()):
        text, sentences, events, start = article.text, [], [], 0
        while start < len(text):
            end = text.find(". ", start)
            end = len(text) if end < 0 else end + 1
            sentences.append(Sentence(len(sentences), start, end, text[start:end]))
            where = Toponym(start, start + 5, text[start:start + 5], place=PLACE, score=0.9, precision="city")
            events.append(Event(id=f"{article.id}-{len(events)}", article_id=article.id,
                                evidence_text=text[start:end], evidence_start=start, evidence_end=end,
                                event_type="clash", acled_event_type="Battles", acled_sub_event_type="Armed clash",
                                location=where, date="2024-03-05", date_precision="day"))
            start = end + 1
        bases.append(ProcessedArticle(article, sentences=sentences, toponyms=[e.location for e in events],
                                      events=events))
    assert len(bases) == len(TEXTS)
    return bases


def _jaccard(a: str, b: str) -> float:
    return _from_bytes(signature(a)).jaccard(_from_bytes(signature(b)))


def test_vary_text_keeps_offsets_and_makes_distinct_copies() -> None:
    vocab = syn.vocabulary(TEXTS)
    text = TEXTS[0]
    copies = [syn.vary_text(text, k, vocab) for k in range(6)]
    assert all(len(c) == len(text) for c in copies)
    assert syn.vary_text(text, 3, vocab) == copies[3]  # deterministic
    assert len(set(copies)) == len(copies)
    for i in range(len(copies)):
        for j in range(i + 1, len(copies)):
            assert _jaccard(copies[i], copies[j]) < THRESHOLD / 2, (i, j)
    # capitalised words (names, places) are kept
    assert [w for w in text.split() if w[0].isupper()] == [w for w in copies[1].split() if w[0].isupper()]


def test_synthetic_copies_go_through_run_ingest(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bases = _bases(tmp_path)
    n = 30
    corpus = tmp_path / "synthetic.jsonl"
    assert syn.write_jsonl(syn.synthetic_records(bases, n, syn.vocabulary(b.article.text for b in bases)), corpus) == n
    syn.install_replay(bases, n)
    monkeypatch.setattr(worker, "process_chunk", syn.replay_chunk)
    monkeypatch.setattr(worker, "init_process", syn.no_pipeline)
    db = tmp_path / "store.sqlite"
    stats = run_ingest([str(corpus)], db, opts=SourceOptions(keep_non_english=False), on_error=pytest.fail,
                       in_process=True)
    assert (stats.stored, stats.duplicates, stats.near_duplicates, stats.failed) == (n, 0, 0, 0)
    assert syn.REPLAY_STATS == {"rebased": n, "length_mismatch": 0, "unknown": 0}
    per_base = [len(b.events) for b in bases]
    assert stats.events == sum(per_base[i % len(bases)] for i in range(n))
    events, articles = TABLES["events"], TABLES["articles"]
    with Store(db) as store, store.engine.connect() as conn:
        texts = {aid: text for aid, text in conn.execute(select(articles.c.id, articles.c.text))}
        rows = conn.execute(select(events.c.id, events.c.article_id, events.c.evidence_text, events.c.evidence_start,
                                   events.c.evidence_end, events.c.date, events.c.story_id)).all()
        counts = store.counts()
    assert len(rows) == stats.events == counts["events"]
    assert counts["stories"] > 0  # the derive stages ran on the copies
    assert not set(texts.values()) & {b.article.text for b in bases}  # no copy is its base
    for eid, aid, evidence, start, end, day, story in rows:
        assert evidence == texts[aid][start:end]
        assert story is not None
    # copy k's dates are moved by 7·k days: copies of one base do not all fall on one day
    assert len({r.date for r in rows}) == -(-n // len(bases))


def test_arrival_orders_hold_the_same_articles(tmp_path: Path) -> None:
    """`archive` is the generation order; `feed` is by publication time (as a live feed), the same
    articles, and an undated article rides right after its predecessor in archive order."""
    bases = _bases(tmp_path)
    undated = replace(bases[1], article=replace(bases[1].article, published=None))
    bases = [bases[2], undated, bases[0]]  # published 03-03, none, 03-01: archive order is not date order
    n = 3 * len(bases) + 1
    assert syn.arrival_order(bases, n, "archive") == list(range(n))
    feed = syn.arrival_order(bases, n, "feed")
    assert sorted(feed) == list(range(n))
    vocab = syn.vocabulary(b.article.text for b in bases)
    records = list(syn.synthetic_records(bases, n, vocab, "feed"))
    assert [r["id"] for r in records] == [f"synthetic-{i:06d}" for i in feed]
    dated = [r["published"] for r in records if "published" in r and r["published"]]
    assert dated == sorted(dated) and len(dated) == n - len(range(1, n, len(bases)))
    for pos, i in enumerate(feed):
        if i % len(bases) == 1:  # undated: right after article i - 1 (same copy, the base before it)
            assert feed[pos - 1] == i - 1
    assert {r["id"] for r in records} == {r["id"] for r in syn.synthetic_records(bases, n, vocab)}
    with pytest.raises(ValueError):
        syn.arrival_order(bases, n, "random")


def test_csv_published_reads_fakes_dates() -> None:
    """FA-KES dates are month/day/year; unreadable ones give no publication time (not a wrong one)."""
    assert syn.csv_published("4/16/2017") == "2017-04-16T12:00:00+00:00"
    assert syn.csv_published(" 12/1/2013 ") == "2013-12-01T12:00:00+00:00"
    assert syn.csv_published("16/4/2017") is None  # no 16th month
    assert syn.csv_published("") is None and syn.csv_published(None) is None
    assert syn.csv_published("April 2017") is None
