"""A gain told as the background of another event (events/subtype_rules.gain_in_background, docs/annotation/
subtypes.md section 39).

Feature lists and sentences written for this test. Guideline section 2, rule 1: the main clause's event is the
sentence's; ground taken that the sentence tells only in a relative clause or a time adjunct of another event is its
background, unless the doer of the main clause took it (its result)."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr

GOV, NONSTATE = sr.GOVERNMENT_GAIN, sr.NONSTATE_GAIN
# "A rocket struck the district where loyalist forces have held out since rebels seized the east."
ROCKET_BESIDE_GAIN = ["rule=Shelling/artillery/missile attack", "int=shelling", "trig=strike", "agent=-",
                      "head:ROOT=strike", "verb=<trigger>", "tpos=VERB", "tdep=ROOT", "w=rocket", "w=strike",
                      "w=seize", "cue=artillery", "cue=territory_gain", "gain_agent=nonstate", "gain_loser=-",
                      "gain_side=nonstate", "gain_side@s=nonstate", "gain_done", "gain_done_side=nonstate"]
# "Militants executed 24 civilians after taking over the village."
GAIN_BEFORE_EXECUTION = ["rule=Non-state actor overtakes territory", "int=territory_taken", "trig=take over",
                         "agent=rebel group", "head:pcomp=after", "tdep=pcomp", "w=execute", "w=civilian",
                         "w=take", "cue=territory_gain", "gain_agent=nonstate", "gain_side=nonstate",
                         "gain_side@t=nonstate", "gain_done", "gain_done_side=nonstate", "scope=time_adjunct",
                         "adjunct_host=civilian", "adjunct_host=execute"]
# "Three soldiers were killed fighting IS after the capture of five villages."
GAIN_BEFORE_FIGHT = ["rule=Non-state actor overtakes territory", "int=territory_taken", "trig=capture of",
                     "head:pobj=after", "tdep=pobj", "w=kill", "w=fight", "w=capture", "cue=territory_gain",
                     "gain_done", "scope=time_adjunct", "adjunct_host=fight", "adjunct_host=state"]


def test_a_main_clause_event_beside_another_side_s_gain_keeps_the_rules_answer():
    assert sr.gain_in_background(NONSTATE, ROCKET_BESIDE_GAIN) == sr.SHELLING
    assert sr.gain_in_background(GOV, ROCKET_BESIDE_GAIN) == sr.SHELLING
    # the doer's own gain told after its act ("stormed the college, where they captured several points"): its result
    own = [f.replace("agent=-", "agent=rebel group") for f in ROCKET_BESIDE_GAIN]
    assert sr.gain_in_background(NONSTATE, own) == NONSTATE
    state_doer = [f.replace("agent=-", "agent=state forces") for f in ROCKET_BESIDE_GAIN]
    assert sr.gain_in_background(NONSTATE, state_doer) == sr.SHELLING
    # a gain in the main clause, a trigger that is itself the capture, no main-clause trigger, no done gain,
    # the rules' bare advance or a territory answer of the rules, another answer: left alone
    for extra in (["gain_main_side=nonstate"], ["gain_side@t=nonstate"]):
        assert sr.gain_in_background(NONSTATE, ROCKET_BESIDE_GAIN + extra) == NONSTATE, extra
    assert sr.gain_in_background(NONSTATE, [f.replace("tdep=ROOT", "tdep=relcl") for f in ROCKET_BESIDE_GAIN]) \
        == NONSTATE
    # the main clause of a report ("activists said a rocket struck the district where ...") reads as the main clause
    assert sr.gain_in_background(NONSTATE, [f.replace("tdep=ROOT", "tdep=ccomp") for f in ROCKET_BESIDE_GAIN]) \
        == sr.SHELLING
    assert sr.gain_in_background(NONSTATE, [f for f in ROCKET_BESIDE_GAIN
                                            if not f.startswith("gain_done")]) == NONSTATE
    for rule in ("Other", GOV):
        assert sr.gain_in_background(NONSTATE, [f.replace("rule=Shelling/artillery/missile attack", f"rule={rule}")
                                                for f in ROCKET_BESIDE_GAIN]) == NONSTATE, rule
    assert sr.gain_in_background(sr.ARMED_CLASH, ROCKET_BESIDE_GAIN) == sr.ARMED_CLASH


def test_a_gain_in_the_time_adjunct_of_a_killing_or_a_fight_is_that_event():
    assert sr.gain_in_background(NONSTATE, GAIN_BEFORE_EXECUTION) == sr.ATTACK
    assert sr.gain_in_background(NONSTATE, GAIN_BEFORE_FIGHT) == sr.ARMED_CLASH
    # "launched a counter-offensive after their former allies seized the village": an assault after a gain whose
    # doer is named in the adjunct; the same assault after the doer's own gain ('after liberating') stays
    counter = [f for f in GAIN_BEFORE_FIGHT if not f.startswith("adjunct_host=")] + \
        ["adjunct_host=launch", "adjunct_host=offensive"]
    assert sr.gain_in_background(NONSTATE, counter + ["subj@t=ally"]) == sr.ARMED_CLASH
    assert sr.gain_in_background(NONSTATE, counter) == NONSTATE
    # the victims no civilians, a campaign word as host, not in an adjunct, a trigger that is no capture
    soldiers = [f.replace("adjunct_host=civilian", "adjunct_host=soldier") for f in GAIN_BEFORE_EXECUTION]
    assert sr.gain_in_background(NONSTATE, soldiers) == NONSTATE
    campaign = [f for f in GAIN_BEFORE_FIGHT if not f.startswith("adjunct_host=")] + \
        ["adjunct_host=continue", "adjunct_host=offensive"]
    assert sr.gain_in_background(GOV, campaign) == GOV
    assert sr.gain_in_background(NONSTATE, [f for f in GAIN_BEFORE_FIGHT if f != "scope=time_adjunct"]) == NONSTATE
    not_capture = [f.replace("rule=Non-state actor overtakes territory", "rule=Other") for f in GAIN_BEFORE_FIGHT]
    assert sr.gain_in_background(NONSTATE, not_capture) == NONSTATE
    assert sr.gain_in_background(sr.AIR_STRIKE, GAIN_BEFORE_FIGHT) == sr.AIR_STRIKE


def test_the_codebook_chain_applies_the_rule():
    assert sr.codebook_subtype(NONSTATE, ROCKET_BESIDE_GAIN) == sr.SHELLING
    assert sr.codebook_subtype(NONSTATE, GAIN_BEFORE_EXECUTION) == sr.ATTACK
    assert sr.codebook_subtype(NONSTATE, GAIN_BEFORE_FIGHT) == sr.ARMED_CLASH


def test_the_pipeline_reads_a_gain_told_as_background(nlp):
    # before sub35: Non-state actor overtakes territory
    assert main_of(nlp, "Militants executed fifteen civilians in the last two days after taking over the village "
                        "from the Kurdish forces, the monitor said.") == sr.ATTACK
    # unchanged: a gain in the main clause after a fight, a shelling beside another side's gain, a campaign
    assert main_of(nlp, "Government forces captured the town after heavy fighting with the rebels.") == GOV
    assert main_of(nlp, "Rebels shelled the city after the army recaptured the airport.") == sr.SHELLING
    assert main_of(nlp, "The army continued its offensive after liberating the town.") == GOV
