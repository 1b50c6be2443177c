"""act39: a state's forces are external (8) only where the event is outside their country, and a
country's point standing for an unplaced name (the force's own adjective) does not say where."""

from __future__ import annotations

from frontwatch.export.acled_csv import event_countries, inter_codes
from frontwatch.export.country_point import (
    countries_placed_in,
    names_its_country,
    unplaced_name_country,
)


def _point(text: str, name: str, country: str) -> dict:
    return {"name": name, "text": text, "country": country, "precision": "country"}


def _record(evidence: str, location: dict | None, actor1: dict, actor2: dict | None) -> dict:
    return {"evidence": {"text": evidence}, "location": location, "actor1": actor1, "actor2": actor2}


ISRAELI_ARMY = {"name": "Military Forces of Israel", "kind": "state forces", "country": "IL"}
SYRIAN_ARMY = {"name": "Military Forces of Syria", "kind": "state forces", "country": "SY"}
US_FORCES = {"name": "Military Forces of United States", "kind": "state forces", "country": "US"}
HEZBOLLAH = {"name": "Hezbollah", "kind": "armed group", "country": "LB"}


def test_a_country_named_in_its_place_text_is_evidence() -> None:
    assert names_its_country(_point("Syria", "Syria", "SY"))
    assert names_its_country(_point("southern Syria", "Syria", "SY"))
    assert names_its_country(_point("Syrian territory", "Syria", "SY"))
    assert names_its_country(_point("Britain", "United Kingdom", "GB"))  # the dictionary's alias
    assert names_its_country(_point("the U.S.", "United States", "US"))
    assert unplaced_name_country(_point("Syria", "Syria", "SY")) is None


def test_an_unplaced_name_at_a_countrys_point_is_flagged() -> None:
    assert unplaced_name_country(_point("the Iglim al-Tuffah", "Israel", "IL")) == "IL"
    town = {"name": "Homs", "text": "Homs", "country": "SY", "precision": "city"}
    assert unplaced_name_country(town) is None


def test_countries_placed_by_a_locative_preposition_only() -> None:
    assert countries_placed_in("shelled targets just outside the zone in south Lebanon.") == ("LB",)
    assert countries_placed_in("troops pushed into northern Syria") == ("SY",)
    assert countries_placed_in("a ceasefire brokered by the US and Russia last week") == ()
    assert countries_placed_in("Deir Ezzor borders Iraq") == ()
    assert countries_placed_in("the Israeli army shelled the hills") == ()  # an adjective is no place


def test_the_doers_own_adjective_does_not_keep_a_foreign_force_at_home() -> None:
    text = ("The Israeli army has also shelled Hezbollah targets in the Iglim al-Tuffah area just outside "
            "the self-declared security zone in south Lebanon.")
    rec = _record(text, _point("the Iglim al-Tuffah", "Israel", "IL"), ISRAELI_ARMY, HEZBOLLAH)
    assert event_countries(rec) == ("LB",)
    assert inter_codes(rec) == (8, 3)


def test_no_place_named_leaves_the_force_at_home() -> None:
    # an ally misread as the target must not move the event abroad: unknown -> 1
    text = "Led by the Republican Guard and Hezbollah, the Syrian Armed Forces stormed the Technical College."
    rec = _record(text, _point("Technical College", "Syria", "SY"), SYRIAN_ARMY, HEZBOLLAH)
    assert inter_codes(rec) == (1, 3)


def test_a_targets_own_country_point_is_kept() -> None:
    # forces strike abroad, their targets are at home: only actor 1's own country is doubted
    text = "US airstrikes killed 80 soldiers at the Tharda mountain, the Syrian army said."
    rec = _record(text, _point("Tharda", "Syria", "SY"), US_FORCES, SYRIAN_ARMY)
    assert inter_codes(rec) == (8, 1)


def test_a_named_country_place_is_kept_for_its_own_forces() -> None:
    rec = _record("Syrian troops shelled rebels in Syria.", _point("Syria", "Syria", "SY"), SYRIAN_ARMY, None)
    assert inter_codes(rec) == (1, None)


def test_a_state_named_as_a_coalitions_leader_is_external_without_a_place() -> None:
    text = "US-led air strikes targeted the group taking out many of the families who sought shelter there."
    rec = _record(text, None, {**US_FORCES, "text": "US"}, None)
    assert inter_codes(rec) == (8, None)


def test_a_state_acting_itself_with_no_place_stays_state_forces() -> None:
    rec = _record("US air strikes targeted the group.", None, {**US_FORCES, "text": "US"}, None)
    assert inter_codes(rec) == (1, None)
    rebels = {"name": "Rebels (Syria)", "kind": "rebel group", "country": "SY", "text": "terrorist"}
    assert inter_codes(_record("the terrorist-led offensive in Hama", None, rebels, None)) == (2, None)
