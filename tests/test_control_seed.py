"""The seed article's control picture: the done-when statement of the issue.

First from event records mirroring its hand-coded reference (expected.json: what an
analyst coded, with locations shaped as the geoparser records them), which checks the
control rules alone; then from the real pipeline (`frontwatch ingest` into a store),
which checks what the map actually shows.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from frontwatch.control import control_at, control_changes
from frontwatch.geo.relative import find_relative, relative_geometry
from frontwatch.geometry import haversine_km

MODALITY_WORDS = {"claimed": "claimed", "reported": "claimed", "denied": "denied", "planned": "planned"}
PRECISION_WORDS = {"near-city": "city"}


def seed_records(expected: dict) -> list[dict]:
    """expected.json events → public event records (+ article dict), places from its `places` list."""
    places = {p["name"]: p for p in expected["places"]}
    art = {"id": "seed", "url": None, "outlet": expected["article"]["outlet"], "title": "seed",
           "published": expected["article"]["published"]}
    out = []
    for e in expected["events"]:
        place = places.get(e["place"], {"name": e["place"]})
        precision = PRECISION_WORDS.get(e.get("geo_precision"), e.get("geo_precision"))
        loc = {"name": place["name"], "text": place["name"], "geonameid": None, "lat": place.get("lat"),
               "lon": place.get("lon"), "country": place.get("country"), "admin1": None, "precision": precision}
        if e.get("relative"):
            rel = e["relative"]
            loc["precision"] = "relative"
            loc["relative"] = {"kind": "distance", "km_max": rel["max_km"], "direction": rel.get("direction"),
                               "anchor": place["name"]}
        elif precision == "border":  # the geoparser carries border phrases in a relative dict too
            loc["relative"] = {"kind": "border", "precision": "border", "anchor": None, "radius_km": 50.0}
        modality = next((m for w, m in MODALITY_WORDS.items() if (e.get("modality") or "").startswith(w)), "asserted")
        prec = e.get("date_precision") or "unknown"
        prec = "day" if prec.startswith("day") else prec if prec in ("week", "month", "year") else "unknown"
        acled = e.get("acled")
        out.append({
            "id": e["id"], "article_id": "seed",
            "evidence": {"text": e["evidence"], "start": 0, "end": len(e["evidence"])},
            "event_type": (e.get("plover") or "other").lower(),
            "acled": {"event_type": acled[0], "sub_event_type": acled[1]} if acled else None,
            "plover": e.get("plover"),
            "actor1": {"name": e["actor1"], "text": e["actor1"]} if e.get("actor1") else None,
            "actor2": {"name": e["actor2"], "text": e["actor2"]} if e.get("actor2") else None,
            "location": loc, "date": e.get("date"), "date_precision": prec if e.get("date") else "unknown",
            "reported_by": e.get("sources", []), "modality": modality, "confidence": 0.9, "article": art,
        })
    return out


def region_record(seed_text: str, art: dict) -> dict:
    """'jihadists are extending their control over almost all of southwestern Syria', located the way
    the geoparser locates a part of a country (Syria's extent: ~800 km across)."""
    (part,) = [r for r in find_relative(seed_text) if r.anchor_text == "Syria" and r.direction == "SW"]
    geometry = relative_geometry(part, (35.0, 38.0), extent_km=800.0)
    sentence = "jihadists are extending their control over almost all of southwestern Syria"
    return {
        "id": "R1", "article_id": "seed", "evidence": {"text": sentence, "start": 0, "end": len(sentence)},
        "event_type": "territory_taken",
        "acled": {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"},
        "plover": "ASSAULT", "actor1": {"name": "Syrian opposition", "text": "jihadists"}, "actor2": None,
        "location": {"name": "Syria", "text": "Syria", "geonameid": 163843, "lat": geometry["lat"],
                     "lon": geometry["lon"], "country": "SY", "admin1": None, "precision": "relative",
                     "relative": geometry},
        "date": "2024-12-07", "date_precision": "day", "reported_by": [], "modality": "asserted",
        "confidence": 0.9, "article": art,
    }


@pytest.fixture(scope="module")
def changes(seed_expected, seed_text):
    records = seed_records(seed_expected)
    return control_changes(records + [region_record(seed_text, records[0]["article"])])


def by_place(picture) -> dict:
    return {c.place_name: c for c in picture if c.status != "frontline"}


def test_seed_picture_on_publication_day(changes):
    picture = control_at(changes, "2024-12-07")
    places = by_place(picture)
    for name in ("Aleppo", "Hama", "Daraa", "Quneitra", "As-Suwayda", "As-Sanamayn"):
        assert places[name].status == "held" and places[name].controller == "opposition", name
    assert places["As-Sanamayn"].modality == "claimed"  # "they say they have captured"
    assert places["Aleppo"].since == "2024-11-30"
    assert set(places["Daraa"].evidence) >= {"E1", "E7"}  # province and town reports corroborate
    homs = places["Homs"]
    assert homs.status == "contested"
    assert {"E9", "E10"} <= set(homs.evidence)  # air strikes and reinforcements
    assert {"government", "opposition"} <= set(homs.contenders)
    # One front-line marker, about 20 km south of Damascus; the border reports (Israeli strikes on
    # the Lebanese border, militias massed at the Iraqi one) are no front lines.
    (front,) = [c for c in picture if c.status == "frontline"]
    assert front.controller == "opposition" and front.anchor == "Damascus" and front.radius_km == 20
    assert 18 <= haversine_km(33.51, 36.29, front.lat, front.lon) <= 22 and front.lat < 33.51  # ~20 km south
    assert front.evidence == ["E2"] and front.place_name == "20 km S of Damascus"
    # 'Almost all of southwestern Syria' is a region claim, not a 150 km front-line circle.
    (region,) = [c for c in picture if c.status == "region"]
    assert region.place_name == "south-western Syria" and region.controller == "opposition"
    assert region.evidence == ["R1"]
    # Damascus changed hands or was fought over nowhere in the article: it is only the anchor.
    assert "Damascus" not in places
    # Country- and border-level reports (army redeploying, strikes on the border) hold nothing.
    assert not {"Syria", "Lebanon-Syria border", "Iraq-Syria border"} & set(places)
    assert [c.place_name for c in picture].count("Daraa") == 1


def test_seed_picture_before_the_article(changes):
    before = by_place(control_at(changes, "2024-12-01"))
    assert before["Aleppo"].controller == "opposition"  # "the fall of Aleppo last week"
    assert "Hama" not in before and "Homs" not in before  # undated: known only from publication
    assert control_at(changes, "2024-11-29") == []


# -- through the real pipeline --------------------------------------------------------------------

GEONAMES = {  # the acceptance places, by GeoNames id (the pipeline spells them as the gazetteer does)
    "Aleppo": 170063, "Hama": 170017, "Daraa": 170905, "Quneitra": 173334, "As-Suwayda": 172408,
    "As-Sanamayn": 172469,
}
HOMS, DAMASCUS = 169577, 170654


@pytest.fixture(scope="module")
def pipeline_picture(tmp_path_factory, seed_path: Path) -> list:
    from frontwatch.derive.read import pending_count, read_control, read_stories
    from frontwatch.store import Store

    db = tmp_path_factory.mktemp("seed-control") / "fw.sqlite"
    proc = subprocess.run([sys.executable, "-m", "frontwatch", "ingest", str(seed_path), "--db", str(db),
                           "--published", "2024-12-07", "--outlet", "ProtoThema English"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    store = Store(db)
    try:
        with store.engine.connect() as conn:  # what the ingest's stages wrote
            changes = read_control(conn)
            assert pending_count(conn) == 0  # every news event of the seed is in a stored story
        assert read_stories(store.engine)
    finally:
        store.close()
    return control_at(changes, "2024-12-07")


@pytest.mark.slow
def test_seed_picture_from_the_pipeline(pipeline_picture):
    by_gid = {c.geonameid: c for c in pipeline_picture if c.status in ("held", "contested")}
    for name, gid in GEONAMES.items():
        assert gid in by_gid, f"{name} ({gid}) missing from {[c.place_name for c in pipeline_picture]}"
        assert (by_gid[gid].status, by_gid[gid].controller) == ("held", "opposition"), name
    assert by_gid[HOMS].status == "contested"
    assert DAMASCUS not in by_gid  # only the front line's anchor
    fronts = [c for c in pipeline_picture if c.status == "frontline"]
    assert [(c.anchor, c.controller) for c in fronts] == [("Damascus", "opposition")]
    # 'less than 20 kilometers from the southern entrance to Damascus': south of the city, within 20 km
    assert fronts[0].lat < 33.51 and 0 < fronts[0].radius_km <= 20
    assert haversine_km(33.51, 36.29, fronts[0].lat, fronts[0].lon) <= 22
    # One entry per place: Daraa the city carries Daraa the province.
    names = [c.place_name for c in pipeline_picture]
    assert len(set(names)) == len(names)
    assert any("(province)" in a for a in by_gid[GEONAMES["Daraa"]].also)
    # Every label reads as a place; nothing vaguer than 100 km is drawn as a front.
    assert not any(n.startswith("near of") or " of of " in n for n in names)
    assert all((c.radius_km or 0) <= 100 for c in fronts)
