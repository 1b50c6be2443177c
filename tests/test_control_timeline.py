"""Territorial control: takeovers, contests and front lines over time, from event records."""

from __future__ import annotations

import pytest

from frontwatch.control import control_at, control_changes
from frontwatch.control.frontline import frontline_marker
from frontwatch.geometry import haversine_km

PLACES = {  # name: (lat, lon, geonameid)
    "Hama": (35.13, 36.76, 170017),
    "Homs": (34.73, 36.71, 169577),
    "Aleppo": (36.20, 37.13, 170063),
    "Damascus": (33.51, 36.29, 170654),
    "Syria": (35.0, 38.0, 163843),
}
NSA_TAKEOVER = {"event_type": "Battles", "sub_event_type": "Non-state actor overtakes territory"}
GOV_REGAINS = {"event_type": "Battles", "sub_event_type": "Government regains territory"}
AIR = {"event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike"}
MOBILIZE = {"event_type": "Strategic developments", "sub_event_type": "Other"}


def ev(eid: str, place: str = "Hama", *, acled: dict | None = NSA_TAKEOVER, plover: str = "ASSAULT",
       actor1: str | None = "rebels", actor2: str | None = None, date: str | None = "2024-12-05",
       published: str | None = "2024-12-06T09:00:00+00:00", modality: str = "asserted", precision: str = "city",
       relative: dict | None = None, outlet: str = "Reuters", reported_by: list[str] | None = None) -> dict:
    lat, lon, gid = PLACES[place]
    loc = {"name": place, "text": place, "geonameid": gid, "lat": lat, "lon": lon, "country": "SY",
           "admin1": None, "precision": "relative" if relative else precision}
    if relative:
        loc["relative"] = relative
        loc.update({k: relative[k] for k in ("lat", "lon") if k in relative})
    return {
        "id": eid, "article_id": f"a-{eid}", "evidence": {"text": f"evidence of {eid}", "start": 0, "end": 10},
        "event_type": "x", "acled": acled, "plover": plover,
        "actor1": {"name": actor1, "text": actor1} if actor1 else None,
        "actor2": {"name": actor2, "text": actor2} if actor2 else None,
        "location": loc, "date": date, "date_precision": "day" if date else "unknown",
        "reported_by": reported_by or [], "modality": modality, "confidence": 0.8,
        "article": {"id": f"a-{eid}", "url": None, "outlet": outlet, "title": "t", "published": published},
    }


def held(picture) -> dict[str, tuple[str, str]]:
    return {c.place_name: (c.status, c.controller) for c in picture if c.status != "frontline"}


def test_takeover_and_regain_over_time():
    changes = control_changes([
        ev("g1", acled=GOV_REGAINS, actor1="Syrian army", date="2024-12-20"),  # input order is not date order
        ev("r1", date="2024-12-05", reported_by=["SOHR"]),
    ])
    assert [(c.controller, c.since) for c in changes] == [("opposition", "2024-12-05"), ("government", "2024-12-20")]
    assert changes[1].previous == "opposition" and changes[1].evidence == ["g1"]
    assert changes[0].reported_by == ["SOHR"] and changes[0].outlets == ["Reuters"]
    assert held(control_at(changes, "2024-12-04")) == {}
    assert held(control_at(changes, "2024-12-05")) == {"Hama": ("held", "opposition")}
    assert held(control_at(changes, "2024-12-19T23:00:00Z")) == {"Hama": ("held", "opposition")}
    assert held(control_at(changes, "2025-01-01")) == {"Hama": ("held", "government")}


def test_default_taker_from_sub_type_and_unknown_transfer_is_skipped():
    changes = control_changes([ev("r1", actor1=None), ev("g1", place="Homs", actor1=None, acled=GOV_REGAINS),
                               ev("t1", place="Aleppo", actor1=None, acled={
                                   "event_type": "Strategic developments",
                                   "sub_event_type": "Non-violent transfer of territory"})])
    assert held(control_at(changes, "2024-12-31")) == {"Hama": ("held", "opposition"), "Homs": ("held", "government")}


@pytest.mark.parametrize("modality", ["denied", "background", "planned"])
def test_denied_background_planned_never_change_control(modality):
    assert control_changes([ev("r1", modality=modality)]) == []
    # ...nor do they undo an asserted takeover.
    changes = control_changes([ev("r1"), ev("g1", acled=GOV_REGAINS, actor1="Syrian army", modality=modality,
                                           date="2024-12-08")])
    assert held(control_at(changes, "2024-12-31")) == {"Hama": ("held", "opposition")}


