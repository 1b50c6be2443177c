"""ACLED-style CSV: header, codebook mappings, the formula-injection guard, streaming."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import pytest

from frontwatch.export.acled_csv import ACLED_COLUMNS, COLUMNS, acled_row, country_codes, write_acled_csv
from frontwatch.model import Actor, Event, Place, Toponym


def record(i: int = 0, *, country: str | None = "SY", precision: str | None = "city", date: str | None = "2024-12-06",
           date_precision: str = "day", acled: bool = True, lat: float | None = 36.20124, lon: float | None = 37.16117,
           actor1: str = "HTS", evidence: str = "HTS fighters entered Aleppo on Friday.",
           reported_by: tuple[str, ...] = ("SOHR",), outlet: str | None = "Example News") -> dict[str, Any]:
    place = Place(geonameid=170063 + i, name="Aleppo", lat=lat or 0.0, lon=lon or 0.0, country=country,
                  admin1="Aleppo", precision="city")
    loc = Toponym(22, 28, "Aleppo", place=place, precision=precision)
    rec = Event(id=f"ev-{i}", article_id="art-1", evidence_text=evidence, evidence_start=0,
                evidence_end=len(evidence), event_type="territory_taken",
                acled_event_type="Strategic developments" if acled else None,
                acled_sub_event_type="Non-state actor overtakes territory" if acled else None, plover="SEIZE",
                actor1=Actor(actor1, actor1), location=loc, date=date, date_precision=date_precision,
                reported_by=list(reported_by), confidence=0.66666).to_record()
    if lat is None:
        rec["location"]["lat"] = rec["location"]["lon"] = None
    rec["article"] = {"id": "art-1", "url": "https://news.example/a", "outlet": outlet, "title": "T",
                      "published": "2024-12-07T06:30:00+00:00"}
    return rec


def rows_of(records: list[dict[str, Any]]) -> list[dict[str, str]]:
    buf = io.StringIO(newline="")
    assert write_acled_csv(records, buf) == len(records)
    return list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))


def test_header_is_acled_then_frontwatch_columns() -> None:
    buf = io.StringIO(newline="")
    assert write_acled_csv([], buf) == 0
    header = next(csv.reader(io.StringIO(buf.getvalue())))
    assert header[:20] == ["event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
                           "actor1", "actor2", "iso", "country", "admin1", "location", "latitude", "longitude",
                           "geo_precision", "source", "source_scale", "notes", "fatalities", "timestamp"]
    assert header[20:] == ["frontwatch_id", "article_id", "plover", "modality", "date_precision", "confidence",
                           "reported_by", "url"]
    assert tuple(header) == COLUMNS and len(ACLED_COLUMNS) == 20


def test_codebook_fields() -> None:
    [row] = rows_of([record()])
    assert re.fullmatch(r"SYR\d+", row["event_id_cnty"])
    assert row["event_id_cnty"] == acled_row(record())["event_id_cnty"]  # stable across calls
    assert row["event_id_cnty"] != acled_row(record(1))["event_id_cnty"]
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-12-06", "2024", "1")
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Non-state actor overtakes territory")
    assert (row["iso"], row["country"], row["admin1"], row["location"]) == ("760", "Syria", "Aleppo", "Aleppo")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("36.20124", "37.16117", "1")
    assert row["source"] == "SOHR; Example News" and row["notes"] == "HTS fighters entered Aleppo on Friday."
    assert row["fatalities"] == "" and row["source_scale"] == ""
    assert row["timestamp"] == "1733553000"  # 2024-12-07T06:30Z as Unix time
    assert (row["frontwatch_id"], row["article_id"], row["plover"], row["modality"]) == ("ev-0", "art-1", "SEIZE",
                                                                                         "asserted")
    assert (row["confidence"], row["reported_by"], row["url"]) == ("0.667", "SOHR", "https://news.example/a")


@pytest.mark.parametrize("precision,date,code", [("day", "2024-12-06", "1"), ("week", "2024-12-02", "2"),
                                                 ("month", "2024-12-01", "2"), ("year", "2024-01-01", "3"),
                                                 ("unknown", "2024-12-06", "3"), ("day", None, "3")])
def test_time_precision(precision: str, date: str | None, code: str) -> None:
    assert acled_row(record(date=date, date_precision=precision))["time_precision"] == code


@pytest.mark.parametrize("precision,code", [("point", "1"), ("city", "1"), ("admin2", "2"), ("relative", "2"),
                                            ("admin1", "3"), ("country", "3"), ("border", "3"), (None, "")])
def test_geo_precision(precision: str | None, code: str) -> None:
    rec = record(precision=precision)
    rec["location"]["precision"] = precision
    assert acled_row(rec)["geo_precision"] == code


def test_countries() -> None:
    assert country_codes("UA") == ("UKR", "804", "Ukraine")
    assert country_codes("AF") == ("AFG", "4", "Afghanistan")  # ACLED writes iso without zero padding
    assert country_codes("IR")[2] == "Iran" and country_codes("XK") == ("XKX", None, "Kosovo")
    row = acled_row(record(country=None))
    assert row["event_id_cnty"].startswith("XXX") and row["iso"] == "" and row["country"] == ""


def test_unmapped_acled_type_still_appears_with_plover() -> None:
    rows = rows_of([record(0), record(1, acled=False, lat=None)])
    assert len(rows) == 2
    assert rows[1]["event_type"] == "" and rows[1]["sub_event_type"] == "" and rows[1]["plover"] == "SEIZE"
    assert rows[1]["latitude"] == "" and rows[1]["longitude"] == ""


def test_formula_injection_guard() -> None:
    rows = rows_of([record(actor1="=HYPERLINK(\"http://evil\")", evidence="+1 killed", outlet="@attacker",
                           reported_by=("-2+3",), lat=-33.5, lon=-70.25)])
    row = rows[0]
    assert row["actor1"] == "'=HYPERLINK(\"http://evil\")"
    assert row["notes"] == "'+1 killed"
    assert row["source"] == "'-2+3; @attacker" and row["reported_by"] == "'-2+3"
    assert (row["latitude"], row["longitude"]) == ("-33.5", "-70.25")  # our own numbers stay numbers
    for name, value in row.items():
        if name not in ("latitude", "longitude"):
            assert not value.startswith(("=", "+", "-", "@")), name


def test_duplicate_sources_are_merged() -> None:
    row = acled_row(record(reported_by=("SOHR", "sohr", "Reuters"), outlet="Reuters"))
    assert row["source"] == "SOHR; Reuters"


def test_csv_streams() -> None:
    buf = io.StringIO(newline="")

    def records():
        for i in range(4):
            if i:
                assert f"ev-{i - 1}" in buf.getvalue()
            yield record(i)

    assert write_acled_csv(records(), buf) == 4
    assert buf.getvalue().count("\r\n") == 5  # header + 4 rows, RFC 4180 line ends
