"""act41: sides on unseen news (issue 14): a state's fighters named by a state word ('regime fighters', 'government
fighters') are its forces, while a name after an ally prefix ('pro-regime fighters') is not the phrase's side; a
country that made or gave the weapon ('Russian-made rockets') is neither the weapon's user nor a side. Sentences
written for these tests; the whole pipeline runs on each."""

from __future__ import annotations

from event_helpers import kind, main_record_of


def _side(rec: dict, side: str) -> dict:
    return rec.get(side) or {}


def test_regime_fighters_killed_are_the_state_forces() -> None:
    rec = main_record_of("Rebels killed 12 regime fighters in an ambush near Hama on Monday.")
    assert kind(rec.get("actor2")) == "state forces", rec


def test_government_fighters_are_the_state_forces() -> None:
    rec = main_record_of("Islamic State militants attacked government fighters near Palmyra on Sunday.")
    assert kind(rec.get("actor2")) == "state forces", rec


def test_pro_regime_fighters_are_not_the_regime_forces() -> None:
    # 'pro-regime': the regime is the side the fighters support; 'regime fighters' is not matched inside it
    rec = main_record_of("Rebels killed 12 pro-regime fighters in an ambush near Hama on Monday.")
    assert kind(rec.get("actor2")) != "state forces", rec


def test_rebel_fighters_stay_rebels() -> None:
    # what must not move: 'fighters' with a non-state word is still the rebels
    rec = main_record_of("Government troops killed 12 rebel fighters near Hama on Monday.")
    assert kind(rec.get("actor2")) == "rebel group", rec


def test_a_country_that_made_the_rockets_does_not_fire_them() -> None:
    rec = main_record_of("Syrian troops fired Russian-made rockets at the rebel-held town of Douma near Damascus.")
    a1 = _side(rec, "actor1")
    assert a1.get("kind") == "state forces" and a1.get("country") == "SY", rec


def test_a_country_that_fires_is_still_read() -> None:
    # what must not move: a country written before the force without a maker's word is its owner
    rec = main_record_of("Russian jets bombed the towns of Anadan and Khan Touman in rural Aleppo.")
    assert _side(rec, "actor1").get("country") == "RU", rec