def test_claimed_counts_but_is_flagged_until_asserted():
    claimed = control_changes([ev("r1", modality="claimed")])
    assert claimed[0].modality == "claimed" and claimed[0].status == "held"
    both = control_changes([ev("r1", modality="claimed"), ev("r2", date="2024-12-06", outlet="AFP")])
    (change,) = both  # the same holder again corroborates rather than starting a new change
    assert change.modality == "asserted" and change.evidence == ["r1", "r2"] and change.since == "2024-12-05"
    assert change.outlets == ["Reuters", "AFP"]


def test_undated_report_counts_from_publication():
    (change,) = control_changes([ev("r1", date=None, published="2024-12-07T15:00:00+00:00")])
    assert change.since == "2024-12-07"
    assert held(control_at(control_changes([ev("r1", date=None, published=None)]), "1990-01-01")) == {
        "Hama": ("held", "opposition")}  # nothing dated at all: shown at any date


def test_coarse_places_hold_nothing():
    assert control_changes([ev("r1", place="Syria", precision="country")]) == []
    assert control_changes([ev("r1", place="Syria", precision="border")]) == []


def test_attack_by_the_previous_controller_contests_the_place():
    changes = control_changes([
        ev("r1"),
        ev("s1", acled=AIR, actor1="Military Forces of Syria", actor2=None, date="2024-12-06"),
    ])
    assert [c.status for c in changes] == ["held", "contested"]
    contested = changes[1]
    assert contested.controller == "opposition" and contested.previous == "opposition"
    assert contested.contenders == ["government", "opposition"] and contested.evidence == ["s1"]
    assert held(control_at(changes, "2024-12-05")) == {"Hama": ("held", "opposition")}
    assert held(control_at(changes, "2024-12-06")) == {"Hama": ("contested", "opposition")}
    # An attack by the holder itself with no named enemy contests nothing.
    assert len(control_changes([ev("r1"), ev("s1", acled=AIR, actor1="rebels", date="2024-12-06")])) == 1
    # A foreign air force bombing the town is no party to the ground war: nothing changes...
    foreign = ev("s2", acled=AIR, actor1="Israeli jets", actor2="Syrian army", date="2024-12-06")
    assert len(control_changes([ev("r1"), foreign])) == 1
    # ...but ground fighting between any two sides is.
    clash = dict(foreign, acled={"event_type": "Battles", "sub_event_type": "Armed clash"})
    assert [c.status for c in control_changes([ev("r1"), clash])] == ["held", "contested"]
    # A later takeover settles it.
    settled = control_changes([ev("r1"), ev("s1", acled=AIR, actor1="Syrian army", date="2024-12-06"),
                               ev("g1", acled=GOV_REGAINS, actor1="Syrian army", date="2024-12-09")])
    assert held(control_at(settled, "2024-12-10")) == {"Hama": ("held", "government")}


def test_reinforcements_join_a_contest_but_an_approaching_enemy_is_no_contest():
    hama = ev("r1", date="2024-12-05")  # opposition takes Hama, 45 km from Homs
    reinforce = ev("m1", place="Homs", acled=MOBILIZE, plover="MOBILIZE", actor1="government forces",
                   date="2024-12-06")
    # The enemy near a town is not fighting in it: Homs is not contested by reinforcements alone.
    assert [c.place_name for c in control_changes([hama, reinforce])] == ["Hama"]
    # Reinforcements to a place the other side holds, or where a contest is on, do count.
    into_hama = dict(reinforce, location=dict(hama["location"]))
    changes = control_changes([hama, into_hama])
    assert [(c.status, c.controller) for c in changes] == [("held", "opposition"), ("contested", "opposition")]
    assert "held by opposition" in changes[-1].explanation[0]
    strike = ev("s1", place="Homs", acled=AIR, actor1="Syrian army", actor2="rebels", date="2024-12-06")
    changes = control_changes([reinforce, strike])  # same day: the strike first, then the reinforcements
    (homs,) = changes
    assert homs.status == "contested" and homs.evidence == ["s1", "m1"]
    # Nor when the same side reinforces its own gain, or a side retreats.
    own = dict(into_hama, actor1={"name": "rebels", "text": "rebels"})
    assert len(control_changes([hama, own])) == 1
    retreat = dict(into_hama, event_type="retreat", acled=None, plover=None)
    assert len(control_changes([hama, retreat])) == 1


