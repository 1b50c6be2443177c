"""Fuzz the input readers: generated JSONL, RSS/Atom, HTML and text files through read + clean.

Why: issue 16 found single records (a `[/]` in a date, deeply nested JSON, a year-9999
date, a NUL byte) that aborted a whole batch. `tests/bad_inputs.py` pins the cases we know;
this bench looks for the ones we don't. hypothesis generates files of each kind — mostly
well-formed skeletons filled with hostile values, plus raw bytes — and each one goes through
the same path `frontwatch ingest` takes (`runner.read_sources` → `runner.clean_items`) and
its error lines through the CLI's stderr console. A crash is any exception that escapes:
every bad record must come back as one error line.

    python bench/fuzz_readers.py                 # 2,500 inputs per reader = 10,000
    python bench/fuzz_readers.py --examples 100  # a quick run

Results (inputs, articles, error lines, crashes with the first failing input) go to
bench/results/fuzz_readers-<UTC>.json with the machine and commit. Exit code 1 on a crash.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import seed as fixed_seed
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import write_result  # noqa: E402

from frontwatch.runner import JobStats, SourceOptions, clean_items, read_sources  # noqa: E402

# Values that broke readers before, mixed into every generated field so the search starts there.
NASTY = ["[/]", "[bold]", "\x00", "\ud800", "\ufeff", "9999-12-31T23:59:59-14:00", "0000-00-00", "07/12/2024",
         "1e309", "&amp;", "&#0;", "]]>", "<!--", "\u202e", "%s%n", "../../etc/passwd", "ḩalab حلب", "\r\n"]
DATES = st.one_of(st.sampled_from(NASTY), st.datetimes().map(lambda d: d.isoformat()),
                  st.datetimes().map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0000")), st.text(max_size=30))
TEXTS = st.one_of(st.text(min_size=0, max_size=400), st.sampled_from(NASTY),
                  st.lists(st.sampled_from(NASTY + ["Aleppo", "shelled", "killed 5", " "]), max_size=30).map("".join))
# Plausible prose with hostile pieces inside, so a good share of inputs reach cleaning and the
# language gate instead of stopping at the first check.
WORDS = ["Government", "forces", "shelled", "the", "town", "of", "Aleppo", "on", "Tuesday,", "killing", "five",
         "civilians,", "a", "monitor", "said.", "Rebels", "attacked", "checkpoint", "near", "Homs."]
PROSE = st.lists(st.one_of(st.sampled_from(WORDS * 8 + NASTY), st.text(max_size=12)),
                 min_size=20, max_size=120).map(" ".join)
TEXTS = st.one_of(TEXTS, PROSE)
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), TEXTS)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                                 st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                           max_leaves=12)


def _encode(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="surrogatepass" if encoding.startswith("utf") else "replace")


ENCODINGS = st.sampled_from(["utf-8"] * 6 + ["utf-16", "latin-1", "utf-8-sig"])


@st.composite
def jsonl_files(draw) -> bytes:
    """Lines of records with hostile fields, raw bytes, nesting bombs and junk."""
    record = st.fixed_dictionaries({}, optional={
        "text": st.one_of(PROSE, TEXTS, JSON_VALUES), "published": st.one_of(DATES, JSON_VALUES), "title": TEXTS,
        "url": TEXTS, "outlet": TEXTS, "language": st.one_of(st.sampled_from(["en", "ar", "EN-us", "und", ""]), TEXTS),
        "id": JSON_VALUES})
    good = st.fixed_dictionaries({"text": PROSE}, optional={"published": st.datetimes().map(lambda d: d.isoformat()),
                                                             "title": PROSE, "id": st.integers()})
    line = st.one_of(
        good.map(lambda r: json.dumps(r, ensure_ascii=False)),
        record.map(lambda r: json.dumps(r, ensure_ascii=False, allow_nan=True)),
        st.integers(0, 3000).map(lambda n: "[" * n + "]" * n),
        JSON_VALUES.map(lambda v: json.dumps(v, allow_nan=True)),
        TEXTS,
    )
    lines = draw(st.lists(line, min_size=0, max_size=8))
    data = _encode("\n".join(lines), draw(ENCODINGS))
    if draw(st.booleans()) and data:  # raw corruption somewhere in the file
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    return data


def _xml_escape_maybe(s: str, raw: bool) -> str:
    return s if raw else s.replace("&", "&amp;").replace("<", "&lt;")


@st.composite
def feed_files(draw) -> bytes:
    """RSS 2.0 or Atom skeletons with hostile titles, guids, dates, bodies; sometimes broken."""
    raw = draw(st.booleans())  # unescaped values make malformed XML on purpose
    items = []
    for _ in range(draw(st.integers(0, 5))):
        title, body, guid, date = (_xml_escape_maybe(draw(t), raw) for t in (TEXTS, TEXTS, TEXTS, DATES))
        html_body = draw(st.booleans())
        body = f"<![CDATA[<p>{body}</p><script>x</script>]]>" if html_body and "]]>" not in body else body
        items.append((title, body, guid, date))
    if draw(st.booleans()):
        entries = "".join(f"<item><title>{t}</title><guid>{g}</guid><pubDate>{d}</pubDate>"
                          f"<description>{b}</description><link>{g}</link></item>" for t, b, g, d in items)
        doc = f'<?xml version="1.0"?><rss version="2.0"><channel><title>{draw(TEXTS)[:40]}</title>{entries}</channel></rss>'
    else:
        entries = "".join(f"<entry><title>{t}</title><id>{g}</id><updated>{d}</updated>"
                          f"<content type=\"html\">{b}</content></entry>" for t, b, g, d in items)
        doc = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'
    if draw(st.integers(0, 9)) == 0:  # entity tricks: readers must refuse, not expand
        doc = doc.replace("?>", '?><!DOCTYPE r [<!ENTITY e SYSTEM "file:///etc/passwd"><!ENTITY a "aaaa">]>', 1)
    data = _encode(doc, draw(ENCODINGS))
    if draw(st.integers(0, 4)) == 0 and data:
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    return data


TAGS = ["p", "div", "span", "script", "style", "article", "nav", "table", "td", "a", "iframe", "svg", "h1", "br"]


@st.composite
def html_files(draw) -> bytes:
    """Pages whose nesting, metadata and text are generated; some are truncated or binary-laced."""
    parts = []
    for _ in range(draw(st.integers(0, 30))):
        tag = draw(st.sampled_from(TAGS))
        parts.append(f"<{tag}>{draw(st.one_of(TEXTS, PROSE))}" + (f"</{tag}>" if draw(st.booleans()) else ""))
    depth = draw(st.integers(0, 400))
    body = "<div>" * depth + "".join(parts) + "</div>" * draw(st.integers(0, depth))
    doc = (f'<html><head><title>{draw(TEXTS)[:60]}</title><meta charset="{draw(st.sampled_from(["utf-8", "bogus", "utf-16", ""]))}">'
           f'<meta property="article:published_time" content="{draw(DATES)}"></head><body>{body}</body></html>')
    data = _encode(doc, draw(ENCODINGS))
    if draw(st.booleans()) and data:
        data = data[: draw(st.integers(0, len(data)))]
    return data


@st.composite
def text_files(draw) -> bytes:
    """Plain text: datelines, titles, any characters, any of several encodings, or bytes."""
    if draw(st.integers(0, 4)) == 0:
        return draw(st.binary(max_size=600))
    lines = draw(st.lists(st.one_of(TEXTS, DATES), max_size=10))
    return _encode("\n".join(lines), draw(ENCODINGS))


READERS = {"jsonl": (jsonl_files(), ".jsonl"), "feed": (feed_files(), ".xml"),
           "html": (html_files(), ".html"), "text": (text_files(), ".txt")}


class Tally:
    def __init__(self) -> None:
        self.inputs = self.articles = self.error_lines = 0
        self.crashes: list[dict] = []


def run_one(data: bytes, suffix: str, workdir: Path, tally: Tally, console: Console) -> None:
    """One generated file through read → clean, its error lines printed as the CLI prints them."""
    path = workdir / f"input{suffix}"
    path.write_bytes(data)
    opts = SourceOptions(keep_non_english=True)
    stats = JobStats()
    tally.inputs += 1
    try:
        for _ in clean_items(read_sources([str(path)], opts), opts, stats, on_error=lambda m: None):
            tally.articles += 1
        for message in stats.errors:
            console.print(Text(message))
        tally.error_lines += len(stats.errors)
    except BaseException as exc:  # noqa: BLE001 — the point is to catch anything that escapes
        if isinstance(exc, KeyboardInterrupt):
            raise
        if len(tally.crashes) < 20:
            tally.crashes.append({"reader": suffix, "error": f"{type(exc).__name__}: {exc}"[:500],
                                  "input_head": data[:300].decode("utf-8", "backslashreplace"),
                                  "traceback": traceback.format_exc()[-2000:]})


def fuzz(reader: str, examples: int, workdir: Path, tally: Tally, seed: int) -> None:
    strategy, suffix = READERS[reader]
    console = Console(file=io.StringIO(), markup=False, highlight=False)

    @fixed_seed(seed)  # the same inputs on every run with the same --seed: results are comparable
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    @given(strategy)
    def check(data: bytes) -> None:
        run_one(data, suffix, workdir, tally, console)

    check()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--examples", type=int, default=2500, help="generated inputs per reader (4 readers)")
    ap.add_argument("--readers", default=",".join(READERS), help="comma-separated subset of " + ",".join(READERS))
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent / "results")
    args = ap.parse_args(argv)
    per_reader = {}
    crashes: list[dict] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fw-fuzz-") as tmp:
        for reader in args.readers.split(","):
            tally = Tally()
            t0 = time.perf_counter()
            fuzz(reader, args.examples, Path(tmp), tally, args.seed)
            per_reader[reader] = {"inputs": tally.inputs, "articles": tally.articles, "error_lines": tally.error_lines,
                                  "crashes": len(tally.crashes), "seconds": round(time.perf_counter() - t0, 1)}
            crashes.extend(tally.crashes)
            print(f"{reader}: {per_reader[reader]}", file=sys.stderr)
    result = {"bench": "fuzz_readers", "examples_per_reader": args.examples, "seed": args.seed,
              "inputs": sum(r["inputs"] for r in per_reader.values()),
              "crashes": sum(r["crashes"] for r in per_reader.values()), "per_reader": per_reader,
              "first_crashes": crashes[:5], "seconds": round(time.perf_counter() - started, 1)}
    write_result(result, args.out, "fuzz_readers")
    return 1 if result["crashes"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
