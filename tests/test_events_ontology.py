"""The internal event scheme and its fixed mapping to ACLED and PLOVER."""

from __future__ import annotations

import pytest

from frontwatch.events import ontology

# ACLED codebook spelling, typed out independently of the module under test.
ACLED = {
    "Battles": {"Armed clash", "Government regains territory", "Non-state actor overtakes territory"},
    "Explosions/Remote violence": {"Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"},
    "Violence against civilians": {"Sexual violence", "Attack", "Abduction/forced disappearance"},
    "Protests": {"Peaceful protest", "Protest with intervention", "Excessive force against protesters"},
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {"Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"},
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
          "SANCTION", "THREATEN", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT"}


def test_acled_scheme_is_spelled_as_in_the_codebook():
    assert {k: set(v) for k, v in ontology.ACLED_TYPES.items()} == ACLED
    assert sum(len(v) for v in ontology.ACLED_TYPES.values()) == 25
    assert set(ontology.PLOVER_TYPES) == PLOVER


def test_every_type_maps_into_both_schemes():
    for t in ontology.TYPES.values():
        if t.acled is not None:
            assert t.acled[1] in ACLED[t.acled[0]], t.name
        assert t.plover is None or t.plover in PLOVER, t.name
        assert t.locate in ("site", "actor")


def test_all_25_acled_sub_event_types_and_16_plover_types_are_reachable():
    subs = {t.acled for t in ontology.TYPES.values() if t.acled}
    assert subs == {(k, s) for k, v in ACLED.items() for s in v}
    assert {t.plover for t in ontology.TYPES.values() if t.plover} == PLOVER


def test_diplomatic_events_have_no_acled_type_but_a_plover_one():
    for name, plover in [("statement", "CONSULT"), ("consult", "CONSULT"), ("request", "REQUEST"),
                         ("reject", "REJECT"), ("evacuation", "RETREAT")]:
        t = ontology.get(name)
        assert t.acled is None and t.plover == plover


def test_plover_modes_where_they_apply():
    assert ontology.get("air_strike").plover_mode == "aerial"
    assert ontology.get("shelling").plover_mode == "heavy-weapons"
    assert ontology.get("explosive").plover_mode == "explosives"
    assert ontology.get("deployment").plover_mode == "troops"


@pytest.mark.parametrize("name,agent,target,want", [
    ("territory_taken", "rebel group", None, "territory_taken"),
    ("territory_taken", "state forces", None, "territory_regained"),
    ("territory_regained", "rebel group", None, "territory_taken"),
    ("bombing", "state forces", None, "air_strike"),
    ("bombing", None, None, "air_strike"),
    ("bombing", "rebel group", None, "explosive"),
    ("attack", "rebel group", "state forces", "armed_clash"),
    ("attack", "armed group", "civilians", "attack_civilians"),
    ("attack", "state forces", "protesters", "excessive_force"),
    ("attack", "protesters", None, "riot"),
    ("destruction", "rioters", None, "riot"),
    ("destruction", "political militia", None, "looting"),
    ("attack", "mob", "civilians", "mob_violence"),
    ("attack", "civilians", None, "mob_violence"),  # "residents beat a suspect to death": a mob, not an armed side
    ("destruction", "civilians", None, "mob_violence"),
    ("attack", "armed group", "civilians", "attack_civilians"),
    ("arrest", "state forces", "protesters", "protest_intervention"),
    ("arrest", "state forces", None, "arrest"),
    ("consult", "government", None, "consult"),
    ("strike", "state forces", None, "air_strike"),
    ("strike", None, None, "air_strike"),
    ("strike", "rebel group", "state forces", "armed_clash"),
    ("strike", "armed group", "civilians", "attack_civilians"),
    ("march", "protesters", None, "protest"),
    ("march", None, None, "protest"),
    ("march", "state forces", None, "advance"),
])
def test_refine_follows_acled_actor_rules(name, agent, target, want):
    assert ontology.refine(name, agent, target) == want


def test_unknown_type_is_a_clear_error():
    with pytest.raises(ontology.UnknownEventType, match="unknown event type 'battle'"):
        ontology.get("battle")
    assert ontology.known("attack") and not ontology.known("battle")