def test_a_front_line_near_a_city_does_not_contest_the_city():
    # Rebels 20 km south of Damascus and the army reinforcing Damascus the same day: a
    # front-line marker, and Damascus itself neither held nor contested by anyone.
    rel = {"km_max": 20, "direction": "S", "anchor": "Damascus"}
    reinforce = ev("m1", "Damascus", acled=MOBILIZE, plover="MOBILIZE", actor1="Syrian army")
    front = ev("f1", "Damascus", acled=MOBILIZE, plover="MOBILIZE", relative=rel)
    picture = control_at(control_changes([reinforce, front]), "2024-12-05")
    assert [(c.status, c.place_name) for c in picture] == [("frontline", "20 km S of Damascus")]


@pytest.mark.parametrize("rel, label", [
    ({"kind": "distance", "km_max": 20, "direction": "S", "anchor": "Damascus"}, "20 km S of Damascus"),
    ({"kind": "distance", "km": 20, "anchor": "Damascus"}, "20 km from Damascus"),
    ({"kind": "near", "detail": "near", "radius_km": 10, "anchor": "Damascus"}, "near Damascus"),
    ({"kind": "near", "detail": "outskirts", "radius_km": 7, "anchor": "Damascus"}, "outskirts of Damascus"),
    ({"kind": "direction", "detail": "entrance", "direction": "S", "radius_km": 5, "anchor": "Damascus"},
     "southern entrance of Damascus"),
    ({"kind": "direction", "direction": "N", "radius_km": 15, "anchor": "Damascus"}, "north of Damascus"),
    ({"kind": "direction", "detail": "countryside", "direction": "N", "radius_km": 15, "anchor": "Damascus"},
     "north of Damascus"),
])
def test_front_line_labels_read_as_places(rel, label):
    (front,) = control_changes([ev("f1", "Damascus", acled=MOBILIZE, plover="MOBILIZE", relative=rel)])
    assert front.status == "frontline" and front.place_name == label and front.anchor == "Damascus"


def test_a_part_of_a_country_is_a_region_claim_not_a_front_line():
    # "extending their control over almost all of southwestern Syria": the geoparser's point
    # and 150 km radius for a part of a country.
    rel = {"kind": "direction", "direction": "SW", "detail": "part", "anchor": "Syria", "lat": 33.0, "lon": 36.5,
           "radius_km": 150.0}
    takeover = ev("t1", "Syria", acled=NSA_TAKEOVER, relative=rel)
    (region,) = control_changes([takeover])
    assert region.status == "region" and region.controller == "opposition"
    assert region.place_name == "south-western Syria" and region.radius_km == 150.0
    assert [c.status for c in control_at([region], "2024-12-06")] == ["region"]
    assert control_at([region], "2024-12-31") == []  # a snapshot, like a front line
    # Anything else in a region (an advance, a clash) draws nothing at all.
    advance = ev("a1", "Syria", acled=MOBILIZE, plover="MOBILIZE", relative=rel)
    clash = ev("c1", "Syria", acled={"event_type": "Battles", "sub_event_type": "Armed clash"}, relative=rel,
               actor2="Syrian army")
    assert control_changes([advance, clash]) == []
    # So is anything vaguer than 100 km, whatever its wording.
    vague = ev("v1", "Damascus", acled=MOBILIZE, plover="MOBILIZE", relative={"km_max": 150, "anchor": "Damascus"})
    assert control_changes([vague]) == []


def test_borders_and_strikes_from_afar_mark_no_front_line():
    # 'Israel bombed two border crossings on the Lebanese-Syrian border': a border phrase,
    # carried in a relative dict by the geoparser, is no position of anyone's front.
    border = {"kind": "border", "precision": "border", "anchor": "Lebanese", "anchor2": "Syrian",
              "lat": 33.69, "lon": 35.95, "radius_km": 5.0, "countries": ["LB", "SY"]}
    strike = ev("b1", "Damascus", acled=AIR, actor1="Military Forces of Israel", relative=border)
    strike["location"]["precision"] = "border"
    massed = ev("b2", "Damascus", acled=MOBILIZE, plover="MOBILIZE", actor1="Iraqi militias", relative=border)
    assert control_changes([strike, massed]) == []
    # Jets striking 20 km south of Damascus say where the bombs fell, not where the army stands.
    near = ev("s1", "Damascus", acled=AIR, actor1="Syrian army",
              relative={"kind": "distance", "km_max": 20, "direction": "S", "anchor": "Damascus"})
    assert control_changes([near]) == []


