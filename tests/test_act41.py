"""act41: sides on unseen news (issue 14): a name after an ally prefix ('pro-Russian separatists', 'pro-Assad
fighters') is the side the phrase supports, not the phrase's own side nor its country; a country that made or gave
the weapon ('Russian-made rockets') is neither the weapon's user nor a side. Sentences written for these tests; the
whole pipeline runs on each."""

from __future__ import annotations

from event_helpers import actor_of, main_record_of


def test_a_country_after_pro_is_not_the_side_own_country() -> None:
    # 'pro-Russian separatists' in Ukraine support Russia; they are not Russia's rebels ('Russian separatists')
    rec = main_record_of("Pro-Russian separatists shelled Ukrainian army positions near Donetsk on Monday.")
    a1 = actor_of(rec, "actor1")
    assert a1.get("kind") == "rebel group" and a1.get("country") != "RU", rec


def test_pro_assad_fighters_are_not_named_as_assad_fighters() -> None:
    rec = main_record_of("Bombs in Aleppo killed 13 pro-Assad fighters on Tuesday.")
    assert "Assad" not in (actor_of(rec, "actor2").get("text") or ""), rec


def test_a_country_without_pro_is_still_the_side_own_country() -> None:
    # what must not move: 'Russian separatists' written without the prefix keep the demonym's country
    rec = main_record_of("Russian troops shelled Ukrainian army positions near Donetsk on Monday.")
    assert actor_of(rec, "actor1").get("country") == "RU", rec


def test_a_country_that_made_the_rockets_does_not_fire_them() -> None:
    rec = main_record_of("Syrian troops fired Russian-made rockets at the rebel-held town of Douma near Damascus.")
    a1 = actor_of(rec, "actor1")
    assert a1.get("kind") == "state forces" and a1.get("country") == "SY", rec


def test_a_country_that_fires_is_still_read() -> None:
    # what must not move: a country written before the force without a maker's word is its owner
    rec = main_record_of("Russian jets bombed the towns of Anadan and Khan Touman in rural Aleppo.")
    assert actor_of(rec, "actor1").get("country") == "RU", rec
