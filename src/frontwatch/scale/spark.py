"""Apache Spark batch: `frontwatch extract` over JSONL or Parquet articles, as one Spark job.

Why a separate runner and not a parallel rewrite: every article goes through the very
functions the single-process `extract` uses — `ingest.files.jsonl_record` (fields, id,
date rules) and `worker.extract_chunk` (clean stage and its gates, `Pipeline.process`,
per-article failure isolation, `runner.events_public`), chunk by chunk as `extract`
does — inside `DataFrame.mapInPandas` tasks, so the two paths cannot drift apart.

Per executor process, the spaCy model and the gazetteer are loaded once (the module-level
pipeline cache of `frontwatch.worker`, as in `extract --workers`; Python workers are
reused across tasks). The gazetteer SQLite file is shipped with the job
(`SparkContext.addFile`) and opened on executors through `SparkFiles.get`, so a cluster
needs no shared file system for it; the frontwatch package and its model wheel must be
installed in the executors' Python (see `main`'s docstring).

Input: every line of a JSONL file (or every row of a Parquet file) is one article with the
fields id, url, title, text, published, outlet, language; both reach the workers as a JSON
object per article. As in `extract`, an article without a `published` date falls back to
its file's modification time, and ambiguous numeric dates (5/6/2017) are read in the
day/month order that the file's unambiguous dates prove (one small pre-pass job).

Output: Parquet, one row per event, with the same fields as `extract --format jsonl`;
nested objects are Parquet structs, except `location.relative` (its keys depend on the
relation kind), which is a JSON string. `EVENT_SCHEMA` is the schema; `record_from_row`
turns a row back into the JSONL record, and `read_events` reads a result without Spark.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from frontwatch import schema
from frontwatch.runner import JobStats

if TYPE_CHECKING:  # pyspark is the optional `spark` extra
    import pandas as pd
    from pyspark.sql import DataFrame, SparkSession

ARTICLE_FIELDS: tuple[str, ...] = ("id", "url", "title", "text", "published", "outlet", "language")
MAX_ERRORS = 1000  # error messages sent back to the driver; the count is always exact

# One row per event: `schema.EventRecord` (the keys of `Event.to_record()`), as Spark DDL derived from it.
EVENT_SCHEMA = schema.spark_ddl(schema.EventRecord)
EVENT_FIELDS: tuple[str, ...] = tuple(schema.EventRecord.model_fields)
LOCATION_FIELDS: tuple[str, ...] = tuple(schema.LocationOut.model_fields)


@dataclass
class SparkJobStats(JobStats):
    """JobStats whose failure count is exact although only MAX_ERRORS messages come back."""

    failures: int = 0

    @property
    def failed(self) -> int:
        return max(self.failures, len(self.errors))


class SparkExtractError(RuntimeError):
    """Bad usage or input detected on the driver (message is for the user)."""


@dataclass
class SparkOptions:
    master: str | None = None  # None: the one spark-submit set, else local[*]
    partitions: int | None = None  # None: at least 2 × default parallelism
    input_format: str = "auto"  # auto | jsonl | parquet
    include_background: bool = False
    published: datetime | None = None  # for articles without a date (as `extract --published`)
    outlet: str | None = None
    keep_non_english: bool = False
    gazetteer: Path | None = None  # None: the default gazetteer (built on the driver if missing)
    overwrite: bool = False
    conf: dict[str, str] = field(default_factory=dict)  # extra Spark settings


# ----------------------------------------------------------------------------- records ↔ rows


def event_row(record: dict[str, Any]) -> dict[str, Any]:
    """A public event record (JSONL shape) → a Parquet row (dict matching `EVENT_SCHEMA`).

    Refuses a record whose keys the schema does not know (a record not built from
    `schema.EventRecord`), so nothing silently disappears.
    """
    unknown = set(record) - set(EVENT_FIELDS)
    loc = record.get("location")
    if loc is not None:
        unknown |= {f"location.{k}" for k in set(loc) - set(LOCATION_FIELDS)}
    if unknown:
        raise ValueError(f"event fields not in schema.EventRecord: {', '.join(sorted(unknown))}")
    row = {k: record.get(k) for k in EVENT_FIELDS}
    if loc is not None:
        rel = loc.get("relative")
        row["location"] = {k: loc.get(k) for k in LOCATION_FIELDS}
        row["location"]["relative"] = json.dumps(rel, ensure_ascii=False) if rel is not None else None
    return row


def record_from_row(row: dict[str, Any]) -> dict[str, Any]:
    """A Parquet event row (as a dict) → the record `extract --format jsonl` prints."""
    rec = {k: row.get(k) for k in EVENT_FIELDS}
    loc = rec.get("location")
    if loc is not None:
        loc = dict(loc)
        rel = loc.pop("relative", None)
        if rel is not None:
            loc["relative"] = json.loads(rel)
        rec["location"] = loc
    rec["reported_by"] = list(rec.get("reported_by") or [])
    return rec


def read_events(path: str | Path) -> list[dict[str, Any]]:
    """All events of a spark-extract result (a Parquet directory), as JSONL-shape records; no Spark needed."""
    import pyarrow.parquet as pq

    return [record_from_row(r) for r in pq.read_table(str(path)).to_pylist()]


# ----------------------------------------------------------------------------- the worker side


def _utc(value: Any) -> datetime | None:
    """A Spark timestamp as pandas hands it over → aware UTC datetime (None for null)."""
    import pandas as pd

    if value is None or pd.isna(value):
        return None
    ts = pd.Timestamp(value)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return ts.to_pydatetime()


def raw_items(rows: Iterable[tuple[str, str, Any]], *, published: datetime | None, outlet: str | None,
              date_orders: dict[str, str]) -> Iterator[Any]:
    """(JSON object text, file path, file mtime) rows → RawArticle | IngestError, by the JSONL reader's rules."""
    from frontwatch.ingest.files import ReadError, jsonl_record
    from frontwatch.model import IngestError

    for text, path, mtime in rows:
        if text is None:
            continue
        line = text.removeprefix("\ufeff")
        if not line.strip():
            continue  # blank lines are not records (as in iter_jsonl)
        ref = path
        try:
            obj = json.loads(line)
            if isinstance(obj, dict) and isinstance(obj.get("id"), (str, int, float)):
                ref = f"{path}[id={obj['id']}]"
            yield jsonl_record(obj, ref, published=published, outlet=outlet, fallback_date=_utc(mtime),
                                date_order=lambda p=path: date_orders.get(p))
        except ReadError as exc:
            yield IngestError(ref, str(exc))
        except ValueError as exc:  # json.JSONDecodeError
            yield IngestError(ref, f"invalid JSON: {exc}")