def test_a_town_and_its_same_named_province_are_one_entry():
    # Gazetteers have Daraa twice (the city and the governorate); "rebels control all of
    # Deraa province ... seized Deraa" is one place on the map, with both reports.
    province = ev("p1", "Hama", precision="admin1")
    province["location"].update(name="Dar'ā", geonameid=170903, lat=32.62, lon=36.10, admin1="Dar'ā")
    city = ev("c1", "Hama", modality="claimed", outlet="AFP", reported_by=["SOHR"])
    city["location"].update(name="Dar‘ā", geonameid=170905, lat=32.62, lon=36.10, admin1="Dar'ā")
    changes = control_changes([province, city])
    assert len(changes) == 2  # the history keeps both places
    (daraa,) = control_at(changes, "2024-12-06")
    assert daraa.place_name == "Dar‘ā" and daraa.geonameid == 170905  # the town, the more precise place
    assert daraa.evidence == ["c1", "p1"] and daraa.also == ["Dar'ā (province)"]
    assert daraa.modality == "asserted" and set(daraa.outlets) == {"Reuters", "AFP"}
    assert any(line.startswith("Dar'ā (province): p1") for line in daraa.explanation)
    assert changes[1].evidence == ["c1"] and changes[1].also == []  # the changes themselves are untouched
    # In different states they would contradict each other at one point: the town's report moves
    # the front line, the province's claim is named in its explanation.
    lost = ev("g1", "Hama", acled=GOV_REGAINS, actor1="Syrian army", date="2024-12-06")
    lost["location"] = dict(city["location"])
    (town,) = control_at(control_changes([province, city, lost]), "2024-12-06")
    assert (town.place_name, town.status, town.controller) == ("Dar‘ā", "held", "government")
    assert any("Dar'ā (admin1): held by opposition" in line for line in town.explanation)
    # A same-named town in another province is another place.
    elsewhere = dict(city, location={**city["location"], "admin1": "Homs"})
    assert len(control_at(control_changes([province, elsewhere]), "2024-12-06")) == 2


def test_frontline_marker_with_radius():
    rel = {"kind": "distance", "km_max": 20, "direction": "S", "anchor": "Damascus"}
    changes = control_changes([ev("f1", "Damascus", acled=MOBILIZE, plover="MOBILIZE", relative=rel)])
    (front,) = changes
    assert front.status == "frontline" and front.controller == "opposition" and front.radius_km == 20
    assert front.anchor == "Damascus" and front.place_name == "20 km S of Damascus"
    assert 19.9 < haversine_km(33.51, 36.29, front.lat, front.lon) < 20.1 and front.lat < 33.51
    # Shown as a snapshot: present soon after, gone two weeks later.
    assert [c.status for c in control_at(changes, "2024-12-10")] == ["frontline"]
    assert control_at(changes, "2024-12-31") == []
    assert [c.status for c in control_at(changes, "2024-12-31", frontline_days=60)] == ["frontline"]
    # Gone once its side has taken the anchor itself.
    taken = control_changes([ev("f1", "Damascus", acled=MOBILIZE, plover="MOBILIZE", relative=rel),
                             ev("r1", "Damascus", date="2024-12-08")])
    assert [(c.status, c.place_name) for c in control_at(taken, "2024-12-08")] == [("held", "Damascus")]


def test_frontline_marker_accepts_the_geoparsers_point_and_key_spellings():
    # relative_geometry() output for "less than 20 km south of Damascus": its point is the
    # centre of the uncertainty disc; the marker goes to the claimed distance, keeping the radius.
    geo = {"kind": "distance", "direction": "S", "km": 20.0, "km_max": 20.0, "anchor": "Damascus",
           "anchor_lat": 33.51, "anchor_lon": 36.29, "lat": 33.38282, "lon": 36.29, "radius_km": 14.14}
    m = frontline_marker({"name": "Damascus", "lat": 33.38282, "lon": 36.29, "relative": geo})
    assert abs(haversine_km(33.51, 36.29, m.lat, m.lon) - 20) < 0.1 and m.radius_km == 14.14
    # A point with no anchor coordinates or direction is used as given.
    m = frontline_marker({"name": "Damascus", "lat": 33.3, "lon": 36.3,
                          "relative": {"km": 15, "radius_km": 5, "lat": 33.3, "lon": 36.3}})
    assert (m.lat, m.lon, m.radius_km, m.anchor, m.km) == (33.3, 36.3, 5, "Damascus", 15)
    no_dir = frontline_marker({"name": "Homs", "lat": 34.73, "lon": 36.71, "relative": {"max_km": "10"}})
    assert (no_dir.lat, no_dir.lon, no_dir.radius_km) == (34.73, 36.71, 10)
    assert frontline_marker({"name": "Homs"}) is None and frontline_marker(None) is None


def test_bad_date_is_a_clear_error():
    with pytest.raises(ValueError, match="bad control date"):
        control_at([], "next tuesday")
    with pytest.raises(ValueError, match="empty"):
        control_at([], "")
