"""Several real `frontwatch ingest` processes writing one PostgreSQL database at the same time.

Three processes start together on overlapping inputs (the same four articles, delivered by
different sources) into one brand-new database; a fourth ingests the same inputs one after
another into SQLite as the reference. The shared database must hold each article once,
every source once, and exactly the reference's sentences, toponyms and events — whichever
process won each article.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from frontwatch.store.engine import normalise_url

pytestmark = pytest.mark.slow

ARTICLES = [
    "Government aircraft struck the town of Saraqib in Idlib province on Tuesday, killing seven civilians, "
    "the Syrian Observatory for Human Rights said. Rescue workers searched the rubble for survivors.",
    "Rebel fighters captured the village of Kafr Nabudah north of Hama after heavy clashes with the army, "
    "a rebel commander told Reuters on Wednesday.",
    "A car bomb exploded near a checkpoint in Azaz close to the Turkish border on Monday, killing at least "
    "five people, local officials said.",
    "Thousands of people protested in Daraa on Friday against the government, activists said. "
    "Security forces fired tear gas at the crowd.",
]
# Which articles each concurrent process gets (overlapping on purpose; a2 and a3 go to all three).
SHARES = {"p0": [0, 1, 2, 3], "p1": [3, 2, 1, 0], "p2": [1, 2, 3]}

# What must be identical between the shared database and the sequential reference.
COMPARE = {
    "articles": "select id, text from articles",
    "sources": "select article_id, source_ref from sources",
    "sentences": 'select article_id, idx, start, "end" from sentences',
    "mentions": 'select article_id, start, "end", label from mentions',
    "toponyms": 'select article_id, start, "end", geonameid from toponyms',
    "events": "select id, article_id, event_type, geonameid, lat, lon, date, modality from events",
    "places": "select geonameid, name from places",
}


def frontwatch() -> list[str]:
    script = Path(sys.executable).with_name("frontwatch")  # .venv/bin/frontwatch, as a user runs it
    return [str(script)] if script.exists() else [sys.executable, "-m", "frontwatch"]


def snapshot(url: str) -> dict[str, list[tuple]]:
    engine = create_engine(normalise_url(url))
    try:
        with engine.connect() as conn:
            return {name: sorted(tuple(r) for r in conn.execute(text(sql))) for name, sql in COMPARE.items()}
    finally:
        engine.dispose()


def summary(stderr: str) -> dict[str, int]:
    flat = " ".join(stderr.split())  # rich wraps the summary line
    found = re.search(r"(\d+) new article\(s\), (\d+) duplicate\(s\).*?(\d+) failed", flat)
    assert found, stderr
    return {"new": int(found[1]), "duplicates": int(found[2]), "failed": int(found[3])}


def test_concurrent_ingests_store_each_article_and_event_once(pg_url: str, tmp_path: Path) -> None:
    dirs: dict[str, Path] = {}
    for name, share in SHARES.items():
        d = dirs[name] = tmp_path / name
        d.mkdir()
        for i in share:
            (d / f"a{i}.txt").write_text(ARTICLES[i] + "\n", encoding="utf-8")
    reference = tmp_path / "reference.sqlite"
    common = ["--published", "2017-04-05", "--outlet", "Wire"]
    cmds = [[*frontwatch(), "ingest", str(d), "--db", pg_url, *common] for d in dirs.values()]
    cmds.append([*frontwatch(), "ingest", *map(str, dirs.values()), "--db", str(reference), *common])
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for cmd in cmds]
    outputs = []
    for proc in procs:
        try:
            out, err = proc.communicate(timeout=600)
        except subprocess.TimeoutExpired:  # pragma: no cover - a hang is a failure, not a stuck CI run
            proc.kill()
            raise
        outputs.append((proc.returncode, err))
    for (rc, err), cmd in zip(outputs, cmds):
        assert rc == 0, f"{' '.join(cmd)} exited {rc}:\n{err}"
    runs = [summary(err) for _, err in outputs]
    assert all(r["failed"] == 0 for r in runs), runs
    ref_run, shared_runs = runs[-1], runs[:-1]
    assert ref_run["new"] == len(ARTICLES)
    assert sum(r["new"] for r in shared_runs) == len(ARTICLES)  # each article was new for exactly one process

    got, want = snapshot(pg_url), snapshot(f"sqlite:///{reference}")
    assert len(got["articles"]) == len(ARTICLES) and len(got["sources"]) == sum(map(len, SHARES.values()))
    assert want["events"], "the reference ingest found no events: the inputs no longer exercise the store"
    for table in COMPARE:
        assert got[table] == want[table], table
