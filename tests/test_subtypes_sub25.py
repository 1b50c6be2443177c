"""A fight's two parties (events/subtype_parties.py, docs/annotation/subtypes.md section 26).

Sentences and feature lists written for this test. The trigger's parties are read from the parse and classed as a
state force, an armed side, a crowd or civilians; two codebook rules read them (a crowd's fight with no armed side is
Mob violence; a state force acting on a crowd in a sentence that tells a killing is Excessive force), and the learner
leaves them out. A date's 'March' is no protest cue word."""

from __future__ import annotations

import pytest
from script_modules import load_script
from test_events_subtype_model import main_of

from frontwatch.events import subtype_model
from frontwatch.events import subtype_rules as sr
from frontwatch.events.subtype_features import cue_keys, syntax_features
from frontwatch.events.subtype_parties import party_features, party_kind

CLASH, ATTACK, MOB = sr.ARMED_CLASH, sr.ATTACK, sr.MOB_VIOLENCE


def _parties(nlp, text: str, trigger: str) -> list[str]:
    doc = nlp(text)
    sent = next(iter(doc.sents))
    idx = [t.i for t in sent if t.lower_ == trigger]
    return party_features(sent, idx[:1])


@pytest.mark.parametrize("text,trigger,expected", [
    ("Police and insurgents clashed near the market.", "clashed", {"pair=armed+state"}),
    # no actor mentions given here: 'youths' is a crowd word (the actor lexicon would call them civilians)
    ("Youths clashed with police near the market.", "clashed", {"party:with=state", "pair=crowd+state"}),
    ("Fighting broke out between the army and rebels near the border.", "fighting", {"pair=armed+state"}),
    ("Gunmen kidnapped two teachers near the school.", "kidnapped", {"pdir=armed>civilians"}),
    ("Police detained two teachers near the school.", "detained", {"pdir=state>civilians"}),
    ("Soldiers fired on crowds of demonstrators in the square.", "fired", {"pdir=state>crowd"}),
    ("Rival student factions attacked each other on the campus.", "attacked", {"party:subj=crowd"}),
    # a party of the fight a casualty is told in ("killed ... when soldiers fired on ...")
    ("Two women were shot dead when soldiers fired on a crowd of mourners.", "shot", {"party:subj=state"}),
])
def test_the_parties_of_the_trigger_by_kind(nlp, text, trigger, expected):
    assert expected <= set(_parties(nlp, text, trigger))


def test_places_times_and_instruments_are_no_parties(nlp):
    assert not [f for f in _parties(nlp, "Youths clashed with police in Kano on Monday.", "clashed")
                if f.startswith(("party:obj=", "pdir="))]
    assert "party:with=-" not in _parties(nlp, "Rival gangs attacked each other with iron rods.", "attacked")


def test_a_countrys_people_are_not_its_state(nlp):
    doc = nlp("Troops killed seven Palestinians in the camp.")
    victims = next(t for t in doc if t.text == "Palestinians")
    assert party_kind(victims, []) == "civilians"


def test_a_crowds_fight_with_no_armed_side_is_mob_violence():
    students = ["party:subj=crowd", "party:obj=-", "w=student", "w=faction", "w=attack"]
    assert sr.crowd_fight(CLASH, students) == MOB
    assert sr.crowd_fight(ATTACK, students) == MOB
    # a state force or an armed side among the other parties, or an armed side among the actors: not a mob's fight
    assert sr.crowd_fight(CLASH, ["party:subj=crowd", "party:with=state"]) == CLASH
    assert sr.crowd_fight(CLASH, ["party:subj=crowd", "party:subj=armed"]) == CLASH
    assert sr.crowd_fight(sr.VIOLENT_DEMONSTRATION, students) == sr.VIOLENT_DEMONSTRATION


def test_a_state_force_killing_in_a_crowd_is_excessive_force():
    dispersal = ["pdir=state>crowd", "w=police", "w=disperse", "w=crowd"]
    assert sr.lethal_force_on_crowd(sr.PROTEST_INTERVENTION, dispersal + ["w=kill"]) == sr.EXCESSIVE_FORCE
    assert sr.lethal_force_on_crowd(ATTACK, dispersal + ["w=dead"]) == sr.EXCESSIVE_FORCE
    # no killing told: the intervention stands; an armed side's killing is not the state's force on a protest
    assert sr.lethal_force_on_crowd(sr.PROTEST_INTERVENTION, dispersal) == sr.PROTEST_INTERVENTION
    assert sr.lethal_force_on_crowd(ATTACK, ["pdir=armed>crowd", "w=kill"]) == ATTACK


def test_the_codebook_chain_applies_the_party_rules():
    assert sr.codebook_subtype(CLASH, ["party:subj=crowd", "w=student", "w=attack"]) == MOB
    assert sr.codebook_subtype(sr.PROTEST_INTERVENTION, ["pdir=state>crowd", "cue=protest", "w=kill"]) \
        == sr.EXCESSIVE_FORCE


def test_the_learner_leaves_the_party_features_to_the_rules():
    assert all(f.startswith(subtype_model.RULES_ONLY) for f in ("party:subj=crowd", "pair=armed+state", "pdir=a>b"))

    ts = load_script("scripts/train_subtypes.py")
    pytest.importorskip("sklearn")
    exs = [("r", ["w=a", "party:subj=crowd"], None), ("r", ["w=b", "party:subj=crowd"], None)] * 2
    model = ts.fit(exs, ["Armed clash", "Attack"] * 2, ts.Setting("svm", 0.2, "balanced", 0.0, 4.0))
    assert "w=a" in model.weights and not any(f.startswith("party:") for f in model.weights)


def test_a_dates_month_is_no_protest_cue(nlp):
    doc = nlp("Rebels killed five soldiers in an ambush on 3 March near Goma.")
    sent = next(iter(doc.sents))
    assert "march" not in cue_keys(sent).values()
    ambush = [t.i for t in sent if t.text == "ambush"]
    assert "cue=protest" not in syntax_features(sent, ambush)
    doc = nlp("Thousands joined the march through the capital.")
    assert "march" in cue_keys(next(iter(doc.sents))).values()


def test_the_pipeline_reads_the_parties(nlp):  # noqa: F811
    # main before sub25: Protest with intervention (the dispersal), though the force killed two
    assert main_of(nlp, "Two people were killed when police dispersed a crowd gathering outside the stadium.") \
        == sr.EXCESSIVE_FORCE
    assert main_of(nlp, "Police fired tear gas to disperse a crowd gathering outside the stadium.") \
        == sr.PROTEST_INTERVENTION
    assert main_of(nlp, "Rebels clashed with government troops near the border on Friday.") == CLASH
