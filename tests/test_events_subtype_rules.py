"""The codebook's actor rules applied after the sub-type model (events/subtype_rules.py).

Sentences written for this test. The ACLED codebook draws the line between an Arrest and an
Abduction/forced disappearance by WHO takes people: state authorities arrest, a non-state armed
group holding people abducts them, whatever verb the report uses."""

from __future__ import annotations

from test_events_subtype_model import main_of
from test_events_support import run

from frontwatch.events import subtype_rules

A, B = subtype_rules.ARRESTS, subtype_rules.ABDUCTION


def test_a_non_state_taker_makes_an_arrest_an_abduction():
    assert subtype_rules.taker_subtype(A, ["rule=Arrests", "agent=rebel group"]) == B
    assert subtype_rules.taker_subtype(A, ["rule=Arrests", "agent=armed group"]) == B
    assert subtype_rules.taker_subtype(A, ["rule=Arrests", "agent=state forces"]) == A
    assert subtype_rules.taker_subtype(A, ["rule=Arrests", "agent=-"]) == A  # taker unknown: the verb's reading stands
    assert subtype_rules.taker_subtype("Attack", ["agent=rebel group"]) == "Attack"


def test_arrests_at_a_protest_are_a_protest_with_intervention():
    P = subtype_rules.PROTEST_INTERVENTION
    assert subtype_rules.protest_subtype(A, ["rule=Arrests", "lex=protest"]) == P
    assert subtype_rules.protest_subtype(A, ["rule=Arrests", "lex=strike"]) == A
    assert subtype_rules.codebook_subtype(A, ["agent=state forces", "lex=protest"]) == P


def test_a_protest_sub_type_needs_a_protest_in_the_sentence():
    P, E = subtype_rules.PROTEST_INTERVENTION, "Excessive force against protesters"
    assert subtype_rules.needs_protest(P, ["rule=Arrests", "cue=intervention", "cue=armed"]) == A
    assert subtype_rules.needs_protest(E, ["rule=Attack", "cue=lethal"]) == "Attack"
    assert subtype_rules.needs_protest(P, ["rule=Arrests", "cue=protest"]) == P  # a protest is named
    assert subtype_rules.needs_protest(P, ["rule=Peaceful protest"]) == P  # the trigger is the protest
    assert subtype_rules.needs_protest("Armed clash", ["rule=Attack"]) == "Armed clash"


def test_codebook_subtype_keeps_the_side_rule():
    assert subtype_rules.codebook_subtype("Government regains territory", ["gain_side=nonstate"]) == \
        "Non-state actor overtakes territory"


def test_the_pipeline_reads_the_taker(nlp):  # noqa: F811
    assert main_of(nlp, "Police detained two aid workers near Mogadishu on Friday.") == A
    # (the model alone reads these two as arrests, 2026-12-05)
    assert main_of(nlp, "Rebels arrested the village headman in Goma on Monday.") == B
    assert main_of(nlp, "Islamist fighters detained five men accused of smoking in Gao.") == B


def test_lethal_force_on_a_protest_is_excessive_force():
    E = subtype_rules.EXCESSIVE_FORCE
    shot_march = ["obj_cue=protest", "cue=lethal", "cue=protest"]  # "soldiers opened fire on a march, killing two"
    assert subtype_rules.force_on_protest("Attack", shot_march) == E
    assert subtype_rules.force_on_protest("Peaceful protest", shot_march) == E
    assert subtype_rules.codebook_subtype("Armed clash", shot_march) == E
    # a protest only named beside a shooting ("shot him as he left a rally"): no protest object
    assert subtype_rules.force_on_protest("Attack", ["obj_cue=civilian", "cue=lethal", "cue=protest"]) == "Attack"
    # tear gas and arrests at a march are an intervention, not excessive force
    assert subtype_rules.force_on_protest("Peaceful protest", ["obj_cue=protest", "cue=protest"]) == "Peaceful protest"
    assert subtype_rules.force_on_protest(subtype_rules.PROTEST_INTERVENTION, shot_march) == \
        subtype_rules.PROTEST_INTERVENTION


