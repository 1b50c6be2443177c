"""Mob violence and Other (sub31, docs/annotation/subtypes.md section 34).

Sentences written for this test. (1) A people's name (a plural NORP: "Kurds", "Christians") that the actor dictionary
does not name as an actor is a party of the civilians kind, not an armed side; a name the dictionary holds
("Houthis", a rebel group) stays armed. (2) A Violent demonstration answer for a fight of such people with no protest
named and no state party is guideline 24.2(c)'s Mob violence (`subtype_rules.crowd_fight`)."""

from __future__ import annotations

import pytest
from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events.actors import default_dictionary, find_mentions
from frontwatch.events.subtype_parties import party_features


def _parties(nlp, text: str, trigger: str) -> set[str]:
    """The trigger's party features, with the actor dictionary's mentions as the pipeline passes them."""
    sent = next(iter(nlp(text).sents))
    mentions = find_mentions(sent, default_dictionary())
    return set(party_features(sent, [next(t.i for t in sent if t.text == trigger)], mentions))


def test_a_people_the_dictionary_does_not_name_is_civilians(nlp):
    feats = _parties(nlp, "Kurds and Turks clashed in Vienna on Sunday.", "clashed")
    assert "party:subj=civilians" in feats and "party:subj=armed" not in feats
    assert "pair=civilians+civilians" in feats


def test_a_people_the_dictionary_names_as_an_armed_actor_stays_armed(nlp):
    feats = _parties(nlp, "Houthis clashed with Kurds in Marib.", "clashed")
    assert "party:subj=armed" in feats  # Houthis: a rebel group in data/actors.csv
    assert "party:with=civilians" in feats  # Kurds: no actor of the dictionary


@pytest.mark.parametrize("feats,expected", [
    (["trig=clash", "party:subj=civilians"], sr.MOB_VIOLENCE),  # no protest, no state: 24.2(c)
    (["trig=clash", "party:subj=crowd"], sr.MOB_VIOLENCE),
    (["trig=clash", "party:subj=civilians", "cue=protest"], sr.VIOLENT_DEMONSTRATION),  # 24.2(a): a protest named
    (["trig=clash", "party:subj=civilians", "party:with=state"], sr.VIOLENT_DEMONSTRATION),  # 24.2(b): the state hit
    (["trig=clash", "party:subj=civilians", "party:subj=armed"], sr.VIOLENT_DEMONSTRATION),  # an armed side fights
    (["trig=clash"], sr.VIOLENT_DEMONSTRATION),  # no party read: the model's answer stands
    (["trig=storm", "party:subj=crowd"], sr.VIOLENT_DEMONSTRATION),  # no fight word: "a mob stormed the embassy"
    (["trig=riot", "party:subj=crowd"], sr.VIOLENT_DEMONSTRATION),  # a riot is the demonstrators' type's own word
])
def test_a_fight_with_no_protest_and_no_state_is_mob_violence(feats, expected):
    assert sr.crowd_fight(sr.VIOLENT_DEMONSTRATION, feats) == expected


def test_the_chain_reads_it(nlp):
    assert sr.codebook_subtype(sr.VIOLENT_DEMONSTRATION, ["trig=clash", "party:subj=civilians"]) == sr.MOB_VIOLENCE
    assert sr.codebook_subtype(sr.VIOLENT_DEMONSTRATION, ["trig=clash", "party:subj=civilians",
                                                          "cue=protest"]) == sr.VIOLENT_DEMONSTRATION


@pytest.mark.parametrize("text,expected", [
    # the shipped model types both Violent demonstration; no demonstration is named and no state is hit
    ("Kurds and Turks clashed in the city centre on Sunday, and police said five people were wounded.",
     sr.MOB_VIOLENCE),
    ("Christians and Muslims clashed in the town on Friday, police said.", sr.MOB_VIOLENCE),
    # a crowd fighting the police, or a fight with protesters named, stays a Violent demonstration
    ("Youths clashed with police in the town on Friday.", sr.VIOLENT_DEMONSTRATION),
    ("Kurds clashed with protesters in the city centre on Sunday.", sr.VIOLENT_DEMONSTRATION),
])
def test_the_pipeline(nlp, text, expected):
    assert main_of(nlp, text) == expected


# Guideline 24.1: an explosion or fire at a munitions store with no attack named is Other (`subtype_rules.depot_blast`).
_DEPOT = ["w=explosion", "w=ammunition", "w=depot", "cue=explosive"]


@pytest.mark.parametrize("subtype,feats,expected", [
    (sr.IED, _DEPOT, sr.OTHER),
    (sr.LOOTING, ["w=fire", "w=weapon", "w=store", "cue=property"], sr.OTHER),
    (sr.IED, ["w=blast", "w=arsenal"], sr.OTHER),  # an arsenal is a munitions store alone
    (sr.AIR_STRIKE, [*_DEPOT, "cue=air"], sr.AIR_STRIKE),  # a drone named: the strike's means decides
    (sr.IED, [*_DEPOT, "party:subj=armed"], sr.IED),  # rebels blew it up: a doer named
    (sr.IED, ["w=explosion", "w=bus", "w=depot"], sr.IED),  # a depot of no munitions
    (sr.IED, ["w=ammunition", "w=depot", "w=truck"], sr.IED),  # no blast or fire
    (sr.ATTACK, _DEPOT, sr.ATTACK),  # an answer the accident rules do not read
])
def test_a_depot_blast_with_no_attack_named_is_other(subtype, feats, expected):
    assert sr.depot_blast(subtype, feats) == expected
    assert sr.codebook_subtype(subtype, feats) == expected


@pytest.mark.parametrize("text,expected", [
    # the shipped model and the rules type these as a planted device and as property destruction
    ("An explosion at an ammunition depot in the north of the city killed twelve people on Sunday.", sr.OTHER),
    ("A fire swept through the army's main weapons store in the capital overnight, destroying most of it.", sr.OTHER),
    # an attack named keeps its type
    ("A drone struck the ammunition depot near the airport, setting off explosions.", sr.AIR_STRIKE),
    ("A car bomb exploded near the bus depot, killing six people.", sr.IED),
])
def test_the_pipeline_on_depot_blasts(nlp, text, expected):
    assert main_of(nlp, text) == expected
