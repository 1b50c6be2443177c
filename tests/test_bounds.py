"""Bounded work per article: size cap (refuse or split), time budget, entries per feed per run."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from frontwatch.clean.parts import split_text
from frontwatch.runner import SourceOptions, run_extract, run_ingest

pytestmark = pytest.mark.slow

SENTENCES = ["Rebels shelled the town of {t} on Monday, killing two civilians.",
             "The army retook {t} after a week of fighting, state media said.",
             "A car bomb exploded in the market of {t}, wounding ten people.",
             "Police arrested dozens of protesters in {t} on Friday.",
             "An air strike hit a school in {t}, the civil defence said."]
TOWNS = ["Douma", "Saraqib", "Ariha", "Manbij", "Azaz"]


def test_split_text_keeps_every_character_of_substance_in_order() -> None:
    text = "\n\n".join(f"Paragraph {i}. " + "word " * 30 for i in range(20))
    parts = split_text(text, 500)
    assert all(0 < len(p) <= 500 for p in parts)
    assert " ".join(" ".join(parts).split()) == " ".join(text.split())
    assert all(p.startswith("Paragraph") for p in parts)  # cut at paragraph breaks when there are some
    assert split_text("x" * 250, 100) == ["x" * 100, "x" * 100, "x" * 50]
    with pytest.raises(ValueError):
        split_text("abc", 0)


def _long_article(tmp_path: Path) -> Path:
    body = "\n\n".join(s.format(t=t) for t in TOWNS for s in SENTENCES)
    path = tmp_path / "long.txt"
    path.write_text(body)
    return path


def test_an_article_over_max_chars_is_one_error_line(tmp_path: Path) -> None:
    path = _long_article(tmp_path)
    errors: list[str] = []
    out = io.StringIO()
    stats = run_extract([str(path)], out, opts=SourceOptions(max_chars=500), on_error=errors.append)
    assert stats.stored == 0 and out.getvalue() == ""
    assert len(errors) == 1 and errors[0].startswith(f"{path}: article is ") and "--split-long" in errors[0]


def test_split_long_processes_every_part_in_order(tmp_path: Path) -> None:
    path = _long_article(tmp_path)
    out = io.StringIO()
    stats = run_extract([str(path)], out, opts=SourceOptions(max_chars=500, split_long=True))
    n = len(split_text(path.read_text(), 500))
    assert n > 3 and stats.stored == n and not stats.errors
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    towns_in_order = [t for e in events for t in TOWNS if t in e["evidence"]["text"]]
    assert towns_in_order == sorted(towns_in_order, key=TOWNS.index)  # parts come out in input order
    assert set(towns_in_order) == set(TOWNS)


def test_an_article_over_its_time_budget_is_skipped_and_the_next_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "two.jsonl"
    path.write_text("".join(json.dumps({"text": SENTENCES[i].format(t=TOWNS[i])}) + "\n" for i in range(2)))
    errors: list[str] = []
    stats = run_extract([str(path)], io.StringIO(), opts=SourceOptions(time_budget=1e-6), on_error=errors.append)
    assert stats.stored == 0
    assert [e.split(": ")[0] for e in errors] == [f"{path}:1", f"{path}:2"]
    assert all("time budget" in e for e in errors)
    ok = run_extract([str(path)], io.StringIO(), opts=SourceOptions(time_budget=60))
    assert ok.stored == 2 and not ok.errors


def _feed(path: Path, n: int) -> None:
    items = "".join(f"<item><guid>e{i}</guid><description>{SENTENCES[i % 5].format(t=TOWNS[i // 5])}</description>"
                    f"<pubDate>Mon, 02 Dec 2024 10:00:00 GMT</pubDate></item>" for i in range(n))
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>desk</title>{items}</channel></rss>')


def test_feed_cap_leaves_the_rest_for_the_next_ingest(tmp_path: Path) -> None:
    feed = tmp_path / "feed.xml"
    _feed(feed, 5)
    db = str(tmp_path / "fw.sqlite")
    opts = SourceOptions(max_feed_items=2)
    stored, notes = [], []
    for _ in range(4):
        notes.append([])
        stored.append(run_ingest([str(feed)], db, opts=opts, on_skip=notes[-1].append).stored)
    assert stored == [2, 2, 1, 0]
    assert notes[0] == [f"{feed}: 3 new entries over --max-feed-items=2 left for the next run"]
    assert notes[1] == [f"{feed}: 1 new entry over --max-feed-items=2 left for the next run"]
    assert notes[2] == notes[3] == []


NEAR_A = ("Syrian government forces shelled the rebel-held town of Saraqib in Idlib province on Monday, "
          "killing at least six civilians including two children, the Syrian Observatory for Human Rights "
          "said. The monitor said rockets also hit the nearby villages of Afes and Nayrab, and that "
          "rescue workers were still searching the rubble of a collapsed building near the market.")
NEAR_B = NEAR_A.replace("at least six civilians", "at least 6 civilians")


def test_a_near_duplicate_stored_by_another_ingest_meanwhile_is_not_stored_twice(tmp_path: Path) -> None:
    """The other ingest stores B after this one loaded its signatures and before it saves A."""
    db = str(tmp_path / "fw.sqlite")
    (tmp_path / "a.jsonl").write_text('{"text": ""}\n' + json.dumps({"text": NEAR_A}) + "\n")
    (tmp_path / "b.txt").write_text(NEAR_B)
    other: list[int] = []

    def meanwhile(msg: str) -> None:  # the empty first line is read before A: the other ingest runs now
        if not other:
            other.append(run_ingest([str(tmp_path / "b.txt")], db).stored)

    stats = run_ingest([str(tmp_path / "a.jsonl")], db, on_error=meanwhile)
    assert other == [1]
    assert stats.stored == 0 and stats.near_duplicates == 1
    from frontwatch.store import Store

    store = Store(db)
    try:
        assert store.counts()["articles"] == 1
    finally:
        store.close()