def test_a_states_bombing_read_as_an_air_strike_stays_one():
    state = ["rule=Air/drone strike", "agent=state forces"]
    assert subtype_rules.state_bombing(subtype_rules.IED, state) == subtype_rules.AIR_STRIKE
    assert subtype_rules.codebook_subtype(subtype_rules.IED, state) == subtype_rules.AIR_STRIKE
    # a rebel group's bombing, or one the rules themselves read as a planted device, stays an IED
    assert subtype_rules.state_bombing(subtype_rules.IED, ["rule=Air/drone strike", "agent=rebel group"]) == \
        subtype_rules.IED
    assert subtype_rules.state_bombing(subtype_rules.IED, ["rule=Remote explosive/landmine/IED",
                                                           "agent=state forces"]) == subtype_rules.IED


def test_a_capture_only_tried_is_an_armed_clash():
    G, N, C = "Government regains territory", "Non-state actor overtakes territory", subtype_rules.ARMED_CLASH
    tried = ["rule=Government regains territory", "gain_agent=state", "gain_side=state", "gain_side@t=state",
             "gain_attempt"]  # "troops have been trying to retake the base"
    assert subtype_rules.attempted_capture(G, tried) == C
    assert subtype_rules.codebook_subtype(N, tried) == C  # the side rule first, then: no ground changed hands
    done = ["gain_side=state", "gain_side@t=state", "gain_done", "gain_done_side=state"]
    assert subtype_rules.attempted_capture(G, done) == G
    # the capture word is not the trigger ("launched an attack, seizing the district"): left alone
    assert subtype_rules.attempted_capture(N, ["gain_side=nonstate", "gain_side@s=nonstate", "gain_attempt"]) == N
    assert subtype_rules.attempted_capture("Attack", tried) == "Attack"


def test_the_pipeline_codes_an_attempted_capture_as_a_clash(nlp):  # noqa: F811
    assert main_of(nlp, "Government troops have been trying to retake the air base near Gao for weeks.") == \
        subtype_rules.ARMED_CLASH
    assert main_of(nlp, "Government troops retook the air base near Gao on Sunday.") == \
        "Government regains territory"


def test_a_loss_told_only_as_an_accident_is_other():
    O, S = subtype_rules.OTHER, subtype_rules.AIR_STRIKE
    # "a military helicopter crashed near X, killing 13": the killing is what the crash did
    assert subtype_rules.accident_subtype(S, ["trig=kill", "head:advcl=crash"]) == O
    # "were killed when their helicopter crashed"
    assert subtype_rules.accident_subtype("Armed clash", ["trig=kill", "arg:advcl=crash"]) == O
    # "the truck overturned and exploded"
    assert subtype_rules.accident_subtype(subtype_rules.IED, ["trig=explode", "head:conj=overturn"]) == O
    # "the warplane crashed in a market": the craft is the crash's subject
    assert subtype_rules.accident_subtype(S, ["trig=warplane", "head:nsubj=crash"]) == O
    assert subtype_rules.codebook_subtype(S, ["trig=warplane", "head:nsubj=crash"]) == O
    # a hostile act that made it crash keeps its type: "was hit by gunfire and crashed"
    assert subtype_rules.accident_subtype("Armed clash", ["trig=hit", "arg:conj=crash"]) == "Armed clash"
    # "the bombing collapsed the building": the bombing is no craft, the collapse no accident of it
    assert subtype_rules.accident_subtype(S, ["trig=bombing", "head:nsubj=collapse"]) == S
    # a killing with no accident verb beside it
    assert subtype_rules.accident_subtype("Attack", ["trig=kill", "head:advcl=storm"]) == "Attack"


