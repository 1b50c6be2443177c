"""Ingest keeps the model in a process of its own, even with `--workers 1` (issue 17, mem23).

Why it matters: the store side of an ingest (near-duplicate index, store writes, derive
runs) grows with the store and the model (~450 MB) does not; in one process they add up
past 1 GB at ~100,000 articles. Real processes only: each test runs the real pipeline in
a subprocess or a spawned worker and looks at which process did what.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from short_articles import write_jsonl

from frontwatch.pool import ChunkPool, chunked

FW = [sys.executable, "-m", "frontwatch"]
SRC = str(Path(__file__).resolve().parents[1] / "src")
TESTS = str(Path(__file__).resolve().parent)


def pid_square(chunk: list[int]) -> list[tuple[int, int]]:
    return [(x * x, os.getpid()) for x in chunk]


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as fh:
            return not any(line.startswith("State:") and "Z" in line.split()[1] for line in fh)
    except OSError:
        return False


def run_python(code: str, timeout: int = 600) -> dict:
    """`code` in a fresh interpreter (this tree's src first); its last stdout line as JSON."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, TESTS, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, env=env)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_one_worker_out_of_process_and_kept_between_maps() -> None:
    pool = ChunkPool(pid_square, workers=1, in_process=False, keep=True)
    try:
        first = [pid for chunk in pool.map(chunked(range(3), 2)) for _, pid in chunk]
        second = [pid for chunk in pool.map(chunked(range(2), 1)) for _, pid in chunk]
        assert len(set(first)) == 1 and os.getpid() not in first
        assert second == [first[0]] * 2  # the same process served the second map: nothing reloaded
        assert pool.pids() == [first[0]]
    finally:
        pool.close()
    assert pool.pids() == []


def test_workers_are_replaced_after_their_chunks() -> None:
    """`chunks_per_worker`: a fresh process takes over every 2 chunks; results stay in order."""
    pool = ChunkPool(pid_square, workers=1, in_process=False, keep=True, chunks_per_worker=2)
    try:
        out = [r for chunk in pool.map(chunked(range(6), 1)) for r in chunk]
    finally:
        pool.close()
    assert [sq for sq, _ in out] == [x * x for x in range(6)]
    pids = [pid for _, pid in out]
    assert os.getpid() not in pids and len(set(pids)) == 3 and pids[0] == pids[1] != pids[2] == pids[3] != pids[4]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_worker_exits_when_its_parent_dies() -> None:
    """Started from a thread that ends at once (as a server's request thread may), the worker
    lives on while its parent does, and goes when the parent is killed."""
    code = (
        "import os, sys, threading, time\n"
        "from frontwatch.pool import ChunkPool, chunked\n"
        "from test_model_process import pid_square\n"
        "pool = ChunkPool(pid_square, workers=1, in_process=False, keep=True)\n"
        "out = []\n"
        "t = threading.Thread(target=lambda: out.extend(pool.map(chunked([1], 1)))); t.start(); t.join()\n"
        "time.sleep(1.5)\n"  # the spawning thread is gone: the worker must still be there
        "print(out[0][0][1], pool.pids(), flush=True)\n"
        "time.sleep(600)\n"
    )
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([SRC, TESTS, os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout is not None
        line = proc.stdout.readline().split(maxsplit=1)
        worker = int(line[0])
        assert json.loads(line[1]) == [worker] and alive(worker)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
        deadline = time.monotonic() + 10
        while alive(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not alive(worker), "the worker outlived its killed parent"
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


@pytest.mark.slow
def test_ingest_with_one_worker_keeps_the_model_out_of_the_store_process(tmp_path: Path) -> None:
    """The default ingest: the pipeline ran in another process (its pid in the peak RSS report),
    this one never imported spaCy, and a second run is served by the same model process."""
    corpus = write_jsonl(tmp_path / "short.jsonl")
    more = tmp_path / "more.jsonl"
    more.write_text("".join(json.dumps({"id": f"more-{i}", "text": t, "published": "2017-05-01"}) + "\n" for i, t in enumerate([
        "Floods swept through villages north of Mosul on Monday, and the provincial governor said 12 people drowned.",
        "Police in Kabul arrested 30 protesters outside the parliament on Tuesday after a rally over fuel shortages.",
    ])), encoding="utf-8")
    code = (
        "import json, os, sys\n"
        "from frontwatch.runner import model_pool, run_ingest\n"
        f"a = run_ingest([{str(corpus)!r}], {str(tmp_path / 'a.sqlite')!r}, workers=1, on_error=print)\n"
        "first = model_pool(1).pids()\n"
        f"b = run_ingest([{str(more)!r}], {str(tmp_path / 'a.sqlite')!r}, workers=1, on_error=print)\n"
        "print(json.dumps({'me': os.getpid(), 'a': list(a.peak_rss_mb), 'first': first, 'second': model_pool(1).pids(),\n"
        "                  'stored': [a.stored, b.stored], 'events': a.events, 'spacy': 'spacy' in sys.modules}))\n"
    )
    out = run_python(code)
    assert out["stored"][0] == 40 and out["events"] > 40
    assert out["stored"][1] == 2
    assert len(out["a"]) == 1 and out["me"] not in out["a"] and out["first"] == out["a"]
    assert out["second"] == out["first"]  # kept: the second run did not start (and load) another model process
    assert not out["spacy"], "the store-side process loaded the model"


@pytest.mark.slow
def test_worker_failures_are_reported_per_article_and_nothing_is_lost(tmp_path: Path) -> None:
    """A per-article time budget no article can meet: each article is its own error line from
    the model process, none is stored; the same command with the normal budget stores them all."""
    corpus = write_jsonl(tmp_path / "short.jsonl")
    db = tmp_path / "b.sqlite"
    first = subprocess.run([*FW, "ingest", str(corpus), "--db", str(db), "--time-budget", "0.000001"],
                           capture_output=True, text=True, timeout=600)
    assert first.returncode == 1, first.stderr
    budget_lines = [line for line in first.stderr.splitlines() if "time budget" in line]
    # One per article sent to the model: the 40 distinct ones, and a copy whose original failed before it came.
    assert len(budget_lines) >= 40, first.stderr
    assert "0 new article(s)" in first.stderr and f"{len(budget_lines)} failed" in first.stderr
    second = subprocess.run([*FW, "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert second.returncode == 0, second.stderr
    assert "40 new article(s)" in second.stderr


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def _fakes_jsonl(data_root: Path, path: Path, n: int) -> Path:
    """The first `n` FA-KES articles as ingest input: real news, long enough that an ingest is still
    working well after its first commit (40 short test articles can all be done before a signal lands,
    and the interruption would then test nothing)."""
    import csv

    with (data_root / "syria" / "fakes-articles.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for _, r in zip(range(n), csv.DictReader(fh))]
    path.write_text("".join(json.dumps({"id": f"fakes-{i}", "title": r["article_title"],
                                        "text": f"{r['article_title']}\n\n{r['article_content']}"}) + "\n"
                            for i, r in enumerate(rows)), encoding="utf-8")
    return path


def test_ctrl_c_stops_ingest_and_its_model_process(tmp_path: Path, data_root: Path) -> None:
    corpus = _fakes_jsonl(data_root, tmp_path / "fakes.jsonl", 60)
    db = tmp_path / "c.sqlite"
    # A pytest-xdist worker ignores SIGINT and a child inherits that: the ingest gets Ctrl+C's default back,
    # as from a terminal (Python then turns it into KeyboardInterrupt).
    proc = subprocess.Popen([*FW, "ingest", str(corpus), "--db", str(db)], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    kids: set[int] = set()
    try:
        deadline = time.monotonic() + 300
        while not db.exists() or _count(db) == 0:
            kids.update(_children(proc.pid))
            assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
            assert time.monotonic() < deadline, "no article was committed within 300 s"
            time.sleep(0.01)
        kids.update(_children(proc.pid))
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode != 0
    deadline = time.monotonic() + 15
    while any(alive(k) for k in kids) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert kids and not [k for k in kids if alive(k)], "a process of the interrupted ingest lived on"
    again = subprocess.run([*FW, "ingest", str(corpus), "--db", str(db)], capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    whole = tmp_path / "whole.sqlite"  # the same input never interrupted
    ref = subprocess.run([*FW, "ingest", str(corpus), "--db", str(whole)], capture_output=True, text=True, timeout=600)
    assert ref.returncode == 0, ref.stderr
    assert _count(db) == _count(whole) > 0  # resumed: nothing lost, nothing twice


def _count(db: Path) -> int:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute("select count(*) from articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0
    finally:
        con.close()


def _children(pid: int) -> list[int]:
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        try:
            kids = [int(x) for x in Path(f"/proc/{p}/task/{p}/children").read_text().split()]
        except OSError:
            kids = []
        out.extend(kids)
        todo.extend(kids)
    return out
