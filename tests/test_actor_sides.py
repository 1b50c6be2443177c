"""Which side is which when the trigger's frame gives none (events/actor_fill.py, actor_roles.py, actor_units.py).

Why: each test holds one general mechanism added for the ACLED inter codes of actor 1 and 2,
through the real pipeline (spaCy model, packaged dictionary); the sentences are written for
the test, not taken from the development set.
"""

from __future__ import annotations

import pytest
from event_helpers import kind, main_event

from frontwatch.evaluate.run import extract_texts
from frontwatch.events.actor_units import is_numbered_unit
from frontwatch.export.acled_csv import inter_code


def test_a_lone_armed_side_is_the_attacker_when_the_victims_are_known():
    e = main_event("Due to militant attacks with mortar shells on the market, three children were killed on Monday.")
    assert kind(e["actor1"]) == "rebel group"
    assert kind(e["actor2"]) == "civilians"


def test_the_speaker_is_not_the_attacker():
    e = main_event("A source at the Police Command said that militants fired a number of mortar shells on the "
                   "market, injuring four civilians.")
    assert kind(e["actor1"]) == "rebel group"


def test_battles_between_two_named_sides():
    e = main_event("The battles are still raging in the eastern districts between the army and Boko Haram, "
                   "a military source said.")
    assert {kind(e["actor1"]), kind(e["actor2"])} == {"state forces", "rebel group"}


def test_a_numbered_army_unit_is_state_forces():
    e = main_event("The 105th Brigade shelled Islamic State positions near Deir ez-Zor, killing several militants.")
    assert kind(e["actor1"]) == "state forces"
    assert kind(e["actor2"]) == "rebel group"


@pytest.mark.parametrize("words, unit", [
    (["the", "105th", "Brigade"], True),
    (["4th", "Armoured", "Division"], True),
    (["Division", "30"], False),  # an armed group's own name, not a regular army's numbering
    (["the", "Southern", "Front", "Brigades"], False),
])
def test_is_numbered_unit(words, unit):
    assert is_numbered_unit(words) is unit


def test_a_plural_demonym_killed_are_civilians_not_the_state():
    events = extract_texts(["Gunmen stormed a village in Chad on Monday and killed six Nigerians."])[0]
    # the killing is one event with the storming since the killing is placed in Chad too (not in the
    # victims' country), so its victims are found by their toll, not by their words
    victims = [e["actor2"] for e in events if e.get("fatalities") == 6]
    assert victims and all(kind(a) == "civilians" for a in victims)
    sides = [e.get(k) for e in events for k in ("actor1", "actor2") if e.get(k)]
    assert not any(kind(a) == "state forces" for a in sides)  # 'Nigerians' is not Nigeria's army


def test_a_plural_demonym_protesting_are_protesters():
    e = main_event("Thousands of Palestinians protested in Ramallah on Friday against the blockade.")
    assert kind(e["actor1"]) == "protesters"


def test_the_side_that_suffers_losses_is_not_the_attacker():
    e = main_event("The Islamic State suffered heavy losses in the air raids near Raqqa on Sunday.")
    assert kind(e["actor1"]) != "rebel group"
    assert kind(e["actor2"]) == "rebel group"


def test_unnamed_fighters_are_a_non_state_side_and_gunmen_unidentified():
    fighters = main_event("Fighters attacked an army checkpoint near Idlib on Monday, killing two soldiers.")
    assert inter_code(fighters["actor1"], "SY") == 2
    gunmen = main_event("Unidentified gunmen shot dead a teacher in Peshawar on Monday.")
    assert inter_code(gunmen["actor1"], "PK") == 3
    unknown = main_event("Unknown persons shot dead a shopkeeper in Quetta on Monday.")
    assert inter_code(unknown["actor1"], "PK") == 3  # not 'persons', the civilians


def test_fighters_from_a_named_group_are_that_group():
    e = main_event("Fighters from Boko Haram attacked the village of Kuda on Sunday, killing five farmers.")
    assert e["actor1"]["name"] == "Boko Haram"


def test_unnamed_fighters_between_named_sides_are_those_sides():
    # "fighters from X" stands for X, also inside "clashes between ... and ..." (a third group named: no lone side)
    e = main_event("Clashes erupted on Monday at dawn between fighters from the Peoples Protection Units (YPG) on the "
                   "one hand and fighters from the Islamic State and the Nusra Front on the other hand, activists said.")
    assert {e["actor1"]["name"], e["actor2"]["name"]} == {"People's Protection Units", "Islamic State"}


def test_the_side_that_claims_an_act_did_it():
    # a claim is speech, yet its subject claims the act named in its phrase (no unidentified group then)
    e = main_event("The Islamic State group claimed responsibility for the car bomb that killed nine people "
                   "in the town of Tal Abyad.")
    assert e["actor1"]["name"] == "Islamic State"
    e = main_event("Police said a car bomb killed nine people in the town of Tal Abyad on Monday.")
    assert kind(e["actor1"]) == "armed group"  # no claim: still the unidentified group


def test_a_protest_is_made_by_protesters_even_unnamed():
    e = main_event("The governor was dismissed after weeks of mass demonstrations in the city of Hama.")
    assert (e["acled"] or {}).get("event_type") == "Protests"
    assert kind(e["actor1"]) == "protesters"


def test_a_battle_naming_just_two_armed_sides_is_between_them():
    e = main_event("Heavy fighting on Monday pitted rebels against Hezbollah fighters on the hills around the "
                   "town, activists said.")
    sides = {e["actor1"]["name"]: kind(e["actor1"]), e["actor2"]["name"]: kind(e["actor2"])}
    assert "Hezbollah" in sides and "rebel group" in sides.values()


def test_clan_fighting_is_fought_by_clan_militias():
    e = main_event("Eight people were killed in clan fighting near the town of Jowhar on Tuesday, elders said.")
    assert kind(e["actor1"]) == "identity militia"