def test_a_release_of_captives_stays_other():
    O = subtype_rules.OTHER
    released = ["rule=Other", "int=release", "trig=release", "agent=armed group"]
    assert subtype_rules.release_subtype("Attack", released) == O
    assert subtype_rules.codebook_subtype(subtype_rules.ABDUCTION, released) == O
    assert subtype_rules.release_subtype("Agreement", released) == "Agreement"  # freed under a deal
    assert subtype_rules.release_subtype("Attack", ["int=attack_civilians"]) == "Attack"


def test_the_pipeline_codes_a_crash_as_other(nlp):  # noqa: F811
    crash = [e.acled_sub_event_type for e in run(nlp, "A military helicopter crashed near the air base on "
                                                      "Tuesday, killing all eight soldiers on board.")
             if e.acled_sub_event_type and e.modality != "background"]
    assert crash and set(crash) == {subtype_rules.OTHER}
    assert main_of(nlp, "Government warplanes struck the market on Tuesday, killing eight civilians.") == \
        subtype_rules.AIR_STRIKE


def test_aircraft_sent_somewhere_are_a_deployment():
    G, S = subtype_rules.GROUP_CHANGE, subtype_rules.AIR_STRIKE
    assert subtype_rules.deployed_craft(S, ["trig=warplane", "head:dobj=deploy"]) == G  # "deployed warplanes to Syria"
    assert subtype_rules.codebook_subtype(S, ["trig=helicopter", "head:dobj=send"]) == G
    assert subtype_rules.deployed_craft(S, ["trig=warplane", "head:nsubj=pound"]) == S  # "warplanes pounded the town"
    assert subtype_rules.deployed_craft(S, ["trig=airstrike", "head:dobj=launch"]) == S


def test_people_seized_are_taken_not_territory(nlp):  # noqa: F811
    # 'seize' with people as its object is an arrest or an abduction (by the taker), never a place taken
    assert main_of(nlp, "Police seized two suspects near Gao on Monday.") == A
    taken = main_of(nlp, "Gunmen seized two aid workers near Gao on Monday.")
    assert taken in (A, B)
    assert main_of(nlp, "Unknown armed men snatched a local chief from his home in Bunia.") == B
    assert main_of(nlp, "Rebels seized the town of Kidal on Monday.") == "Non-state actor overtakes territory"


def test_a_clash_beside_a_protest_is_a_violent_demonstration():
    V = subtype_rules.VIOLENT_DEMONSTRATION
    protesters_clashed = ["w=protester", "w=clash", "w=with", "w=police"]  # "protesters clashed with police"
    assert subtype_rules.clash_at_protest("Armed clash", protesters_clashed) == V
    assert subtype_rules.clash_at_protest("Peaceful protest", protesters_clashed) == V
    assert subtype_rules.clash_at_protest("Mob violence", ["w=student", "w=placard", "w=clash"]) == V
    assert subtype_rules.codebook_subtype("Armed clash", ["w=clash", "w=devolve", "w=from", "w=protest"]) == V
    # 'strike' and 'march' also name an air strike and the month: no protest on their own
    assert subtype_rules.clash_at_protest("Armed clash", ["w=clash", "w=air", "w=strike"]) == "Armed clash"
    assert subtype_rules.clash_at_protest("Armed clash", ["w=clash", "w=in", "w=march"]) == "Armed clash"
    # a protest with no clash, or force used on it, keeps its type
    assert subtype_rules.clash_at_protest("Peaceful protest", ["w=protester", "w=march"]) == "Peaceful protest"
    assert subtype_rules.clash_at_protest(subtype_rules.PROTEST_INTERVENTION, protesters_clashed) == \
        subtype_rules.PROTEST_INTERVENTION
    assert subtype_rules.clash_at_protest("Armed clash", ["w=rebel", "w=clash", "w=troop"]) == "Armed clash"


def test_the_pipeline_codes_protesters_clashing_with_police_as_a_riot(nlp):  # noqa: F811
    assert main_of(nlp, "Hundreds of protesters clashed with police in the capital on Friday.") == \
        subtype_rules.VIOLENT_DEMONSTRATION
    assert main_of(nlp, "Rebels clashed with government troops near the border on Friday.") == "Armed clash"


