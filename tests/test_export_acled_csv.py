"""ACLED-style CSV: header, codebook mappings, the formula-injection guard, streaming."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime
from typing import Any

import pytest

from frontwatch.export.acled_csv import (
    ACLED_COLUMNS,
    COLUMNS,
    acled_row,
    country_codes,
    event_countries,
    inter_codes,
    write_acled_csv,
)
from frontwatch.model import Actor, Event, Place, Toponym


def record(i: int = 0, *, country: str | None = "SY", precision: str | None = "city", date: str | None = "2024-12-06",
           date_precision: str = "day", acled: bool = True, lat: float | None = 36.20124, lon: float | None = 37.16117,
           actor1: str = "HTS", evidence: str = "HTS fighters entered Aleppo on Friday.",
           reported_by: tuple[str, ...] = ("SOHR",), outlet: str | None = "Example News") -> dict[str, Any]:
    place = Place(geonameid=170063 + i, name="Aleppo", lat=lat or 0.0, lon=lon or 0.0, country=country,
                  admin1="Aleppo", admin2="Jabal Saman", precision="city")
    loc = Toponym(22, 28, "Aleppo", place=place, precision=precision)
    rec = Event(id=f"ev-{i}", article_id="art-1", evidence_text=evidence, evidence_start=0,
                evidence_end=len(evidence), event_type="territory_taken",
                acled_event_type="Strategic developments" if acled else None,
                acled_sub_event_type="Non-state actor overtakes territory" if acled else None, plover="SEIZE",
                actor1=Actor(actor1, actor1, kind="rebel group", country="SY"), location=loc, date=date, date_precision=date_precision,
                reported_by=list(reported_by), confidence=0.66666).to_record()
    if lat is None:
        rec["location"]["lat"] = rec["location"]["lon"] = None
    rec["article"] = {"id": "art-1", "url": "https://news.example/a", "outlet": outlet, "title": "T",
                      "published": "2024-12-07T06:30:00+00:00"}
    return rec


def rows_of(records: list[dict[str, Any]], **options: Any) -> list[dict[str, str]]:
    buf = io.StringIO(newline="")
    write_acled_csv(records, buf, now=NOW, **options)
    return list(csv.DictReader(io.StringIO(buf.getvalue(), newline="")))


ACLED_PUBLIC = ["event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities",
                "tags", "timestamp"]
NOW = datetime(2024, 12, 8, 12, 0, tzinfo=UTC)


def test_header_is_acleds_31_columns_in_order() -> None:
    buf = io.StringIO(newline="")
    assert write_acled_csv([], buf) == 0
    header = next(csv.reader(io.StringIO(buf.getvalue())))
    assert header == ACLED_PUBLIC and len(header) == 31 and tuple(header) == ACLED_COLUMNS


def test_frontwatch_columns_only_when_asked() -> None:
    buf = io.StringIO(newline="")
    write_acled_csv([record()], buf, frontwatch_columns=True)
    header = next(csv.reader(io.StringIO(buf.getvalue())))
    assert header[:31] == ACLED_PUBLIC and tuple(header) == COLUMNS
    assert header[31:] == ["frontwatch_id", "article_id", "plover", "modality", "date_precision", "date_source",
                           "confidence", "reported_by", "url", "location_source", "trigger", "sentence_main",
                           "article_published_from", "article_language"]


def test_codebook_fields() -> None:
    [row] = rows_of([record()], frontwatch_columns=True)
    assert re.fullmatch(r"SYR\d+", row["event_id_cnty"])
    assert row["event_id_cnty"] == acled_row(record())["event_id_cnty"]  # stable across calls
    assert row["event_id_cnty"] != acled_row(record(1))["event_id_cnty"]
    assert (row["event_date"], row["year"], row["time_precision"]) == ("2024-12-06", "2024", "1")
    assert row["disorder_type"] == "Strategic developments"
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Non-state actor overtakes territory")
    assert (row["actor1"], row["inter1"], row["actor2"], row["inter2"], row["interaction"]) == ("HTS", "2", "", "", "20")
    assert (row["iso"], row["region"], row["country"]) == ("760", "Middle East", "Syria")
    assert (row["admin1"], row["admin2"], row["admin3"], row["location"]) == ("Aleppo", "Jabal Saman", "", "Aleppo")
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("36.20124", "37.16117", "1")
    assert row["source"] == "Example News"  # the outlet; the quoted source goes to tags
    assert row["tags"] == "reported by=SOHR" and row["notes"] == "HTS fighters entered Aleppo on Friday."
    assert row["fatalities"] == "0" and row["source_scale"] == "" and row["civilian_targeting"] == ""
    assert row["timestamp"] == "1733659200"  # the export's time (2024-12-08T12:00Z) as Unix seconds
    assert (row["frontwatch_id"], row["article_id"], row["plover"], row["modality"]) == ("ev-0", "art-1", "SEIZE",
                                                                                         "asserted")
    assert (row["confidence"], row["reported_by"], row["url"]) == ("0.667", "SOHR", "https://news.example/a")


def test_known_air_strike_on_civilians() -> None:
    """A state air strike killing civilians: every ACLED code of the row."""
    text = "Government warplanes struck a market in Atarib, killing 6 civilians, the monitor said."
    place = Place(geonameid=173576, name="Atarib", lat=36.13, lon=36.83, country="SY", admin1="Aleppo",
                  admin2="Jebel Saman", precision="city")
    rec = Event(id="ev-strike", article_id="art-2", evidence_text=text, evidence_start=0, evidence_end=len(text),
                event_type="air_strike", acled_event_type="Explosions/Remote violence",
                acled_sub_event_type="Air/drone strike", plover="ASSAULT",
                actor1=Actor("Military Forces of Syria", "Government warplanes", kind="state forces", country="SY"),
                actor2=Actor("Civilians (Syria)", "civilians", kind="civilians", country="SY"),
                location=Toponym(35, 41, "Atarib", place=place, precision="city"), date="2016-08-20",
                date_precision="day", reported_by=["SOHR"], fatalities=6).to_record()
    rec["article"] = {"outlet": "Example Wire", "url": "https://wire.example/x"}
    row = acled_row(rec, NOW)
    assert (row["disorder_type"], row["inter1"], row["inter2"], row["interaction"]) == ("Political violence", "1",
                                                                                         "7", "17")
    assert row["civilian_targeting"] == "Civilian targeting" and row["fatalities"] == "6"
    assert (row["admin1"], row["admin2"], row["location"], row["geo_precision"]) == ("Aleppo", "Jebel Saman",
                                                                                     "Atarib", "1")
    assert row["source"] == "Example Wire" and row["tags"] == "reported by=SOHR"


def test_foreign_state_forces_are_external() -> None:
    rec = record()
    rec["actor1"] = {"name": "Military Forces of Russia", "text": "Russian jets", "kind": "state forces",
                     "country": "RU"}
    rec["actor2"] = {"name": "HTS", "text": "HTS", "kind": "rebel group", "country": "SY"}
    row = acled_row(rec, NOW)
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("8", "2", "28")


def test_coalitions_and_missions_are_external_even_at_their_lead_states_home() -> None:
    # data/inter_codes.json: a coalition's record carries its lead state's country only, so an event
    # placed there (or nowhere) must not make it state forces at home
    rec = record(country="US")
    rec["actor1"] = {"name": "Global Coalition against Daesh", "text": "US-led coalition", "kind": "state forces",
                     "country": "US"}
    assert acled_row(rec, NOW)["inter1"] == "8"
    rec["actor1"] = {"name": "Military Forces of United States", "text": "US", "kind": "state forces",
                     "country": "US"}
    assert acled_row(rec, NOW)["inter1"] == "1"  # the state's own forces at home


def test_unplaced_event_is_in_the_country_of_the_side_a_foreign_state_acts_on() -> None:
    rec = record()
    rec["location"] = None
    rec["actor1"] = {"name": "Military Forces of United States", "text": "US", "kind": "state forces",
                     "country": "US"}
    rec["actor2"] = {"name": "Military Forces of Syria", "text": "Syrian soldiers", "kind": "state forces",
                     "country": "SY"}
    assert event_countries(rec) == ("SY",)
    assert inter_codes(rec) == (8, 1)
    rec["actor2"] = {"name": "Civilians (United States)", "text": "civilians", "kind": "civilians", "country": "US"}
    assert inter_codes(rec) == (1, 7)  # nothing says it was abroad
    rec["actor1"], rec["actor2"] = {"name": "Rebels (Syria)", "text": "rebels", "kind": "rebel group",
                                    "country": "SY"}, {"name": "Military Forces of Turkey", "text": "Turkish soldiers",
                                                       "kind": "state forces", "country": "TR"}
    assert event_countries(rec) == ()  # only a state's forces acting say where they are


def test_state_forces_on_a_border_of_two_other_countries_are_external() -> None:
    rec = record()
    rec["location"] = {"name": "Lebanon-Syria border", "text": "border", "country": None, "precision": "border",
                       "relative": {"kind": "border", "countries": ["LB", "SY"]}}
    rec["actor1"] = {"name": "Military Forces of Israel", "text": "Israel", "kind": "state forces", "country": "IL"}
    rec["actor2"] = {"name": "Military Forces of Syria", "text": "Syrian army", "kind": "state forces", "country": "SY"}
    assert inter_codes(rec) == (8, 1)


def test_country_level_event_has_no_point() -> None:
    rec = record(precision="country")
    row = acled_row(rec, NOW)
    assert (row["latitude"], row["longitude"], row["geo_precision"]) == ("", "", "3")
    assert (row["location"], row["admin1"], row["admin2"]) == ("Syria", "", "")
    assert "location=country only" in row["tags"]


def test_non_acled_events_left_out_unless_asked() -> None:
    recs = [record(0), record(1, acled=False)]
    assert [r["event_id_cnty"] for r in rows_of(recs)] == [acled_row(recs[0])["event_id_cnty"]]
    rows = rows_of(recs, include_non_acled=True, frontwatch_columns=True)
    assert len(rows) == 2 and rows[1]["event_type"] == "" and rows[1]["plover"] == "SEIZE"
    assert rows[1]["disorder_type"] == ""


@pytest.mark.parametrize("precision,date,code", [("day", "2024-12-06", "1"), ("week", "2024-12-02", "2"),
                                                 ("month", "2024-12-01", "3"), ("year", "2024-01-01", "3"),
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


def test_unlocated_event_has_empty_coordinates() -> None:
    rows = rows_of([record(0), record(1, lat=None)])
    assert len(rows) == 2 and rows[1]["latitude"] == "" and rows[1]["longitude"] == ""


def test_formula_injection_guard() -> None:
    rows = rows_of([record(actor1="=HYPERLINK(\"http://evil\")", evidence="+1 killed", outlet="@attacker",
                           reported_by=("-2+3",), lat=-33.5, lon=-70.25)], frontwatch_columns=True)
    row = rows[0]
    assert row["actor1"] == "'=HYPERLINK(\"http://evil\")"
    assert row["notes"] == "'+1 killed"
    assert row["source"] == "'@attacker" and row["reported_by"] == "'-2+3" and row["tags"] == "reported by=-2+3"
    assert (row["latitude"], row["longitude"]) == ("-33.5", "-70.25")  # our own numbers stay numbers
    for name, value in row.items():
        if name not in ("latitude", "longitude"):
            assert not value.startswith(("=", "+", "-", "@")), name


def test_duplicate_quoted_sources_are_merged_in_tags() -> None:
    row = acled_row(record(reported_by=("SOHR", "sohr", "Reuters"), outlet="Reuters"))
    assert row["source"] == "Reuters" and row["tags"] == "reported by=SOHR; reported by=Reuters"


def test_source_falls_back_to_the_url_host() -> None:
    rec = record(outlet=None)
    assert acled_row(rec)["source"] == "news.example"


def test_csv_streams() -> None:
    buf = io.StringIO(newline="")

    def records():
        for i in range(4):
            if i:  # the previous row is out before the next record is even produced
                assert buf.getvalue().count("\r\n") == i + 1
            yield record(i)

    assert write_acled_csv(records(), buf) == 4
    assert buf.getvalue().count("\r\n") == 5  # header + 4 rows, RFC 4180 line ends
