"""Dates are never silently wrong: one parser for the CLI and the inputs, datelines read,
a file-time date reported as such."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
import typer

from frontwatch.cli import parse_date
from frontwatch.ingest import iter_sources
from frontwatch.ingest.files import dateline


@pytest.mark.parametrize("text, day", [
    ("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use", "2017-04-05"),
    ("13-12-2014 - Aleppo: barrel bombs hit the old city", "2014-12-13"),
    ("December 7, 2024 | Rebels reach the outskirts of Homs", "2024-12-07"),
    ("Rebels shelled Homs\n2024-12-07\nMore text", "2024-12-07"),
])
def test_a_dateline_is_the_articles_date(text: str, day: str) -> None:
    found = dateline(text)
    assert found is not None and found.date().isoformat() == day


@pytest.mark.parametrize("text", [
    "Rebels took Aleppo on 7 December 2024, a monitor said.",  # a date in the story, not a dateline
    "05/06/2017 Rebels shelled Homs",  # day and month could be swapped
    "Tuesday: rebels shelled Homs",
])
def test_no_dateline_no_guess(text: str) -> None:
    assert dateline(text) is None


def test_a_text_file_takes_its_dateline_before_the_option_and_the_file_time(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Wed 05 Apr 2017 Syria attack\n\nVictims of a suspected chemical attack were treated.")
    (item,) = iter_sources([str(path)], published=datetime(2024, 1, 1, tzinfo=timezone.utc))
    assert item.published.date().isoformat() == "2017-04-05" and item.published_from == "metadata"


def test_the_command_line_reads_dates_as_the_inputs_do() -> None:
    assert parse_date("2024-12-07") == datetime(2024, 12, 7, tzinfo=timezone.utc)
    assert parse_date("7 December 2024") == datetime(2024, 12, 7, tzinfo=timezone.utc)
    assert parse_date("21/08/2013") == datetime(2013, 8, 21, tzinfo=timezone.utc)  # only one reading
    with pytest.raises(typer.BadParameter, match="ambiguous day/month"):
        parse_date("07/12/2024")
    with pytest.raises(typer.BadParameter, match="not a date"):
        parse_date("last Tuesday")


@pytest.mark.slow
def test_a_file_time_date_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Rebels shelled the town of Talbiseh on Monday, killing two people.")
    code = "from frontwatch.cli import app; app()"
    proc = subprocess.run([sys.executable, "-c", code, "extract", str(path)], capture_output=True, text=True,
                          timeout=600)
    assert "warning: 1 article(s) state no publication date" in proc.stderr, proc.stderr
    dated = subprocess.run([sys.executable, "-c", code, "extract", str(path), "--published", "2024-12-02"],
                           capture_output=True, text=True, timeout=600)
    assert "warning:" not in dated.stderr and dated.returncode == 0


@pytest.mark.slow
def test_an_old_dated_event_in_an_undated_record_is_news_not_history(tmp_path: Path) -> None:
    """Without a stated publication date (the file's time is a guess), age cannot make an event background."""
    import io
    import json

    from frontwatch.runner import run_extract

    path = tmp_path / "notes.jsonl"
    text = "On 12 March 2022, Russian forces shelled Kharkiv, killing 3 civilians."
    path.write_text(json.dumps({"id": "undated", "text": text}) + "\n"
                    + json.dumps({"id": "dated", "text": text, "published": "2024-12-07"}) + "\n")
    out = io.StringIO()
    run_extract([str(path)], out, include_background=True)
    events = [json.loads(line) for line in out.getvalue().splitlines()]
    by_id = {i: [(e["modality"], e["date"]) for e in events if e["article_id"] == i] for i in ("undated", "dated")}
    assert by_id["undated"] == [("asserted", "2022-03-12")]
    assert by_id["dated"] == [("background", "2022-03-12")]  # a stated 2024 date: 2022 is history