def test_a_foiled_bombing_is_disrupted_weapons_use():
    D, IED = subtype_rules.DISRUPTED, subtype_rules.IED
    assert subtype_rules.foiled_explosion(IED, ["w=attack", "w=be", "w=foil", "w=car", "w=bomb"]) == D
    assert subtype_rules.codebook_subtype("Suicide bomb", ["w=suicide", "w=attack", "w=thwart"]) == D
    assert subtype_rules.foiled_explosion(IED, ["w=bomb", "w=explode"]) == IED
    # a strike aimed at foiling the enemy's plans is still a strike; a denied foiling word tells nothing
    assert subtype_rules.foiled_explosion(subtype_rules.AIR_STRIKE, ["w=strike", "w=foil"]) == subtype_rules.AIR_STRIKE
    assert subtype_rules.foiled_explosion(IED, ["w=bomb", "w_denied=foil"]) == IED


def test_a_clash_or_shelling_done_by_aircraft_is_an_air_strike():
    S = subtype_rules.AIR_STRIKE
    assert subtype_rules.aircraft_agent("Shelling/artillery/missile attack", ["subj=helicopter", "trig=shell"]) == S
    assert subtype_rules.aircraft_agent("Attack", ["subj=force", "subj_mod=air", "trig=kill"]) == S
    assert subtype_rules.codebook_subtype("Armed clash", ["subj=warplane", "trig=attack"]) == S
    # fighters and bombers are most often people; ground forces are no aircraft
    assert subtype_rules.aircraft_agent("Armed clash", ["subj=fighter", "trig=attack"]) == "Armed clash"
    assert subtype_rules.aircraft_agent("Attack", ["subj=force", "subj_mod=security"]) == "Attack"
    assert subtype_rules.aircraft_agent("Arrests", ["subj=helicopter"]) == "Arrests"


def test_an_explosion_put_down_to_an_accident_is_other():
    O, IED = subtype_rules.OTHER, subtype_rules.IED
    assert subtype_rules.accident_cause(IED, ["w=accidental", "w=explosion", "w=barracks"]) == O
    assert subtype_rules.codebook_subtype(IED, ["w=explosion", "w=blame", "w=short", "w=circuit"]) == O
    assert subtype_rules.accident_cause("Disrupted weapons use", ["w=crash", "w=technical", "w=fault"]) == O
    # a bomb that went off while being planted is a premature detonation; a blast of unknown cause stays a blast
    assert subtype_rules.accident_cause("Disrupted weapons use", ["w=bomb", "w=accidentally", "w=explode"]) == \
        "Disrupted weapons use"
    assert subtype_rules.accident_cause(IED, ["w=blast", "w=unknown"]) == IED
    assert subtype_rules.accident_cause(IED, ["w=blast", "w_denied=accidental"]) == IED
    assert subtype_rules.accident_cause("Attack", ["w=kill", "w=fault"]) == "Attack"


def test_ground_taken_as_the_other_side_leaves_without_a_fight_is_a_non_violent_transfer():
    N, G = subtype_rules.NONVIOLENT_TRANSFER, "Government regains territory"
    left_and_entered = ["cue=territory_gain", "cue=territory_loss", "w=army", "w=re-enter", "w=after", "w=leave"]
    assert subtype_rules.handover_without_fight(G, left_and_entered) == N
    assert subtype_rules.codebook_subtype(subtype_rules.GROUP_CHANGE, left_and_entered) == N
    # a fight told beside it, no one leaving, or a denied leaving keeps the type
    assert subtype_rules.handover_without_fight(G, [*left_and_entered, "w=clash"]) == G
    assert subtype_rules.handover_without_fight(G, ["cue=territory_gain", "w=enter"]) == G
    assert subtype_rules.handover_without_fight(G, ["cue=territory_gain", "w=enter", "w_denied=withdraw"]) == G
    assert subtype_rules.handover_without_fight("Armed clash", left_and_entered) == "Armed clash"
    # a town's fall is no side leaving; an event told in a time adjunct is background
    fall = ["trig=take over", "cue=territory_gain", "cue=territory_loss", "w=fall", "w=take", "w=over"]
    assert subtype_rules.handover_without_fight("Non-state actor overtakes territory", fall) == \
        "Non-state actor overtakes territory"
    assert subtype_rules.handover_without_fight(G, [*left_and_entered, "scope=time_adjunct"]) == G


