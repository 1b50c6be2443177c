"""Forces moving, not ground taken (events/subtype_rules.py, docs/annotation/subtypes.md section 37).

Feature lists and sentences written for this test. Forces that come across an international border with no fight
and no capture told are a deployment (Change to group/activity); a withdrawal in the main clause beside a strike in
its adjunct is the withdrawal (guideline section 2, rule 1)."""

from __future__ import annotations

from test_events_subtype_model import main_of

from frontwatch.events import subtype_rules as sr

NONSTATE = sr.NONSTATE_GAIN
CROSSED_IN = ["int=territory_taken", "trig=enter", "tdep=conj", "head:conj=cross", "w=militant", "w=cross",
              "w=turkish", "w=border", "w=and", "w=enter", "obj@t=<GPE>", "cue=armed", "cue=territory_gain",
              "gain_agent=nonstate", "gain_done"]
WITHDREW_AFTER_STRIKE = ["int=shelling", "trig=missile strike", "head:pobj=follow", "w=begin", "w=withdraw",
                         "w=force", "w=follow", "w=missile", "w=strike", "w=army", "scope=time_adjunct",
                         "adjunct_host=begin", "adjunct_host=force", "adjunct_host=withdraw"]


def test_an_entry_across_a_border_is_a_deployment():
    assert sr.entry_across_border(NONSTATE, CROSSED_IN) == sr.GROUP_CHANGE
    assert sr.entry_across_border(sr.GOVERNMENT_GAIN, CROSSED_IN) == sr.GROUP_CHANGE
    via_crossing = [f for f in CROSSED_IN if f != "w=cross"] + ["w=via", "w=crossing"]
    assert sr.entry_across_border(NONSTATE, via_crossing) == sr.GROUP_CHANGE
    # a fight, a killing, another word read as a capture or a fight, no border, a border not crossed ('near the
    # border'), the crossing itself entered, another trigger, another answer: left alone
    for extra in (["w=kill"], ["w=wound"], ["w=clash"], ["lex=territory_taken"], ["lex=armed_clash"],
                  ["obj@t=crossing"]):
        assert sr.entry_across_border(NONSTATE, CROSSED_IN + extra) == NONSTATE, extra
    assert sr.entry_across_border(NONSTATE, [f for f in CROSSED_IN if f != "w=border"]) == NONSTATE
    assert sr.entry_across_border(NONSTATE, [f for f in CROSSED_IN if f != "w=cross"] + ["w=near"]) == NONSTATE
    captured = [f.replace("trig=enter", "trig=capture") for f in CROSSED_IN]
    assert sr.entry_across_border(NONSTATE, captured) == NONSTATE
    assert sr.entry_across_border(sr.NONVIOLENT_TRANSFER, CROSSED_IN) == sr.NONVIOLENT_TRANSFER
    assert sr.entry_across_border(sr.ARMED_CLASH, CROSSED_IN) == sr.ARMED_CLASH


def test_a_withdrawal_beside_a_strike_is_the_withdrawal():
    assert "withdraw" in sr.WITHDRAWAL_WORDS and "surrender" not in sr.WITHDRAWAL_WORDS
    assert sr.withdrawal_beside_strike(sr.SHELLING, WITHDREW_AFTER_STRIKE) == sr.GROUP_CHANGE
    assert sr.withdrawal_beside_strike(sr.AIR_STRIKE, WITHDREW_AFTER_STRIKE) == sr.GROUP_CHANGE
    # not in an adjunct, a host that is no withdrawal (a ground fight, an evacuation, a surrender), another answer
    assert sr.withdrawal_beside_strike(sr.SHELLING, [f for f in WITHDREW_AFTER_STRIKE
                                                     if f != "scope=time_adjunct"]) == sr.SHELLING
    other_host = [f for f in WITHDREW_AFTER_STRIKE if not f.startswith("adjunct_host=")]
    for host in ("storm", "evacuate", "surrender", "flee"):
        assert sr.withdrawal_beside_strike(sr.AIR_STRIKE, other_host + [f"adjunct_host={host}"]) == sr.AIR_STRIKE
    assert sr.withdrawal_beside_strike(sr.ARMED_CLASH, WITHDREW_AFTER_STRIKE) == sr.ARMED_CLASH
    assert sr.withdrawal_beside_strike(sr.AGREEMENT, WITHDREW_AFTER_STRIKE) == sr.AGREEMENT


def test_the_codebook_chain_applies_the_rules():
    assert sr.codebook_subtype(NONSTATE, CROSSED_IN) == sr.GROUP_CHANGE
    assert sr.codebook_subtype(sr.AIR_STRIKE, WITHDREW_AFTER_STRIKE) == sr.GROUP_CHANGE


def test_the_pipeline_reads_forces_moving(nlp):
    # before sub34: Non-state actor overtakes territory, Air/drone strike
    assert main_of(nlp, "About 300 militants entered the city of Tal Abyad through the border crossing from Turkey "
                        "on Sunday.") == sr.GROUP_CHANGE
    assert main_of(nlp, "The rebels began withdrawing their fighters from the hills, following a wave of air "
                        "strikes by the army.") == sr.GROUP_CHANGE
    # unchanged: an entry with no border, an entry that kills, a capture across a border, a strike beside a fight
    assert main_of(nlp, "Government troops entered the village of Kafr Nabl on Tuesday.") == sr.GOVERNMENT_GAIN
    assert main_of(nlp, "Rebels crossed the border and entered the town, killing four soldiers.") == NONSTATE
    assert main_of(nlp, "Rebels crossed the border and captured the town of Kasab after heavy fighting.") == NONSTATE
    assert main_of(nlp, "Following heavy air strikes, rebels stormed the army's positions near the town.") \
        == sr.ARMED_CLASH
