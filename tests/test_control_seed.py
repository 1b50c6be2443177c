"""The seed article's control picture, from event records mirroring its hand-coded reference.

The records are built from expected.json (what an analyst coded), not from the extractor,
so this checks the control rules alone: the done-when statement of the issue.
"""

from __future__ import annotations

import pytest

from frontwatch.control import control_at, control_changes
from frontwatch.merge.geodesy import haversine_km

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


@pytest.fixture(scope="module")
def changes(seed_expected):
    return control_changes(seed_records(seed_expected))


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
    (front,) = [c for c in picture if c.status == "frontline"]
    assert front.controller == "opposition" and front.anchor == "Damascus" and front.radius_km == 20
    assert 18 <= haversine_km(33.51, 36.29, front.lat, front.lon) <= 22 and front.lat < 33.51  # ~20 km south
    assert front.evidence == ["E2"]
    # Country- and border-level reports (army redeploying, strikes on the border) hold nothing.
    assert not {"Syria", "Lebanon-Syria border", "Iraq-Syria border"} & set(places)


def test_seed_picture_before_the_article(changes):
    before = by_place(control_at(changes, "2024-12-01"))
    assert before["Aleppo"].controller == "opposition"  # "the fall of Aleppo last week"
    assert "Hama" not in before and "Homs" not in before  # undated: known only from publication
    assert control_at(changes, "2024-11-29") == []
