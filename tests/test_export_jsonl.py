"""JSONL export, and all three writers fed from a real store (the CLI's path)."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timezone
from pathlib import Path

from frontwatch.export import WRITERS, write_jsonl
from frontwatch.model import Actor, Article, Event, Place, ProcessedArticle, Sentence, Toponym
from frontwatch.store import Store

SENTENCE = "Clashes broke out in دير الزور (Deir ez-Zor) on Friday – residents fled, SANA reported."


def event(i: int, *, located: bool = True) -> Event:
    deir = Place(geonameid=170794, name="Deir ez-Zor", lat=35.33588, lon=40.14084, country="SY",
                 admin1="Deir ez-Zor", admin2="Deir ez-Zor District", precision="city")
    return Event(id=f"ev-{i}", article_id="art-1", evidence_text=SENTENCE, evidence_start=0,
                 evidence_end=len(SENTENCE), event_type="armed_clash", acled_event_type="Battles",
                 acled_sub_event_type="Armed clash", plover="FIGHT",
                 actor1=Actor("Military Forces of Syria", "troops", kind="state forces", country="SY"),
                 actor2=Actor("Islamic State", "IS fighters", kind="rebel group") if located else None, fatalities=i,
                 location=Toponym(21, 30, "دير الزور", place=deir, precision="city") if located else None,
                 date="2024-12-06", date_precision="day", reported_by=["SANA"], confidence=0.7)


def test_one_utf8_record_per_line_unescaped() -> None:
    records = [event(i).to_record() for i in range(3)]
    buf = io.StringIO()
    assert write_jsonl(iter(records), buf) == 3
    text = buf.getvalue()
    assert text.endswith("\n") and text.count("\n") == 3
    assert "دير الزور" in text and "–" in text and "\\u" not in text  # ensure_ascii=False
    assert [json.loads(line) for line in text.splitlines()] == records


def test_jsonl_empty_and_datetimes() -> None:
    buf = io.StringIO()
    assert write_jsonl([], buf) == 0 and buf.getvalue() == ""
    write_jsonl([{"id": "x", "when": datetime(2024, 1, 2, tzinfo=timezone.utc)}], buf)
    assert json.loads(buf.getvalue())["when"] == "2024-01-02T00:00:00+00:00"


def test_jsonl_streams() -> None:
    buf = io.StringIO()

    def records():
        for i in range(4):
            if i:  # the previous record is already out before the next one is even produced
                assert f'"ev-{i - 1}"' in buf.getvalue()
            yield event(i).to_record()

    assert write_jsonl(records(), buf) == 4


def test_all_writers_from_a_real_store(tmp_path: Path) -> None:
    """Store.iter_events → every writer: same count, and the JSONL lines are to_record() + article."""
    events = [event(1), event(2, located=False)]
    article = Article(id="art-1", text=SENTENCE, source_ref="in.txt", kind="text", url="https://x.example/1",
                      outlet="=cmd|' /C calc'!A0", published=datetime(2024, 12, 7, tzinfo=timezone.utc))
    with Store(tmp_path / "fw.sqlite") as store:
        store.save(ProcessedArticle(article=article, sentences=[Sentence(0, 0, len(SENTENCE), SENTENCE)],
                                    events=events))
        out: dict[str, str] = {}
        for name, writer in WRITERS.items():
            buf = io.StringIO(newline="")
            assert writer(store.iter_events(), buf) == 2
            out[name] = buf.getvalue()
    lines = [json.loads(x) for x in out["jsonl"].splitlines()]
    assert [{k: v for k, v in r.items() if k != "article"} for r in lines] == [e.to_record() for e in events]
    # the fields an ACLED export needs survive the store: fatalities, actor kinds and countries, admin2
    assert (lines[0]["fatalities"], lines[1]["fatalities"]) == (1, 2)
    assert lines[0]["actor1"] == {"name": "Military Forces of Syria", "text": "troops", "kind": "state forces",
                                  "country": "SY"}
    assert lines[0]["actor2"]["kind"] == "rebel group" and lines[0]["location"]["admin2"] == "Deir ez-Zor District"
    assert lines[0]["article"]["url"] == "https://x.example/1"
    rows = list(csv.DictReader(io.StringIO(out["csv"], newline="")))
    assert [r["notes"] for r in rows] == [SENTENCE, SENTENCE] and rows[0]["tags"] == "reported by=SANA"
    assert rows[0]["source"] == "'=cmd|' /C calc'!A0"  # the outlet, guarded against formula injection
    features = json.loads(out["geojson"])["features"]
    assert features[0]["geometry"]["coordinates"] == [40.14084, 35.33588] and features[1]["geometry"] is None
