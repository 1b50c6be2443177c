"""Dates are never silently wrong: an event dated from a file's modification time says so (`date_source`).

A real text file with no dateline goes through the real CLI (spaCy, gazetteer), into JSONL and into
a real SQLite store served by the API.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FW = [sys.executable, "-m", "frontwatch"]
TEXT = ("Shelling hits Idlib\n\n"
        "Syrian government forces shelled the town of Maarat al-Numan in Idlib province on Tuesday, "
        "killing three civilians, a monitor said.\n\n"
        "On 12 March 2022, rebels attacked an army post near Aleppo, the group said.\n")
MTIME = datetime(2024, 6, 14, 10, 0, tzinfo=UTC)


def _undated_file(tmp_path: Path) -> Path:
    path = tmp_path / "undated.txt"
    path.write_text(TEXT, encoding="utf-8")
    os.utime(path, (MTIME.timestamp(), MTIME.timestamp()))
    return path


def _run(*args: str) -> subprocess.CompletedProcess:
    proc = subprocess.run([*FW, *args], capture_output=True, text=True, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    return proc


def _events(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def test_extract_marks_dates_taken_from_the_file_time(tmp_path: Path) -> None:
    proc = _run("extract", str(_undated_file(tmp_path)))
    events = _events(proc.stdout)
    assert events
    stated = [e for e in events if e["date"] == "2022-03-12"]
    anchored = [e for e in events if e["date"] and e["date"] != "2022-03-12"]
    assert stated and all(e["date_source"] == "text" for e in stated)
    # 'on Tuesday' and the undated sentence are dated from the file time, and say so
    assert anchored and all(e["date_source"] == "file_mtime" for e in anchored)
    assert all(e["date"] <= MTIME.date().isoformat() for e in anchored)
    assert all(e["date_source"] is None for e in events if e["date"] is None)
    assert "file_mtime" in proc.stderr


def test_a_stated_publication_date_is_the_source_instead(tmp_path: Path) -> None:
    events = _events(_run("extract", str(_undated_file(tmp_path)), "--published", "2024-07-01").stdout)
    sources = {e["date_source"] for e in events if e["date"] and e["date"] != "2022-03-12"}
    assert sources == {"option"}


def test_store_and_api_carry_the_date_source(tmp_path: Path) -> None:
    import httpx
    from test_api_support import LiveServer

    db = tmp_path / "fw.sqlite"
    _run("ingest", str(_undated_file(tmp_path)), "--db", str(db))
    with LiveServer(db) as srv, httpx.Client(base_url=srv.url, timeout=30) as client:
        resp = client.get("/events")
        assert resp.status_code == 200, resp.text
        items = resp.json()["items"]
        assert items
        for e in items:
            assert e["article"]["published_from"] == "file_mtime"
            assert e["date_source"] == ("text" if e["date"] == "2022-03-12" else "file_mtime")
    exported = tmp_path / "events.jsonl"
    _run("export", "--db", str(db), "--format", "jsonl", "--output", str(exported))
    rows = _events(exported.read_text(encoding="utf-8"))
    assert rows and {r["date_source"] for r in rows} >= {"file_mtime"}


def _french_events(published_from: str) -> list:
    """The native (non-English) coder over one French article with a relative and a stated date."""
    from frontwatch.lang.events import code_article
    from frontwatch.model import Article, Place, Sentence, Toponym

    s1 = "Les rebelles ont attaqué hier un poste de l'armée à Alep."
    s2 = "Le 12 mars 2022, les forces gouvernementales ont bombardé Idlib."
    text = f"{s1} {s2}"
    tops = [Toponym(text.index("Alep"), text.index("Alep") + 4, "Alep", Place(170063, "Aleppo", 36.2, 37.16, "SY")),
            Toponym(text.index("Idlib"), text.index("Idlib") + 5, "Idlib", Place(169389, "Idlib", 35.93, 36.63, "SY"))]
    article = Article(id="es-1", text=text, source_ref="es.txt", kind="text", published=MTIME,
                      published_from=published_from, language="fr")  # type: ignore[arg-type]
    sents = [Sentence(0, 0, len(s1), s1), Sentence(1, len(s1) + 1, len(text), s2)]
    return code_article(article, sents, tops)


@pytest.mark.parametrize("published_from", ["file_mtime", "metadata"])
def test_the_native_coder_marks_its_dates_too(published_from: str) -> None:
    events = _french_events(published_from)
    by_day = {e.date: e.date_source for e in events if e.date}
    assert by_day.get("2024-06-13") == published_from  # 'hier': the day before the (file) date
    assert by_day.get("2022-03-12") == "text", by_day
    assert all(e.date_source is None for e in events if e.date is None)
