"""GeoJSON export: RFC 7946 structure, [lon, lat] order, precision, null geometry, streaming."""

from __future__ import annotations

import io
import json
import math
from typing import Any

from frontwatch.export.geojson import feature, point, write_geojson
from frontwatch.model import Actor, Event, Place, Toponym


def record(i: int = 0, *, located: bool = True, lat: float = 48.0159417, lon: float = 37.8028512,
           relative: dict | None = None) -> dict[str, Any]:
    place = Place(geonameid=709717, name="Donetsk", lat=lat, lon=lon, country="UA", admin1="Donetsk",
                  precision="city")
    loc = Toponym(10, 17, "Donetsk", place=place, precision="relative" if relative else "city", relative=relative)
    rec = Event(id=f"ev-{i}", article_id="art-9", evidence_text="Shelling hit Donetsk overnight.", evidence_start=5,
                evidence_end=36, event_type="shelling", acled_event_type="Explosions/Remote violence",
                acled_sub_event_type="Shelling/artillery/missile attack", plover="ATTACK",
                actor1=Actor("Military Forces of Ukraine", "Ukrainian forces"), location=loc if located else None,
                date="2024-02-01", date_precision="day", reported_by=["DPR officials"], modality="claimed",
                confidence=0.6).to_record()
    rec["article"] = {"id": "art-9", "url": "https://n.example/9", "outlet": "Outlet", "title": "Title",
                      "published": "2024-02-02T00:00:00+00:00"}
    return rec


def collection(records: list[dict[str, Any]]) -> dict[str, Any]:
    buf = io.StringIO()
    assert write_geojson(records, buf) == len(records)
    return json.loads(buf.getvalue())


def test_feature_collection_with_lon_lat_order_and_six_decimals() -> None:
    gj = collection([record()])
    assert gj["type"] == "FeatureCollection" and "crs" not in gj  # RFC 7946 drops crs
    [f] = gj["features"]
    assert f["type"] == "Feature" and f["id"] == "ev-0"
    assert f["geometry"] == {"type": "Point", "coordinates": [37.802851, 48.015942]}  # [lon, lat], 6 decimals


def test_properties_are_flat_and_carry_no_coordinates() -> None:
    props = collection([record()])["features"][0]["properties"]
    assert "lat" not in props and "lon" not in props and "location" not in props
    assert all(not isinstance(v, dict) for v in props.values())
    assert props["event_type"] == "shelling" and props["acled_event_type"] == "Explosions/Remote violence"
    assert props["acled_sub_event_type"] == "Shelling/artillery/missile attack" and props["plover"] == "ATTACK"
    assert props["actor1"] == "Military Forces of Ukraine" and props["actor2"] is None
    assert props["place"] == "Donetsk" and props["precision"] == "city" and props["country"] == "UA"
    assert props["evidence"] == "Shelling hit Donetsk overnight." and props["evidence_start"] == 5
    assert (props["url"], props["outlet"], props["modality"], props["confidence"]) == ("https://n.example/9",
                                                                                       "Outlet", "claimed", 0.6)
    assert props["reported_by"] == ["DPR officials"] and props["date"] == "2024-02-01"


def test_relative_location_uses_its_own_point_and_keeps_its_description() -> None:
    rel = {"anchor": "Donetsk", "km": 20, "direction": "S", "lat": 47.8361, "lon": 37.8029}
    f = feature(record(relative=rel))
    assert f["geometry"]["coordinates"] == [37.8029, 47.8361]
    assert f["properties"]["relative"] == {"anchor": "Donetsk", "km": 20, "direction": "S"}


def test_null_geometry_without_coordinates() -> None:
    gj = collection([record(0, located=False), record(1)])
    assert gj["features"][0]["geometry"] is None and gj["features"][0]["properties"]["place"] is None
    assert gj["features"][1]["geometry"] is not None
    assert point(None, 10) is None and point(math.nan, 1) is None and point(91, 0) is None
    assert point(0, 181) is None and point(-0.0000001, 0)["coordinates"] == [0.0, 0.0]


def test_non_finite_confidence_does_not_abort() -> None:
    rec = record()
    rec["confidence"] = math.nan
    assert collection([rec])["features"][0]["properties"]["confidence"] is None


def test_empty_collection_is_valid() -> None:
    assert collection([]) == {"type": "FeatureCollection", "features": []}


def test_geojson_streams() -> None:
    buf = io.StringIO()

    def records():
        for i in range(4):
            if i:
                assert f'"ev-{i - 1}"' in buf.getvalue()
            yield record(i)

    assert write_geojson(records(), buf) == 4
    assert len(json.loads(buf.getvalue())["features"]) == 4


def test_country_level_event_has_null_geometry() -> None:
    """An event known only to its country is not drawn on the country's centroid (RFC 7946 allows null)."""
    country = Place(geonameid=690791, name="Ukraine", lat=49.0, lon=32.0, country="UA", precision="country")
    rec = record()
    rec["location"] = Event(id="x", article_id="a", evidence_text="", evidence_start=0, evidence_end=0,
                            event_type="shelling", location=Toponym(0, 7, "Ukraine", place=country,
                                                                    precision="country")).to_record()["location"]
    [f, g] = collection([rec, record(1)])["features"]
    assert f["geometry"] is None and f["properties"]["country_level"] is True and f["properties"]["country"] == "UA"
    assert g["geometry"] is not None and g["properties"]["country_level"] is False
