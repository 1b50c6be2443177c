"""One documented rule for numeric dates whose day and month could be swapped (07/12/2024).

ISO and unambiguous dates are read as they are; then --date-order (or a feed's `date_order`);
then the feed's locale; then (JSONL) the file's own dates; else the date is refused. The CLI
--published, a JSONL 'published' and a text's dateline must agree, through the real CLI.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.ingest.date_order import (
    DateOrderError,
    locale_date_order,
    parse_date_order,
)
from frontwatch.ingest.feeds import iter_feed
from frontwatch.ingest.files import dateline
from frontwatch.ingest.published import parse_date
from frontwatch.watch.config import ConfigError, parse_feeds

FW = [sys.executable, "-m", "frontwatch"]
SENTENCE = "Syrian government forces shelled the town of Maarat al-Numan in Idlib province, killing three civilians."
DEC_7, JUL_12 = "2024-12-07", "2024-07-12"


def test_the_order_is_checked_and_case_free() -> None:
    assert [parse_date_order(v) for v in ("dmy", "MDY", " ymd ", None)] == ["DMY", "MDY", "YMD", None]
    with pytest.raises(DateOrderError, match="use one of DMY, MDY, YMD"):
        parse_date_order("DYM")


def test_locale_gives_the_order() -> None:
    assert locale_date_order("en-US") == locale_date_order("en_us") == "MDY"
    assert locale_date_order("en-GB") == locale_date_order("fr") == locale_date_order("en") == "DMY"
    assert locale_date_order("ja") == locale_date_order("zh-Hans-CN") == "YMD"
    assert locale_date_order(None) is None and locale_date_order("") is None


def test_iso_and_unambiguous_dates_ignore_the_order() -> None:
    for order in (None, "DMY", "MDY", "YMD"):
        assert parse_date("2024-07-12", date_order=order).date().isoformat() == JUL_12
        assert parse_date("2024/07/12", date_order=order).date().isoformat() == JUL_12
    assert parse_date("12/31/2024", date_order="DMY").date().isoformat() == "2024-12-31"
    assert parse_date("07/12/2024") is None  # ambiguous, no order: refused, never guessed
    assert parse_date("07/12/2024", date_order="YMD") is None  # not in the declared order


def test_dateline_reads_by_the_same_rule() -> None:
    text = f"07/12/2024 - Idlib\n\n{SENTENCE}\n"
    assert dateline(text) is None
    assert dateline(text, "DMY").date().isoformat() == DEC_7
    assert dateline(text, "MDY").date().isoformat() == JUL_12
    assert dateline(f"2024/07/12\n\n{SENTENCE}\n").date().isoformat() == JUL_12


def test_a_feed_locale_reads_ambiguous_entry_dates() -> None:
    def feed(lang: str) -> bytes:
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><language>{lang}</language>'
                f"<item><title>x</title><guid>1</guid><description>{SENTENCE}</description>"
                "<pubDate>07/12/2024</pubDate></item></channel></rss>").encode()

    us = next(iter_feed(feed("en-us"), "f"))
    gb = next(iter_feed(feed("en-gb"), "f"))
    assert (us.published.date().isoformat(), us.published_from) == (JUL_12, "metadata")
    assert (gb.published.date().isoformat(), gb.published_from) == (DEC_7, "metadata")
    forced = next(iter_feed(feed("en-us"), "f", date_order="DMY"))  # the option beats the locale
    assert forced.published.date().isoformat() == DEC_7
    bare = feed("").replace(b"<language></language>", b"")  # no declared language: the watch file's, if any
    assert next(iter_feed(bare, "f", locale="en-US")).published.date().isoformat() == JUL_12
    assert next(iter_feed(bare, "f")).published_from == "unknown"  # no order at all: not read, not guessed


def test_watch_file_date_order_and_locale() -> None:
    feeds = parse_feeds({"feed": [{"url": "https://a.example/rss", "date_order": "mdy"},
                                  {"url": "https://b.example/rss", "language": "en-US"},
                                  {"url": "https://c.example/rss", "language": "en-GB"},
                                  {"url": "https://d.example/rss", "language": "en"},
                                  {"url": "https://e.example/rss"}]})
    # a bare language leaves the order to the feed's own <language> first (poll.py passes it as `locale`)
    assert [f.date_order for f in feeds] == ["MDY", "MDY", "DMY", None, None]
    with pytest.raises(ConfigError, match="feed 1.*'date_order'.*invalid date order 'US'"):
        parse_feeds({"feed": [{"url": "https://a.example/rss", "date_order": "US"}]})


# ----------------------------------------------------------------------------- the real CLI


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("orders")
    (d / "plain.txt").write_text(f"Shelling in Idlib\n\n{SENTENCE}\n", encoding="utf-8")
    (d / "dateline.txt").write_text(f"07/12/2024 - Idlib\n\n{SENTENCE}\n", encoding="utf-8")
    (d / "records.jsonl").write_text(json.dumps({"id": "r1", "published": "07/12/2024", "text": SENTENCE}) + "\n",
                                     encoding="utf-8")
    return {p.stem: p for p in d.iterdir()}


def _extract(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*FW, "extract", *args], capture_output=True, text=True, timeout=600, check=False)


def _dates(stdout: str) -> set[tuple[str, str]]:
    return {(e["date"], e["date_source"]) for e in map(json.loads, stdout.splitlines()) if e["date"]}


@pytest.mark.slow
@pytest.mark.parametrize("order,day", [("DMY", DEC_7), ("mdy", JUL_12)])
def test_cli_jsonl_and_dateline_agree(inputs: dict[str, Path], order: str, day: str) -> None:
    proc = _extract(str(inputs["plain"]), str(inputs["dateline"]), str(inputs["records"]),
                    "--published", "07/12/2024", "--date-order", order)
    assert proc.returncode == 0, proc.stderr
    # the option (plain text), the dateline and the JSONL field: metadata and option, one day
    assert _dates(proc.stdout) == {(day, "option"), (day, "metadata")}
    assert "3 article(s)" in proc.stderr


@pytest.mark.slow
def test_cli_refuses_an_ambiguous_date_without_an_order(inputs: dict[str, Path]) -> None:
    proc = _extract(str(inputs["plain"]), "--published", "07/12/2024")
    assert proc.returncode == 2 and "ambiguous day/month" in proc.stderr and "--date-order" in proc.stderr
    proc = _extract(str(inputs["records"]), str(inputs["dateline"]))
    assert "records.jsonl:1: ambiguous day/month" in proc.stderr and "'07/12/2024'" in proc.stderr
    # the dateline is not read: the date falls back to the file time, and the events say so
    assert {src for _, src in _dates(proc.stdout)} == {"file_mtime"}


@pytest.mark.slow
def test_cli_rejects_an_invalid_order(inputs: dict[str, Path]) -> None:
    proc = _extract(str(inputs["plain"]), "--date-order", "DDMMYY")
    assert proc.returncode == 2 and "invalid date order 'DDMMYY'" in proc.stderr
