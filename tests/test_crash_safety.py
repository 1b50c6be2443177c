"""kill -9 during an ingest, then the same command again: it resumes, loses and duplicates nothing.

Real processes only: the CLI ingests a JSONL of short articles into a SQLite file while
the test polls that file; once some (not all) articles are committed the ingest gets a
real SIGKILL. The killed run uses a pool of two workers (so the kill also has to take
the workers down); the resumed run uses one. The result must equal, table by table and
article by article, a clean uninterrupted run of the same input.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from short_articles import records, write_jsonl

pytestmark = pytest.mark.slow

FW = [sys.executable, "-m", "frontwatch"]
TABLES = ("articles", "sources", "sentences", "mentions", "toponyms", "events", "places")
# Per-article content, so "same counts" cannot hide one article missing a row and another gaining one.
PER_ARTICLE = {t: f"select article_id, count(*) from {t} group by article_id" for t in
               ("sources", "sentences", "mentions", "toponyms", "events")}


def ingest(jsonl: Path, db: Path, *extra: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([*FW, "ingest", str(jsonl), "--db", str(db), *extra], capture_output=True, text=True,
                          timeout=600)
    assert proc.returncode == 0, proc.stderr
    return proc


def query(db: Path, sql: str) -> list[tuple]:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def snapshot(db: Path) -> dict:
    snap: dict = {t: query(db, f"select count(*) from {t}")[0][0] for t in TABLES}
    for table, sql in PER_ARTICLE.items():
        snap[f"{table} per article"] = dict(query(db, sql))
    snap["event ids"] = sorted(r[0] for r in query(db, "select id from events"))
    snap["source refs"] = sorted(query(db, "select article_id, source_ref from sources"))
    return snap


def children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            out += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            pass
    return out


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def committed(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        return query(db, "select count(*) from articles")[0][0]
    except sqlite3.OperationalError:  # schema not created yet, or a writer holds the lock
        return 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("crash") / "short.jsonl")


@pytest.fixture(scope="module")
def clean_run(corpus: Path) -> dict:
    db = corpus.parent / "clean.sqlite"
    ingest(corpus, db)
    snap = snapshot(db)
    distinct = len({r["text"] for r in records()})
    assert snap["articles"] == distinct and snap["sources"] == len(records())
    assert snap["events"] > 0
    return snap


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="polls /proc for the worker processes")
def test_sigkill_then_rerun_equals_a_clean_run(corpus: Path, clean_run: dict) -> None:
    db = corpus.parent / "killed.sqlite"
    total = clean_run["articles"]
    proc = subprocess.Popen([*FW, "ingest", str(corpus), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    workers: set[int] = set()
    try:
        deadline = time.monotonic() + 300
        while committed(db) == 0:
            workers.update(children(proc.pid))
            assert proc.poll() is None, f"ingest ended before the kill:\n{proc.stderr.read()}"
            assert time.monotonic() < deadline, "no article was committed within 300 s"
            time.sleep(0.005)
        workers.update(children(proc.pid))
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == -signal.SIGKILL

    before = snapshot(db)
    assert 0 < before["articles"] < total, "the kill must land while the ingest is under way"
    # No half-written article: everything committed has its sentences, sources and events.
    # A repeat of a stored text later in the corpus adds its source in a transaction of its own, so an article
    # may hold fewer sources than in the clean run when the kill lands between the two (never none).
    for aid, in query(db, "select id from articles"):
        for table in ("sentences", "mentions", "toponyms", "events"):
            assert before[f"{table} per article"].get(aid) == clean_run[f"{table} per article"].get(aid), (table, aid)
        assert 1 <= before["sources per article"].get(aid, 0) <= clean_run["sources per article"].get(aid), aid

    # The pool went down with its parent (no orphaned workers left burning CPU).
    deadline = time.monotonic() + 30
    while any(alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [w for w in workers if alive(w)], "pool workers outlived the killed ingest"

    resumed = ingest(corpus, db)
    after = snapshot(db)
    assert after == clean_run
    # Nothing committed before the kill was lost or rewritten.
    assert set(before["event ids"]) <= set(after["event ids"])
    assert set(before["source refs"]) <= set(after["source refs"])
    assert f"{total - before['articles']} new article(s)" in resumed.stderr
