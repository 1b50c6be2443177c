"""Ground lost by a side forced off it, and a fight of organised armed sides that is no mob's
(events/forced_leaving.py, events/subtype_rules.forced_off_ground and armed_fight_not_mob; docs/annotation/subtypes.md
section 40).

Feature lists and sentences written for this test. Guideline section 4: a territory type when ground changes hands
after fighting (here told by a side made to leave, with no capture word); Mob violence is a violent mob's, an Armed
clash organised armed groups fighting."""

from __future__ import annotations

import pytest
from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr
from frontwatch.events.forced_leaving import forced_leaving_features

GOV, NONSTATE = sr.GOVERNMENT_GAIN, sr.NONSTATE_GAIN
# "Government troops stormed the rebel positions, forcing the militants to withdraw from several villages."
STORM_FORCING = ["rule=Armed clash", "int=armed_clash", "trig=storm", "agent=state forces", "tdep=ROOT",
                 "w=storm", "w=force", "w=withdraw", "party:subj=state", "forced_off=nonstate", "forced_off_by=state"]
# "Followers of the cleric and fighters loyal to the governor clashed in the city, killing 12 people."
ARMED_SIDES_CLASH = ["rule=Attack", "int=attack_civilians", "trig=clash", "agent=-", "tdep=ROOT", "w=follower",
                     "w=fighter", "w=clash", "w=kill", "w=people", "party:subj=armed", "pair=armed+armed"]


def _with(feats: list[str], **values: str) -> list[str]:
    """The list with each `prefix=value` feature of `values` replaced (prefix given without '=')."""
    out = [f for f in feats if f.split("=")[0] not in values]
    return out + [f"{k}={v}" for k, v in values.items() if v]


def test_the_side_that_forces_gains_the_ground():
    for answer in (sr.ARMED_CLASH, sr.AIR_STRIKE, sr.SHELLING, sr.GROUP_CHANGE, NONSTATE, GOV):
        assert sr.forced_off_ground(answer, STORM_FORCING) == GOV, answer
    rebels_force = _with(STORM_FORCING, forced_off="state", forced_off_by="nonstate")
    assert sr.forced_off_ground(GOV, rebels_force) == NONSTATE  # the capture reversed later in the sentence


def test_an_unnamed_forcer_is_read_from_the_side_forced_out_or_the_event_s_doer():
    # "a counter-offensive forced the government units to withdraw": a state side forced out lost to a non-state one
    state_out = _with(STORM_FORCING, forced_off="state", forced_off_by="-", agent="-")
    assert sr.forced_off_ground(sr.ARMED_CLASH, state_out) == NONSTATE
    # "[the army] struck the defences, forcing the latter to withdraw": the event's doer forced them
    latter = _with(STORM_FORCING, forced_off="-", forced_off_by="-")
    assert sr.forced_off_ground(sr.AIR_STRIKE, latter) == GOV
    assert sr.forced_off_ground(sr.AIR_STRIKE, _with(latter, agent="rebel group")) == NONSTATE
    # nobody known to gain, a state side forced out by the state, no forcing told, another answer: left alone
    assert sr.forced_off_ground(sr.ARMED_CLASH, _with(latter, agent="-")) == sr.ARMED_CLASH
    assert sr.forced_off_ground(sr.ARMED_CLASH, _with(STORM_FORCING, forced_off="state")) == sr.ARMED_CLASH
    no_forcing = [f for f in STORM_FORCING if not f.startswith("forced_off")]
    assert sr.forced_off_ground(sr.ARMED_CLASH, no_forcing) == sr.ARMED_CLASH
    for answer in (sr.ATTACK, sr.AGREEMENT, sr.MOB_VIOLENCE, sr.NONVIOLENT_TRANSFER):
        assert sr.forced_off_ground(answer, STORM_FORCING) == answer, answer


def test_a_fight_of_organised_armed_sides_is_no_mob():
    assert sr.armed_fight_not_mob(sr.MOB_VIOLENCE, ARMED_SIDES_CLASH) == sr.ARMED_CLASH
    assert sr.armed_fight_not_mob(sr.MOB_VIOLENCE, _with(ARMED_SIDES_CLASH, **{"party:subj": "state"})) \
        == sr.ARMED_CLASH
    # a crowd or civilians among the subject's parties, no party read, a killing that is no fight, another answer
    for subj in ("crowd", "civilians"):
        mixed = ARMED_SIDES_CLASH + [f"party:subj={subj}"]
        assert sr.armed_fight_not_mob(sr.MOB_VIOLENCE, mixed) == sr.MOB_VIOLENCE, subj
    no_party = [f for f in ARMED_SIDES_CLASH if not f.startswith("party:subj=")]
    assert sr.armed_fight_not_mob(sr.MOB_VIOLENCE, no_party) == sr.MOB_VIOLENCE
    assert sr.armed_fight_not_mob(sr.MOB_VIOLENCE, _with(ARMED_SIDES_CLASH, trig="lynch")) == sr.MOB_VIOLENCE
    assert sr.armed_fight_not_mob(sr.ATTACK, ARMED_SIDES_CLASH) == sr.ATTACK


def test_the_codebook_chain_applies_both_rules():
    assert sr.codebook_subtype(sr.ARMED_CLASH, STORM_FORCING) == GOV
    assert sr.codebook_subtype(sr.MOB_VIOLENCE, ARMED_SIDES_CLASH) == sr.ARMED_CLASH


@pytest.mark.parametrize("text,expected", [
    ("Government troops stormed the rebel positions near the town on Monday, forcing the militants to withdraw "
     "from several villages.", ["forced_off=nonstate", "forced_off_by=state"]),
    ("The rebels forced the army to withdraw from the town after two days of fighting.",
     ["forced_off=state", "forced_off_by=nonstate"]),
    # passive, no agent: the side forced out only (the clause above tells someone else's deed)
    ("The fighting lasted two hours before the militants were forced to abandon their positions and retreat.",
     ["forced_off=nonstate", "forced_off_by=-"]),
    # not read: a repelled assault, a state of the war told in the present, people who are no side
    ("Government forces repelled a rebel assault on the town on Monday, forcing the militants to retreat.", []),
    ("Western officials say the army is unable to stop the rebels and is forced to retreat.", []),
    ("Islamic State fighters forced hundreds of residents to leave the village on Monday.", []),
])
def test_the_forcing_is_read_from_the_parse(nlp, text, expected):
    assert forced_leaving_features(nlp(text)[:]) == expected


def test_the_pipeline_reads_ground_lost_by_a_side_forced_off_it(nlp):
    # before sub36: Armed clash (and Change to group/activity for the withdrawal)
    assert main_of(nlp, "Government troops stormed the rebel positions near the town on Monday, forcing the "
                        "militants to withdraw from several villages.") == GOV
    assert main_of(nlp, "Rebels forced the army to withdraw from the town after two days of fighting.") == NONSTATE
    # unchanged: a repelled assault
    assert main_of(nlp, "Government forces repelled a rebel assault on the town on Monday, forcing the militants "
                        "to retreat.") != GOV
