"""Spark batch equals the single-process `extract`: a real local[2] Spark, the real CLI.

One Spark session for the module (starting a JVM costs seconds). Java comes from
scripts/setup-java when the machine has none (Debian's openjdk-17-jre-headless).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
# Files get this modification time: the article without a date falls back to it in both paths.
MTIME = datetime(2019, 6, 2, 12, 0, tzinfo=timezone.utc).timestamp()
# German is not a language frontwatch reads (French now is): the language gate skips it.
GERMAN = ("Kampfflugzeuge haben am Dienstag mehrere Viertel der Stadt bombardiert und mindestens zwölf Zivilisten "
          "getötet, teilte eine Hilfsorganisation mit, die über ein dichtes Netz von Quellen vor Ort verfügt. "
          "Die Bewohner flohen in die umliegenden Dörfer, während die Retter versuchten, die Opfer aus den "
          "Trümmern der eingestürzten Häuser zu bergen, sagte der Sprecher des Zivilschutzes.")
SHORT_ARTICLES = [
    {"id": "a1", "url": "https://example.org/a1", "title": "Airstrikes hit Idlib",
     "text": "Syrian government warplanes struck the town of Maarat al-Numan in Idlib province on Tuesday, "
             "killing at least 12 civilians, the Syrian Observatory for Human Rights said.",
     "published": "2019-08-28T10:00:00Z", "outlet": "Example Wire", "language": "en"},
    # a numeric id and an ambiguous date: the file's 5/17/2019 settles it as May 6
    {"id": 2, "title": "Rebels seize village",
     "text": "Rebel fighters captured the village of Kafr Nabudah in northern Hama after heavy clashes with "
             "government forces on Monday, according to opposition sources.",
     "published": "5/6/2019", "outlet": "Levant Daily"},
    {"id": "a3", "text": "A car bomb exploded near a checkpoint in Azaz, close to the Turkish border, on Friday, "
                         "killing five people, local officials said.", "published": "5/17/2019"},
    {"id": "a4", "text": "Israeli jets fired missiles at targets near Damascus international airport overnight, "
                         "Syrian state media reported on Sunday.", "outlet": "Example Wire"},  # no date: mtime
    {"id": "de1", "text": GERMAN, "published": "2019-05-21"},  # skipped by the language gate
    {"id": "bad", "title": "No body", "published": "2019-05-21"},  # no text: one error, the batch goes on
]
# The same articles as typed Parquet columns (timestamps, not strings).
PARQUET_PUBLISHED = {"a1": datetime(2019, 8, 28, 10, tzinfo=timezone.utc), "2": datetime(2019, 5, 6, tzinfo=timezone.utc),
                     "a3": datetime(2019, 5, 17, tzinfo=timezone.utc), "a4": None,
                     "de1": datetime(2019, 5, 21, tzinfo=timezone.utc), "bad": datetime(2019, 5, 21, tzinfo=timezone.utc),
                     "seed": datetime(2024, 12, 7, tzinfo=timezone.utc)}


def _articles(seed_text: str) -> list[dict]:
    return [*SHORT_ARTICLES, {"id": "seed", "title": None, "text": seed_text, "published": "2024-12-07"}]


@pytest.fixture(scope="module")
def java() -> None:
    proc = subprocess.run([str(REPO / "scripts" / "setup-java")], capture_output=True, text=True, timeout=900)
    if proc.returncode != 0:
        pytest.fail(f"scripts/setup-java failed: {(proc.stderr or proc.stdout).strip()[-800:]}")


@pytest.fixture(scope="module")
def spark(java):
    from frontwatch.scale.spark import build_session

    session = build_session("local[2]", {
        "spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false", "spark.sql.shuffle.partitions": "2",
        "spark.driver.memory": "1g", "spark.python.worker.reuse": "true",
    })
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory, seed_text: str) -> dict[str, Path]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    d = tmp_path_factory.mktemp("spark-in")
    arts = _articles(seed_text)
    jsonl = d / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in arts), encoding="utf-8")
    table = pa.table({
        "id": [str(a["id"]) for a in arts],
        "url": [a.get("url") for a in arts],
        "title": [a.get("title") for a in arts],
        "text": [a.get("text") for a in arts],
        "published": pa.array([PARQUET_PUBLISHED[str(a["id"])] for a in arts], pa.timestamp("us", tz="UTC")),
        "outlet": [a.get("outlet") for a in arts],
        "language": [a.get("language") for a in arts],
    })
    pq_dir = d / "articles.parquet"
    pq_dir.mkdir()
    pq.write_table(table, pq_dir / "part-0.parquet")
    for f in (jsonl, pq_dir / "part-0.parquet"):
        os.utime(f, (MTIME, MTIME))
    return {"jsonl": jsonl, "parquet": pq_dir}


@pytest.fixture(scope="module")
def single_process(inputs) -> dict:
    """`frontwatch extract` (the console script's code, in a subprocess) on the JSONL input."""
    proc = subprocess.run([sys.executable, "-m", "frontwatch", "extract", str(inputs["jsonl"])],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr  # the record without text fails; the rest is processed
    summary = re.search(r"(\d+) article\(s\), (\d+) event\(s\), (\d+) failed", proc.stderr)
    assert summary, proc.stderr
    events = [json.loads(line) for line in proc.stdout.splitlines()]
    return {"events": {e["id"]: e for e in events}, "count": len(events), "articles": int(summary[1]),
            "failed": int(summary[3]), "skipped": proc.stderr.count("skipped:"), "stderr": proc.stderr}


@pytest.fixture(scope="module")
def jsonl_run(spark, inputs, tmp_path_factory):
    from frontwatch.scale.spark import read_events, spark_extract

    out = tmp_path_factory.mktemp("spark-out") / "events"
    stats = spark_extract(str(inputs["jsonl"]), str(out), spark=spark)
    return stats, read_events(out), out


def test_jsonl_events_equal_single_process_extract(jsonl_run, single_process) -> None:
    stats, events, _ = jsonl_run
    expected = single_process["events"]
    assert single_process["count"] >= 10 and {e["article_id"] for e in expected.values()} >= {"a1", "2", "seed"}
    assert len(events) == len({e["id"] for e in events}) == stats.events  # one row per event
    got = {e["id"]: e for e in events}
    assert sorted(got) == sorted(expected)
    for eid, exp in expected.items():
        assert got[eid] == exp, eid  # every field: type, place, date, actors, evidence, attribution
    assert stats.read == 6 and stats.stored == single_process["articles"] == 5
    assert stats.skipped_language == single_process["skipped"] == 1
    assert stats.failed == single_process["failed"] == 1
    assert "missing or empty 'text'" in stats.errors[0] and "id=bad" in stats.errors[0]


def test_parquet_input_gives_the_same_events(spark, inputs, single_process, tmp_path: Path) -> None:
    from frontwatch.scale.spark import read_events, spark_extract

    stats = spark_extract(str(inputs["parquet"]), str(tmp_path / "events"), spark=spark)
    assert {e["id"]: e for e in read_events(tmp_path / "events")} == single_process["events"]
    assert (stats.stored, stats.skipped_language, stats.failed) == (5, 1, 1)


def test_output_is_typed_parquet_and_never_overwritten_silently(spark, inputs, jsonl_run) -> None:
    import pyarrow.parquet as pq

    from frontwatch.scale.spark import EVENT_FIELDS, SparkExtractError, spark_extract

    _, _, out = jsonl_run
    schema = pq.read_table(str(out)).schema
    assert tuple(schema.names) == EVENT_FIELDS
    assert str(schema.field("location").type).startswith(
        "struct<name: string, text: string, geonameid: int64, lat: double, lon: double")
    assert str(schema.field("reported_by").type) == "list<element: string>"
    # Spark reads it back and filters on nested fields.
    assert spark.read.parquet(str(out)).where("location.precision = 'city' and article_id = 'seed'").count() > 0
    with pytest.raises(SparkExtractError, match="already exists"):
        spark_extract(str(inputs["jsonl"]), str(out), spark=spark)


def test_model_and_gazetteer_load_once_per_executor_process(spark, jsonl_run) -> None:
    """After the job, each Python worker that ran it holds one pipeline, opened on the shipped file."""
    from frontwatch.geo.gazetteer import default_gazetteer_path

    def probe(batches):
        import os as _os

        import pandas as pd

        from frontwatch import worker

        for b in batches:
            keys = [str(k[0]) for k in worker._PIPELINES]
            yield pd.DataFrame({"pid": [_os.getpid()] * len(b), "pipelines": [len(keys)] * len(b),
                                "gazetteer": [keys[0] if keys else ""] * len(b)})

    rows = spark.range(8).repartition(4).mapInPandas(probe, "pid long, pipelines int, gazetteer string").collect()
    loaded = [r for r in rows if r["pipelines"]]
    assert loaded and all(r["pipelines"] == 1 for r in loaded)
    assert {r["pid"] for r in loaded} <= {r["pid"] for r in rows}
    shipped = {r["gazetteer"] for r in loaded}
    assert len(shipped) == 1
    path = Path(shipped.pop())
    original = default_gazetteer_path().resolve()
    assert path.name == original.name and path.resolve() != original  # SparkFiles' copy, not the driver's file
    assert path.stat().st_size == original.stat().st_size