def test_goods_seized_are_looting_not_ground():
    L, N = subtype_rules.LOOTING, "Non-state actor overtakes territory"
    assert subtype_rules.goods_taken(N, ["trig=seize", "obj@t=vehicle", "obj@t=equipment"]) == L
    assert subtype_rules.codebook_subtype(N, ["trig=seize", "obj@t=tank"]) == L
    assert subtype_rules.goods_taken(N, ["trig=seize", "obj@t=village"]) == N
    assert subtype_rules.goods_taken(N, ["trig=seize", "obj@t=weapon"]) == N  # seized arms: not looting
    assert subtype_rules.goods_taken("Armed clash", ["obj@t=vehicle"]) == "Armed clash"  # shooting at vehicles


def test_a_clash_that_won_ground_in_the_main_clause_is_the_territory_type():
    G, N, C = "Government regains territory", "Non-state actor overtakes territory", subtype_rules.ARMED_CLASH
    won = ["rule=Armed clash", "gain_side=state", "gain_done", "gain_done_side=state", "gain_main_side=state"]
    assert subtype_rules.gain_after_clash(C, won) == G
    assert subtype_rules.codebook_subtype(C, won) == G
    assert subtype_rules.gain_after_clash(C, ["gain_done", "gain_main_side=nonstate"]) == N
    # a gain told as background (no main-clause mark), or with no known side: the clash stands
    assert subtype_rules.gain_after_clash(C, ["gain_side=state", "gain_done", "gain_done_side=state"]) == C
    assert subtype_rules.gain_after_clash(C, ["gain_done"]) == C
    # an event told in a time adjunct, and other sub-types, are left alone
    assert subtype_rules.gain_after_clash(C, [*won, "scope=time_adjunct"]) == C
    assert subtype_rules.gain_after_clash("Attack", won) == "Attack"


def test_a_fight_of_two_sides_is_a_clash_and_violence_on_civilians_an_attack():
    C, A_ = subtype_rules.ARMED_CLASH, subtype_rules.ATTACK
    # "seven people were killed in a new clash between two tribes": the event told is a fight
    assert subtype_rules.two_sided_fight(A_, ["trig=clash", "obj_cue=civilian", "w=clash"]) == C
    assert subtype_rules.two_sided_fight(A_, ["trig=gunfight"]) == C
    assert subtype_rules.two_sided_fight(A_, ["trig=kill", "w=clash"]) == A_  # a fight told beside it only
    assert subtype_rules.two_sided_fight("Mob violence", ["trig=clash"]) == "Mob violence"
    # "gunmen killed more than 100 people, murdering residents": the patients are civilians, no fight told
    killed = ["trig=attack", "verb=kill", "obj_cue=civilian", "w=kill", "w=resident"]
    assert subtype_rules.one_sided_violence(C, killed) == A_
    assert subtype_rules.one_sided_violence(C, ["trig=kill", "verb=<trigger>", "obj_cue=civilian"]) == A_
    assert subtype_rules.one_sided_violence(C, [*killed, "obj_cue=armed"]) == C
    assert subtype_rules.one_sided_violence(C, [*killed, "w=clash"]) == C
    assert subtype_rules.one_sided_violence(C, ["trig=kill", "verb=<trigger>", "obj_cue=armed"]) == C
    # civilians only named as the dead of an assault: no word of harm hits them
    assert subtype_rules.one_sided_violence(C, ["trig=assault", "verb=dozen", "obj_cue=civilian"]) == C
    assert subtype_rules.codebook_subtype(A_, ["trig=shootout"]) == C
