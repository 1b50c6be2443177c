"""`--workers N`: the process pool keeps input order and changes nothing in the output."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from frontwatch.pool import ChunkPool, chunked
from frontwatch.progress import estimate_items
from short_articles import write_jsonl

FW = [sys.executable, "-m", "frontwatch"]


def slow_square(chunk: list[int]) -> list[tuple[int, int]]:
    """Later chunks finish first (they sleep less), so order must come from the pool, not timing."""
    time.sleep(0.02 * (10 - chunk[0]) / 10)
    return [(x * x, os.getpid()) for x in chunk]


def test_pool_results_come_back_in_input_order() -> None:
    pool = ChunkPool(slow_square, workers=2)
    out = [r for chunk in pool.map(chunked(range(10), 1)) for r in chunk]
    assert [sq for sq, _ in out] == [x * x for x in range(10)]
    pids = {pid for _, pid in out}
    assert len(pids) == 2 and os.getpid() not in pids  # really two other processes
    assert set(pool.peak_rss) == pids and all(mb > 1 for mb in pool.peak_rss.values())


def test_one_worker_runs_in_process() -> None:
    pool = ChunkPool(slow_square, workers=1)
    assert [pid for chunk in pool.map(chunked(range(3), 2)) for _, pid in chunk] == [os.getpid()] * 3


def test_chunked() -> None:
    assert list(chunked(range(5), 2)) == [[0, 1], [2, 3], [4]]
    with pytest.raises(ValueError):
        list(chunked([1], 0))


def test_estimate_items(tmp_path: Path) -> None:
    jsonl = tmp_path / "a.jsonl"
    jsonl.write_text('{"text": "a"}\n\n{"text": "b"}\n  \n{"text": "c"}', encoding="utf-8")
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt").write_text("one article", encoding="utf-8")
    (tmp_path / "d" / "two.html").write_text("<html><body>two</body></html>", encoding="utf-8")
    (tmp_path / "d" / ".hidden.txt").write_text("not read", encoding="utf-8")
    assert estimate_items([str(jsonl)]) == 3
    assert estimate_items([str(jsonl), str(tmp_path / "d")]) == 5
    assert estimate_items([str(tmp_path / "missing.txt")]) == 1  # one error item
    assert estimate_items(["https://example.org/feed"]) is None
    feed = tmp_path / "f.rss"
    feed.write_text("<rss><channel></channel></rss>", encoding="utf-8")
    assert estimate_items([str(feed)]) is None


@pytest.mark.slow
def test_extract_output_does_not_depend_on_workers(tmp_path: Path) -> None:
    corpus = write_jsonl(tmp_path / "short.jsonl")
    with corpus.open("a", encoding="utf-8") as fh:
        fh.write("{not json}\n")  # one bad record: reported the same way whatever the pool
    runs = {}
    for n in (1, 2):
        proc = subprocess.run([*FW, "extract", str(corpus), "--include-background", "--workers", str(n)],
                              capture_output=True, text=True, timeout=600)
        assert proc.returncode == 1, proc.stderr  # the bad line counts as a failure
        runs[n] = proc
    one, two = runs[1], runs[2]
    assert one.stdout.count("\n") > 40  # events from most of the 42 articles
    assert two.stdout == one.stdout
    summary = [line for line in one.stderr.splitlines() if "article(s)" in line]
    assert summary and summary[-1] in two.stderr
    assert "short.jsonl:43: invalid JSON" in two.stderr