@dataclass
class _Job:
    """What each task needs: plain values and accumulators, pickled into the mapInPandas closure."""

    gazetteer_name: str
    keep_background: bool
    published: datetime | None
    outlet: str | None
    keep_non_english: bool
    date_orders: dict[str, str]
    counters: Any  # Accumulator[dict[str, int]]
    errors: Any  # Accumulator[list[str]]


def _process_batches(job: _Job, batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
    """One partition: article batches in, event rows out, through `extract`'s own unit of work.

    `worker.extract_chunk` is what `extract --workers N` runs per chunk (clean, gates,
    pipeline with per-article failure isolation, public records); `init_extract` keeps one
    Pipeline per options in this Python worker, so the model and gazetteer load once per
    executor process however many tasks it runs.
    """
    import pandas as pd
    from pyspark import SparkFiles

    from frontwatch.pipeline import PipelineOptions
    from frontwatch.pool import chunked
    from frontwatch.runner import CHUNK, SourceOptions
    from frontwatch.worker import extract_chunk, init_extract

    init_extract(PipelineOptions(gazetteer=Path(SparkFiles.get(job.gazetteer_name)), keep_background=job.keep_background),
                 SourceOptions(published=job.published, outlet=job.outlet, keep_non_english=job.keep_non_english))
    stats = JobStats()
    errors: list[str] = []
    rows = ((r.record, r.file, r.mtime) for b in batches for r in b.itertuples(index=False))
    items = raw_items(rows, published=job.published, outlet=job.outlet, date_orders=job.date_orders)
    for chunk in chunked(items, CHUNK):
        result = extract_chunk(chunk)
        assert result.stats is not None
        stats.add(result.stats)
        errors.extend(msg for kind, msg in result.messages if kind == "error" and len(errors) < MAX_ERRORS)
        # one JSON line per event (json.dumps escapes newlines, so "\n" is the only separator)
        out = [event_row(json.loads(line)) for text in result.lines for line in text.split("\n") if line]
        if out:
            yield pd.DataFrame.from_records(out, columns=list(EVENT_FIELDS))
    job.counters.add({"read": stats.read, "stored": stats.stored, "skipped_language": stats.skipped_language,
                      "failed": stats.failed})
    job.errors.add(errors)


# ----------------------------------------------------------------------------- the driver side


def _accumulator_params():
    from pyspark.accumulators import AccumulatorParam

    class CounterParam(AccumulatorParam):
        def zero(self, value: dict) -> dict:
            return {}

        def addInPlace(self, a: dict, b: dict) -> dict:
            for k, v in b.items():
                a[k] = a.get(k, 0) + v
            return a

    class CappedListParam(AccumulatorParam):
        def zero(self, value: list) -> list:
            return []

        def addInPlace(self, a: list, b: list) -> list:
            a.extend(b[: max(0, MAX_ERRORS - len(a))])
            return a

    return CounterParam(), CappedListParam()


def build_session(master: str | None = None, conf: dict[str, str] | None = None,
                  app_name: str = "frontwatch spark-extract") -> "SparkSession":
    """A Spark session: `master` if given, else the one spark-submit chose, else local[*].

    Executors run the driver's own Python unless PYSPARK_PYTHON (or spark.pyspark.python
    through spark-submit) says otherwise, so local mode uses this virtualenv.
    """
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    elif "PYSPARK_GATEWAY_PORT" not in os.environ:  # not launched by spark-submit
        builder = builder.master("local[*]")
    builder = builder.config("spark.sql.session.timeZone", "UTC")
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def input_format(path: str, requested: str = "auto") -> str:
    """jsonl or parquet: as requested, else from the name (or, for a local directory, its files)."""
    if requested in ("jsonl", "parquet"):
        return requested
    if requested != "auto":
        raise SparkExtractError(f"unknown input format {requested!r} (auto, jsonl or parquet)")
    if path.rstrip("/").endswith(".parquet"):
        return "parquet"
    local = _local(path)
    if local is not None and local.is_dir():
        names = [p.name for p in local.iterdir() if not p.name.startswith((".", "_"))]
        if names and all(n.endswith(".parquet") for n in names):
            return "parquet"
    return "jsonl"


def _local(path: str) -> Path | None:
    """The local file system path of `path`, or None for hdfs://, s3a:// and the like."""
    if path.startswith("file:"):
        return Path(path.removeprefix("file:").removeprefix("//"))
    return None if "://" in path else Path(path)


def check_paths(input_path: str, output: str, *, overwrite: bool) -> None:
    """Fail before starting Spark on what can be seen locally: a missing input, an output already there."""
    src = _local(input_path)
    if src is not None and not any(ch in input_path for ch in "*?[{") and not src.exists():
        raise SparkExtractError(f"{input_path}: no such file or directory")
    dst = _local(output)
    if dst is not None and dst.exists() and not overwrite:
        raise SparkExtractError(f"{output}: already exists (pass --overwrite to replace it)")


def read_articles(spark: "SparkSession", path: str, fmt: str) -> "DataFrame":
    """Articles as rows (record: JSON object text, file: path, mtime: file modification time)."""
    from pyspark.sql import functions as F

    if fmt == "jsonl":
        df = spark.read.text(path)
        record = F.col("value")
    else:
        df = spark.read.parquet(path)
        present = [c for c in ARTICLE_FIELDS if c in df.columns]
        if "text" not in present:
            raise SparkExtractError(f"{path}: Parquet input has no 'text' column (columns: {', '.join(df.columns)})")
        record = F.to_json(F.struct(*[F.col(c) for c in present]))
    return df.select(record.alias("record"), F.col("_metadata.file_path").alias("file"),
                     F.col("_metadata.file_modification_time").alias("mtime"))


def file_date_orders(articles: "DataFrame") -> dict[str, str]:
    """Per input file, the day/month order its unambiguous numeric dates prove (if they agree).

    The same evidence `ingest.files.jsonl_date_order` reads from one file, gathered by
    Spark: only distinct (file, date) pairs reach Python, and one row per file comes back.
    """
    from pyspark.sql import functions as F

    from frontwatch.ingest.files import JSONL_NUMERIC_DATE

    pattern = JSONL_NUMERIC_DATE.pattern.decode("ascii")
    pairs = (articles.select("file", F.explode(F.regexp_extract_all("record", F.lit(pattern), 1)).alias("d"))
             .distinct())

    def evidence(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        import pandas as pd

        from frontwatch.ingest.published import day_month_evidence

        for b in batches:
            orders = b["d"].map(day_month_evidence)
            yield pd.DataFrame({"file": b["file"], "order": orders})[orders.notna()]

    found: dict[str, set[str]] = {}
    for row in pairs.mapInPandas(evidence, "file string, order string").distinct().collect():
        found.setdefault(row["file"], set()).add(row["order"])
    return {f: next(iter(o)) for f, o in found.items() if len(o) == 1}


def _ship_gazetteer(spark: "SparkSession", gazetteer: Path | None) -> str:
    """Build the gazetteer on the driver if missing, ship it with the job; the name executors ask SparkFiles for."""
    from frontwatch.geo.gazetteer import Gazetteer

    gaz = Gazetteer.open(gazetteer, build=True)  # checks the schema; builds the default once
    path = Path(gaz.path).resolve()
    gaz.close()
    spark.sparkContext.addFile(str(path))
    return path.name


def spark_extract(input_path: str, output: str, options: SparkOptions | None = None,
                  spark: "SparkSession | None" = None) -> SparkJobStats:
    """Run extract over `input_path` with Spark; write Parquet events to `output` (a directory).

    Uses `spark` when given (tests share one session), else builds one from `options`
    and stops it at the end. `JobStats.errors` holds up to MAX_ERRORS messages; the
    count of failures is exact. Events are not in input order (partitions run in parallel).
    """
    from pyspark.sql import functions as F

    options = options or SparkOptions()
    check_paths(input_path, output, overwrite=options.overwrite)
    fmt = input_format(input_path, options.input_format)
    own = spark is None
    spark = spark or build_session(options.master, options.conf)
    try:
        articles = read_articles(spark, input_path, fmt)
        counter_param, list_param = _accumulator_params()
        sc = spark.sparkContext
        job = _Job(
            gazetteer_name=_ship_gazetteer(spark, options.gazetteer), keep_background=options.include_background,
            published=options.published, outlet=options.outlet, keep_non_english=options.keep_non_english,
            date_orders=file_date_orders(articles), counters=sc.accumulator({}, counter_param),
            errors=sc.accumulator([], list_param),
        )
        target = options.partitions or 2 * sc.defaultParallelism
        if articles.rdd.getNumPartitions() < target:
            articles = articles.repartition(target)  # a small file is one split: spread it over the executors

        def process(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
            return _process_batches(job, batches)

        events = articles.mapInPandas(process, EVENT_SCHEMA)
        events.write.mode("overwrite" if options.overwrite else "errorifexists").parquet(output)
        counts = job.counters.value
        return SparkJobStats(
            read=counts.get("read", 0), stored=counts.get("stored", 0),
            skipped_language=counts.get("skipped_language", 0), errors=list(job.errors.value),
            failures=counts.get("failed", 0),
            # counted from what was written, so a retried task cannot make the two disagree
            events=spark.read.parquet(output).select(F.count(F.lit(1))).first()[0],
        )
    finally:
        if own:
            spark.stop()
