"""evloc30: two roles of a place that is not the event's (events/owner_modifier.py, events/place_role.py).

A country named as the owner of a noun ('the U.S. soldier', "China's attempts", 'the 1967 Mideast war'):
a whole country before a noun that names neither a place nor an attack says whose the thing is. A place
inside what a speech verb reports ('Rebels said they repelled an attack on Idlib'): the reported event's
place, not the saying's. CONSTRUCTED sentences, the real parser, the
stand-in geoparser of test_events_support and the packaged weights."""

from __future__ import annotations

from event_helpers import place_decision

from frontwatch.events import place_role


def test_a_country_owning_a_common_noun_is_marked(nlp) -> None:
    f, _ = place_decision(nlp, "Students protested Turkey's plans to build a new dam.", "protested")
    assert "country_owner" in f["Turkey"]
    f, _ = place_decision(
        nlp, "Rockets destroyed two tanks, the most heavily armoured vehicles in the Iran arsenal.",
        "destroyed")
    assert "country_owner" in f["Iran"]


def test_a_place_noun_an_attack_noun_or_a_town_is_not_an_owner(nlp) -> None:
    f, _ = place_decision(nlp, "Gunmen attacked Iraq's capital on Monday, killing four people.", "attacked")
    assert "country_owner" not in f["Iraq"]  # a part of the place
    f, _ = place_decision(nlp, "The Syria gas attack killed twenty people on Tuesday.", "killed")
    assert "country_owner" not in f.get("Syria", {})  # an attack noun: its place
    f, _ = place_decision(nlp, "Students protested Aleppo's plans to build a new dam.", "protested")
    assert "country_owner" not in f["Aleppo"]  # a town before a noun is as often the place as not


def test_the_owner_is_not_chosen_as_the_events_place(nlp) -> None:
    # the packaged weights put the country's name here without the feature (the parent commit)
    _, chosen = place_decision(
        nlp, "Rockets destroyed two tanks, the most heavily armoured vehicles in the Iran arsenal.",
        "destroyed")
    assert chosen == []
    # ... and the town of the same sentence is still chosen over the owner
    _, chosen = place_decision(nlp, "Rockets destroyed two tanks of the Iran arsenal in Homs on Monday.", "destroyed")
    assert chosen == ["Homs"]


def test_the_weights_are_fitted_and_negative() -> None:
    w = place_role.load_weights()
    assert w.weights["country_owner"] < 0 and w.weights["reported_clause"] < 0


def test_a_place_inside_what_a_speech_verb_reports_is_marked(nlp) -> None:
    f, _ = place_decision(nlp, "Activists said that jets struck a hospital in Idlib on Monday.", "said")
    assert "reported_clause" in f["Idlib"]
    # the speaker's own place hangs from the speech verb itself
    f, _ = place_decision(nlp, "The minister said in Damascus that the talks would resume.", "said")
    assert "reported_clause" not in f["Damascus"]
    # the reported event's own trigger reads the place as before
    f, _ = place_decision(nlp, "Activists said that jets struck a hospital in Idlib on Monday.", "struck")
    assert "reported_clause" not in f["Idlib"]


def test_the_saying_gets_no_place_of_the_reported_event(nlp) -> None:
    # (the packaged weights put Idlib on 'said' without the feature: the parent commit)
    text = "Rebels said they repelled an attack by militants on the town of Idlib on Wednesday."
    _, chosen = place_decision(nlp, text, "said")
    assert chosen == []
    _, chosen = place_decision(nlp, text, "repelled")
    assert chosen == ["Idlib"]
